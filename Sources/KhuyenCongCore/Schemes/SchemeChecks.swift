import Foundation

/// Everything the workflow's guards need about one scheme on one day, computed once.
public struct SchemeChecks: Sendable {
    public let contentErrors: [FieldError]
    public let support: SupportAssessment
    public let settlementOverdue: Bool
    /// Nil when the caller did not measure the plan's funds; the guard then passes.
    public let funds: PlanFunds?

    public init(
        _ scheme: Scheme, book: RateBook, today: Day, settings: ProvinceSchemeSettings = .nationalRules, funds: PlanFunds? = nil
    ) {
        self.funds = funds
        contentErrors = SchemeValidation.errors(in: SchemeDraft(scheme))
        settlementOverdue = SchemeDeadlines.of(
            planYear: scheme.planYear, state: scheme.state, facilityAcceptedOn: scheme.facilityAcceptedOn, settings: settings, today: today
        ).contains { $0.kind == .settlement && $0.isOverdue }
        support = SupportCalculator.assess(
            scheme.lines.map(\.supportInput), scope: scheme.rateScope, on: scheme.referenceDay(today: today), book: book,
            beneficiaries: scheme.beneficiaryIDs.count)
    }

    public var failing: Set<SchemeGuard> {
        var failing: Set<SchemeGuard> = []
        if !contentErrors.isEmpty { failing.insert(.contentValid) }
        if !support.withinRules { failing.insert(.supportWithinRates) }
        if !settlementOverdue { failing.insert(.settlementOverdue) }
        if let funds, !funds.fits { failing.insert(.fundsWithinPlan) }
        return failing
    }
}

extension SchemeDraft {
    /// The draft a stored scheme would be, to re-check it with the same rules as on entry.
    public init(_ scheme: Scheme) {
        self.init(
            level: scheme.level, kind: scheme.kind, title: scheme.title, planYear: scheme.planYear,
            startYear: scheme.startYear, endYear: scheme.endYear, provinceCode: scheme.provinceCode,
            communeCodes: scheme.communeCodes, implementingUnitID: scheme.implementingUnitID,
            cooperatingUnits: scheme.cooperatingUnits, beneficiaryIDs: scheme.beneficiaryIDs, lines: scheme.lines,
            counterpartFunds: scheme.counterpartFunds, otherFunds: scheme.otherFunds)
    }
}
