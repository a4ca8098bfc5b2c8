import Foundation
import KhuyenCongCore
import Testing

/// From the judges' totals to a score, a pass and a ranking (domain §8.1: aggregation and the marks
/// other than the provincial 70 are parameters, not constants).
@Suite struct TypicalProductsAggregationTests {
    @Test func theMeanIsExactSoThatJustBelowThePassMarkFails() throws {
        let justBelow = try #require(Aggregation.aggregate([70, 70, 69], method: .mean))
        let exactly = try #require(Aggregation.aggregate([70, 70, 70], method: .mean))

        #expect(justBelow == AggregateScore(209, over: 3))
        #expect(justBelow.rounded() == Decimal(string: "69.67"))
        #expect(!justBelow.meets(passMark: 70))
        #expect(exactly.meets(passMark: 70), "70 điểm trở lên passes")
    }

    @Test func theMedianOfAnEvenCountIsTheMiddlePairsMean() {
        #expect(Aggregation.aggregate([90, 60, 80, 70], method: .median) == AggregateScore(75, over: 1))
        #expect(Aggregation.aggregate([90, 60, 71], method: .median) == AggregateScore(71, over: 1))
    }

    @Test func theTrimmedMeanDropsTheExtremesFromFiveJudgesOn() {
        let five = [50, 74, 76, 78, 99]
        let four = [50, 74, 76, 78]

        #expect(Aggregation.aggregate(five, method: .trimmedMean(minimumJudges: 5)) == AggregateScore(76, over: 1))
        #expect(Aggregation.aggregate(four, method: .trimmedMean(minimumJudges: 5)) == AggregateScore(278, over: 4))
        #expect(Aggregation.aggregate(five, method: .mean)?.rounded() == Decimal(string: "75.4"))
    }

    @Test func noSheetGivesNoScoreAndNoPass() throws {
        let rule = try #require(ScoringRuleBook.standard.rule(for: .province, on: TP.day("01/03/2026")))

        let result = Aggregation.result(entryID: TP.id(301), totals: [], rule: rule)

        #expect(result.score == nil && result.spread == nil)
        #expect(!result.passed)
    }

    @Test func theStandardBookPassesAtSeventyAndMarksWhatIsUnverified() throws {
        let province = try #require(ScoringRuleBook.standard.rule(for: .province, on: TP.day("01/03/2026")))
        let region = try #require(ScoringRuleBook.standard.rule(for: .region, on: TP.day("01/08/2026")))

        #expect(province.passMark == 70 && province.method == .mean)
        #expect(province.passMarkVerified && !province.methodVerified)
        #expect(!region.passMarkVerified && !region.methodVerified)
        #expect(ScoringRuleBook.standard.errors.isEmpty)
        #expect(
            ScoringRuleBook.standard.rule(for: .province, on: TP.day("01/01/2014")) == nil, "no rule before TT 26/2014")
    }

    @Test func methodAndPassMarkFollowTheRoundsDate() throws {
        let book = ScoringRuleBook(rules: [
            ScoringRule(
                validFrom: TP.day("21/10/2014"), level: .province, method: .mean, passMark: 70, methodVerified: false,
                passMarkVerified: true),
            ScoringRule(
                validFrom: TP.day("01/01/2027"), level: .province, method: .trimmedMean(minimumJudges: 5), passMark: 77,
                methodVerified: false, passMarkVerified: false, note: "Ví dụ: quy định giả định"),
        ])
        let totals = [50, 74, 76, 78, 99]
        let round2026 = TP.provinceRound()
        let round2027 = TP.provinceRound(id: TP.id(3), opens: "01/03/2027", closes: "30/04/2027")

        let under2026 = Aggregation.result(
            entryID: TP.id(301), totals: totals, rule: try #require(book.rule(for: .province, on: round2026.rulesDay)))
        let under2027 = Aggregation.result(
            entryID: TP.id(301), totals: totals, rule: try #require(book.rule(for: .province, on: round2027.rulesDay)))

        #expect(under2026.score == AggregateScore(377, over: 5))
        #expect(under2026.passed)
        #expect(under2027.score == AggregateScore(76, over: 1))
        #expect(!under2027.passed)
        #expect(book.rule(for: .region, on: round2027.rulesDay) == nil, "each level has its own rows")
    }

    @Test func aBookWithUnusableRowsIsRefused() {
        let book = ScoringRuleBook(rules: [
            ScoringRule(
                validFrom: TP.day("01/01/2026"), level: .commune, method: .mean, passMark: 101, methodVerified: false,
                passMarkVerified: false),
            ScoringRule(
                validFrom: TP.day("01/01/2026"), level: .commune, method: .trimmedMean(minimumJudges: 2), passMark: 70,
                methodVerified: false, passMarkVerified: false),
        ])

        #expect(
            book.errors == [
                FieldError(field: "rules[1].passMark", key: .tpPassMarkInvalid),
                FieldError(field: "rules[2].method", key: .tpTrimNeedsThreeJudges),
                FieldError(field: "rules[2].validFrom", key: .tpRuleRepeated),
            ])
    }

    @Test func theSpreadShowsRangeAndStandardDeviation() throws {
        let spread = try #require(Aggregation.spread([70, 74, 78, 82, 86]))

        #expect(spread.minimum == 70 && spread.maximum == 86)
        #expect(spread.range == 16)
        #expect(abs(spread.standardDeviation - 32.0.squareRoot()) < 1e-9)
        #expect(Aggregation.spread([80])?.standardDeviation == 0)
    }

    @Test func theRankingKeepsTiesTogetherAndTheQuotaCutsAfterThem() throws {
        let rule = try #require(ScoringRuleBook.standard.rule(for: .province, on: TP.day("01/03/2026")))
        let results = [
            Aggregation.result(entryID: TP.id(1), totals: [80], rule: rule),
            Aggregation.result(entryID: TP.id(2), totals: [90], rule: rule),
            Aggregation.result(entryID: TP.id(3), totals: [60], rule: rule),
            Aggregation.result(entryID: TP.id(4), totals: [80], rule: rule),
            Aggregation.result(entryID: TP.id(5), totals: [75], rule: rule),
        ]

        let ranking = Recognitions.ranking(results)
        let quotaTwo = Recognitions.proposal(results, quota: 2)

        #expect(ranking.map(\.result.entryID) == [TP.id(2), TP.id(1), TP.id(4), TP.id(5)], "60 did not pass")
        #expect(ranking.map(\.rank) == [1, 2, 2, 4])
        #expect(quotaTwo.map(\.result.entryID) == [TP.id(2), TP.id(1), TP.id(4)])
        #expect(Recognitions.proposal(results, quota: nil).count == 4)
    }

    @Test func onlyAPassedEntryIsRecognised() throws {
        let round = TP.provinceRound()
        let entry = TP.entry()
        let rule = try #require(ScoringRuleBook.standard.rule(for: .province, on: round.rulesDay))
        let failed = Aggregation.result(entryID: entry.id, totals: [68, 70], rule: rule)

        #expect(
            throws: DomainError(.conflict, .tpRecognitionNeedsPass, arguments: ["name": "Chè Tân Cương", "mark": "70"])
        ) {
            try Recognitions.recognise(
                entry, result: failed, in: round, id: TP.id(501), decisionRef: "123/QĐ-UBND",
                decidedOn: TP.day("20/06/2026"))
        }
        #expect(throws: DomainError.invalidFields([FieldError(field: "decisionRef", key: .fieldRequired)])) {
            try Recognitions.recognise(
                entry, result: failed, in: round, id: TP.id(501), decisionRef: " ", decidedOn: TP.day("20/06/2026"))
        }
    }
}
