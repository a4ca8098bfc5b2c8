import Foundation
import KhuyenCongCore
import Testing

@Suite struct AnnualPlanTests {
    static let planID = UUID(uuidString: "00000000-0000-4000-8000-0000000000A1")!

    static func plan(
        scope: RateScope = .province("66"), year: Int = 2026, envelopes: [FundingSource: Int64] = [:]
    ) -> AnnualPlan {
        AnnualPlan(
            id: planID, scope: scope, year: year, title: "Kế hoạch khuyến công năm 2026", status: .approved,
            decisionRef: "45/QĐ-UBND", approvedOn: Day(year: 2026, month: 1, day: 10), envelopes: envelopes)
    }

    static func scheme(
        _ support: Int64, _ state: SchemeState, level: SchemeLevel = .local, province: String = "66", year: Int = 2026
    ) -> SchemeSummary {
        SchemeSummary(
            id: UUID(), code: "DA-\(support)", level: level, kind: .single, title: "Đề án", planYear: year,
            provinceCode: province, state: state, totalEligible: support * 2, totalRequested: support, approvedOn: nil,
            facilityAcceptedOn: nil, version: 1)
    }

    /// Sums over the sources, to check them against the totals the roll-up reports.
    static func sums(_ budget: PlanBudget) -> (envelope: Int64, committed: Int64, proposed: Int64, remaining: Int64) {
        FundingSource.allCases.reduce((Int64(0), Int64(0), Int64(0), Int64(0))) { sum, source in
            let figures = budget[source]
            return (
                sum.0 + figures.envelope, sum.1 + figures.committed, sum.2 + figures.proposed, sum.3 + figures.remaining
            )
        }
    }

    // MARK: Roll-up

    @Test func aProvincePlanSetsItsSchemesAgainstTheEnvelopeOfTheirSource() {
        let plan = Self.plan(envelopes: [.central: 2_000_000_000, .provincial: 5_000_000_000, .commune: 300_000_000])
        let schemes = [
            Self.scheme(1_000_000_000, .approved),
            Self.scheme(700_000_000, .inProgress),
            Self.scheme(450_000_000, .closed),
            Self.scheme(800_000_000, .contracted, level: .national),
            Self.scheme(200_000_000, .stopPending, level: .national),
            // Not committed: still proposed, or gone.
            Self.scheme(600_000_000, .submitted),
            Self.scheme(900_000_000, .inDraftPlan, level: .national),
            Self.scheme(111_000_000, .draft),
            Self.scheme(222_000_000, .rejected),
            Self.scheme(333_000_000, .notSelected),
            Self.scheme(444_000_000, .stopped),
            // Another province, another year.
            Self.scheme(9_000_000_000, .approved, province: "01"),
            Self.scheme(9_000_000_000, .approved, year: 2025),
        ]

        let budget = PlanBudget.compare(plan: plan, schemes: schemes)

        #expect(budget.planID == plan.id)
        #expect(budget[.provincial] == .init(envelope: 5_000_000_000, committed: 2_150_000_000, proposed: 600_000_000))
        #expect(budget[.provincial].remaining == 2_850_000_000)
        #expect(budget[.central] == .init(envelope: 2_000_000_000, committed: 1_000_000_000, proposed: 900_000_000))
        #expect(budget[.central].remaining == 1_000_000_000)
        #expect(budget[.commune] == .init(envelope: 300_000_000, committed: 0, proposed: 0))
        #expect(budget[.other] == .init(envelope: 0, committed: 0, proposed: 0))
        #expect(budget.total == .init(envelope: 7_300_000_000, committed: 3_150_000_000, proposed: 1_500_000_000))
        #expect(budget.total.remaining == 4_150_000_000)
        #expect(!budget.isOverCommitted)
    }

    @Test func theTotalsAreTheSumsOverSources() {
        let plan = Self.plan(envelopes: [.central: 1_234_567_891, .provincial: 987_654_321, .other: 5])
        let schemes = [
            Self.scheme(1_000_000_001, .closed), Self.scheme(3, .approved, level: .national),
            Self.scheme(2_000_000_000, .facilityAccepted, level: .national),
            Self.scheme(17, .atMinistry, level: .national),
        ]

        let budget = PlanBudget.compare(plan: plan, schemes: schemes)
        let sums = Self.sums(budget)

        #expect(sums.envelope == budget.total.envelope)
        #expect(sums.committed == budget.total.committed)
        #expect(sums.proposed == budget.total.proposed)
        #expect(sums.remaining == budget.total.remaining)
        #expect(budget.total.envelope == 2_222_222_217)
        #expect(budget.total.committed == 3_000_000_004)
        #expect(budget.total.remaining == -777_777_787)
        #expect(budget.bySource.count == FundingSource.allCases.count)
    }

