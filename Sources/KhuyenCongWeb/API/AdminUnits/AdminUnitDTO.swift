import KhuyenCongCore
import Vapor

/// An administrative unit on the wire: `ref` ("2025:01") is the stable identity, since a bare
/// code was reused for a different unit in 2025.
struct AdminUnitDTO: Content {
    let ref: String
    let code: String
    let period: String
    let level: String
    let name: String
    let divisionType: String
    let parentCode: String?
    let validFrom: Day
    let validTo: Day?

    init(_ unit: AdminUnit) {
        ref = unit.ref.description
        code = unit.code
        period = unit.period.rawValue
        level = unit.level.rawValue
        name = unit.name
        divisionType = unit.divisionType
        parentCode = unit.parentCode
        validFrom = unit.validFrom
        validTo = unit.validTo
    }
}

struct SuccessionDTO: Content {
    let unit: AdminUnitDTO
    let effectiveOn: Day
    let partial: Bool
    let inferred: Bool
}

/// One unit with its neighbourhood in time and in the hierarchy.
struct AdminUnitDetailDTO: Content {
    let unit: AdminUnitDTO
    let parent: AdminUnitDTO?
    let children: [AdminUnitDTO]
    /// Units standing for this one on the requested date (itself while in force).
    let successorsOnDate: [AdminUnitDTO]
    let successors: [SuccessionDTO]
    let predecessors: [SuccessionDTO]
    /// The province in force on the requested date that records made with this unit count under.
    let currentProvince: AdminUnitDTO?
}

struct ItemsDTO<Item: Content>: Content {
    let items: [Item]
    let nextCursor: String?
}

extension AdminUnitDetailDTO {
    init(unit: AdminUnit, on day: Day, geography: Geography) {
        func link(_ succession: UnitSuccession, _ other: AdminUnitRef) -> SuccessionDTO? {
            geography.unit(other).map {
                SuccessionDTO(
                    unit: AdminUnitDTO($0), effectiveOn: succession.effectiveOn, partial: succession.partial,
                    inferred: succession.inferred)
            }
        }
        self.init(
            unit: AdminUnitDTO(unit),
            parent: geography.parent(of: unit).map(AdminUnitDTO.init),
            children: geography.children(of: unit).map(AdminUnitDTO.init),
            successorsOnDate: geography.successors(of: unit, on: day).map(AdminUnitDTO.init),
            successors: geography.successions(from: unit).compactMap { link($0, $0.successor) },
            predecessors: geography.successions(to: unit).compactMap { link($0, $0.predecessor) },
            currentProvince: geography.currentProvince(of: unit, on: day).map(AdminUnitDTO.init))
    }
}
