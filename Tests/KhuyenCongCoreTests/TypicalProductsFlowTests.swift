import Foundation
import KhuyenCongCore
import Testing

/// A whole provincial round in Thái Nguyên — plan, entries, checks, judging, results, recognition,
/// certificates — and the recognised product's nomination to the northern regional round (domain §5.6).
@Suite struct TypicalProductsFlowTests {
    @Test func aProvincialRoundRecognisesAProductThatThenEntersTheRegionalRound() throws {
        // Plan: Thái Nguyên, 2026, registration 01/03–30/04/2026.
        let round = try SelectionRound(
            id: TP.id(1),
            validating: SelectionRoundDraft(
                level: .province, year: 2026, provinceCode: TP.thaiNguyen, registrationOpens: TP.day("01/03/2026"),
                registrationCloses: TP.day("30/04/2026"), budget: 300_000_000))

        // Entries: three products recognised at commune level in 2025.
        var entries: [ProductEntry] = []
        for (number, draft) in [
            (301, TP.draft(TP.establishmentA, name: "Chè Tân Cương", group: 2, organisation: TP.organisationA)),
            (302, TP.draft(TP.establishmentB, name: "Mây tre đan Phú Bình", group: 1, organisation: TP.organisationB)),
            (303, TP.draft(TP.establishmentC, name: "Tượng gỗ độc bản", group: 1)),
        ] {
            entries.append(
                try EntryRegistration.register(
                    draft, in: round, id: TP.id(number), on: TP.day("15/03/2026"), existing: entries,
                    recognitions: [TP.communeRecognition()]))
        }
        let (tea, bamboo, carving) = (entries[0], entries[1], entries[2])

        // Eligibility: the carving is a one-off piece.
        var carvingChecks = TP.eligible(carving.id)
        try carvingChecks.record(
            .init(criterion: .massProducible, outcome: .fail, checkedBy: "thu.ky", checkedOn: TP.day("10/05/2026")))
        let eligibility = [tea.id: TP.eligible(tea.id), bamboo.id: TP.eligible(bamboo.id), carving.id: carvingChecks]

        // Jury of five; judge 5 works for the bamboo establishment's organisation.
        let jury = Jury(
            roundID: round.id, judges: (1...4).map { TP.judge($0) } + [TP.judge(5, organisation: TP.organisationB)])
        let panel = JudgingPanel(jury: jury)
        var scores: [JudgeScore] = []
        for (judge, total) in zip(1...5, [85, 80, 78, 90, 82]) {
            scores.append(
                try panel.save(
                    TP.sheet(total: total), by: TP.id(400 + judge), entry: tea, eligibility: eligibility[tea.id]!,
                    previous: nil, submit: true, on: TP.day("20/05/2026")))
        }
        for (judge, total) in zip(1...4, [72, 70, 68, 75]) {
            scores.append(
                try panel.save(
                    TP.sheet(total: total), by: TP.id(400 + judge), entry: bamboo, eligibility: eligibility[bamboo.id]!,
                    previous: nil, submit: true, on: TP.day("20/05/2026")))
        }
        #expect(throws: DomainError.self) {
            try panel.save(
                TP.sheet(total: 99), by: TP.id(405), entry: bamboo, eligibility: eligibility[bamboo.id]!, previous: nil,
                submit: true, on: TP.day("20/05/2026"))
        }
        #expect(throws: DomainError(.conflict, .tpEntryNotEligible, arguments: ["name": "Tượng gỗ độc bản"])) {
            try panel.save(
                TP.sheet(total: 95), by: TP.id(401), entry: carving, eligibility: eligibility[carving.id]!,
                previous: nil,
                submit: true, on: TP.day("20/05/2026"))
        }

        // Results: mean of the counted sheets, pass mark 70 (the rule in force when registration opened).
        let closed = JudgingPanel(jury: jury, judgingClosed: true)
        let teaResult = try #require(Aggregation.result(for: tea, in: round, scores: scores, panel: closed))
        let bambooResult = try #require(Aggregation.result(for: bamboo, in: round, scores: scores, panel: closed))
        #expect(teaResult.score == AggregateScore(83, over: 1))
        #expect(teaResult.spread?.range == 12)
        #expect(bambooResult.totals == [72, 70, 68, 75])
        #expect(bambooResult.score?.rounded() == Decimal(string: "71.25"))
        #expect(teaResult.passed && bambooResult.passed)
        #expect(ScoreVisibility.visibleScores(for: .council, scores: scores, judgingClosed: true).count == 9)

        // The council proposes one product under its quota; the People's Committee recognises it.
        let proposal = Recognitions.proposal([bambooResult, teaResult], quota: 1)
        #expect(proposal.map(\.result.entryID) == [tea.id])
        let recognition = try Recognitions.recognise(
            tea, result: teaResult, in: round, id: TP.id(501), decisionRef: "1234/QĐ-UBND",
            decidedOn: TP.day("20/06/2026"),
            rank: 1)
        let certificate = try CertificateIssuing.issue(
            for: recognition, id: TP.id(601), issuedOn: TP.day("01/07/2026"), issuedBy: "UBND tỉnh Thái Nguyên",
            existing: [])
        #expect(certificate.number == "TB-PROVINCE-19-2026-0001")
        #expect(certificate.validUntil == TP.day("31/12/2029"))
        #expect(
            CertificatePriority.certifiedLevels(
                of: TP.establishmentA, certificates: [certificate], on: TP.day("01/08/2026")) == [.province])

        // Nomination: Thái Nguyên is in the northern region, whose 2026 round takes provincial typical products.
        let regional = TP.northRound()
        #expect(RegionTable.historicThree.regionOf(provinceCode: TP.thaiNguyen)?.code == regional.scope.code)
        let nominated = try EntryRegistration.register(
            TP.draft(TP.establishmentA, name: "Chè Tân Cương", group: 2), in: regional, id: TP.id(311),
            on: TP.day("15/08/2026"), existing: [],
            recognitions: [TP.communeRecognition(), PriorRecognition(recognition, certificate: certificate)])
        #expect(
            nominated.admittedBy
                == PriorRecognition(
                    level: .province, year: 2026, reference: certificate.number, validUntil: TP.day("31/12/2029")))

        // The bamboo product passed but was not recognised: it cannot enter the regional round.
        #expect(
            throws: DomainError(
                .conflict, .tpNominationNeedsRecognition, labels: ["level": .tpLevelRegion, "below": .tpLevelProvince])
        ) {
            try EntryRegistration.register(
                TP.draft(TP.establishmentB, name: "Mây tre đan Phú Bình", group: 1), in: regional, id: TP.id(312),
                on: TP.day("15/08/2026"), existing: [nominated], recognitions: [TP.communeRecognition()])
        }
    }
}
