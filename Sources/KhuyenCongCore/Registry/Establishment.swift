import Foundation

/// Cơ sở công nghiệp nông thôn (CNNT) or another beneficiary (domain §4.2).
public struct Establishment: Sendable, Hashable, Identifiable {
    public let id: UUID
    public var taxCode: String
    public var name: String
    public var legalForm: LegalForm
    public var sizeClass: SizeClass
    /// The commune of the address, as a unit of the period it was entered in.
    public var commune: AdminUnitRef
    /// Today's province the record counts under (re-aggregated for old communes).
    public var provinceCode: String
    public var address: String
    public var sectors: [String]
    public var employees: Int
    public var employeesFemale: Int
    public var employeesEthnicMinority: Int
    public var womanOwned: Bool
    public var ethnicMinorityOwned: Bool
    public var craftVillageID: UUID?
    public var appliesCleanerProduction: Bool
    public var isClusterInvestor: Bool
    public var phone: String
    public var foundedOn: Day?
    public var version: Int
    /// The organisation an establishment user belongs to, when the record has an account.
    public var organisationID: UUID?

    public init(
        id: UUID, taxCode: String, name: String, legalForm: LegalForm, sizeClass: SizeClass, commune: AdminUnitRef,
        provinceCode: String, address: String = "", sectors: [String] = [], employees: Int = 0, employeesFemale: Int = 0,
        employeesEthnicMinority: Int = 0, womanOwned: Bool = false, ethnicMinorityOwned: Bool = false,
        craftVillageID: UUID? = nil, appliesCleanerProduction: Bool = false, isClusterInvestor: Bool = false,
        phone: String = "", foundedOn: Day? = nil, version: Int = 1, organisationID: UUID? = nil
    ) {
        self.id = id
        self.taxCode = taxCode
        self.name = name
        self.legalForm = legalForm
        self.sizeClass = sizeClass
        self.commune = commune
        self.provinceCode = provinceCode
        self.address = address
        self.sectors = sectors
        self.employees = employees
        self.employeesFemale = employeesFemale
        self.employeesEthnicMinority = employeesEthnicMinority
        self.womanOwned = womanOwned
        self.ethnicMinorityOwned = ethnicMinorityOwned
        self.craftVillageID = craftVillageID
        self.appliesCleanerProduction = appliesCleanerProduction
        self.isClusterInvestor = isClusterInvestor
        self.phone = phone
        self.foundedOn = foundedOn
        self.version = version
        self.organisationID = organisationID
    }

    public var area: RecordArea { RecordArea(provinceCode: provinceCode, communeCode: commune.code, organisationID: organisationID) }

    /// True when `other` says the same about the establishment, whatever its version: an edit
    /// to this is no change, and writing it would only move the version under others' edits.
    public func hasSameContent(as other: Establishment) -> Bool {
        var versioned = other
        versioned.version = version
        return versioned == self
    }
}

/// What a user or an import row submits; `validated` checks every field at once against the
/// geography and the known sectors, and resolves the commune and today's province.
public struct EstablishmentDraft: Sendable, Hashable {
    public var taxCode: String
    public var name: String
    public var legalForm: String
    public var sizeClass: String
    public var communeCode: String
    public var address: String
    public var sectors: [String]
    public var employees: String
    public var employeesFemale: String
    public var employeesEthnicMinority: String
    public var womanOwned: Bool
    public var ethnicMinorityOwned: Bool
    public var appliesCleanerProduction: Bool
    public var isClusterInvestor: Bool
    public var phone: String
    public var foundedOn: String

    public init(
        taxCode: String, name: String, legalForm: String, sizeClass: String = "micro", communeCode: String,
        address: String = "", sectors: [String] = [], employees: String = "", employeesFemale: String = "",
        employeesEthnicMinority: String = "", womanOwned: Bool = false, ethnicMinorityOwned: Bool = false,
        appliesCleanerProduction: Bool = false, isClusterInvestor: Bool = false, phone: String = "",
        foundedOn: String = ""
    ) {
        self.taxCode = taxCode
        self.name = name
        self.legalForm = legalForm
        self.sizeClass = sizeClass
        self.communeCode = communeCode
        self.address = address
        self.sectors = sectors
        self.employees = employees
        self.employeesFemale = employeesFemale
        self.employeesEthnicMinority = employeesEthnicMinority
        self.womanOwned = womanOwned
        self.ethnicMinorityOwned = ethnicMinorityOwned
        self.appliesCleanerProduction = appliesCleanerProduction
        self.isClusterInvestor = isClusterInvestor
        self.phone = phone
        self.foundedOn = foundedOn
    }