    @Test func overCommitmentIsFlaggedPerSourceEvenWhenTheTotalHasRoom() {
        let plan = Self.plan(envelopes: [.central: 100, .provincial: 1_000])
        let schemes = [Self.scheme(150, .approved, level: .national), Self.scheme(100, .closed)]

        let budget = PlanBudget.compare(plan: plan, schemes: schemes)

        #expect(budget[.central].remaining == -50)
        #expect(budget[.central].isOverCommitted)
        #expect(!budget[.provincial].isOverCommitted)
        #expect(!budget.total.isOverCommitted)
        #expect(budget.overCommittedSources == [.central])
        #expect(budget.isOverCommitted)
    }

    @Test func spendingTheWholeEnvelopeIsNotOverCommitment() {
        let budget = PlanBudget.compare(
            plan: Self.plan(envelopes: [.provincial: 500]), schemes: [Self.scheme(500, .closed)])

        #expect(budget[.provincial].remaining == 0)
        #expect(!budget.isOverCommitted)
    }

    @Test func theNationalPlanHoldsNationalSchemesFromEveryProvince() {
        let plan = Self.plan(scope: .national, envelopes: [.central: 1_000])
        let schemes = [
            Self.scheme(300, .approved, level: .national, province: "01"),
            Self.scheme(400, .closed, level: .national, province: "96"),
            // Local schemes are each province's money, not the KCQG plan's.
            Self.scheme(5_000, .approved, level: .local, province: "01"),
        ]

        let budget = PlanBudget.compare(plan: plan, schemes: schemes)

        #expect(budget[.central] == .init(envelope: 1_000, committed: 700, proposed: 0))
        #expect(budget[.provincial].committed == 0)
        #expect(!budget.isOverCommitted)
    }

    @Test(arguments: SchemeState.allCases)
    func supportIsCommittedFromApprovalUntilStoppedOrClosed(_ state: SchemeState) {
        let committing: Set<SchemeState> = [
            .approved, .contracted, .inProgress, .stopPending, .facilityAccepted, .settlementSubmitted, .closed,
        ]
        let budget = PlanBudget.compare(plan: Self.plan(), schemes: [Self.scheme(10, state)])

        #expect(PlanBudget.commits(state) == committing.contains(state))
        #expect(budget[.provincial].committed == (committing.contains(state) ? 10 : 0))
    }

    // MARK: Validation

    static func fields(_ plan: AnnualPlan) -> [String: MessageKey] {
        Dictionary(PlanValidation.errors(in: plan).map { ($0.field, $0.key) }) { first, _ in first }
    }

