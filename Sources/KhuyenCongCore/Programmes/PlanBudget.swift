import Foundation

/// A plan's envelopes set against the support its schemes take up, per funding source.
///
/// Money does not move between sources, so a plan is over-committed when any one source is, even if
/// the total still shows room.
public struct PlanBudget: Sendable, Hashable {
    /// The figures for one source, or for all of them together.
    public struct Figures: Sendable, Hashable {
        public let envelope: Int64
        /// Support requested by schemes approved or beyond (and not stopped).
        public let committed: Int64
        /// Support requested by schemes still on their way to approval: shown while the plan is
        /// drafted, never subtracted from the envelope.
        public let proposed: Int64

        public init(envelope: Int64, committed: Int64, proposed: Int64) {
            self.envelope = envelope
            self.committed = committed
            self.proposed = proposed
        }

        /// Negative when over-committed.
        public var remaining: Int64 { envelope - committed }
        public var isOverCommitted: Bool { committed > envelope }
    }

    public let planID: UUID
    /// Every funding source, including those with nothing set aside or committed.
    public let bySource: [FundingSource: Figures]
    /// The sums over all sources.
    public let total: Figures

    public init(planID: UUID, bySource: [FundingSource: Figures]) {
        self.planID = planID
        self.bySource = bySource
        let all = FundingSource.allCases.map { bySource[$0] ?? Figures(envelope: 0, committed: 0, proposed: 0) }
        self.total = Figures(
            envelope: all.reduce(0) { $0 + $1.envelope }, committed: all.reduce(0) { $0 + $1.committed },
            proposed: all.reduce(0) { $0 + $1.proposed })
    }

    public subscript(source: FundingSource) -> Figures {
        bySource[source] ?? Figures(envelope: 0, committed: 0, proposed: 0)
    }

    /// The sources whose commitments exceed their envelope, in `FundingSource` order.
    public var overCommittedSources: [FundingSource] {
        FundingSource.allCases.filter { self[$0].isOverCommitted }
    }

    public var isOverCommitted: Bool { !overCommittedSources.isEmpty }

    /// Whether a scheme's support is committed: from approval on, while not stopped. Rejected, not
    /// selected and stopped schemes release their money.
    public static func commits(_ state: SchemeState) -> Bool {
        switch state {
        case .approved, .contracted, .inProgress, .stopPending, .facilityAccepted, .settlementSubmitted, .closed: true
        case .draft, .submitted, .grassrootsApproved, .atMinistry, .inDraftPlan, .stopped, .rejected, .notSelected:
            false
        }
    }

    /// Submitted and being appraised: candidates for the plan, not yet in it.
    static func isProposed(_ state: SchemeState) -> Bool {
        switch state {
        case .submitted, .grassrootsApproved, .atMinistry, .inDraftPlan: true
        default: false
        }
    }

    /// Whether a scheme falls under a plan: the same year and, for the national (KCQG) plan, a
    /// national scheme anywhere; for a province's plan, any scheme in the province, national or
    /// local, since provinces plan both and report the KCQG and KCĐP parts side by side (domain §8.3).
    public static func belongs(_ scheme: SchemeSummary, to plan: AnnualPlan) -> Bool {
        guard scheme.planYear == plan.year else { return false }
        switch plan.scope {
        case .national: return scheme.level == .national
        case .province(let code): return scheme.provinceCode == code
        }
    }

    /// The roll-up for `plan`; schemes of other years or scopes in `schemes` are ignored. A national
    /// scheme's support is central money, a local one's provincial (`SchemeLevel.supportSource`).
    public static func compare(plan: AnnualPlan, schemes: [SchemeSummary]) -> PlanBudget {
        var committed: [FundingSource: Int64] = [:]
        var proposed: [FundingSource: Int64] = [:]
        for scheme in schemes where belongs(scheme, to: plan) {
            let source = scheme.level.supportSource
            let support = max(scheme.totalRequested, 0)
            if commits(scheme.state) {
                committed[source, default: 0] += support
            } else if isProposed(scheme.state) {
                proposed[source, default: 0] += support
            }
        }
        var bySource: [FundingSource: Figures] = [:]
        for source in FundingSource.allCases {
            bySource[source] = Figures(
                envelope: plan.envelope(source), committed: committed[source, default: 0],
                proposed: proposed[source, default: 0])
        }
        return PlanBudget(planID: plan.id, bySource: bySource)
    }
}
