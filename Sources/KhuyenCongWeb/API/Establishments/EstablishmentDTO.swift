import Foundation
import KhuyenCongCore
import Vapor

struct EstablishmentDTO: Content {
    let id: UUID
    let taxCode: String
    let name: String
    let legalForm: String
    let sizeClass: String
    /// The commune as entered, with its period ("2025:00583").
    let commune: String
    let communeCode: String
    let provinceCode: String
    let address: String
    let sectors: [String]
    let employees: Int
    let employeesFemale: Int
    let employeesEthnicMinority: Int
    let womanOwned: Bool
    let ethnicMinorityOwned: Bool
    let craftVillageId: UUID?
    let appliesCleanerProduction: Bool
    let isClusterInvestor: Bool
    let phone: String
    let foundedOn: Day?
    let version: Int

    init(_ e: Establishment) {
        id = e.id
        taxCode = e.taxCode
        name = e.name
        legalForm = e.legalForm.rawValue
        sizeClass = e.sizeClass.rawValue
        commune = e.commune.description
        communeCode = e.commune.code
        provinceCode = e.provinceCode
        address = e.address
        sectors = e.sectors
        employees = e.employees
        employeesFemale = e.employeesFemale
        employeesEthnicMinority = e.employeesEthnicMinority
        womanOwned = e.womanOwned
        ethnicMinorityOwned = e.ethnicMinorityOwned
        craftVillageId = e.craftVillageID
        appliesCleanerProduction = e.appliesCleanerProduction
        isClusterInvestor = e.isClusterInvestor
        phone = e.phone
        foundedOn = e.foundedOn
        version = e.version
    }
}

struct EligibilityDTO: Content {
    let on: Day
    let rule: String
    let verdict: String
    let explanation: String
    let priorities: [String]
}

struct EstablishmentDetailDTO: Content {
    let establishment: EstablishmentDTO
    let eligibility: EligibilityDTO
    let probableDuplicates: [EstablishmentDTO]
}

/// The JSON a client sends to create or change an establishment. Numbers may come as numbers or
/// text; every field is checked by `EstablishmentDraft.validated`.
struct EstablishmentInput: Content {
    var version: Int?
    var taxCode: String?
    var name: String?
    var legalForm: String?
    var sizeClass: String?
    var communeCode: String?
    var address: String?
    var sectors: [String]?
    var employees: Int?
    var employeesFemale: Int?
    var employeesEthnicMinority: Int?
    var womanOwned: Bool?
    var ethnicMinorityOwned: Bool?
    var appliesCleanerProduction: Bool?
    var isClusterInvestor: Bool?
    var phone: String?
    var foundedOn: String?

    /// A draft from this input, with omitted fields taken from `current` (for PATCH) or empty.
    func draft(over current: Establishment?) -> EstablishmentDraft {
        EstablishmentDraft(
            taxCode: taxCode ?? current?.taxCode ?? "", name: name ?? current?.name ?? "",
            legalForm: legalForm ?? current?.legalForm.rawValue ?? "",
            sizeClass: sizeClass ?? current?.sizeClass.rawValue ?? "micro",
            communeCode: communeCode ?? current?.commune.code ?? "", address: address ?? current?.address ?? "",
            sectors: sectors ?? current?.sectors ?? [],
            employees: String(employees ?? current?.employees ?? 0),
            employeesFemale: String(employeesFemale ?? current?.employeesFemale ?? 0),
            employeesEthnicMinority: String(employeesEthnicMinority ?? current?.employeesEthnicMinority ?? 0),
            womanOwned: womanOwned ?? current?.womanOwned ?? false,
            ethnicMinorityOwned: ethnicMinorityOwned ?? current?.ethnicMinorityOwned ?? false,
            appliesCleanerProduction: appliesCleanerProduction ?? current?.appliesCleanerProduction ?? false,
            isClusterInvestor: isClusterInvestor ?? current?.isClusterInvestor ?? false,
            phone: phone ?? current?.phone ?? "", foundedOn: foundedOn ?? current?.foundedOn?.iso ?? "")
    }
}
