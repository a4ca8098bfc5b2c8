import Foundation
import KhuyenCongCore
import SQLKit

/// Typical-product rounds of the demo (issue 5): Hà Nội's finished 2025 provincial round with its
/// sheets, recognitions and published certificates; Hà Nội's 2026 round that `giamkhao-01` is
/// judging; and an open 2026 round in TP Hồ Chí Minh. Everything goes through the repository, as a
/// user would do it, on the days it would have happened.
struct DemoTypicalProducts: Sendable {
    let store: Store

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    func loadIfNeeded() async throws {
        let present = try await store.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("selection_rounds")
            .first(decodingColumn: "n", as: Int.self) ?? 0
        guard present == 0 else { return }
        let users = UserRepository(store: store)
        func principal(_ username: String) async throws -> Principal? { try await users.credentials(username: username)?.principal }
        guard let department = try await principal("sct-01"), let saigonDepartment = try await principal("sct-79"),
            let lan = try await principal("giamkhao-01"), let second = try await principal("giamkhao-02"),
            let third = try await principal("giamkhao-03")
        else { return }
        let hanoi = try await establishments(province: "01", keywords: ["gom su", "son mai", "duc dong", "theu ren"])
        let saigon = try await establishments(province: "79", keywords: ["gom su"])
        guard hanoi.count >= 5, let saigonEstablishment = saigon.first else { return }
        let geography = try await GeographyRepository(store: store).load()
        let products = TypicalProductRepository(store: store)

        // 2025: finished. Opened after 01/07/2025, so it admits commune- and district-recognised products.
        let finished = try await products.createRound(
            SelectionRoundDraft(
                level: .province, year: 2025, provinceCode: "01", registrationOpens: Self.day(2025, 8, 1),
                registrationCloses: Self.day(2025, 9, 30), budget: 450_000_000),
            plan: .init(
                title: "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu thành phố Hà Nội năm 2025",
                organiser: "Sở Công Thương thành phố Hà Nội", council: Self.council),
            geography: geography, by: department)
        for judge in [lan, second, third] {
            _ = try await products.addJudge(roundID: finished.round.id, username: judge.username, relations: [], by: department)
        }
        let district = PriorRecognition(level: .district, year: 2024, reference: "215/QĐ-UBND huyện Gia Lâm")
        let finishedEntries: [(UUID, String, Bool, String, [Int])] = [
            (hanoi[0], "Bộ ấm chén men lam vẽ tay", true, "Bộ 6 chén và ấm, men lam truyền thống, vẽ tay.", [85, 82, 88]),
            (hanoi[1], "Lọ hoa men rạn cổ", false, "Men rạn nung củi, cao 45 cm.", [76, 72, 80]),
            (hanoi[2], "Tranh sơn mài Hồ Gươm", false, "Tranh sơn mài khảm trứng, 60 × 90 cm.", [65, 70, 62]),
        ]
        let dossiers = DossierRepository(store: store)
        for (index, (establishment, name, isSet, description, totals)) in finishedEntries.enumerated() {
            let entry = try await products.register(
                ProductEntryDraft(establishmentID: establishment, productName: name, group: 1, isProductSet: isSet, description: description),
                roundID: finished.round.id, prior: district, by: department, on: Self.day(2025, 8, 15))
            if index == 0 {
                // The cooperative's dossier: a photo of the product, and its trademark certificate, which
                // the 2026 entry below uses again.
                let photo = try await dossiers.upload(Self.photo, kind: .photo, title: name, establishmentID: establishment, by: department)
                let trademark = try await dossiers.upload(
                    Self.trademarkPDF, kind: .document, title: "Giấy chứng nhận đăng ký nhãn hiệu", establishmentID: establishment,
                    by: department)
                try await dossiers.attach(photo.document.id, to: entry.id, by: department)
                try await dossiers.attach(trademark.document.id, to: entry.id, by: department)
            }
            try await passAllChecks(entry.id, products: products, by: department, on: Self.day(2025, 10, 5))
            for (judge, total) in zip([lan, second, third], totals) {
                _ = try await products.saveScore(
                    Self.sheet(total: total), entryID: entry.id, submit: true, by: judge, on: Self.day(2025, 10, 20))
            }
        }
        _ = try await products.closeJudging(finished.round.id, expectedVersion: finished.version, by: department)
        let results = try await products.results(finished.round.id, by: department)
        for ranked in results.ranking {
            _ = try await products.recognise(
                entryID: ranked.result.entryID, decisionRef: "3456/QĐ-UBND", decidedOn: Self.day(2025, 11, 15), award: nil, by: department)
            _ = try await products.issueCertificate(
                entryID: ranked.result.entryID, issuedOn: Self.day(2025, 11, 20), issuedBy: "UBND thành phố Hà Nội", publish: true,
                by: department)
        }

        // 2026: registration open; two entries cleared for judging, one awaiting its checks.
        let open = try await products.createRound(
            SelectionRoundDraft(
                level: .province, year: 2026, provinceCode: "01", registrationOpens: Self.day(2026, 9, 1),
                registrationCloses: Self.day(2026, 12, 31), budget: 500_000_000),
            plan: .init(organiser: "Sở Công Thương thành phố Hà Nội", council: Self.council, quota: 10), geography: geography,
            by: department)
        for judge in [lan, second] {
            _ = try await products.addJudge(roundID: open.round.id, username: judge.username, relations: [], by: department)
        }
        let commune = PriorRecognition(level: .commune, year: 2026, reference: "18/QĐ-UBND xã Bát Tràng")
        let openEntries: [(UUID, String, Bool)] = [
            (hanoi[0], "Bình hút lộc men rạn", true), (hanoi[3], "Lư hương đồng đúc hoa sen", true), (hanoi[4], "Tranh thêu tay phố cổ", false),
        ]
        for (index, (establishment, name, checked)) in openEntries.enumerated() {
            let entry = try await products.register(
                ProductEntryDraft(establishmentID: establishment, productName: name, group: 1), roundID: open.round.id, prior: commune,
                by: department, on: Self.day(2026, 9, 10))
            if index == 0, let trademark = try await dossiers.documents(of: establishment, for: department).first(where: { $0.kind == .document }) {
                try await dossiers.attach(trademark.id, to: entry.id, by: department)
            }
            guard checked else { continue }
            try await passAllChecks(entry.id, products: products, by: department, on: Self.day(2026, 9, 20))
            if index == 0 {
                _ = try await products.saveScore(Self.sheet(total: 84), entryID: entry.id, submit: true, by: second, on: Self.day(2026, 10, 1))
            }
        }

        // TP Hồ Chí Minh, 2026: one entry awaiting its checks.
        let southern = try await products.createRound(
            SelectionRoundDraft(
                level: .province, year: 2026, provinceCode: "79", registrationOpens: Self.day(2026, 10, 1),
                registrationCloses: Self.day(2026, 12, 31)),
            plan: .init(organiser: "Sở Công Thương Thành phố Hồ Chí Minh"), geography: geography, by: saigonDepartment)
        _ = try await products.register(
            ProductEntryDraft(establishmentID: saigonEstablishment, productName: "Chậu gốm men xanh trổ hoa", group: 1),
            roundID: southern.round.id, prior: PriorRecognition(level: .commune, year: 2026, reference: "25/QĐ-UBND"),
            by: saigonDepartment, on: Self.day(2026, 10, 15))
    }

