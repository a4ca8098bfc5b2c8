import Foundation

/// Priority flags with their evidence (domain §6.3). The law gives no weights, so these are flags,
/// never a score.
public struct PriorityFlag: Sendable, Hashable {
    public let key: MessageKey
    public let arguments: [String: String]

    public init(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        self.key = key
        self.arguments = arguments
    }
}

public enum Priority {
    /// Labour-intensive: the establishment uses at least 50 workers (TT 46/2012/TT-BCT Art.6) [V2].
    public static let labourIntensiveWorkers = 50

    public static func flags(_ establishment: Establishment, craftVillage: CraftVillageFacts?) -> [PriorityFlag] {
        var flags: [PriorityFlag] = []
        if establishment.employees >= labourIntensiveWorkers {
            flags.append(.init(.priorityLabourIntensive, ["count": String(establishment.employees), "min": String(labourIntensiveWorkers)]))
        }
        if establishment.womanOwned { flags.append(.init(.priorityWomanOwned)) }
        if establishment.ethnicMinorityOwned { flags.append(.init(.priorityEthnicMinorityOwned)) }
        if establishment.employeesEthnicMinority > 0 {
            flags.append(.init(.priorityEmploysEthnicMinority, ["count": String(establishment.employeesEthnicMinority)]))
        }
        if let craftVillage { flags.append(.init(.priorityCraftVillage, ["village": craftVillage.name])) }
        return flags
    }
}
