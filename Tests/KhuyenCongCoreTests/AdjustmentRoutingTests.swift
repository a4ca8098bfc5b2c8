import Foundation
import KhuyenCongCore
import Testing

private enum Fixture {
    static let beneficiaryA = UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!
    static let beneficiaryB = UUID(uuidString: "00000000-0000-0000-0000-00000000000B")!

    static func line(_ activity: ActivityType, cost: Int64 = 1_000_000_000, requested: Int64) -> SchemeLine {
        SchemeLine(
            activityType: activity, description: "Nội dung \(activity.rawValue)", quantity: 1, eligibleCost: cost,
            requestedSupport: requested)
    }

    /// An approved national scheme for 2027: a demonstration model and machinery, 600 m requested.
    static let approved = Scheme(
        id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, code: "KCQG-2027-01-0001", level: .national,
        kind: .single,
        title: "Mô hình trình diễn chế biến chè", planYear: 2027, startYear: 2027, endYear: 2027, provinceCode: "01",
        communeCodes: ["00001"], cooperatingUnits: ["Viện Cơ điện nông nghiệp"], beneficiaryIDs: [beneficiaryA],
        lines: [line(.demoModelNewTech, requested: 300_000_000), line(.machinery, requested: 300_000_000)],
        counterpartFunds: 1_400_000_000, state: .inProgress)
}

/// Who decides an adjustment (TT 36/2013 Art.11 as amended by TT 17/2018 Art.1 cl.10–11; domain §5.4).
@Suite struct AdjustmentRoutingTests {
    /// Domain §5.4, row by row.
    static let table: [AdjustmentKind: Role] = [
        .increaseSupport: .ministryLeader,
        .changeActivityContent: .ministryLeader,
        .extendIntoNextYear: .ministryLeader,
        .addOrStopScheme: .ministryLeader,
        .changeWithinYear: .ministryAdmin,
        .other: .ministryAdmin,
    ]

    @Test(arguments: AdjustmentKind.allCases)
    func nationalRoutingFollowsArticle11(_ kind: AdjustmentKind) throws {
        let expected = try #require(Self.table[kind], "\(kind) is missing from the table of domain §5.4")

        let decider = AdjustmentRouting.decider(for: [kind], level: .national, settings: .nationalRules)

        #expect(decider == expected)
        #expect(kind.needsMinister == (expected == .ministryLeader))
    }

    @Test func aMinisterKindAmongCucKindsGoesToTheMinister() {
        let mixed: Set<AdjustmentKind> = [.changeWithinYear, .other, .extendIntoNextYear]
        let cucOnly: Set<AdjustmentKind> = [.changeWithinYear, .other]

        #expect(AdjustmentRouting.decider(for: mixed, level: .national, settings: .nationalRules) == .ministryLeader)
        #expect(AdjustmentRouting.decider(for: cucOnly, level: .national, settings: .nationalRules) == .ministryAdmin)
    }

