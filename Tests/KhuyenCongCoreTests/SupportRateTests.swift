import Foundation
import Testing
import KhuyenCongCore

@Suite struct SupportRateTests {
    static let march2026 = Day(year: 2026, month: 3, day: 1)!
    static let book = RateBook(tables: [NationalRates.circular28of2018, ProvinceRateExamples.dakLak2025])

    static func line(_ activity: ActivityType, cost: Int64, quantity: Int = 1, requested: Int64 = 0) -> SupportLineInput {
        SupportLineInput(activityType: activity, eligibleCost: cost, quantity: quantity, requestedSupport: requested)
    }

    static func assess(_ input: SupportLineInput, scope: RateScope = .national, on day: Day = march2026, book: RateBook = book)
        -> LineAssessment
    {
        SupportCalculator.assess(input, scope: scope, on: day, book: book)
    }

    @Test func demonstrationModelIsCappedAtOneBillion() {
        let assessment = SupportCalculator.assess(
            [Self.line(.demoModelNewTech, cost: 5_000_000_000, requested: 1_200_000_000)], scope: .national,
            on: Self.march2026, book: Self.book)

        let line = assessment.lines[0]
        #expect(line.outcome == .computed)
        #expect(line.rateAmount == 1_500_000_000)
        #expect(line.allowedSupport == 1_000_000_000)
        #expect(line.tableCode == "TT28-2018-BTC")
        #expect(line.ruleVerified)
        #expect(assessment.totalAllowed == 1_000_000_000)
        #expect(assessment.totalRequested == 1_200_000_000)
        #expect(!assessment.withinRules)
    }

    /// R-SUP-2: machinery is capped at 300 million per establishment, so a scheme with one
    /// beneficiary gets at most 300 million for machinery however its lines count units.
    @Test func aPerEstablishmentCapIsSharedByTheSchemesBeneficiaries() throws {
        let lines = [
            Self.line(.machinery, cost: 800_000_000, quantity: 2, requested: 400_000_000),  // own arithmetic: 400 m (50 %)
            Self.line(.demoModelNewTech, cost: 1_000_000_000, requested: 300_000_000),  // per model: untouched
            Self.line(.machinery, cost: 200_000_000, requested: 100_000_000),
        ]
        let one = SupportCalculator.assess(lines, scope: .national, on: Self.march2026, book: Self.book, beneficiaries: 1)
        #expect(one.lines.map(\.allowedSupport) == [300_000_000, 300_000_000, 0])
        let shared = try #require(one.lines[0].sharedCap)
        #expect(shared.beneficiaries == 1 && shared.pool == 300_000_000 && shared.usedBefore == 0 && shared.lineAmount == 400_000_000)
        #expect(one.lines[1].sharedCap == nil)
        #expect(one.lines[2].sharedCap?.usedBefore == 300_000_000)
        #expect(one.lines[0].exceedsAllowed && one.lines[2].exceedsAllowed && !one.withinRules)
        #expect(one.totalAllowed == 600_000_000)
        let explained = one.lines[2].explanation(in: .en)
        #expect(explained.contains("the scheme has 1, so its “Applying advanced machinery, technology transfer and scientific and technical advances in production” lines together receive at most 300.000.000 ₫"))
        #expect(explained.contains("earlier lines took 300.000.000 ₫, leaving 0 ₫ for this one"))
        #expect(one.lines[0].explanation(in: .vi).contains("đề án có 1 cơ sở"))

        // Two beneficiaries: 600 million for machinery, enough for both lines.
        let two = SupportCalculator.assess(lines, scope: .national, on: Self.march2026, book: Self.book, beneficiaries: 2)
        #expect(two.lines.map(\.allowedSupport) == [400_000_000, 300_000_000, 100_000_000])
        #expect(two.lines.allSatisfy { $0.sharedCap == nil } && two.withinRules)
        // Beneficiaries not fixed yet (a group scheme): each line's own units count.
        let open = SupportCalculator.assess(lines, scope: .national, on: Self.march2026, book: Self.book, beneficiaries: 0)
        #expect(open.lines.map(\.allowedSupport) == [400_000_000, 300_000_000, 100_000_000])
    }

