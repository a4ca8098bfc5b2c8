import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing
import VaporTesting

@Suite("Pages: worklists, a scheme's detail and its steps, the rate tables")
struct SchemePagesTests {
    /// The id of the demo scheme seeded under `key`.
    func demoScheme(_ store: Store, _ title: String) async throws -> UUID {
        let found = try await SchemeRepository(store: store).list(scope: .everything, filter: .init(query: title), limit: 5, after: nil)
        return try #require(found.items.first?.id)
    }

    @Test("each deciding role finds its work; the leader approves from the page; refusals show the reason", arguments: TestBackend.available)
    func worklistsAndSteps(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let pilot = try await demoScheme(store, "Đề án điểm phát triển làng nghề gốm")
            let expectations: [(String, String)] = [
                ("sct-01", "Mô hình trình diễn lò nung gốm tiết kiệm năng lượng"),  // grassroots appraisal
                ("bo-admin", "Hỗ trợ ứng dụng máy cắt laser cho cơ sở cơ khí"),  // ministry appraisal
                ("lanhdao-bo", "Đề án điểm phát triển làng nghề gốm Bát Tràng gắn với du lịch"),  // approval
                ("ubnd-01", "Đăng ký nhãn hiệu gốm Bát Tràng"),  // local approval
                ("ttkc-01", "Hỗ trợ máy ép gạch không nung"),  // settlement overdue
                ("sct-79", "Mô hình trình diễn máy may công nghiệp tự động"),
            ]
            for (username, title) in expectations {
                let browser = TestBrowser(app)
                try await browser.signIn(username)
                let page = try await browser.get("/schemes")
                #expect(page.status == .ok)
                let worklist = try #require(page.text.components(separatedBy: "id=\"worklist-heading\"").dropFirst().first?.components(separatedBy: "<h2").first)
                #expect(worklist.contains(title), "\(username)'s worklist lacks \(title)")
            }
            // Hồ Chí Minh City does not see Hà Nội's schemes.
            let saigon = TestBrowser(app)
            try await saigon.signIn("sct-79")
            #expect(try await saigon.get("/schemes").text.contains("Đề án điểm phát triển") == false)
            #expect(try await saigon.get("/schemes/\(pilot.uuidString.lowercased())").status == .forbidden)

            let leader = TestBrowser(app)
            try await leader.signIn("lanhdao-bo")
            let detail = try await leader.get("/schemes/\(pilot.uuidString.lowercased())")
            #expect(detail.text.contains("1.000.000.000 ₫"))  // the N1 cap in the explanation
            #expect(detail.text.contains("Phê duyệt"))
            let version = try #require(try await SchemeRepository(store: store).get(pilot, scope: .everything).version)

            let department = TestBrowser(app)
            try await department.signIn("sct-01")
            try await department.get("/schemes/\(pilot.uuidString.lowercased())")
            let refused = try await department.post(
                "/schemes/\(pilot.uuidString.lowercased())/actions", form: ["action": "approve", "version": String(version)])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("không được thực hiện"))