    @Test func aCompletePlanIsValid() {
        #expect(
            PlanValidation.errors(in: Self.plan(envelopes: [.central: 0, .provincial: 100_000_000_000_000])).isEmpty)
    }

    @Test(arguments: [2009, 2041])
    func yearsLieWithin2010To2040(_ year: Int) {
        #expect(Self.fields(Self.plan(year: year)) == ["year": .schemeYearOutOfRange])
    }

    @Test func theTitleIsRequiredAndBounded() {
        var plan = Self.plan()
        plan.title = ""
        #expect(Self.fields(plan) == ["title": .fieldRequired])
        plan.title = String(repeating: "đ", count: 501)
        #expect(Self.fields(plan) == ["title": .fieldTooLong])
    }

    @Test func envelopesAreZeroOrMoreAndBounded() {
        let plan = Self.plan(envelopes: [.central: -1, .provincial: 100_000_000_000_001, .commune: 0])
        #expect(
            Self.fields(plan) == [
                "envelopes.central": .schemeAmountInvalid, "envelopes.provincial": .schemeAmountInvalid,
            ])
    }

    @Test func anApprovedPlanNamesItsDecision() {
        var plan = Self.plan()
        plan.decisionRef = nil
        plan.approvedOn = nil
        #expect(Self.fields(plan) == ["decisionRef": .approvalNeedsDecision, "approvedOn": .approvalNeedsDecision])
        plan.status = .submitted
        #expect(PlanValidation.errors(in: plan).isEmpty)
    }

    @Test func envelopesTravelAsAnObjectKeyedBySource() throws {
        let plan = Self.plan(envelopes: [.central: 7])
        let data = try JSONEncoder().encode(plan)

        #expect(String(decoding: data, as: UTF8.self).contains("\"envelopes\":{\"central\":7}"))
        #expect(try JSONDecoder().decode(AnnualPlan.self, from: data) == plan)
    }

    @Test func planStatusesHaveLabels() {
        for status in PlanStatus.allCases {
            #expect(Messages.catalogue[status.labelKey]?.count == 2)
        }
        #expect(Messages.text(PlanStatus.approved.labelKey, .vi) == "Đã phê duyệt")
    }

    // MARK: Who may edit

    static func principal(_ role: Role, province: String? = nil) -> Principal {
        Principal(
            userID: UUID(), username: role.rawValue, displayName: role.rawValue, role: role, provinceCode: province,
            communeCode: nil, organisationID: nil)
    }

    @Test(arguments: Role.allCases)
    func theCucAndMinistryLeadershipEditTheNationalPlan(_ role: Role) {
        let mayEdit = role == .ministryAdmin || role == .ministryLeader
        #expect(PlanEditing.canEdit(.national, by: Self.principal(role)) == mayEdit)
    }

    @Test(arguments: Role.allCases)
    func theProvincesDepartmentAndCommitteeEditItsPlan(_ role: Role) {
        let mayEdit = role == .provinceDepartment || role == .provinceCommittee
        #expect(PlanEditing.canEdit(.province("66"), by: Self.principal(role, province: "66")) == mayEdit)
        #expect(!PlanEditing.canEdit(.province("66"), by: Self.principal(role, province: "01")))
    }

    // MARK: Funds for one scheme (the approval guard)

    static func localScheme(asking support: Int64, province: String = "66") -> Scheme {
        Scheme(
            id: UUID(), code: "KCĐP-2026-66-0009", level: .local, kind: .single, title: "Máy sấy cà phê", planYear: 2026, startYear: 2026,
            endYear: 2026, provinceCode: province,
            lines: [SchemeLine(activityType: .machinery, description: "Máy sấy", quantity: 1, eligibleCost: support * 2, requestedSupport: support)],
            state: .inDraftPlan)
    }

    @Test func aSchemeFitsWhatIsLeftOfItsSourceAfterApprovedSchemes() {
        let scheme = Self.localScheme(asking: 300_000_000)
        let plan = Self.plan(envelopes: [.provincial: 1_000_000_000, .central: 9_000_000_000])
        let others = [
            Self.scheme(600_000_000, .approved),
            Self.scheme(900_000_000, .inDraftPlan),  // proposed, not committed
            Self.scheme(900_000_000, .approved, level: .national),  // central money
            Self.scheme(900_000_000, .approved, province: "01"),  // another province
        ]
        let funds = PlanFunds(scheme: scheme, plan: plan, schemes: others)
        #expect(funds.source == .provincial)
        #expect(funds.remaining == 400_000_000)
        #expect(funds.fits)
        #expect(funds.explanation(in: .en).contains("400.000.000 ₫ left"))

        let bigger = Self.localScheme(asking: 400_000_001)
        let short = PlanFunds(scheme: bigger, plan: plan, schemes: others + [Self.scheme(0, .approved)])
        #expect(!short.fits)
        #expect(short.explanation(in: .vi).contains("chỉ còn 400.000.000 ₫"))
        #expect(SchemeChecks(bigger, book: RateBook(tables: []), today: Day(year: 2026, month: 3, day: 1)!, funds: short).failing
            .contains(.fundsWithinPlan))
    }

    @Test func theSchemeItselfIsNeverCountedTwice() {
        var scheme = Self.localScheme(asking: 500_000_000)
        scheme.state = .approved
        let summary = SchemeSummary(
            id: scheme.id, code: scheme.code, level: .local, kind: .single, title: scheme.title, planYear: 2026, provinceCode: "66",
            state: .approved, totalEligible: 1_000_000_000, totalRequested: 500_000_000, approvedOn: nil, facilityAcceptedOn: nil, version: 2)
        let funds = PlanFunds(scheme: scheme, plan: Self.plan(envelopes: [.provincial: 500_000_000]), schemes: [summary])
        #expect(funds.remaining == 500_000_000)
        #expect(funds.fits)
    }

    @Test func withoutAPlanOrAnEnvelopeTheApproverDecides() {
        let scheme = Self.localScheme(asking: 300_000_000)
        let none = PlanFunds(scheme: scheme, plan: nil, schemes: [])
        #expect(none.fits && none.remaining == nil)
        #expect(none.explanation(in: .vi).contains("Chưa có kế hoạch khuyến công năm 2026"))
        // A plan of another scope or year is not the scheme's plan.
        #expect(PlanFunds(scheme: scheme, plan: Self.plan(scope: .national, envelopes: [.provincial: 1]), schemes: []).status == .noPlan)
        #expect(PlanFunds(scheme: scheme, plan: Self.plan(year: 2025, envelopes: [.provincial: 1]), schemes: []).status == .noPlan)
        let noEnvelope = PlanFunds(scheme: scheme, plan: Self.plan(envelopes: [.central: 1]), schemes: [])
        #expect(noEnvelope.fits)
        #expect(noEnvelope.explanation(in: .en).contains("sets no envelope for Provincial budget (local)"))
        // An envelope of zero is set: nothing fits.
        #expect(!PlanFunds(scheme: scheme, plan: Self.plan(envelopes: [.provincial: 0]), schemes: []).fits)
    }
}
