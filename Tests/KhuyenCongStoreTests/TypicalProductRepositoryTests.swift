import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing

@Suite("Typical products: a provincial round end to end, its nomination to the region, the public side")
struct TypicalProductRepositoryTests {
    func user(_ store: Store, _ role: Role, province: String? = nil, name: String) async throws -> Principal {
        try await UserRepository(store: store).create(
            AccountDraft(username: name, displayName: name, role: role, provinceCode: province), provinceCode: province,
            passwordHash: "x", actor: .system)
    }

    func establishment(_ name: String, tax: String, commune: String, province: String, by principal: Principal, store: Store)
        async throws -> Establishment
    {
        try await EstablishmentRepository(store: store).create(
            Establishment(
                id: UUID(), taxCode: tax, name: name, legalForm: .cooperative, sizeClass: .small,
                commune: AdminUnitRef(period: .twoTier, code: commune), provinceCode: province, address: "Thôn Đông",
                sectors: ["handicrafts"], employees: 10),
            by: principal)
    }

    static func at(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: seconds) }

    @Test("register, check, judge unseen, close, rank, recognise, certify, publish; then the region takes only recognised products",
          arguments: TestBackend.available)
    func provincialRound(backend: TestBackend) async throws {
        let clock = TestClock(Self.at(1_772_427_600))  // 02/03/2026
        try await TestDatabase.withStore(backend, clock: clock) { store in
            let geography = try await GeographyRepository(store: store).load()
            let hanoi = try await user(store, .provinceDepartment, province: "01", name: "sct-hn")
            let saigon = try await user(store, .provinceDepartment, province: "79", name: "sct-hcm")
            let cuc = try await user(store, .ministryAdmin, name: "cuc")
            let judges = [
                try await user(store, .juryMember, name: "gk-1"), try await user(store, .juryMember, name: "gk-2"),
                try await user(store, .juryMember, name: "gk-3"),
            ]
            let pottery = try await establishment("HTX Gốm Bát Tràng", tax: "0100109106", commune: "00583", province: "01", by: hanoi, store: store)
            let wood = try await establishment("Đồ gỗ Vân Hà", tax: "0300588569", commune: "00583", province: "01", by: hanoi, store: store)
            let newcomer = try await establishment("Mây tre Phú Vinh", tax: "0101243150", commune: "00583", province: "01", by: hanoi, store: store)
            let southern = try await establishment("Gốm Lái Thiêu", tax: "0100109106-001", commune: "26506", province: "79", by: saigon, store: store)
            let products = TypicalProductRepository(store: store)

            let draft = SelectionRoundDraft(
                level: .province, year: 2026, provinceCode: "01", registrationOpens: Day(year: 2026, month: 3, day: 1)!,
                registrationCloses: Day(year: 2026, month: 3, day: 31)!)
            await #expect(throws: DomainError(.forbidden, .tpNotOrganiser)) {
                _ = try await products.createRound(draft, geography: geography, by: saigon)
            }
            var unknown = draft
            unknown.provinceCode = "99"
            await #expect(throws: DomainError.invalidFields([FieldError(field: "provinceCode", key: .tpRoundUnitUnknown)])) {
                _ = try await products.createRound(unknown, geography: geography, by: hanoi)
            }
            await #expect(throws: DomainError.invalidFields([FieldError(field: "quota", key: .fieldWholeNumber)])) {
                _ = try await products.createRound(draft, plan: .init(quota: 0), geography: geography, by: hanoi)
            }
            let round = try await products.createRound(
                draft, plan: .init(title: "Bình chọn 2026", organiser: " Sở Công Thương Hà Nội ", council: ["Nguyễn Văn A — Chủ tịch", " ", "Trần B"], quota: 1),
                geography: geography, by: hanoi)
            #expect(round.organiser == "Sở Công Thương Hà Nội" && round.council == ["Nguyễn Văn A — Chủ tịch", "Trần B"] && round.quota == 1)
            #expect(try await products.round(round.round.id) == round)
            #expect(round.provinceCode == "01" && round.phase(on: Day(year: 2026, month: 3, day: 2)!) == .registration)

            // Entries: a provincial round from 2026 takes products recognised at commune level.
            let communeRecognition = PriorRecognition(level: .commune, year: 2025, reference: "12/QĐ-UBND")
            let vase = try await products.register(
                ProductEntryDraft(establishmentID: pottery.id, productName: "Bình gốm men rạn", group: 1), roundID: round.round.id,
                prior: communeRecognition, by: hanoi)
            let table = try await products.register(
                ProductEntryDraft(establishmentID: wood.id, productName: "Bàn ghế gỗ khảm", group: 1), roundID: round.round.id,
                prior: communeRecognition, by: hanoi)
            #expect(vase.admittedBy == communeRecognition)
            await #expect(throws: DomainError(.conflict, .tpNominationNeedsRecognition, labels: ["level": .tpLevelProvince, "below": .tpLevelCommune])) {
                _ = try await products.register(
                    ProductEntryDraft(establishmentID: newcomer.id, productName: "Giỏ mây", group: 1), roundID: round.round.id, prior: nil,
                    by: hanoi)
            }
            await #expect(throws: DomainError(
                .conflict, .tpEntryDuplicate, arguments: ["name": "Bình gốm men rạn"],
                fields: [FieldError(field: "productName", key: .tpEntryDuplicateField)])
            ) {
                _ = try await products.register(
                    ProductEntryDraft(establishmentID: pottery.id, productName: "BINH GOM  men ran", group: 1), roundID: round.round.id,
                    prior: communeRecognition, by: hanoi)
            }
            await #expect(throws: DomainError(
                .invalidInput, .tpEntryOutsideArea, arguments: ["name": "Gốm Lái Thiêu"],
                fields: [FieldError(field: "establishmentId", key: .tpEntryOutsideAreaField)])
            ) {
                _ = try await products.register(
                    ProductEntryDraft(establishmentID: southern.id, productName: "Lu gốm", group: 1), roundID: round.round.id,
                    prior: communeRecognition, by: cuc)
            }

            // The jury; the third judge is linked to the pottery and so excluded from its entry.
            for (index, judge) in judges.enumerated() {
                _ = try await products.addJudge(
                    roundID: round.round.id, username: judge.username,
                    // The same establishment twice (a client's slip) is one relation, not a failure.
                    relations: index == 2 ? [(pottery.id, "Cố vấn kỹ thuật của hợp tác xã"), (pottery.id, "")] : [], by: hanoi)
            }
            await #expect(throws: DomainError(.conflict, .tpJudgeAlreadyOnJury, arguments: ["name": "gk-1"])) {
                _ = try await products.addJudge(roundID: round.round.id, username: "gk-1", relations: [], by: hanoi)
            }

            let sheet = ScoreSheet(market: 36, economicTechnicalSocialEnvironmental: 34, culturalAesthetic: 8, other: 8)
            await #expect(throws: DomainError(.conflict, .tpEntryNotEligible, arguments: ["name": "Bình gốm men rạn"])) {
                _ = try await products.saveScore(sheet, entryID: vase.id, submit: true, by: judges[0])
            }
            for entry in [vase, table] {
                for criterion in EligibilityCriterion.allCases {
                    _ = try await products.recordCheck(entryID: entry.id, criterion: criterion, outcome: .pass, note: "", by: hanoi)
                }
            }
            await #expect(throws: DomainError(.forbidden, .tpNotOrganiser)) {
                _ = try await products.recordCheck(entryID: vase.id, criterion: .standards, outcome: .fail, note: "", by: judges[0])
            }

            // Judging: a judge sees no one else's marks until submitting their own.
            _ = try await products.saveScore(sheet, entryID: vase.id, submit: true, by: judges[0])
            var seenByTwo = try await products.entry(vase.id, for: judges[1])
            #expect(seenByTwo.scores.isEmpty && seenByTwo.result == nil)
            let outOfRange = ScoreSheet(market: 45, economicTechnicalSocialEnvironmental: 30, culturalAesthetic: 7, other: 7)
            await #expect(throws: DomainError.invalidFields([FieldError(field: "market", key: .tpScoreRange40)])) {
                _ = try await products.saveScore(outOfRange, entryID: vase.id, submit: true, by: judges[1])
            }
            _ = try await products.saveScore(
                ScoreSheet(market: 30, economicTechnicalSocialEnvironmental: 30, culturalAesthetic: 7, other: 7), entryID: vase.id,
                submit: true, by: judges[1])
            seenByTwo = try await products.entry(vase.id, for: judges[1])
            #expect(seenByTwo.scores.count == 2)
            await #expect(throws: DomainError(.conflict, .tpScoreAlreadySubmitted)) {
                _ = try await products.saveScore(sheet, entryID: vase.id, submit: true, by: judges[1])
            }
            await #expect(throws: DomainError(.forbidden, .tpJudgeExcluded, arguments: ["name": "Bình gốm men rạn"], labels: ["reason": .tpConflictRelation])) {
                _ = try await products.saveScore(sheet, entryID: vase.id, submit: true, by: judges[2])
            }
            await #expect(throws: DomainError(.forbidden, .tpJudgeNotOnJury)) {
                _ = try await products.saveScore(sheet, entryID: vase.id, submit: true, by: hanoi)
            }
            for judge in judges {
                _ = try await products.saveScore(
                    ScoreSheet(market: 30, economicTechnicalSocialEnvironmental: 30, culturalAesthetic: 5, other: 5), entryID: table.id,
                    submit: true, by: judge)
            }
            // The organiser sees no sheet and no total before closing; closing waits for registration to end.
            #expect(try await products.entry(vase.id, for: hanoi).scores.isEmpty)
            await #expect(throws: DomainError(.conflict, .tpCloseBeforeRegistrationEnds, arguments: ["date": "31/03/2026"])) {
                _ = try await products.closeJudging(round.round.id, expectedVersion: 1, by: hanoi)
            }
            await #expect(throws: DomainError(.conflict, .tpResultsAfterClosing)) {
                _ = try await products.results(round.round.id, by: hanoi)
            }
            clock.advance(seconds: 44 * 86_400)  // 15/04/2026
            await #expect(throws: DomainError.staleVersion) {
                _ = try await products.closeJudging(round.round.id, expectedVersion: 7, by: hanoi)
            }
            let closed = try await products.closeJudging(round.round.id, expectedVersion: 1, by: hanoi)
            #expect(closed.judgingClosed && closed.version == 2)
            await #expect(throws: DomainError(.conflict, .tpJudgingClosed)) {
                _ = try await products.saveScore(sheet, entryID: table.id, submit: false, by: judges[0])
            }

            let results = try await products.results(round.round.id, by: hanoi)
            let vaseResult = try #require(results.results.first { $0.entryID == vase.id })
            #expect(vaseResult.totals.sorted() == [74, 86] && vaseResult.score == AggregateScore(160, over: 2))
            #expect(vaseResult.spread?.range == 12)
            #expect(results.ranking.map(\.result.entryID) == [vase.id, table.id])
            #expect(try await products.entry(vase.id, for: hanoi).scores.count == 2)

            let decided = Day(year: 2026, month: 4, day: 20)!
            let recognition = try await products.recognise(
                entryID: vase.id, decisionRef: "45/QĐ-UBND", decidedOn: decided, award: nil, by: hanoi)
            #expect(recognition.rank == 1)
            await #expect(throws: DomainError(.conflict, .tpAlreadyRecognised, arguments: ["reference": "45/QĐ-UBND"])) {
                _ = try await products.recognise(entryID: vase.id, decisionRef: "46/QĐ-UBND", decidedOn: decided, award: nil, by: hanoi)
            }
            await #expect(throws: DomainError(.conflict, .tpCertificateNeedsRecognition)) {
                _ = try await products.issueCertificate(
                    entryID: table.id, issuedOn: decided, issuedBy: "UBND thành phố Hà Nội", publish: true, by: hanoi)
            }
            _ = try await products.recognise(entryID: table.id, decisionRef: "45/QĐ-UBND", decidedOn: decided, award: "B", by: hanoi)
            let certificate = try await products.issueCertificate(
                entryID: vase.id, issuedOn: Day(year: 2026, month: 4, day: 25)!, issuedBy: "UBND thành phố Hà Nội", publish: true,
                by: hanoi)
            #expect(certificate.number == "TB-PROVINCE-01-2026-0001")
            #expect(certificate.validUntil == Day(year: 2029, month: 12, day: 31)!)
            let unpublished = try await products.issueCertificate(
                entryID: table.id, issuedOn: Day(year: 2026, month: 4, day: 25)!, issuedBy: "UBND thành phố Hà Nội", publish: false,
                by: hanoi)
            #expect(unpublished.number == "TB-PROVINCE-01-2026-0002")

            // The public side shows only the published certificate.
            let today = Day(year: 2026, month: 4, day: 26)!
            #expect(try await products.publishedCertificate(number: " tb-province-01-2026-0001 ")?.establishmentName == "HTX Gốm Bát Tràng")
            #expect(try await products.publishedCertificate(number: unpublished.number) == nil)
            #expect(try await products.catalogue(.init(query: "gom MEN ran"), on: today).map(\.certificate.number) == [certificate.number])
            #expect(try await products.catalogue(.init(), on: today).count == 1)
            #expect(try await products.catalogue(.init(provinceCode: "79"), on: today).isEmpty)
            #expect(try await products.catalogue(.init(), on: Day(year: 2030, month: 1, day: 1)!).isEmpty)
            #expect(CertificatePriority.certifiedLevels(
                of: pottery.id, certificates: try await products.certificates(of: pottery.id), on: today) == [.province])

            // Nomination: the northern regional round takes the provincial typical product only.
            clock.advance(seconds: 17 * 86_400)  // 02/05/2026
            let region = try await products.createRound(
                SelectionRoundDraft(
                    level: .region, year: 2026, regionCode: "north", registrationOpens: Day(year: 2026, month: 5, day: 1)!,
                    registrationCloses: Day(year: 2026, month: 6, day: 30)!),
                geography: geography, by: cuc)
            let may = Day(year: 2026, month: 5, day: 2)!
            #expect(try await products.nominees(for: region, on: may).map(\.productName) == ["Bàn ghế gỗ khảm", "Bình gốm men rạn"])
            await #expect(throws: DomainError(.forbidden, .tpNotOrganiser)) {
                _ = try await products.register(
                    ProductEntryDraft(establishmentID: pottery.id, productName: "Bình gốm men rạn", group: 1), roundID: region.round.id,
                    prior: nil, by: hanoi)
            }
            let nominated = try await products.register(
                ProductEntryDraft(establishmentID: pottery.id, productName: "Bình gốm men rạn", group: 1), roundID: region.round.id,
                prior: nil, by: cuc)
            #expect(nominated.admittedBy?.level == .province && nominated.admittedBy?.reference == certificate.number)
            #expect(try await products.nominees(for: region, on: may).map(\.productName) == ["Bàn ghế gỗ khảm"], "an entered product is no longer offered")
            await #expect(throws: DomainError(.conflict, .tpNominationNeedsRecognition, labels: ["level": .tpLevelRegion, "below": .tpLevelProvince])) {
                _ = try await products.register(
                    ProductEntryDraft(establishmentID: newcomer.id, productName: "Giỏ mây", group: 1), roundID: region.round.id,
                    prior: nil, by: cuc)
            }
            if case .broken(let sequence, let reason) = try await AuditLog(store: store).verify() {
                Issue.record("audit chain broken at \(sequence): \(reason)")
            }
        }
    }

    @Test("a round is revised before judging closes: window and plan change, level, area and used groups stay",
          arguments: TestBackend.available)
    func revise(backend: TestBackend) async throws {
        let clock = TestClock(Self.at(1_772_427_600))  // 02/03/2026
        try await TestDatabase.withStore(backend, clock: clock) { store in
            let geography = try await GeographyRepository(store: store).load()
            let hanoi = try await user(store, .provinceDepartment, province: "01", name: "sct-hn")
            let saigon = try await user(store, .provinceDepartment, province: "79", name: "sct-hcm")
            let pottery = try await establishment("HTX Gốm Bát Tràng", tax: "0100109106", commune: "00583", province: "01", by: hanoi, store: store)
            let products = TypicalProductRepository(store: store)
            var draft = SelectionRoundDraft(
                level: .province, year: 2026, provinceCode: "01", registrationOpens: Day(year: 2026, month: 3, day: 1)!,
                registrationCloses: Day(year: 2026, month: 3, day: 31)!)
            let round = try await products.createRound(draft, geography: geography, by: hanoi)
            _ = try await products.register(
                ProductEntryDraft(establishmentID: pottery.id, productName: "Bình gốm", group: 1), roundID: round.round.id,
                prior: PriorRecognition(level: .commune, year: 2025, reference: "1/QĐ"), by: hanoi)
            draft.registrationCloses = Day(year: 2026, month: 4, day: 30)!
            await #expect(throws: DomainError(.forbidden, .tpNotOrganiser)) {
                _ = try await products.updateRound(round.round.id, with: draft, plan: .init(), expectedVersion: 1, by: saigon)
            }
            let revised = try await products.updateRound(
                round.round.id, with: draft, plan: .init(title: "Đợt gia hạn", quota: 5), expectedVersion: 1, by: hanoi)
            #expect(revised.version == 2 && revised.round.registrationCloses == Day(year: 2026, month: 4, day: 30)! && revised.quota == 5)
            await #expect(throws: DomainError.staleVersion) {
                _ = try await products.updateRound(round.round.id, with: draft, plan: .init(), expectedVersion: 1, by: hanoi)
            }
            var moved = draft
            moved.provinceCode = "79"
            await #expect(throws: DomainError.invalidFields([FieldError(field: "level", key: .tpRoundScopeFixed)])) {
                _ = try await products.updateRound(round.round.id, with: moved, plan: .init(), expectedVersion: 2, by: hanoi)
            }
            var narrowed = draft
            narrowed.groups = [.processedAgroForestryFisheryAndFood]
            await #expect(throws: DomainError.invalidFields([FieldError(field: "groups", key: .tpRoundGroupInUse)])) {
                _ = try await products.updateRound(round.round.id, with: narrowed, plan: .init(), expectedVersion: 2, by: hanoi)
            }
            #expect(try await products.round(round.round.id) == revised)
        }
    }
}
