import Foundation

/// How much of a line's support may be advanced before the work is done (TT 36/2013; domain §7.4).
public struct AdvanceRule: Sendable, Hashable {
    /// Basis points of the approved support.
    public let percent: Int
    public let conditionKey: MessageKey
    public let verified: Bool
}

public enum AdvanceRules {
    /// The rule for an activity, or nil where the text read so far gives none (demonstration models,
    /// machinery…: cut off in the source) — such lines get no advance until an operator sets one.
    public static func rule(for activity: ActivityType) -> AdvanceRule? {
        switch activity {
        case .clusterInfrastructure, .clusterPollutionTreatment:
            AdvanceRule(percent: 3000, conditionKey: .advanceConditionProgress, verified: true)
        case .vocationalTraining:
            AdvanceRule(percent: 7000, conditionKey: .advanceConditionTrainingPlan, verified: true)
        case .consultancy, .seminarForum, .managementCapacity, .studyTourAbroadAirfare, .trademarkRegistration,
            .associationClusterLink, .cleanerProductionAssessment:
            AdvanceRule(percent: 7000, conditionKey: .advanceConditionPlan, verified: true)
        default:
            nil
        }
    }

    /// The most that may be advanced on a scheme: each line's share of its support, rounded down.
    public static func limit(for lines: [SchemeLine]) -> Int64 {
        lines.reduce(0) { total, line in
            guard let rule = rule(for: line.activityType) else { return total }
            return total + line.requestedSupport * Int64(rule.percent) / 10_000
        }
    }
}