    @Test func theCucMayNotDecideAnIncrease() throws {
        do {
            try AdjustmentRouting.checkDecider(
                .ministryAdmin, kinds: [.increaseSupport], level: .national, settings: .nationalRules)
            Issue.record("expected refusal")
        } catch {
            #expect(error.kind == .forbidden)
            #expect(error.key == .adjustmentNotYourDecision)
            #expect(error.labels == ["role": .roleMinistryLeader])
            #expect(
                error.message(in: .en)
                    == "This adjustment is for “Ministry leadership” to decide (Circular 36/2013 Art.11).")
        }
        try AdjustmentRouting.checkDecider(
            .ministryLeader, kinds: [.increaseSupport], level: .national, settings: .nationalRules)
    }

    @Test func onlyTheDeciderDecides() {
        do {
            try AdjustmentRouting.checkDecider(
                .ministryLeader, kinds: [.changeWithinYear], level: .national, settings: .nationalRules)
            Issue.record("expected refusal")
        } catch {
            #expect(error.kind == .forbidden)
            #expect(error.labels == ["role": .roleMinistryAdmin])
        }
    }

    @Test(arguments: [Role.provinceCommittee, .provinceDepartment])
    func localSchemesGoToTheProvincesApprover(_ approver: Role) throws {
        let settings = ProvinceSchemeSettings(approver: approver)

        let deciders = AdjustmentKind.allCases.map {
            AdjustmentRouting.decider(for: [$0], level: .local, settings: settings)
        }

        #expect(deciders.allSatisfy { $0 == approver })
        try AdjustmentRouting.checkDecider(approver, kinds: [.increaseSupport], level: .local, settings: settings)
        #expect(throws: DomainError.self) {
            try AdjustmentRouting.checkDecider(
                .ministryLeader, kinds: [.increaseSupport], level: .local, settings: settings)
        }
    }

    // MARK: - Reading the kinds from the content

    @Test func anUnchangedOrReducedSchemeIsForTheCuc() {
        var reduced = Fixture.approved
        reduced.lines[1].requestedSupport = 250_000_000

        let unchanged = AdjustmentRouting.kinds(from: Fixture.approved, to: Fixture.approved)
        let lower = AdjustmentRouting.kinds(from: Fixture.approved, to: reduced)

        #expect(unchanged == [.other])
        #expect(lower == [.other])
        #expect(AdjustmentRouting.decider(for: lower, level: .national, settings: .nationalRules) == .ministryAdmin)
    }

    @Test func moreSupportIsAnIncrease() {
        var raised = Fixture.approved
        raised.lines[0].requestedSupport = 300_000_001

        let kinds = AdjustmentRouting.kinds(from: Fixture.approved, to: raised)

        #expect(kinds.contains(.increaseSupport))
        #expect(!kinds.contains(.changeActivityContent))
        #expect(AdjustmentRouting.decider(for: kinds, level: .national, settings: .nationalRules) == .ministryLeader)
    }

    /// Moving money between lines keeps the total: not an increase.
    @Test func shiftingSupportBetweenLinesIsNotAnIncrease() {
        var shifted = Fixture.approved
        shifted.lines[0].requestedSupport = 350_000_000
        shifted.lines[1].requestedSupport = 250_000_000

        let kinds = AdjustmentRouting.kinds(from: Fixture.approved, to: shifted)

        #expect(kinds == [.other])
    }

    @Test func anotherActivityTypeIsAChangeOfContent() {
        var changed = Fixture.approved
        changed.lines[1].activityType = .technologyLine

        let kinds = AdjustmentRouting.kinds(from: Fixture.approved, to: changed)

        #expect(kinds.contains(.changeActivityContent))
        #expect(!kinds.contains(.increaseSupport))
        #expect(AdjustmentRouting.decider(for: kinds, level: .national, settings: .nationalRules) == .ministryLeader)
    }

    @Test func aLaterEndYearIsAnExtension() {
        var extended = Fixture.approved
        extended.endYear = 2028

        #expect(AdjustmentRouting.kinds(from: Fixture.approved, to: extended) == [.extendIntoNextYear])
    }

    @Test func otherBeneficiariesAreAChangeWithinTheYear() {
        var swapped = Fixture.approved
        swapped.beneficiaryIDs = [Fixture.beneficiaryB]
        var moved = Fixture.approved
        moved.communeCodes = ["00004"]

        #expect(AdjustmentRouting.kinds(from: Fixture.approved, to: swapped) == [.changeWithinYear])
        #expect(AdjustmentRouting.kinds(from: Fixture.approved, to: moved) == [.changeWithinYear])
        #expect(
            AdjustmentRouting.decider(for: [.changeWithinYear], level: .national, settings: .nationalRules)
                == .ministryAdmin)
    }

    /// A request cannot understate what it changes: the kinds read from the content add up.
    @Test func everyChangeAtOnceIsReadInFull() {
        var revised = Fixture.approved
        revised.lines.append(Fixture.line(.vocationalTraining, requested: 100_000_000))
        revised.endYear = 2028
        revised.beneficiaryIDs = [Fixture.beneficiaryA, Fixture.beneficiaryB]

        let kinds = AdjustmentRouting.kinds(from: Fixture.approved, to: revised)

        #expect(
            kinds.isSuperset(of: [.increaseSupport, .changeActivityContent, .extendIntoNextYear, .changeWithinYear]))
    }
}

/// How much of a scheme's support may be advanced (TT 36/2013; domain §7.4).
@Suite struct AdvanceRulesTests {
    @Test(arguments: [ActivityType.clusterInfrastructure, .clusterPollutionTreatment])
    func clusterWorksAdvanceThirtyPercentOnProgress(_ activity: ActivityType) throws {
        let rule = try #require(AdvanceRules.rule(for: activity))

        #expect(rule.percent == 3000)
        #expect(rule.conditionKey == .advanceConditionProgress)
        #expect(rule.verified)
    }

    @Test func vocationalTrainingAdvancesSeventyPercentOnATrainingPlan() throws {
        let rule = try #require(AdvanceRules.rule(for: .vocationalTraining))

        #expect(rule.percent == 7000)
        #expect(rule.conditionKey == .advanceConditionTrainingPlan)
    }

    @Test(arguments: [
        ActivityType.consultancy, .seminarForum, .managementCapacity, .studyTourAbroadAirfare, .trademarkRegistration,
        .associationClusterLink, .cleanerProductionAssessment,
    ])
    func softActivitiesAdvanceSeventyPercentOnAPlan(_ activity: ActivityType) throws {
        let rule = try #require(AdvanceRules.rule(for: activity))

        #expect(rule.percent == 7000)
        #expect(rule.conditionKey == .advanceConditionPlan)
    }

    /// The source text is cut off for these; no advance until an operator sets one.
    @Test(arguments: [ActivityType.demoModelNewTech, .demoModelReplication, .machinery, .technologyLine])
    func demonstrationModelsAndMachineryHaveNoRuleYet(_ activity: ActivityType) {
        #expect(AdvanceRules.rule(for: activity) == nil)
    }

