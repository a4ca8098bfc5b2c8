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

// The registry's read paths answer thousands of requests a second; their JSON is written directly
// (see JSONBody) with the same fields and values JSONEncoder writes for these types.
extension EstablishmentDTO: JSONWritable {
    /// 530 bytes on average in a registry of generated names and addresses; real ones run longer.
    static var typicalJSONBytes: Int { 768 }

    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("id", id.text())
        json.field("taxCode", taxCode)
        json.field("name", name)
        json.field("legalForm", legalForm)
        json.field("sizeClass", sizeClass)
        json.field("commune", commune)
        json.field("communeCode", communeCode)
        json.field("provinceCode", provinceCode)
        json.field("address", address)
        json.field("sectors", sectors)
        json.field("employees", employees)
        json.field("employeesFemale", employeesFemale)
        json.field("employeesEthnicMinority", employeesEthnicMinority)
        json.field("womanOwned", womanOwned)
        json.field("ethnicMinorityOwned", ethnicMinorityOwned)
        json.field("craftVillageId", craftVillageId?.text())
        json.field("appliesCleanerProduction", appliesCleanerProduction)
        json.field("isClusterInvestor", isClusterInvestor)
        json.field("phone", phone)
        json.field("foundedOn", foundedOn?.iso)
        json.field("version", version)
        json.endObject()
    }
}

extension EligibilityDTO: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("on", on.iso)
        json.field("rule", rule)
        json.field("verdict", verdict)
        json.field("explanation", explanation)
        json.field("priorities", priorities)
        json.endObject()
    }
}

extension EstablishmentDetailDTO: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("establishment")
        establishment.write(to: &json)
        json.key("eligibility")
        eligibility.write(to: &json)
        json.key("probableDuplicates")
        json.beginArray()
        for duplicate in probableDuplicates { duplicate.write(to: &json) }
        json.endArray()
        json.endObject()
    }
}
