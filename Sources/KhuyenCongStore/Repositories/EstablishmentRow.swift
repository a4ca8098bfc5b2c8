import Foundation
import KhuyenCongCore
import SQLKit

/// The `establishments` row and its explicit mapping to and from the Core type.
struct EstablishmentRow: PositionallyDecodable {
    let id: String
    let taxCode: String
    let name: String
    let sortKey: String
    let legalForm: String
    let sizeClass: String
    let communePeriod: String
    let communeCode: String
    let provinceCode: String
    let address: String
    /// `|code|code|` so that one sector is found with LIKE '%|code|%'.
    let sectors: String
    let employees: Int
    let employeesFemale: Int
    let employeesEthnicMinority: Int
    let womanOwned: Bool
    let ethnicMinorityOwned: Bool
    let craftVillageId: String?
    let cleanerProduction: Bool
    let clusterInvestor: Bool
    let phone: String
    let foundedOn: String?
    let organisationId: String?
    let version: Int
    /// Set when a person merged this record into another; not written by `binds`.
    var mergedInto: String? = nil

    /// Read by position in `selectColumns` order (see PositionalRow): SQLKit's Codable row decoder
    /// was a quarter of the time of a 50-row list request.
    init<Row: RowColumns>(row: Row) throws {
        id = try row.text(0)
        taxCode = try row.text(1)
        name = try row.text(2)
        sortKey = try row.text(3)
        legalForm = try row.text(4)
        sizeClass = try row.text(5)
        communePeriod = try row.text(6)
        communeCode = try row.text(7)
        provinceCode = try row.text(8)
        address = try row.text(9)
        sectors = try row.text(10)
        employees = try row.int(11)
        employeesFemale = try row.int(12)
        employeesEthnicMinority = try row.int(13)
        womanOwned = try row.bool(14)
        ethnicMinorityOwned = try row.bool(15)
        craftVillageId = try row.optionalText(16)
        cleanerProduction = try row.bool(17)
        clusterInvestor = try row.bool(18)
        phone = try row.text(19)
        foundedOn = try row.optionalText(20)
        organisationId = try row.optionalText(21)
        version = try row.int(22)
        mergedInto = try row.optionalText(23)
    }

    /// The rows of a select of `selectList`.
    static func all(_ query: SQLSelectBuilder, on sql: any SQLDatabase) async throws -> [EstablishmentRow] {
        try await PositionalRow.all(query.query, columns: selectColumns, on: sql).map(EstablishmentRow.init(row:))
    }

    /// The rows of a select of `selectList`, as committed now (see Store.committedRows).
    static func committed(_ query: SQLSelectBuilder, in store: Store, length: Store.ReadLength) async throws -> [EstablishmentRow] {
        try await store.committedRows(query.query, columns: selectColumns, as: EstablishmentRow.self, length: length)
    }

    static func first(_ query: SQLSelectBuilder, on sql: any SQLDatabase) async throws -> EstablishmentRow? {
        try await all(query.limit(1), on: sql).first
    }

    static let columns = [
        "id", "tax_code", "name", "folded_name", "sort_key", "legal_form", "size_class", "commune_period", "commune_code",
        "province_code", "address", "folded_address", "sectors", "employees", "employees_female",
        "employees_ethnic_minority", "woman_owned", "ethnic_minority_owned", "craft_village_id", "cleaner_production",
        "cluster_investor", "phone", "phone_key", "founded_on", "organisation_id", "version",
    ]

    /// Written, never read: the search and duplicate keys, made from the name, address and phone
    /// by `binds` on every write.
    static let derivedColumns: Set = ["folded_name", "folded_address", "phone_key"]
    /// What reads select: the written columns but the derived ones, and the merge pointer. Leaving
    /// the three keys out spares decoding three texts a row.
    static let selectColumns = columns.filter { !derivedColumns.contains($0) } + ["merged_into"]
    /// The select list as one pre-quoted expression: serialising thirty identifiers one by one
    /// cost more than the query itself on the by-id path.
    static let selectList = SQLRaw(selectColumns.map { "\"\($0)\"" }.joined(separator: ", "))

    init(_ establishment: Establishment) {
        id = establishment.id.uuidString.lowercased()
        taxCode = establishment.taxCode
        name = establishment.name
        sortKey = VietnameseCollation.sortKey(establishment.name)
        legalForm = establishment.legalForm.rawValue
        sizeClass = establishment.sizeClass.rawValue
        communePeriod = establishment.commune.period.rawValue
        communeCode = establishment.commune.code
        provinceCode = establishment.provinceCode
        address = establishment.address
        sectors = establishment.sectors.isEmpty ? "" : "|" + establishment.sectors.joined(separator: "|") + "|"
        employees = establishment.employees
        employeesFemale = establishment.employeesFemale
        employeesEthnicMinority = establishment.employeesEthnicMinority
        womanOwned = establishment.womanOwned
        ethnicMinorityOwned = establishment.ethnicMinorityOwned
        craftVillageId = establishment.craftVillageID?.uuidString.lowercased()
        cleanerProduction = establishment.appliesCleanerProduction
        clusterInvestor = establishment.isClusterInvestor
        phone = establishment.phone
        foundedOn = establishment.foundedOn?.iso
        organisationId = establishment.organisationID?.uuidString.lowercased()
        version = establishment.version
    }

