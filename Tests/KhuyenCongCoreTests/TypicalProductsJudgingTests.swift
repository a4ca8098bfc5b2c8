import Foundation
import KhuyenCongCore
import Testing

/// The scoring sheet of Appendix 4 to TT 26/2014 (domain §8.1).
@Suite struct TypicalProductsScoreSheetTests {
    @Test func aSheetAddsUpItsFourCriteria() throws {
        let sheet = ScoreSheet(
            market: 35, economicTechnicalSocialEnvironmental: 32, culturalAesthetic: 8, other: 7, remarks: "Bao bì đẹp")

        try sheet.validate()
        #expect(sheet.total == 82)
        #expect(ScoreCriterion.maxTotal == 100)
        #expect(TP.sheet(total: 100).errors.isEmpty && TP.sheet(total: 0).errors.isEmpty)
    }

    @Test func eachFieldOutOfRangeIsNamed() {
        let sheet = ScoreSheet(market: 41, economicTechnicalSocialEnvironmental: -1, culturalAesthetic: 11, other: 10)

        let error = #expect(throws: DomainError.self) { try sheet.validate() }

        #expect(error?.key == .invalidFields)
        #expect(
            error?.fields == [
                FieldError(field: "market", key: .tpScoreRange40),
                FieldError(field: "economicTechnical", key: .tpScoreRange40),
                FieldError(field: "culturalAesthetic", key: .tpScoreRange10),
            ])
    }

    @Test(arguments: ScoreCriterion.allCases)
    func eachCriterionRefusesOneAboveItsMaximum(_ criterion: ScoreCriterion) {
        var sheet = TP.sheet(total: 0)
        switch criterion {
        case .market: sheet.market = 41
        case .economicTechnicalSocialEnvironmental: sheet.economicTechnicalSocialEnvironmental = 41
        case .culturalAesthetic: sheet.culturalAesthetic = 11
        case .other: sheet.other = 11
        }

        #expect(sheet.errors.map(\.field) == [criterion.field])
    }
}

/// Who may score an entry and what they may see (issue 5 §7).
@Suite struct TypicalProductsJudgingTests {
    private let entry = TP.entry(organisation: TP.organisationA)
    private var eligibility: EntryEligibility { TP.eligible(entry.id) }

    private func panel(
        _ conflicts: ConflictRegister = ConflictRegister(), closed: Bool = false, jury: Jury = TP.jury(3)
    ) -> JudgingPanel {
        JudgingPanel(jury: jury, conflicts: conflicts, judgingClosed: closed)
    }

    private func save(
        _ judge: Int, on panel: JudgingPanel, previous: JudgeScore? = nil, sheet: ScoreSheet = TP.sheet(total: 80),
        submit: Bool = true
    ) throws(DomainError) -> JudgeScore {
        try panel.save(
            sheet, by: TP.id(400 + judge), entry: entry, eligibility: eligibility, previous: previous, submit: submit,
            on: TP.day("20/05/2026"))
    }

    @Test func aJuryMemberScoresAnEligibleEntry() throws {
        let score = try save(1, on: panel())

        #expect(score.isSubmitted)
        #expect(score.sheet.total == 80)
        #expect(score.entryID == entry.id)
    }

    @Test func aJudgeNotOnTheJuryMayNotScore() {
        #expect(throws: DomainError(.forbidden, .tpJudgeNotOnJury)) { try save(9, on: panel()) }
    }

