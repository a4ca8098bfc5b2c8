import Foundation

/// What an adjustment request changes (TT 36/2013 Art.11 as amended by TT 17/2018 Art.1 cl.10–11;
/// domain §5.4).
public enum AdjustmentKind: String, Sendable, Codable, CaseIterable {
    case increaseSupport = "increase_support"
    case changeActivityContent = "change_activity_content"
    case extendIntoNextYear = "extend_into_next_year"
    case addOrStopScheme = "add_or_stop_scheme"
    /// Location, beneficiary, cooperating unit or timing within the fiscal year.
    case changeWithinYear = "change_within_year"
    /// Changes that keep or reduce national support, and anything not listed above.
    case other

    public var labelKey: MessageKey {
        switch self {
        case .increaseSupport: .adjIncreaseSupport
        case .changeActivityContent: .adjChangeContent
        case .extendIntoNextYear: .adjExtend
        case .addOrStopScheme: .adjAddOrStop
        case .changeWithinYear: .adjWithinYear
        case .other: .adjOther
        }
    }

    /// Art.11 reserves these to the Minister; the Cục decides the rest [V1].
    public var needsMinister: Bool {
        switch self {
        case .increaseSupport, .changeActivityContent, .extendIntoNextYear, .addOrStopScheme: true
        case .changeWithinYear, .other: false
        }
    }
}

public enum AdjustmentRouting {
    /// Who decides an adjustment of a scheme of `level`. For local schemes the province's approver
    /// decides everything: provinces set their own rules and TT 36/2013 covers national funds only.
    public static func decider(for kinds: Set<AdjustmentKind>, level: SchemeLevel, settings: ProvinceSchemeSettings) -> Role {
        switch level {
        case .national: kinds.contains(where: \.needsMinister) ? .ministryLeader : .ministryAdmin
        case .local: settings.approver
        }
    }

    /// Refuses a decision by anyone but the decider; the Cục may not decide what only the Minister may.
    public static func checkDecider(
        _ role: Role, kinds: Set<AdjustmentKind>, level: SchemeLevel, settings: ProvinceSchemeSettings
    ) throws(DomainError) {
        let decider = decider(for: kinds, level: level, settings: settings)
        guard role == decider else {
            throw DomainError(.forbidden, .adjustmentNotYourDecision, labels: ["role": decider.messageKey])
        }
    }

    /// The kinds a proposed revision amounts to, read from the content itself so that a request
    /// cannot understate what it changes.
    public static func kinds(from old: Scheme, to new: Scheme) -> Set<AdjustmentKind> {
        var kinds: Set<AdjustmentKind> = []
        if new.totalRequested > old.totalRequested { kinds.insert(.increaseSupport) }
        if Set(new.lines.map(\.activityType)) != Set(old.lines.map(\.activityType)) { kinds.insert(.changeActivityContent) }
        if new.endYear > old.endYear { kinds.insert(.extendIntoNextYear) }
        if Set(new.beneficiaryIDs) != Set(old.beneficiaryIDs) || Set(new.communeCodes) != Set(old.communeCodes)
            || Set(new.cooperatingUnits) != Set(old.cooperatingUnits) || new.startYear != old.startYear
        {
            kinds.insert(.changeWithinYear)
        }
        // Anything else (less support, a new description, a new title) is an "other" change for the Cục.
        if kinds.isEmpty { kinds.insert(.other) }
        return kinds
    }
}