            let noReason = try await leader.post(
                "/schemes/\(pilot.uuidString.lowercased())/actions", form: ["action": "return", "version": String(version), "reason": ""])
            #expect(noReason.status == .badRequest)
            let approved = try await leader.post(
                "/schemes/\(pilot.uuidString.lowercased())/actions", form: ["action": "approve", "version": String(version)])
            #expect(approved.status == .seeOther)
            let after = try await leader.get("/schemes/\(pilot.uuidString.lowercased())?done=approve")
            #expect(after.text.contains("Đã thực hiện: Phê duyệt."))
            #expect(after.text.contains("SHA-256"))
            let stale = try await leader.post(
                "/schemes/\(pilot.uuidString.lowercased())/actions", form: ["action": "approve", "version": String(version)])
            #expect(stale.status == .conflict)
            let withoutToken = try await leader.post(
                "/schemes/\(pilot.uuidString.lowercased())/actions", form: ["action": "sign_contract", "version": String(version + 1)],
                withCSRF: false)
            #expect(withoutToken.status == .forbidden)
            #expect(try await SchemeRepository(store: store).get(pilot, scope: .everything).state == .approved)
        }
    }

    @Test("the rate tables page shows the national table with unverified rows marked", arguments: TestBackend.available)
    func rateTables(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let browser = TestBrowser(app)
            try await browser.signIn("coso-01")
            let page = try await browser.get("/rate-tables")
            #expect(page.status == .ok)
            #expect(page.text.contains("TT28-2018-BTC"))
            #expect(page.text.contains("1.000.000.000 ₫ / mô hình"))
            #expect(page.text.contains("Chưa có mức — cần bổ sung"))
            #expect(page.text.contains("Chưa đối chiếu"))
        }
    }

    @Test("a unit drafts a scheme on the form: a wrong line is shown next to its field, the corrected one is saved", arguments: TestBackend.available)
    func schemeForm(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let hanoi = try await EstablishmentRepository(store: store).list(scope: .everything, filter: .init(provinceCode: "01"), limit: 1, after: nil)
            let taxCode = try #require(hanoi.items.first?.taxCode)
            let browser = TestBrowser(app)
            try await browser.signIn("ttkc-01")
            let empty = try await browser.get("/schemes/new")
            #expect(empty.status == .ok)
            var form: [String: String] = [
                "level": "national", "kind": "single", "title": "Hỗ trợ máy dệt thổ cẩm", "planYear": "2027", "provinceCode": "01",
                "communeCodes": "00583", "beneficiaries": taxCode, "line1_activityType": "machinery", "line1_description": "Máy dệt",
                "line1_quantity": "1", "line1_eligibleCost": "400.000.000", "line1_requestedSupport": "500.000.000",
            ]
            let refused = try await browser.post("/schemes/new", form: form)
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("id=\"line1_requestedSupport-error\""))
            #expect(refused.text.contains("Hỗ trợ máy dệt thổ cẩm"))  // what was typed is kept
            form["line1_requestedSupport"] = "200.000.000"
            form["beneficiaries"] = "0000000000"
            let unknown = try await browser.post("/schemes/new", form: form)
            #expect(unknown.text.contains("id=\"beneficiaries-error\""))
            form["beneficiaries"] = taxCode
            let created = try await browser.post("/schemes/new", form: form)
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let page = try await browser.get(location)
            #expect(page.text.contains("Hỗ trợ máy dệt thổ cẩm"))
            #expect(page.text.contains("200.000.000 ₫"))
            let edit = try await browser.get(location + "/edit")
            #expect(edit.text.contains(taxCode))
            let inspector = TestBrowser(app)
            try await inspector.signIn("thanhtra-01")
            #expect(try await inspector.get("/schemes/new").status == .forbidden)
        }
    }

    @Test("a Department adds its province's table on the page; the national one is the Cục's", arguments: TestBackend.available)
    func rateTableForm(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let saigon = TestBrowser(app)
            try await saigon.signIn("sct-79")
            #expect(try await saigon.get("/rate-tables/new").status == .ok)
            var form = [
                "scope": "province:79", "code": "HCM-NQ-2026", "title": "Mức chi khuyến công TP Hồ Chí Minh",
                "legalBasis": "Nghị quyết HĐND TP Hồ Chí Minh", "validFrom": "01/01/2026",
                "demo_model_new_tech_rate": "150", "demo_model_new_tech_cap": "800.000.000", "demo_model_new_tech_unit": "model",
                "demo_model_new_tech_verified": "on",
            ]
            let refused = try await saigon.post("/rate-tables/new", form: form)
            #expect(refused.status == .badRequest)
            form["demo_model_new_tech_rate"] = "30"
            let saved = try await saigon.post("/rate-tables/new", form: form)
            #expect(saved.status == .seeOther)
            let table = try #require(try await RateTableRepository(store: store).get("HCM-NQ-2026"))
            #expect(table.table.rule(for: .demoModelNewTech)?.ratePercent == 3000)
            #expect(table.table.rule(for: .demoModelNewTech)?.cap == 800_000_000)
            #expect(table.table.rules.count == 1)
            #expect(try await saigon.get("/rate-tables/TT28-2018-BTC/edit").status == .forbidden)
            let cuc = TestBrowser(app)
            try await cuc.signIn("bo-admin")
            let national = try await cuc.get("/rate-tables/TT28-2018-BTC/edit")
            #expect(national.status == .ok)
            #expect(national.text.contains("value=\"1000000000\""))
        }
    }

    @Test("the unit asks on the page to raise a scheme's support; the request goes to the Minister", arguments: TestBackend.available)
    func adjustmentForm(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let schemes = SchemeRepository(store: store)
            let running = try await schemes.list(scope: .everything, filter: .init(states: [.inProgress]), limit: 1, after: nil)
            let id = try #require(running.items.first?.id)
            let path = "/schemes/\(id.uuidString.lowercased())/adjust"
            let browser = TestBrowser(app)
            try await browser.signIn("ttkc-01")
            let form = try await browser.get(path)
            #expect(form.status == .ok)
            var fields = [
                "level": "national", "kind": "single", "provinceCode": "01", "planYear": "2025", "title": running.items[0].title,
                "startYear": "2025", "endYear": "2025", "communeCodes": "00583", "line1_activityType": "machinery",
                "line1_description": "Máy chẻ nan", "line1_quantity": "1", "line1_eligibleCost": "560000000", "line1_requestedSupport": "280000000",
            ]
            let noReason = try await browser.post(path, form: fields)
            #expect(noReason.status == .badRequest)
            fields["reason"] = "Giá thiết bị tăng"
            let sent = try await browser.post(path, form: fields)
            #expect(sent.status == .seeOther)
            let requests = try await schemes.adjustments(of: id, scope: .everything)
            #expect(requests.last?.decider == .ministryLeader)
            #expect(requests.last?.kinds.contains(.increaseSupport) == true)
            let page = try await browser.get("/schemes/\(id.uuidString.lowercased())")
            #expect(page.text.contains("Tăng tổng kinh phí hỗ trợ"))
            // The unit that asked may take the request back from the same page.
            #expect(page.text.contains("Rút đề nghị"))
            let request = try #require(requests.last)
            let withdrawn = try await browser.post(
                "/schemes/\(id.uuidString.lowercased())/adjustments/\(request.id.uuidString.lowercased())",
                form: ["action": "withdraw", "version": String(request.version)])
            #expect(withdrawn.status == .seeOther)
            #expect(try await schemes.adjustments(of: id, scope: .everything).last?.state == .withdrawn)
            #expect(try await browser.get("/schemes/\(id.uuidString.lowercased())").text.contains("Đã rút đề nghị"))
        }
    }
}