    /// The establishment this draft describes (keeping `id` and `version`), or every field error.
    public func validated(
        id: UUID, version: Int, geography: Geography, knownSectors: Set<String>, today: Day
    ) -> Result<Establishment, DomainError> {
        var errors: [FieldError] = []
        func fail(_ field: String, _ key: MessageKey) { errors.append(FieldError(field: field, key: key)) }

        var taxCode = ""
        switch TaxCode.parse(self.taxCode, on: today) {
        case .success(let code): taxCode = code.value
        case .failure(let problem): fail("tax_code", problem.messageKey)
        }
        let name = VietnameseText.normalized(VietnameseText.trimmed(self.name))
        if name.isEmpty { fail("name", .fieldRequired) } else if name.count > 300 { fail("name", .fieldTooLong) }
        let form = LegalForm(parsing: legalForm)
        if form == nil { fail("legal_form", legalForm.isEmpty ? .fieldRequired : .legalFormUnknown) }
        let size = SizeClass(rawValue: VietnameseText.trimmed(sizeClass).lowercased())
        if size == nil { fail("size_class", .sizeClassUnknown) }
        let code = VietnameseText.trimmed(communeCode)
        let commune = geography.unit(code: code, on: today).flatMap { $0.level == .commune ? $0 : nil }
        if commune == nil { fail("commune_code", code.isEmpty ? .fieldRequired : .communeUnknownOnDate) }
        let province = commune.flatMap { geography.currentProvince(of: $0, on: today) }
        let address = VietnameseText.normalized(VietnameseText.trimmed(self.address))
        if address.count > 500 { fail("address", .fieldTooLong) }
        let sectors = Array(Set(self.sectors.map(VietnameseText.trimmed).filter { !$0.isEmpty })).sorted()
        if !sectors.allSatisfy(knownSectors.contains) { fail("sectors", .sectorUnknown) }
        func count(_ field: String, _ text: String) -> Int? {
            let trimmed = VietnameseText.trimmed(text).filter { $0 != "." }
            if trimmed.isEmpty { return 0 }
            guard let value = Int(trimmed), (0...1_000_000).contains(value) else {
                fail(field, .fieldWholeNumber)
                return nil
            }
            return value
        }
        let employees = count("employees", self.employees)
        let female = count("employees_female", employeesFemale)
        let minority = count("employees_ethnic_minority", employeesEthnicMinority)
        // Only a readable total is compared: "abc" workers would otherwise also make every part
        // "more than the total", a second error for the same mistake.
        if let employees {
            if let female, female > employees { fail("employees_female", .employeesExceedTotal) }
            if let minority, minority > employees { fail("employees_ethnic_minority", .employeesExceedTotal) }
        }
        let phone = VietnameseText.trimmed(self.phone)
        if !phone.isEmpty, !PhoneNumber.isAcceptable(phone) {
            fail("phone", .fieldInvalidPhone)
        }
        var founded: Day?
        let foundedText = VietnameseText.trimmed(foundedOn)
        if !foundedText.isEmpty {
            founded = Day(parsing: foundedText)
            if founded == nil { fail("founded_on", .fieldInvalidDate) } else if founded! > today { fail("founded_on", .dateInFuture) }
        }
        guard errors.isEmpty, let form, let size, let commune, let province, let employees, let female, let minority else {
            return .failure(.invalidFields(errors))
        }
        return .success(
            Establishment(
                id: id, taxCode: taxCode, name: name, legalForm: form, sizeClass: size, commune: commune.ref,
                provinceCode: province.code, address: address, sectors: sectors, employees: employees,
                employeesFemale: female, employeesEthnicMinority: minority, womanOwned: womanOwned,
                ethnicMinorityOwned: ethnicMinorityOwned, appliesCleanerProduction: appliesCleanerProduction,
                isClusterInvestor: isClusterInvestor, phone: phone, foundedOn: founded, version: version))
    }
}