    /// The levels of domain §7.2, written out again here so that a slip in the seed data shows:
    /// rate in basis points, cap in đồng per unit, and the amount for 1.234.567.891 ₫ over two units.
    static let expected: [ActivityType: (rate: Int?, cap: Int64?, unit: CapUnit, verified: Bool, allowed: Int64)] = [
        .demoModelNewTech: (3000, 1_000_000_000, .model, true, 370_370_367),  // 30 %, cap 2 bn not reached
        .demoModelReplication: (nil, 100_000_000, .model, false, 200_000_000),  // cap 2 × 100 m
        .machinery: (5000, 300_000_000, .establishment, true, 600_000_000),  // 617.283.945 > 2 × 300 m
        .technologyLine: (5000, 450_000_000, .establishment, true, 617_283_945),  // 50 %, under 2 × 450 m
        .fairAbroad: (10_000, nil, .establishment, true, 1_234_567_891),  // 100 %, no cap
        .studyTourAbroadAirfare: (10_000, nil, .person, true, 1_234_567_891),
        .selectionRoundRegional: (nil, 200_000_000, .round, true, 400_000_000),
        .selectionRoundNational: (nil, 400_000_000, .round, true, 800_000_000),
        .clusterInfrastructure: (nil, 6_000_000_000, .cluster, true, 1_234_567_891),  // whole cost under 12 bn
        .enterpriseFounding: (nil, 10_000_000, .enterprise, false, 20_000_000),
        .pollutionTreatmentUpgrade: (3000, 300_000_000, .establishment, false, 370_370_367),
    ]

    @Test(arguments: ActivityType.allCases)
    func everyNationalRowHasItsWorkedExample(_ activity: ActivityType) throws {
        let rule = try #require(NationalRates.circular28of2018.rule(for: activity))
        let line = Self.assess(Self.line(activity, cost: 1_234_567_891, quantity: 2, requested: 0))

        if let expected = Self.expected[activity] {
            #expect(rule.ratePercent == expected.rate)
            #expect(rule.cap == expected.cap)
            #expect(rule.capUnit == expected.unit)
            #expect(rule.verified == expected.verified)
            #expect(line.outcome == .computed)
            #expect(line.allowedSupport == expected.allowed)
            #expect(!line.exceedsAllowed)
        } else {
            // N11–N14: to be filled in from the official text.
            #expect(rule.ratePercent == nil && rule.cap == nil && !rule.verified)
            #expect(rule.note != nil)
            #expect(line.outcome == .ruleNotSet)
            #expect(line.allowedSupport == nil)
            #expect(!line.exceedsAllowed)
        }
    }

    @Test func nationalTableListsEveryActivityOnce() {
        let table = NationalRates.circular28of2018
        #expect(table.rules.count == ActivityType.allCases.count)
        #expect(Set(table.rules.map(\.activityType)) == Set(ActivityType.allCases))
        #expect(table.scope == .national)
        #expect(table.validFrom == Day(iso: "2018-05-11"))
        #expect(table.validTo == nil)
    }

    @Test func capIsMultipliedByTheUnits() {
        let line = Self.assess(Self.line(.demoModelNewTech, cost: 10_000_000_000, quantity: 2))
        #expect(line.capAmount == 2_000_000_000)
        #expect(line.allowedSupport == 2_000_000_000)
    }

    @Test func quantityBelowOneCountsAsOneUnit() {
        let line = Self.assess(Self.line(.selectionRoundRegional, cost: 900_000_000, quantity: 0))
        #expect(line.allowedSupport == 200_000_000)
    }

    @Test func shareIsRoundedDownToTheDong() {
        #expect(BasisPoints.share(3000, of: 1_000_001) == 300_000)
        #expect(BasisPoints.share(3333, of: 100) == 33)
        let line = Self.assess(Self.line(.demoModelNewTech, cost: 1_000_001))
        #expect(line.allowedSupport == 300_000)
    }

    @Test func shareDoesNotOverflowForLargeCosts() {
        #expect(BasisPoints.share(3000, of: 100_000_000_000_000) == 30_000_000_000_000)
        #expect(BasisPoints.share(10_000, of: Int64.max) == Int64.max)
        #expect(BasisPoints.share(5000, of: Int64.max) == Int64.max / 2)
    }

    @Test func ratesAreFormattedInBothLanguages() {
        #expect(BasisPoints.format(3000, in: .en) == "30 %")
        #expect(BasisPoints.format(1250, in: .vi) == "12,5 %")
        #expect(BasisPoints.format(1250, in: .en) == "12.5 %")
    }

    @Test func localSchemeUsesTheProvinceCapNotTheNationalOne() {
        let line = Self.assess(Self.line(.demoModelNewTech, cost: 5_000_000_000), scope: .province("66"))
        #expect(line.allowedSupport == 800_000_000)
        #expect(line.tableCode == ProvinceRateExamples.dakLak2025.code)
    }

