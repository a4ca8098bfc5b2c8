import Foundation

/// Whether a scheme's support still fits the money its annual plan set aside: the "funds available"
/// condition of the national lifecycle (domain §5.3, ministry appraisal and plan approval) and of the
/// local one.
///
/// The governing plan is the scheme's own scope and year: the national (KCQG) plan for a national
/// scheme, measured on central money; the province's plan for a local one, on provincial money. A
/// plan that does not exist yet, or sets nothing aside for that source, is no refusal — envelopes are
/// often assigned after appraisal (domain §5.2) — and the checklist then asks the approver to check.
public struct PlanFunds: Sendable, Hashable {
    public enum Status: Sendable, Hashable {
        /// No plan of the scheme's scope and year.
        case noPlan
        /// The plan exists but sets no envelope for the scheme's source.
        case noEnvelope(plan: String)
        case measured(plan: String, envelope: Int64, committedByOthers: Int64)
    }

    public let year: Int
    public let source: FundingSource
    /// The scheme's requested support.
    public let requested: Int64
    public let status: Status

    /// Measures `scheme` against `plan` and the other schemes of the year (`schemes` may include
    /// the scheme itself and schemes of other scopes; both are ignored). Other schemes count from
    /// approval on (`PlanBudget.commits`).
    public init(scheme: Scheme, plan: AnnualPlan?, schemes: [SchemeSummary]) {
        year = scheme.planYear
        source = scheme.level.supportSource
        requested = max(scheme.totalRequested, 0)
        guard let plan, plan.scope == scheme.rateScope, plan.year == scheme.planYear else {
            status = .noPlan
            return
        }
        guard let envelope = plan.envelopes[source] else {
            status = .noEnvelope(plan: plan.title)
            return
        }
        let others = schemes.filter { $0.id != scheme.id && $0.level == scheme.level }
        let committed = PlanBudget.compare(plan: plan, schemes: others)[source].committed
        status = .measured(plan: plan.title, envelope: envelope, committedByOthers: committed)
    }

    /// What is left for this scheme; nil when nothing is measured.
    public var remaining: Int64? {
        guard case .measured(_, let envelope, let committed) = status else { return nil }
        return envelope - committed
    }

    /// False only when an envelope is set and this scheme's support does not fit what is left of it.
    public var fits: Bool { remaining.map { requested <= $0 } ?? true }

    /// The checklist's line, in the reader's language.
    public func explanation(in language: Language) -> String {
        let sourceLabel = Messages.text(source.labelKey, language)
        switch status {
        case .noPlan:
            return Messages.text(.checkFundsNoPlan, language, ["year": String(year)])
        case .noEnvelope(let plan):
            return Messages.text(.checkFundsNoEnvelope, language, ["plan": plan, "source": sourceLabel])
        case .measured(let plan, let envelope, let committed):
            return Messages.text(
                fits ? .checkFundsFit : .checkFundsShort, language,
                [
                    "plan": plan, "source": sourceLabel, "envelope": Money.format(envelope), "committed": Money.format(committed),
                    "remaining": Money.format(envelope - committed), "requested": Money.format(requested),
                ])
        }
    }
}