    @Test func theLimitSumsEachLinesShareRoundedDown() {
        // 30 % of 1.000.000.001 = 300.000.000,3 → 300.000.000; 70 % of 333 = 233,1 → 233; no rule → 0.
        let lines = [
            Fixture.line(.clusterInfrastructure, cost: 5_000_000_000, requested: 1_000_000_001),
            Fixture.line(.vocationalTraining, cost: 1_000, requested: 333),
            Fixture.line(.demoModelNewTech, requested: 500_000_000),
        ]

        #expect(AdvanceRules.limit(for: lines) == 300_000_233)
        #expect(AdvanceRules.limit(for: [lines[2]]) == 0)
        #expect(AdvanceRules.limit(for: []) == 0)
    }
}

@Suite("Adjustment confirmation refused")
struct AdjustmentConfirmationRefusedTests {
    @Test func theDepartmentMayDeclineToConfirmWithAReason() throws {
        let request = AdjustmentRequest(
            id: UUID(), schemeID: UUID(), kinds: [.increaseSupport], reason: "r",
            revision: SchemeRevision(title: "T", startYear: 2026, endYear: 2026, communeCodes: [], cooperatingUnits: [], beneficiaryIDs: [], lines: []),
            state: .requested, decider: .ministryLeader, requestedBy: "u", requestedAtMillis: 0)
        #expect(try AdjustmentFlow.decide(.reject, on: request, role: .provinceDepartment, reason: "Không đủ căn cứ") == .rejected)
        #expect(throws: DomainError.self) { _ = try AdjustmentFlow.decide(.reject, on: request, role: .provinceDepartment, reason: " ") }
        #expect(throws: DomainError.self) { _ = try AdjustmentFlow.decide(.reject, on: request, role: .ministryAdmin, reason: "x") }
    }
}

@Suite("Approval of programmes and plans")
struct ApprovalTests {
    @Test func onlyTheApproverApprovesOrChangesAnApprovedRecord() throws {
        try Approval.check(wasApproved: false, isApproved: true, changed: true, scope: .province("01"), role: .provinceCommittee)
        #expect(throws: DomainError.self) {
            try Approval.check(wasApproved: false, isApproved: true, changed: true, scope: .province("01"), role: .provinceDepartment)
        }
        #expect(throws: DomainError.self) {
            try Approval.check(wasApproved: true, isApproved: true, changed: true, scope: .national, role: .ministryAdmin)
        }
        try Approval.check(wasApproved: true, isApproved: true, changed: false, scope: .national, role: .ministryAdmin)
        try Approval.check(wasApproved: false, isApproved: false, changed: true, scope: .national, role: .ministryAdmin)
    }
}

/// Withdrawing: the account that asked takes its request back before a decision, and nobody else.
@Suite struct AdjustmentWithdrawalTests {
    func request(_ state: AdjustmentState) -> AdjustmentRequest {
        AdjustmentRequest(
            id: UUID(), schemeID: UUID(), kinds: [.changeWithinYear], reason: "đổi địa điểm",
            revision: SchemeRevision(title: "Đề án", startYear: 2026, endYear: 2026, communeCodes: [], cooperatingUnits: [], beneficiaryIDs: [], lines: []),
            state: state, decider: .ministryAdmin, requestedBy: "ttkc-01", requestedAtMillis: 0)
    }

    @Test(arguments: [AdjustmentState.requested, .confirmed])
    func theRequesterWithdrawsAnUndecidedRequest(_ state: AdjustmentState) throws {
        try AdjustmentFlow.checkRole(.withdraw, on: request(state), role: .implementingUnit)
        #expect(try AdjustmentFlow.decide(.withdraw, on: request(state), role: .implementingUnit, reason: nil, byRequester: true) == .withdrawn)
        #expect(!AdjustmentState.withdrawn.isOpen)
    }

    @Test func anotherAccountMayNot() {
        #expect(throws: DomainError.self) {
            try AdjustmentFlow.decide(.withdraw, on: request(.requested), role: .implementingUnit, reason: nil, byRequester: false)
        }
        do {
            try AdjustmentFlow.checkRole(.withdraw, on: request(.confirmed), role: .ministryAdmin)
            Issue.record("expected refusal")
        } catch {
            #expect(error.kind == .forbidden)
            #expect(error.message(in: .en) == "Only the account that made this request (ttkc-01) may withdraw it.")
        }
    }

    @Test(arguments: [AdjustmentState.approved, .rejected, .withdrawn])
    func aDecidedRequestStays(_ state: AdjustmentState) {
        do {
            _ = try AdjustmentFlow.decide(.withdraw, on: request(state), role: .implementingUnit, reason: nil, byRequester: true)
            Issue.record("expected refusal")
        } catch {
            #expect(error.kind == .conflict)
            #expect(error.key == .adjustmentNotFromState)
        }
    }
}
