import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing
import VaporTesting

@Suite("Pages: a judge scores on the sheet, the Department closes, recognises and certifies, the public verifies")
struct TypicalProductsPagesTests {
    @Test("the whole round through the pages, with bad input refused in place", arguments: [TestBackend.sqlite])
    func round(backend: TestBackend) async throws {
        let clock = TestClock(Date(timeIntervalSince1970: 1_796_014_800))  // 30/11/2026
        try await TestApp.with(backend, clock: clock) { app, store in
            let judge = TestBrowser(app)
            try await judge.signIn("giamkhao-01")
            let rounds = try await judge.get("/selection-rounds?year=2026")
            #expect(rounds.status == .ok && rounds.text.contains("Ban giám khảo"))
            let roundID = try #require(
                try await TypicalProductRepository(store: store).rounds(.init(year: 2026, provinceCode: "01")).first?.round.id)
            let round = try await judge.get("/selection-rounds/\(roundID.uuidString.lowercased())")
            #expect(round.text.contains("Bình hút lộc men rạn"))
            let bundle = try await TypicalProductRepository(store: store).bundle(roundID)
            let entryID = try #require(bundle.entries.first { $0.productName == "Bình hút lộc men rạn" }?.id.uuidString.lowercased())
            let entry = try await judge.get("/entries/\(entryID)")
            #expect(entry.text.contains("Phiếu chấm của bạn"))
            #expect(!entry.text.contains("Trịnh Văn Phúc"), "the other judge's submitted sheet is hidden")

            let bad = try await judge.post(
                "/entries/\(entryID)/scores", form: ["market": "45", "economicTechnical": "33", "culturalAesthetic": "8", "other": "7", "submit": "final"])
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("Điểm phải là số nguyên từ 0 đến 40.") && bad.text.contains("value=\"45\""))
            let noToken = try await judge.post(
                "/entries/\(entryID)/scores", form: ["market": "36", "economicTechnical": "33", "culturalAesthetic": "8", "other": "7", "submit": "final"],
                withCSRF: false)
            #expect(noToken.status == .forbidden)
            let saved = try await judge.post(
                "/entries/\(entryID)/scores", form: ["market": "36", "economicTechnical": "33", "culturalAesthetic": "8", "other": "7", "submit": "final"])
            #expect(saved.status == .seeOther)
            let after = try await judge.get("/entries/\(entryID)?done=1")
            #expect(after.text.contains("Trịnh Văn Phúc") && after.text.contains(">84<"))
            #expect(!after.text.contains("Phiếu chấm của bạn"), "a submitted sheet is final")
            let sheet = try await judge.get("/entries/\(entryID)/sheet")
            #expect(sheet.status == .ok && sheet.text.contains("PHIẾU CHẤM ĐIỂM") && sheet.text.contains("Hoàng Thị Lan"))