    @Test func localActivityMissingFromTheProvinceTableIsNotTakenFromTheNationalOne() {
        let line = Self.assess(Self.line(.machinery, cost: 1_000_000_000), scope: .province("66"))
        #expect(line.outcome == .ruleNotSet)
        #expect(line.allowedSupport == nil)
    }

    @Test func provinceWithoutATableCannotBeComputed() {
        let assessment = SupportCalculator.assess(
            [Self.line(.demoModelNewTech, cost: 1_000_000_000), Self.line(.machinery, cost: 100_000_000)],
            scope: .province("01"), on: Self.march2026, book: Self.book)
        #expect(assessment.lines.allSatisfy { $0.outcome == .noTableInForce })
        #expect(assessment.totalAllowed == nil)
        #expect(!assessment.withinRules)
        let text = assessment.lines[0].explanation(in: .en)
        #expect(text.contains("01/03/2026"))
        #expect(text.contains("cannot be computed"))
        #expect(assessment.lines[0].explanation(in: .en, provinceName: "Hà Nội").contains("Hà Nội"))
    }

    @Test func provinceTableIsNotInForceBeforeItsFirstDay() {
        let line = Self.assess(
            Self.line(.demoModelNewTech, cost: 1_000_000_000), scope: .province("66"), on: Day(iso: "2025-07-25")!)
        #expect(line.outcome == .noTableInForce)
    }

    @Test func tableInForceOnTheDayIsChosen() {
        let old = RateTable(
            code: "OLD", scope: .province("01"), title: "Cũ", legalBasis: "Nghị quyết cũ",
            validFrom: Day(iso: "2020-01-01")!, validTo: Day(iso: "2025-12-31")!,
            rules: [SupportRule(activityType: .machinery, ratePercent: 5000, cap: 200_000_000, verified: true)])
        let new = RateTable(
            code: "NEW", scope: .province("01"), title: "Mới", legalBasis: "Nghị quyết mới",
            validFrom: Day(iso: "2026-01-01")!, validTo: nil,
            rules: [SupportRule(activityType: .machinery, ratePercent: 5000, cap: 250_000_000, verified: true)])
        let book = RateBook(tables: [new, old, NationalRates.circular28of2018])
        let input = Self.line(.machinery, cost: 1_000_000_000)

        let before = Self.assess(input, scope: .province("01"), on: Day(iso: "2025-12-31")!, book: book)
        let after = Self.assess(input, scope: .province("01"), on: Day(iso: "2026-01-01")!, book: book)

        #expect(before.tableCode == "OLD")
        #expect(before.allowedSupport == 200_000_000)
        #expect(after.tableCode == "NEW")
        #expect(after.allowedSupport == 250_000_000)
        #expect(book.rule(for: .machinery, scope: .province("01"), on: Day(iso: "2019-12-31")!) == nil)
    }

    @Test func laterTableWinsWhenTwoAreInForce() {
        let first = RateTable(
            code: "A", scope: .national, title: "A", legalBasis: "A", validFrom: Day(iso: "2018-01-01")!,
            rules: [SupportRule(activityType: .machinery, ratePercent: 5000, cap: 100, verified: true)])
        let second = RateTable(
            code: "B", scope: .national, title: "B", legalBasis: "B", validFrom: Day(iso: "2024-01-01")!,
            rules: [SupportRule(activityType: .machinery, ratePercent: 5000, cap: 200, verified: true)])
        let book = RateBook(tables: [second, first])
        #expect(book.rule(for: .machinery, scope: .national, on: Self.march2026)?.table.code == "B")
        #expect(book.rule(for: .machinery, scope: .national, on: Day(iso: "2020-01-01")!)?.table.code == "A")
    }

    @Test func explanationShowsTheArithmeticInEnglish() {
        let line = Self.assess(Self.line(.demoModelNewTech, cost: 5_000_000_000, requested: 1_200_000_000))
        let text = line.explanation(in: .en)
        #expect(text.hasPrefix("30 % of 5.000.000.000 ₫ = 1.500.000.000 ₫, capped at 1.000.000.000 ₫ per model × 1 model = 1.000.000.000 ₫ (Thông tư 28/2018/TT-BTC"))
        #expect(text.contains("table TT28-2018-BTC in force on 01/03/2026)."))
        #expect(text.hasSuffix("Requested 1.200.000.000 ₫ is 200.000.000 ₫ above what is allowed."))
        #expect(!text.contains("not yet verified"))
    }