    @Test func aJudgeOfAnotherRoundsJuryMayNotScore() {
        #expect(throws: DomainError(.forbidden, .tpJudgeNotOnJury)) {
            try save(1, on: panel(jury: TP.jury(3, round: TP.id(2))))
        }
    }

    @Test func aDeclaredConflictExcludesTheJudge() {
        let conflicts = ConflictRegister(declarations: [
            ConflictDeclaration(
                judgeID: TP.id(402), entryID: entry.id, reason: "Người thân", declaredOn: TP.day("18/05/2026"))
        ])

        let error = #expect(throws: DomainError.self) { try save(2, on: panel(conflicts)) }

        #expect(
            error
                == DomainError(
                    .forbidden, .tpJudgeExcluded, arguments: ["name": "Chè Tân Cương"],
                    labels: ["reason": .tpConflictDeclared]))
        #expect(
            error?.message(in: .en)
                == "You may not score “Chè Tân Cương” because of a conflict of interest: declared by you.")
    }

    @Test func aJudgeOfTheEstablishmentsOrganisationIsExcludedWithoutDeclaring() {
        let jury = Jury(roundID: TP.id(1), judges: [TP.judge(1), TP.judge(2, organisation: TP.organisationA)])

        let error = #expect(throws: DomainError.self) { try save(2, on: panel(jury: jury)) }

        #expect(error?.labels["reason"] == .tpConflictSameOrganisation)
        #expect(ConflictRegister().excludedJudges(from: entry, jury: jury) == [TP.id(402)])
    }

    @Test func aRecordedRelationExcludesTheJudge() {
        let conflicts = ConflictRegister(relations: [
            JudgeRelation(
                judgeID: TP.id(403), establishmentID: TP.establishmentA, description: "Tư vấn cho cơ sở năm 2025")
        ])

        let error = #expect(throws: DomainError.self) { try save(3, on: panel(conflicts)) }

        #expect(error?.labels["reason"] == .tpConflictRelation)
    }

    @Test func aSheetFromAJudgeExcludedLaterDoesNotCount() {
        let scores = [
            TP.submitted(1, entry.id, total: 80), TP.submitted(2, entry.id, total: 90),
            TP.submitted(3, entry.id, total: 70),
        ]
        let conflicts = ConflictRegister(declarations: [
            ConflictDeclaration(
                judgeID: TP.id(402), entryID: entry.id, reason: "Khai bổ sung", declaredOn: TP.day("25/05/2026"))
        ])

        let counted = panel(conflicts).countedScores(for: entry, among: scores)

        #expect(counted.map(\.judgeID) == [TP.id(401), TP.id(403)])
    }

    @Test func anIneligibleEntryIsNotScored() {
        var eligibility = TP.eligible(entry.id)
        try? eligibility.record(
            .init(criterion: .standards, outcome: .fail, checkedBy: "thu.ky", checkedOn: TP.day("11/05/2026")))

        #expect(throws: DomainError(.conflict, .tpEntryNotEligible, arguments: ["name": "Chè Tân Cương"])) {
            try panel().save(
                TP.sheet(total: 80), by: TP.id(401), entry: entry, eligibility: eligibility, previous: nil,
                submit: true,
                on: TP.day("20/05/2026"))
        }
    }

    @Test func aDraftMayChangeButASubmittedSheetIsFinal() throws {
        let draft = try save(1, on: panel(), sheet: TP.sheet(total: 60), submit: false)
        let submitted = try save(1, on: panel(), previous: draft, sheet: TP.sheet(total: 75))

        #expect(!draft.isSubmitted)
        #expect(submitted.sheet.total == 75)
        #expect(throws: DomainError(.conflict, .tpScoreAlreadySubmitted)) {
            try save(1, on: panel(), previous: submitted, sheet: TP.sheet(total: 95))
        }
    }

    @Test func nobodyScoresOnceJudgingHasClosed() {
        #expect(throws: DomainError(.conflict, .tpJudgingClosed)) { try save(1, on: panel(closed: true)) }
    }

    @Test func anOutOfRangeSheetIsRefusedForAnAllowedJudge() {
        let error = #expect(throws: DomainError.self) {
            try save(
                1, on: panel(),
                sheet: ScoreSheet(
                    market: 40, economicTechnicalSocialEnvironmental: 40, culturalAesthetic: 10, other: 12))
        }

        #expect(error?.fields == [FieldError(field: "other", key: .tpScoreRange10)])
    }
}

/// Judges see the others' marks only after submitting their own; the council after judging closes.
@Suite struct TypicalProductsVisibilityTests {
    private let entry = TP.id(301)
    private var scores: [JudgeScore] {
        [
            TP.submitted(1, entry, total: 80),
            JudgeScore(judgeID: TP.id(402), entryID: entry, sheet: TP.sheet(total: 65)),
            TP.submitted(3, entry, total: 88),
        ]
    }

    @Test func beforeSubmittingAJudgeSeesOnlyTheirOwnSheet() {
        let seen = ScoreVisibility.visibleScores(for: .judge(TP.id(402)), scores: scores, judgingClosed: false)

        #expect(seen.map(\.judgeID) == [TP.id(402)])
    }

    @Test func aJudgeWithoutASheetSeesNothing() {
        #expect(ScoreVisibility.visibleScores(for: .judge(TP.id(404)), scores: scores, judgingClosed: false).isEmpty)
    }

    @Test func afterSubmittingAJudgeSeesTheOthersSubmittedSheetsButNoDrafts() {
        let seen = ScoreVisibility.visibleScores(for: .judge(TP.id(401)), scores: scores, judgingClosed: false)

        #expect(seen.map(\.judgeID) == [TP.id(401), TP.id(403)])
    }

    @Test func theCouncilSeesEverySubmittedSheetOnlyOnceJudgingHasClosed() {
        let during = ScoreVisibility.visibleScores(for: .council, scores: scores, judgingClosed: false)
        let after = ScoreVisibility.visibleScores(for: .council, scores: scores, judgingClosed: true)

        #expect(during.isEmpty)
        #expect(after.map(\.judgeID) == [TP.id(401), TP.id(403)])
    }
}