            // The establishment sees its entry but no marks; another province's Department not at all.
            let owner = TestBrowser(app)
            try await owner.signIn("coso-01")
            let ownView = try await owner.get("/entries/\(entryID)")
            #expect(ownView.status == .ok && !ownView.text.contains(">84<"))
            let establishment = try #require(bundle.entries.first { $0.productName == "Bình hút lộc men rạn" }?.establishmentID)
            let ownPage = try await owner.get("/establishments/\(establishment.uuidString.lowercased())")
            #expect(ownPage.text.contains("TB-PROVINCE-01-2025-0001") && ownPage.text.contains("Bình hút lộc men rạn"),
                    "the establishment's page lists its certificates and entries")
            let saigon = TestBrowser(app)
            try await saigon.signIn("sct-79")
            #expect(try await saigon.get("/entries/\(entryID)").status == .forbidden)
            #expect(try await saigon.post("/selection-rounds/\(roundID.uuidString.lowercased())/close", form: ["version": "1"]).status == .forbidden)

            // The Department: closing waits for registration to end; then results, recognition, certificate.
            let department = TestBrowser(app)
            try await department.signIn("sct-01")
            let roundPath = "/selection-rounds/\(roundID.uuidString.lowercased())"
            let early = try await department.post(roundPath + "/close", form: ["version": "1"])
            #expect(early.status == .conflict && early.text.contains("31/12/2026"))
            clock.advance(seconds: 40 * 86_400)
            try await department.signIn("sct-01")  // sessions end after a week
            #expect(try await department.post(roundPath + "/close", form: ["version": "1"]).status == .seeOther)
            let results = try await department.get(roundPath)
            #expect(results.text.contains("Kết quả chấm") && results.text.contains("Chênh lệch giữa giám khảo"))
            let noDate = try await department.post("/entries/\(entryID)/recognition", form: ["decisionRef": "99/QĐ-UBND", "decidedOn": "xx"])
            #expect(noDate.status == .badRequest)
            #expect(try await department.post("/entries/\(entryID)/recognition", form: ["decisionRef": "99/QĐ-UBND", "decidedOn": "2027-01-05"]).status == .seeOther)
            let issued = try await department.post(
                "/entries/\(entryID)/certificate", form: ["issuedOn": "2027-01-08", "issuedBy": "UBND thành phố Hà Nội", "publish": "on"])
            #expect(issued.status == .seeOther)
            let certified = try await department.get(roundPath)
            #expect(certified.text.contains("TB-PROVINCE-01-2027-0001"))

            // The Cục plans the northern round; the provincial typical products are offered to it.
            let cuc = TestBrowser(app)
            try await cuc.signIn("bo-admin")
            let region = try await cuc.post("/selection-rounds/new", form: [
                "level": "region", "areaCode": "north", "year": "2027", "registrationOpens": "2027-01-01", "registrationCloses": "2027-03-31",
            ])
            #expect(region.status == .seeOther)
            let regionPath = try #require(region.headers.first(name: .location)?.split(separator: "?").first.map(String.init))
            let offered = try await cuc.get(regionPath)
            #expect(offered.text.contains("Sản phẩm được công nhận ở cấp dưới") && offered.text.contains("Bộ ấm chén men lam vẽ tay")
                && offered.text.contains("Bình hút lộc men rạn") && !offered.text.contains("Tranh sơn mài Hồ Gươm"))
            let products = TypicalProductRepository(store: store)
            let regionID = try #require(UUID(uuidString: String(regionPath.split(separator: "/").last ?? "")))
            let nominee = try #require(try await products.nominees(for: try await products.round(regionID), on: Day(year: 2027, month: 1, day: 9)!)
                .first { $0.productName == "Bình hút lộc men rạn" })
            let entered = try await cuc.post(regionPath + "/entries", form: [
                "establishmentId": nominee.establishmentID.uuidString.lowercased(), "productName": nominee.productName, "group": "1",
            ])
            #expect(entered.status == .seeOther)
            #expect(try await products.bundle(regionID).entries.map(\.admittedBy?.reference) == ["TB-PROVINCE-01-2027-0001"])

            // The public verifies it and finds it in the catalogue, without signing in.
            let visitor = TestBrowser(app)
            let verify = try await visitor.get("/certificates/TB-PROVINCE-01-2027-0001")
            #expect(verify.status == .ok && verify.text.contains("31/12/2030") && verify.text.contains("Bình hút lộc men rạn"))
            #expect(try await visitor.get("/certificates/TB-PROVINCE-01-2027-9999").status == .notFound)
            let catalogue = try await visitor.get("/products?q=binh%20hut%20loc")
            #expect(catalogue.text.contains("TB-PROVINCE-01-2027-0001") && !catalogue.text.contains("Tranh sơn mài"))
            #expect(try await visitor.get("/entries/\(entryID)").status == .seeOther, "entries need a sign-in")
        }
    }

    @Test("planning a round from the page: the area is checked, errors sit by the field", arguments: [TestBackend.sqlite])
    func newRound(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let department = TestBrowser(app)
            try await department.signIn("sct-01")
            let form = ["level": "commune", "areaCode": "99999", "year": "2027", "registrationOpens": "2027-03-01", "registrationCloses": "2027-04-30"]
            let bad = try await department.post("/selection-rounds/new", form: form)
            #expect(bad.status == .badRequest && bad.text.contains("Không có đơn vị hành chính mang mã này"))
            var good = form
            good["areaCode"] = "00583"
            let created = try await department.post("/selection-rounds/new", form: good)
            #expect(created.status == .seeOther, "\(created.text.components(separatedBy: "notice-error").dropFirst().first?.prefix(400) ?? "")")
            let roundPath = try #require(created.headers.first(name: .location)?.split(separator: "?").first.map(String.init))
            var revised = good
            revised["registrationCloses"] = "2027-02-30"
            revised["version"] = "1"
            let badDate = try await department.post(roundPath + "/edit", form: revised)
            #expect(badDate.status == .badRequest && badDate.text.contains("value=\"2027-02-30\""), "the refused form keeps what was typed")
            revised["registrationCloses"] = "2027-05-15"
            revised["title"] = "Bình chọn cấp xã Bát Tràng (gia hạn)"
            #expect(try await department.post(roundPath + "/edit", form: revised).status == .seeOther)
            #expect(try await department.get(roundPath).text.contains("Bình chọn cấp xã Bát Tràng (gia hạn)"))
            let foreign = TestBrowser(app)
            try await foreign.signIn("sct-79")
            #expect(try await foreign.post("/selection-rounds/new", form: good).status == .forbidden)
            #expect(try await foreign.post(roundPath + "/edit", form: revised).status == .forbidden)
            let committee = TestBrowser(app)
            try await committee.signIn("ubnd-01")
            #expect(!(try await committee.get("/selection-rounds")).text.contains("Tổ chức đợt bình chọn"))
        }
    }
}