    @Test func explanationShowsTheArithmeticInVietnamese() {
        let line = Self.assess(Self.line(.demoModelNewTech, cost: 5_000_000_000, quantity: 2, requested: 1_200_000_000))
        let text = line.explanation(in: .vi)
        #expect(text.contains("30 %"))
        #expect(text.contains("5.000.000.000 ₫"))
        #expect(text.contains("1.500.000.000 ₫"))
        #expect(text.contains("1.000.000.000 ₫/mô hình × 2 mô hình = 2.000.000.000 ₫"))
        #expect(text.contains("01/03/2026"))
        #expect(text.contains("Kinh phí đề nghị hỗ trợ 1.200.000.000 ₫ nằm trong mức được phép."))
    }

    @Test func explanationSaysWhenTheLevelIsUnverified() {
        let line = Self.assess(Self.line(.demoModelReplication, cost: 300_000_000, requested: 150_000_000))
        #expect(line.explanation(in: .en).contains("This level is not yet verified against the official text."))
        #expect(line.explanation(in: .vi).contains("chưa được đối chiếu với văn bản gốc"))
        #expect(line.explanation(in: .en).contains("Requested 150.000.000 ₫ is 50.000.000 ₫ above what is allowed."))
    }

    @Test func explanationSaysTheRuleMustBeFilledIn() {
        let line = Self.assess(Self.line(.vocationalTraining, cost: 300_000_000))
        #expect(line.explanation(in: .en).contains("must be filled in"))
        #expect(line.explanation(in: .vi).contains("cần nhập mức hỗ trợ"))
        #expect(line.explanation(in: .vi).contains("TT28-2018-BTC"))
    }

    @Test func requestAboveAllowedIsFlagged() {
        let within = Self.assess(Self.line(.machinery, cost: 400_000_000, requested: 200_000_000))
        let above = Self.assess(Self.line(.machinery, cost: 400_000_000, requested: 200_000_001))
        #expect(within.allowedSupport == 200_000_000)
        #expect(!within.exceedsAllowed)
        #expect(within.excess == nil)
        #expect(above.exceedsAllowed)
        #expect(above.excess == 1)
    }

    @Test func schemeIsWithinRulesWhenEveryLineIs() {
        let assessment = SupportCalculator.assess(
            [
                Self.line(.demoModelNewTech, cost: 2_000_000_000, requested: 600_000_000),
                Self.line(.selectionRoundNational, cost: 500_000_000, requested: 400_000_000),
            ], scope: .national, on: Self.march2026, book: Self.book)
        #expect(assessment.totalAllowed == 1_000_000_000)
        #expect(assessment.totalRequested == 1_000_000_000)
        #expect(assessment.withinRules)
    }

    @Test func scopeHasAStableTextForm() throws {
        #expect(RateScope.national.description == "national")
        #expect(RateScope.province("66").description == "province:66")
        #expect(RateScope("province:01") == .province("01"))
        #expect(RateScope("national") == .national)
        #expect(RateScope("province:1") == nil)
        #expect(RateScope("province:") == nil)
        #expect(RateScope("provincial") == nil)
        let data = try JSONEncoder().encode([RateScope.province("66")])
        #expect(String(decoding: data, as: UTF8.self) == "[\"province:66\"]")
        #expect(try JSONDecoder().decode([RateScope].self, from: data) == [.province("66")])
    }

    @Test(arguments: ActivityType.allCases)
    func everyActivityHasLabelsAndARow(_ activity: ActivityType) {
        #expect(Messages.catalogue[activity.labelKey] != nil)
        #expect(Messages.catalogue[activity.content.labelKey] != nil)
        #expect(activity.rateRow.hasPrefix("N"))
    }

    @Test func activityRawValuesAreStable() {
        #expect(ActivityType.demoModelNewTech.rawValue == "demo_model_new_tech")
        #expect(ActivityType.technologyLine.rateRow == "N3b")
        #expect(ActivityType.managementCapacity.rawValue == "management_capacity")
        #expect(ActivityType.allCases.count == 26)
        #expect(ActivityContent.allCases.count == 9)
    }

    @Test func capUnitsReadNaturally() {
        #expect(CapUnit.model.quantity(1, in: .en) == "1 model")
        #expect(CapUnit.model.quantity(2, in: .en) == "2 models")
        #expect(CapUnit.model.quantity(2, in: .vi) == "2 mô hình")
    }
}
