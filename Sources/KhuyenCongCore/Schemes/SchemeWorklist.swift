import Foundation

/// A role's worklist: the schemes waiting for a step the role can take, overdue ones first.
public enum SchemeWorklist {
    public struct Item: Sendable, Hashable {
        public let scheme: SchemeSummary
        public let actions: [SchemeAction]
        public let deadlines: [SchemeDeadline]

        public var isOverdue: Bool { deadlines.contains(where: \.isOverdue) }
    }

    /// The states from which `role` has some step in any workflow a province may configure; the
    /// store narrows its query with these before `items` decides per scheme.
    public static func candidateStates(for role: Role) -> [SchemeState] {
        let workflows =
            [SchemeWorkflow.national]
            + ProvinceSchemeSettings.deciders.flatMap { appraiser in
                ProvinceSchemeSettings.deciders.map { approver in
                    SchemeWorkflow.local(ProvinceSchemeSettings(appraiser: appraiser, approver: approver))
                }
            }
        let states = Set(workflows.flatMap(\.transitions).filter { $0.roles.contains(role) }.map(\.from))
        return SchemeState.allCases.filter(states.contains)
    }

    /// The schemes that wait for a forward step by `principal`, overdue first, then by code. A
    /// blocked step still counts: the scheme waits on this person to act or to send it back.
    public static func items(
        _ schemes: [SchemeSummary], for principal: Principal, settings: (String) -> ProvinceSchemeSettings, today: Day
    ) -> [Item] {
        schemes.compactMap { scheme -> Item? in
            if principal.role == .implementingUnit, let unit = scheme.implementingUnitID, unit != principal.organisationID {
                return nil
            }
            let provinceSettings = settings(scheme.provinceCode).governing(scheme.level)
            let actions = SchemeWorkflow.of(scheme.level, settings: provinceSettings)
                .options(from: scheme.state, role: principal.role, failing: []).map(\.action)
                // A unit's draft waits for the unit, not for the Department that could also submit it.
                .filter { !($0 == .submit && scheme.implementingUnitID != nil && principal.role != .implementingUnit) }
            guard actions.contains(where: \.isForwardStep) else { return nil }
            let deadlines = SchemeDeadlines.of(
                planYear: scheme.planYear, state: scheme.state, facilityAcceptedOn: scheme.facilityAcceptedOn,
                settings: provinceSettings, today: today)
            return Item(scheme: scheme, actions: actions, deadlines: deadlines)
        }.sorted { a, b in
            a.isOverdue != b.isOverdue ? a.isOverdue : a.scheme.code < b.scheme.code
        }
    }
}
