import Foundation

/// A condition a transition needs besides the state and the role (design.md §4.3).
public enum SchemeGuard: String, Sendable, Codable, CaseIterable {
    /// The content passes `SchemeValidation` (lines, years, pilot structure).
    case contentValid = "content_valid"
    /// Every line's requested support is computed and within the rate table in force (domain §7).
    case supportWithinRates = "support_within_rates"
    /// The settlement dossier is late: the paying body may then settle on the acceptance minutes.
    case settlementOverdue = "settlement_overdue"
    /// The support fits what is left of the plan's envelope for its source, when one is set (`PlanFunds`).
    case fundsWithinPlan = "funds_within_plan"

    public var failureKey: MessageKey {
        switch self {
        case .contentValid: .guardContentInvalid
        case .supportWithinRates: .guardSupportExceedsRates
        case .settlementOverdue: .guardSettlementNotOverdue
        case .fundsWithinPlan: .guardFundsExceedPlan
        }
    }
}

/// One edge of a scheme's state machine.
public struct SchemeTransition: Sendable, Hashable {
    public let action: SchemeAction
    public let from: SchemeState
    public let to: SchemeState
    public let roles: Set<Role>
    public let guards: [SchemeGuard]
    public let requiresReason: Bool
    /// Approval freezes the content as an immutable snapshot.
    public let freezesContent: Bool

    init(
        _ action: SchemeAction, _ from: SchemeState, _ to: SchemeState, _ roles: Set<Role>, guards: [SchemeGuard] = [],
        reason: Bool = false, freezes: Bool = false
    ) {
        self.action = action
        self.from = from
        self.to = to
        self.roles = roles
        self.guards = guards
        self.requiresReason = reason
        self.freezesContent = freezes
    }
}

/// An action the caller has from the current state, and what (if anything) blocks it now.
public struct SchemeActionOption: Sendable, Hashable {
    public let action: SchemeAction
    public let to: SchemeState
    public let requiresReason: Bool
    public let blockedBy: [SchemeGuard]

    public var isAllowed: Bool { blockedBy.isEmpty }
}

/// The lifecycle as data: national schemes follow TT 36/2013 (domain §5.3); local schemes the same
/// shape with the province's appraiser and approver (§5.5).
public struct SchemeWorkflow: Sendable {
    public let level: SchemeLevel
    public let transitions: [SchemeTransition]

    public static func of(_ level: SchemeLevel, settings: ProvinceSchemeSettings) -> SchemeWorkflow {
        switch level {
        case .national: national
        case .local: local(settings)
        }
    }

    public static let national: SchemeWorkflow = {
        let unit: Set<Role> = [.implementingUnit, .provinceDepartment]
        return SchemeWorkflow(level: .national, transitions: [
            .init(.submit, .draft, .submitted, unit, guards: [.contentValid]),
            // TT 36/2013: the Sở appraises at grassroots level and sends passing schemes to the Cục.
            .init(.returnForRevision, .submitted, .draft, [.provinceDepartment], reason: true),
            .init(.reject, .submitted, .rejected, [.provinceDepartment], reason: true),
            .init(.grassrootsApprove, .submitted, .grassrootsApproved, [.provinceDepartment], guards: [.contentValid, .supportWithinRates]),
            .init(.forwardToMinistry, .grassrootsApproved, .atMinistry, [.provinceDepartment]),
            .init(.returnForRevision, .atMinistry, .draft, [.ministryAdmin], reason: true),
            .init(.ministryApprove, .atMinistry, .inDraftPlan, [.ministryAdmin], guards: [.contentValid, .supportWithinRates, .fundsWithinPlan]),
            .init(.notSelect, .atMinistry, .notSelected, [.ministryAdmin], reason: true),
            .init(
                .approve, .inDraftPlan, .approved, [.ministryLeader], guards: [.contentValid, .supportWithinRates, .fundsWithinPlan],
                freezes: true),
            .init(.returnForRevision, .inDraftPlan, .atMinistry, [.ministryLeader], reason: true),
            .init(.signContract, .approved, .contracted, [.ministryAdmin]),
            .init(.start, .contracted, .inProgress, [.implementingUnit, .ministryAdmin]),
            .init(.requestStop, .inProgress, .stopPending, [.implementingUnit, .provinceDepartment, .ministryAdmin], reason: true),
            // Stopping a national scheme is the Minister's decision (TT 36/2013 Art.11).
            .init(.approveStop, .stopPending, .stopped, [.ministryLeader], reason: true),
            .init(.refuseStop, .stopPending, .inProgress, [.ministryLeader], reason: true),
            .init(.acceptFacility, .inProgress, .facilityAccepted, [.implementingUnit]),
            .init(.submitSettlement, .facilityAccepted, .settlementSubmitted, [.implementingUnit]),
            .init(.returnForRevision, .settlementSubmitted, .facilityAccepted, [.ministryAdmin], reason: true),
            .init(.close, .settlementSubmitted, .closed, [.ministryAdmin]),
            // TT 36/2013: when the unit misses the 15 days, the Cục settles with the Treasury on the
            // facility acceptance minutes and the payment request (Form 9).
            .init(.close, .facilityAccepted, .closed, [.ministryAdmin], guards: [.settlementOverdue], reason: true),
        ])
    }()