    /// `UPDATE establishments SET …` of every editable column (not the id or the owning
    /// organisation), guarded by the version read, so that a concurrent change makes it match nothing.
    func update(on sql: any SQLDatabase, expectedVersion: Int, atMillis: Int64) -> SQLUpdateBuilder {
        var builder = sql.update("establishments")
        for (column, bind) in zip(Self.columns, binds) where column != "id" && column != "organisation_id" {
            builder = builder.set(SQLIdentifier(column), to: bind)
        }
        return builder.set("updated_at", to: SQLBind(atMillis)).where("id", .equal, SQLBind(id))
            .where("version", .equal, SQLBind(expectedVersion))
    }

    /// `|a|b|` → `["a", "b"]`, split on bytes (splitting characters was 5 % of a list page's CPU in a profile).
    static func sectorCodes(_ stored: String) -> [String] {
        stored.utf8.split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Digits only, so "024 3874 0000" and "(024) 38740000" match.
    static func phoneKey(_ phone: String) -> String { phone.filter(\.isNumber) }

    /// In the order of `columns`, the derived keys made here.
    var binds: [SQLBind] {
        [
            SQLBind(id), SQLBind(taxCode), SQLBind(name), SQLBind(VietnameseText.fold(name)), SQLBind(sortKey),
            SQLBind(legalForm), SQLBind(sizeClass), SQLBind(communePeriod), SQLBind(communeCode), SQLBind(provinceCode),
            SQLBind(address), SQLBind(VietnameseText.fold(address)), SQLBind(sectors), SQLBind(employees), SQLBind(employeesFemale),
            SQLBind(employeesEthnicMinority), SQLBind(womanOwned), SQLBind(ethnicMinorityOwned), SQLBind(craftVillageId),
            SQLBind(cleanerProduction), SQLBind(clusterInvestor), SQLBind(phone), SQLBind(Self.phoneKey(phone)), SQLBind(foundedOn),
            SQLBind(organisationId), SQLBind(version),
        ]
    }

    var establishment: Establishment {
        Establishment(
            id: UUID(stored: id)!, taxCode: taxCode, name: name, legalForm: LegalForm(rawValue: legalForm) ?? .otherEnterprise,
            sizeClass: SizeClass(rawValue: sizeClass) ?? .micro,
            commune: AdminUnitRef(period: AdminPeriod(rawValue: communePeriod) ?? .twoTier, code: communeCode),
            provinceCode: provinceCode, address: address, sectors: Self.sectorCodes(sectors),
            employees: employees, employeesFemale: employeesFemale, employeesEthnicMinority: employeesEthnicMinority,
            womanOwned: womanOwned, ethnicMinorityOwned: ethnicMinorityOwned,
            craftVillageID: craftVillageId.flatMap(UUID.init(stored:)), appliesCleanerProduction: cleanerProduction,
            isClusterInvestor: clusterInvestor, phone: phone, foundedOn: foundedOn.flatMap(Day.init(iso:)), version: version,
            organisationID: organisationId.flatMap(UUID.init(stored:)))
    }
}

/// The audited state of an establishment.
struct EstablishmentState: Encodable, AuditJSONRepresentable {
    let taxCode, name, legalForm, sizeClass, commune, provinceCode, address, phone: String
    let sectors: [String]
    let employees, employeesFemale, employeesEthnicMinority, version: Int
    let womanOwned, ethnicMinorityOwned, cleanerProduction, clusterInvestor: Bool
    let craftVillageId: String?
    let foundedOn: String?

    init(_ e: Establishment) {
        taxCode = e.taxCode
        name = e.name
        legalForm = e.legalForm.rawValue
        sizeClass = e.sizeClass.rawValue
        commune = e.commune.description
        provinceCode = e.provinceCode
        address = e.address
        phone = e.phone
        sectors = e.sectors
        employees = e.employees
        employeesFemale = e.employeesFemale
        employeesEthnicMinority = e.employeesEthnicMinority
        version = e.version
        womanOwned = e.womanOwned
        ethnicMinorityOwned = e.ethnicMinorityOwned
        cleanerProduction = e.appliesCleanerProduction
        clusterInvestor = e.isClusterInvestor
        craftVillageId = e.craftVillageID?.uuidString.lowercased()
        foundedOn = e.foundedOn?.iso
    }
}

extension EstablishmentState {
    /// In key order, so that FlatJSON has nothing to sort.
    func addFields(to json: inout FlatJSON) {
        json.add("address", address)
        json.add("cleanerProduction", cleanerProduction)
        json.add("clusterInvestor", clusterInvestor)
        json.add("commune", commune)
        json.add("craftVillageId", craftVillageId)
        json.add("employees", employees)
        json.add("employeesEthnicMinority", employeesEthnicMinority)
        json.add("employeesFemale", employeesFemale)
        json.add("ethnicMinorityOwned", ethnicMinorityOwned)
        json.add("foundedOn", foundedOn)
        json.add("legalForm", legalForm)
        json.add("name", name)
        json.add("phone", phone)
        json.add("provinceCode", provinceCode)
        json.add("sectors", sectors)
        json.add("sizeClass", sizeClass)
        json.add("taxCode", taxCode)
        json.add("version", version)
        json.add("womanOwned", womanOwned)
    }
}