    /// The Hà Nội council as a plan would list it (names are the demo's).
    static let council = [
        "Trần Thị Bình — Phó Giám đốc Sở Công Thương, Chủ tịch Hội đồng",
        "Phạm Quốc Dũng — Giám đốc Trung tâm Khuyến công, Phó Chủ tịch",
        "Đại diện Hội Thủ công mỹ nghệ Hà Nội — Ủy viên",
    ]

    /// A small drawing of a blue-and-white vase, standing in for a product photo.
    static let photo = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAGAAAABICAIAAACGBWc0AAABD0lEQVR42u3cwRXCMAyDYU/CJJw7DuMwDpMwA7fe2YALjio5/3ue4LsoddTU+XkzP6YgAAgggAACCCCAGub+eHUNQFsC3Y5n1wC0JdCfWHulGEAAyRMNIIAAAgggUgwggACaDZTymaoGalwGKUOtQnVkRhVKI2OqdJ3VRpVOs5qpDHPKKuMAkgNdqLPCqIbptBvVPJ1eo0pPrtWJViN1Go0AkgAZ6nQZASQBssqv3iwDCCCA3IFsdVqMSDGAAAIIIE7Su5+DPI281h0AsXIFSHCrMWwhveRebJLOqpvVMToA0e4w7wfldhZ0DbNoHV1HMZFG3XJN1KEn7f3ygv+vPo5PU1xowdsdAAEEEEBp8wVuuIWx7ozL/QAAAABJRU5ErkJggg==")!

    /// A one-page PDF standing in for a scanned trademark certificate.
    static let trademarkPDF = Data(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".utf8)

    /// A sheet adding up to `total`, spread over the four criteria in their proportions.
    static func sheet(total: Int) -> ScoreSheet {
        let market = min(40, total * 40 / 100)
        let economic = min(40, total * 40 / 100)
        let cultural = min(10, (total - market - economic) / 2)
        return ScoreSheet(
            market: market, economicTechnicalSocialEnvironmental: economic, culturalAesthetic: cultural,
            other: total - market - economic - cultural, remarks: "")
    }

    func passAllChecks(_ entryID: UUID, products: TypicalProductRepository, by principal: Principal, on day: Day) async throws {
        for criterion in EligibilityCriterion.allCases {
            _ = try await products.recordCheck(entryID: entryID, criterion: criterion, outcome: .pass, note: "", by: principal, on: day)
        }
    }

    /// A province's handicraft establishments for the demo products: the demo account's own first,
    /// then the first whose name holds each keyword (so that pottery is entered by a pottery), then
    /// any other, each at most once.
    func establishments(province: String, keywords: [String] = []) async throws -> [UUID] {
        struct Row: Decodable {
            let id: String
            let name: String
            let organisationId: String?
        }
        let rows = try await store.sql.select().columns("id", "name", "organisation_id").from("establishments")
            .where("province_code", .equal, SQLBind(province)).where("merged_into", .is, SQLLiteral.null)
            .where("sectors", .like, SQLBind("%|handicrafts|%")).orderBy("sort_key")
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
        var chosen = rows.filter { $0.organisationId != nil }.map(\.id)
        for keyword in keywords {
            if let row = rows.first(where: { !chosen.contains($0.id) && VietnameseText.matches(query: keyword, in: $0.name) }) {
                chosen.append(row.id)
            }
        }
        chosen += rows.map(\.id).filter { !chosen.contains($0) }
        return chosen.compactMap(UUID.init(uuidString:))
    }
}