    public static func local(_ settings: ProvinceSchemeSettings) -> SchemeWorkflow {
        let unit: Set<Role> = [.implementingUnit, .provinceDepartment]
        let appraiser: Set<Role> = [settings.appraiser]
        let approver: Set<Role> = [settings.approver]
        return SchemeWorkflow(level: .local, transitions: [
            .init(.submit, .draft, .submitted, unit, guards: [.contentValid]),
            .init(.returnForRevision, .submitted, .draft, appraiser, reason: true),
            .init(.reject, .submitted, .rejected, appraiser, reason: true),
            .init(.appraise, .submitted, .inDraftPlan, appraiser, guards: [.contentValid, .supportWithinRates, .fundsWithinPlan]),
            .init(.approve, .inDraftPlan, .approved, approver, guards: [.contentValid, .supportWithinRates, .fundsWithinPlan], freezes: true),
            .init(.returnForRevision, .inDraftPlan, .submitted, approver, reason: true),
            .init(.signContract, .approved, .contracted, [.provinceDepartment]),
            .init(.start, .contracted, .inProgress, unit),
            .init(.requestStop, .inProgress, .stopPending, unit, reason: true),
            .init(.approveStop, .stopPending, .stopped, approver, reason: true),
            .init(.refuseStop, .stopPending, .inProgress, approver, reason: true),
            .init(.acceptFacility, .inProgress, .facilityAccepted, [.implementingUnit]),
            .init(.submitSettlement, .facilityAccepted, .settlementSubmitted, [.implementingUnit]),
            .init(.returnForRevision, .settlementSubmitted, .facilityAccepted, [.provinceDepartment], reason: true),
            .init(.close, .settlementSubmitted, .closed, [.provinceDepartment]),
            .init(.close, .facilityAccepted, .closed, [.provinceDepartment], guards: [.settlementOverdue], reason: true),
        ])
    }

    /// The actions `role` has from `state`, each with the guards that block it now.
    public func options(from state: SchemeState, role: Role, failing: Set<SchemeGuard>) -> [SchemeActionOption] {
        transitions.filter { $0.from == state && $0.roles.contains(role) }.map { transition in
            SchemeActionOption(
                action: transition.action, to: transition.to, requiresReason: transition.requiresReason,
                blockedBy: transition.guards.filter(failing.contains))
        }
    }

    /// Refuses a role that takes `action` from no state at all, so that it hears "not your step"
    /// rather than news about the scheme's state or version.
    public func checkRole(_ action: SchemeAction, role: Role) throws(DomainError) {
        guard transitions.contains(where: { $0.action == action && $0.roles.contains(role) }) else {
            throw DomainError(.forbidden, .actionNotForRole, labels: ["action": action.labelKey, "role": role.messageKey])
        }
    }

    /// The transition `action` takes from `state` for `role`, or why not: 403 when the role never
    /// takes it or not from here, 409 when the state or a guard forbids it, 400 without a required reason.
    public func transition(
        _ action: SchemeAction, from state: SchemeState, role: Role, reason: String?, failing: Set<SchemeGuard>
    ) throws(DomainError) -> SchemeTransition {
        try checkRole(action, role: role)
        guard let transition = transitions.first(where: { $0.action == action && $0.from == state }) else {
            throw DomainError(.conflict, .actionNotFromState, labels: ["action": action.labelKey, "state": state.labelKey])
        }
        guard transition.roles.contains(role) else {
            throw DomainError(.forbidden, .actionNotForRole, labels: ["action": action.labelKey, "role": role.messageKey])
        }
        if let blocking = transition.guards.first(where: failing.contains) {
            throw DomainError(.conflict, blocking.failureKey, labels: ["action": action.labelKey])
        }
        if transition.requiresReason, VietnameseText.trimmed(reason ?? "").isEmpty {
            throw DomainError(.invalidInput, .reasonRequired, fields: [FieldError(field: "reason", key: .fieldRequired)])
        }
        return transition
    }
}
