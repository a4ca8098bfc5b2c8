import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing
import VaporTesting

@Suite("API: schemes, support rates and the lifecycle")
struct SchemesAPITests {
    func headers(_ token: String, language: String = "vi") -> HTTPHeaders {
        ["Authorization": "Bearer \(token)", "Content-Type": "application/json", "Accept-Language": language]
    }

    func scheme(requested: Int64, activity: String = "demo_model_new_tech") -> [String: any Sendable] {
        [
            "level": "national", "kind": "single", "title": "Mô hình trình diễn lò nung gốm bằng khí hóa lỏng", "planYear": 2026,
            "provinceCode": "01", "communeCodes": ["00583"],
            "lines": [
                ["activityType": activity, "description": "Lò nung gas 5 m³", "quantity": 1, "eligibleCost": 5_000_000_000,
                 "requestedSupport": requested] as [String: any Sendable]
            ],
        ]
    }

    @Test("an establishment's account reads the schemes it benefits from, and only those, and changes none", arguments: TestBackend.available)
    func beneficiaryReads(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let client = try app.testing()
            let owner = try await app.token("coso-01")
            let own = try #require(
                (try await client.sendRequest(.GET, "/api/v1/establishments", headers: headers(owner)).json["items"] as? [[String: Any]])?.first?["id"] as? String)
            let before = try await client.sendRequest(.GET, "/api/v1/schemes", headers: headers(owner)).json["items"] as? [Any] ?? []
            var body = scheme(requested: 900_000_000)
            body["beneficiaryIds"] = [own]
            let created = try await client.sendRequest(.POST, "/api/v1/schemes", headers: headers(try await app.token("ttkc-01")), body: try jsonBody(body))
            let id = try #require(created.json["id"] as? String)
            let after = try await client.sendRequest(.GET, "/api/v1/schemes", headers: headers(owner)).json["items"] as? [[String: Any]] ?? []
            #expect(after.count == before.count + 1 && after.contains { $0["id"] as? String == id })
            for suffix in ["", "/support", "/money", "/adjustments"] {
                #expect(try await client.sendRequest(.GET, "/api/v1/schemes/\(id)\(suffix)", headers: headers(owner)).status == .ok, "\(suffix)")
            }
            let submit = try await client.sendRequest(
                .POST, "/api/v1/schemes/\(id)/actions/submit", headers: headers(owner), body: try jsonBody(["version": 1]))
            #expect(submit.status == .forbidden)
        }
    }

    @Test("the worked example, refusals with reasons, and a national scheme through approval", arguments: TestBackend.available)
    func lifecycle(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let unit = try await app.token("ttkc-01")
            let department = try await app.token("sct-01")
            let cuc = try await app.token("bo-admin")
            let leader = try await app.token("lanhdao-bo")
            let client = try app.testing()
            func act(_ id: String, _ action: String, _ token: String, _ body: [String: any Sendable] = [:]) async throws -> TestingHTTPResponse {
                try await client.sendRequest(.POST, "/api/v1/schemes/\(id)/actions/\(action)", headers: headers(token), body: try jsonBody(body))
            }

            let created = try await client.sendRequest(.POST, "/api/v1/schemes", headers: headers(unit), body: try jsonBody(scheme(requested: 1_200_000_000)))
            #expect(created.status == .created)
            let id = try #require(created.json["id"] as? String)
            #expect(created.json["state"] as? String == "draft")
            #expect((created.json["code"] as? String)?.hasPrefix("KCQG-2026-01-") == true)

            // 30 % of 5 billion is 1.5 billion, capped at 1 billion per model (TT 28/2018/TT-BTC Art.8).
            let support = try await client.sendRequest(.GET, "/api/v1/schemes/\(id)/support", headers: headers(unit, language: "en"))
            let line = try #require((support.json["lines"] as? [[String: Any]])?.first)
            #expect(line["allowedSupport"] as? Int64 == 1_000_000_000)
            #expect(line["requestedSupport"] as? Int64 == 1_200_000_000)
            let rule = try #require(line["rule"] as? [String: Any])
            #expect(rule["table"] as? String == "TT28-2018-BTC")
            #expect(rule["ratePercent"] as? Double == 30)
            #expect(rule["cap"] as? Int64 == 1_000_000_000)
            #expect(rule["capUnit"] as? String == "model")
            #expect((line["explanation"] as? String)?.contains("1.000.000.000 ₫") == true)
            #expect(support.json["totalAllowed"] as? Int64 == 1_000_000_000)
            #expect(support.json["totalRequested"] as? Int64 == 1_200_000_000)

            #expect(try await act(id, "submit", unit).json["state"] as? String == "submitted")
            // The Department sees grassroots approval blocked by the rate table, and is refused it.
            let actions = try await client.sendRequest(.GET, "/api/v1/schemes/\(id)/actions", headers: headers(department))
            let approveOption = (actions.json["items"] as? [[String: Any]])?.first { $0["action"] as? String == "grassroots_approve" }
            #expect(approveOption?["allowed"] as? Bool == false)
            let blocked = try await act(id, "grassroots_approve", department)
            #expect(blocked.status == .conflict)
            #expect(blocked.errorMessage?.contains("vượt mức hỗ trợ") == true)
            let noReason = try await act(id, "return", department)
            #expect(noReason.status == .badRequest)
            let returned = try await act(id, "return", department, ["reason": "Giảm hỗ trợ đề nghị về mức trần 1 tỷ đồng"])
            #expect(returned.json["state"] as? String == "draft")

            var revised = scheme(requested: 1_000_000_000)
            revised["version"] = try #require(returned.json["version"] as? Int)
            let updated = try await client.sendRequest(.PUT, "/api/v1/schemes/\(id)", headers: headers(unit), body: try jsonBody(revised))
            #expect(updated.status == .ok)
            #expect(updated.json["totalRequested"] as? Int64 == 1_000_000_000)
            let stale = try await client.sendRequest(.PUT, "/api/v1/schemes/\(id)", headers: headers(unit), body: try jsonBody(revised))
            #expect(stale.status == .conflict)

            for (action, token) in [("submit", unit), ("grassroots_approve", department), ("forward_to_ministry", department), ("ministry_approve", cuc)] {
                let response = try await act(id, action, token)
                #expect(response.status == .ok, "\(action): \(response.errorMessage ?? "")")
            }
            let wrongRole = try await act(id, "approve", department)
            #expect(wrongRole.status == .forbidden)
            let wrongState = try await act(id, "close", cuc)
            #expect(wrongState.status == .conflict)
            let english = try await client.sendRequest(
                .POST, "/api/v1/schemes/\(id)/actions/close", headers: headers(cuc, language: "en"), body: try jsonBody([:]))
            #expect(english.errorMessage == "“Liquidate and close” is not possible while the scheme is “In the draft plan”.")
            let approved = try await act(id, "approve", leader)
            #expect(approved.json["state"] as? String == "approved")
            #expect(approved.json["approvedOn"] as? String != nil)
            #expect((approved.json["timeline"] as? [[String: Any]])?.count == 7)
            var late = scheme(requested: 1)
            late["version"] = try #require(approved.json["version"] as? Int)
            let frozen = try await client.sendRequest(.PUT, "/api/v1/schemes/\(id)", headers: headers(unit), body: try jsonBody(late))
            #expect(frozen.status == .conflict)

            let listed = try await client.sendRequest(.GET, "/api/v1/schemes?province=01&year=2026&state=approved", headers: headers(cuc))
            #expect((listed.json["items"] as? [[String: Any]])?.contains { $0["id"] as? String == id } == true)
            let badState = try await client.sendRequest(.GET, "/api/v1/schemes?state=finished", headers: headers(cuc))
            #expect(badState.status == .badRequest)
        }
    }

    @Test("access by area and role; bad input names the line and writes nothing", arguments: TestBackend.available)
    func accessAndBadInput(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let unit = try await app.token("ttkc-01")
            let client = try app.testing()
            let created = try await client.sendRequest(.POST, "/api/v1/schemes", headers: headers(unit), body: try jsonBody(scheme(requested: 900_000_000)))
            let id = try #require(created.json["id"] as? String)

            let foreign = try await client.sendRequest(.GET, "/api/v1/schemes/\(id)", headers: headers(try await app.token("sct-79")))
            #expect(foreign.status == .forbidden)
            let inspector = try await app.token("thanhtra-01")
            #expect(try await client.sendRequest(.GET, "/api/v1/schemes/\(id)", headers: headers(inspector)).status == .ok)
            let readOnly = try await client.sendRequest(
                .POST, "/api/v1/schemes/\(id)/actions/submit", headers: headers(inspector), body: try jsonBody([:]))
            #expect(readOnly.status == .forbidden)
            let establishment = try await client.sendRequest(.POST, "/api/v1/schemes", headers: headers(try await app.token("coso-01")), body: try jsonBody(scheme(requested: 1)))
            #expect(establishment.status == .forbidden)
            let unknownAction = try await client.sendRequest(.POST, "/api/v1/schemes/\(id)/actions/teleport", headers: headers(unit), body: try jsonBody([:]))
            #expect(unknownAction.status == .notFound)
            #expect(unknownAction.text.contains("Không có thao tác “teleport”") && unknownAction.text.contains("submit, return"))

            let auditBefore = try await AuditLog(store: store).count(scope: .everything)
            let tooMuch = try await client.sendRequest(.POST, "/api/v1/schemes", headers: headers(unit), body: try jsonBody(scheme(requested: 6_000_000_000)))
            #expect(tooMuch.status == .badRequest)
            let details = (tooMuch.json["error"] as? [String: Any])?["details"] as? [[String: Any]]
            #expect(details?.first?["field"] as? String == "lines[1].requestedSupport")
            let unknownType = try await client.sendRequest(
                .POST, "/api/v1/schemes", headers: headers(unit, language: "en"), body: try jsonBody(scheme(requested: 1, activity: "space_programme")))
            #expect(unknownType.status == .badRequest)
            #expect(((unknownType.json["error"] as? [String: Any])?["details"] as? [[String: Any]])?.first?["field"] as? String == "lines[1].activityType")
            #expect(try await AuditLog(store: store).count(scope: .everything) == auditBefore)
            let mine = try await client.sendRequest(.GET, "/api/v1/schemes?province=01", headers: headers(unit))
            #expect((mine.json["items"] as? [[String: Any]])?.filter { $0["title"] as? String == "Mô hình trình diễn lò nung gốm bằng khí hóa lỏng" }.count == 1)
        }
    }

    @Test("rate tables: everyone reads, only the keeper writes", arguments: TestBackend.available)
    func rateTables(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let client = try app.testing()
            // Hồ Chí Minh City has no local table yet (the demo gives Hà Nội one).
            let department = try await app.token("sct-79")
            let tables = try await client.sendRequest(.GET, "/api/v1/rate-tables?scope=national", headers: headers(department))
            let national = try #require((tables.json["items"] as? [[String: Any]])?.first)
            #expect(national["code"] as? String == "TT28-2018-BTC")
            #expect((national["rules"] as? [[String: Any]])?.count == 26)
            let types = try await client.sendRequest(.GET, "/api/v1/activity-types", headers: headers(department))
            #expect((types.json["items"] as? [[String: Any]])?.count == 26)

            let saigonTable: [String: any Sendable] = [
                "code": "HCM-2026", "scope": "province:79", "title": "Mức chi KCĐP TP Hồ Chí Minh", "legalBasis": "Nghị quyết HĐND",
                "validFrom": "2026-01-01",
                "rules": [["activityType": "machinery", "ratePercent": 50, "cap": 250_000_000, "capUnit": "establishment", "verified": true] as [String: any Sendable]],
            ]
            let saved = try await client.sendRequest(.PUT, "/api/v1/rate-tables/HCM-2026", headers: headers(department), body: try jsonBody(saigonTable))
            #expect(saved.status == .created, "a table saved without a version is a new one")
            #expect((saved.json["rules"] as? [[String: Any]])?.first?["rateBasisPoints"] as? Int == 5000)
            let foreign = try await client.sendRequest(
                .PUT, "/api/v1/rate-tables/HCM-2027", headers: headers(try await app.token("sct-01")),
                body: try jsonBody(saigonTable.merging(["code": "HCM-2027"]) { _, new in new }))
            #expect(foreign.status == .forbidden)
            var bad = saigonTable
            bad["rules"] = [["activityType": "machinery", "ratePercent": 150, "capUnit": "establishment", "verified": true] as [String: any Sendable]]
            bad["version"] = 1
            let outOfRange = try await client.sendRequest(.PUT, "/api/v1/rate-tables/HCM-2026", headers: headers(department), body: try jsonBody(bad))
            #expect(outOfRange.status == .badRequest)
        }
    }
}

@Suite("API: adjustments routed by what they change")
struct SchemeAdjustmentsAPITests {
    func headers(_ token: String, language: String = "vi") -> HTTPHeaders {
        ["Authorization": "Bearer \(token)", "Content-Type": "application/json", "Accept-Language": language]
    }

    @Test("more support goes to the Minister, the Cục is refused it; a change of place is the Cục's", arguments: TestBackend.available)
    func routing(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let client = try app.testing()
            let unit = try await app.token("ttkc-01")
            let department = try await app.token("sct-01")
            let cuc = try await app.token("bo-admin")
            let leader = try await app.token("lanhdao-bo")
            // The demo scheme under way: one machinery line of 250 million (50 % of 500 million).
            let found = try await SchemeRepository(store: store).list(
                scope: .everything, filter: .init(states: [.inProgress]), limit: 1, after: nil)
            let id = try #require(found.items.first?.id).uuidString.lowercased()
            func post(_ path: String, _ token: String, _ body: [String: any Sendable], language: String = "vi") async throws -> TestingHTTPResponse {
                try await client.sendRequest(.POST, path, headers: headers(token, language: language), body: try jsonBody(body))
            }
            let more: [String: any Sendable] = [
                "reason": "Giá thiết bị tăng",
                "lines": [["activityType": "machinery", "description": "Máy chẻ nan", "quantity": 1, "eligibleCost": 560_000_000,
                           "requestedSupport": 280_000_000] as [String: any Sendable]],
            ]
            let requested = try await post("/api/v1/schemes/\(id)/adjustments", unit, more)
            #expect(requested.status == .created)
            #expect(requested.json["decider"] as? String == "ministry_leader")
            #expect((requested.json["kinds"] as? [[String: Any]])?.map { $0["code"] as? String } == ["increase_support"])
            #expect(requested.json["state"] as? String == "requested")
            let adjustment = try #require(requested.json["id"] as? String)
            let second = try await post("/api/v1/schemes/\(id)/adjustments", unit, more)
            #expect(second.status == .conflict)  // one open request at a time

            // Not the Cục's decision, whatever the state: who decides is checked first.
            #expect(try await post("/api/v1/adjustments/\(adjustment)/approve", cuc, [:]).status == .forbidden)
            #expect(try await post("/api/v1/adjustments/\(adjustment)/approve", leader, [:]).status == .conflict)  // not confirmed yet
            #expect(try await post("/api/v1/adjustments/\(adjustment)/reject", department, [:]).status == .badRequest)  // needs a reason
            #expect(try await post("/api/v1/adjustments/\(adjustment)/confirm", department, [:]).json["state"] as? String == "confirmed")
            let cucRefused = try await post("/api/v1/adjustments/\(adjustment)/approve", cuc, [:], language: "en")
            #expect(cucRefused.status == .forbidden)
            #expect(cucRefused.errorMessage == "This adjustment is for “Ministry leadership” to decide (Circular 36/2013 Art.11).")
            let approved = try await post("/api/v1/adjustments/\(adjustment)/approve", leader, [:])
            #expect(approved.json["state"] as? String == "approved")
            let scheme = try await client.sendRequest(.GET, "/api/v1/schemes/\(id)", headers: headers(unit))
            #expect(scheme.json["totalRequested"] as? Int64 == 280_000_000)

            // A change of commune within the year is the Cục's to decide, and it may refuse with a reason.
            let move = try await post(
                "/api/v1/schemes/\(id)/adjustments", department, ["reason": "Chuyển địa điểm", "communeCodes": ["00583", "00541"]])
            #expect(move.json["decider"] as? String == "ministry_admin")
            #expect(move.json["state"] as? String == "confirmed")  // the Sở asked, so no confirmation step
            let moveID = try #require(move.json["id"] as? String)
            #expect(try await post("/api/v1/adjustments/\(moveID)/reject", cuc, [:]).status == .badRequest)
            #expect(try await post("/api/v1/adjustments/\(moveID)/reject", cuc, ["reason": "Không rõ lý do chuyển"]).json["state"] as? String == "rejected")
            // The account that asked takes a request back before it is decided; nobody else may.
            let again = try await post(
                "/api/v1/schemes/\(id)/adjustments", department, ["reason": "Chuyển địa điểm lần hai", "communeCodes": ["00541"]])
            let againID = try #require(again.json["id"] as? String)
            let notTheirs = try await post("/api/v1/adjustments/\(againID)/withdraw", unit, [:], language: "en")
            #expect(notTheirs.status == .forbidden)
            #expect(notTheirs.errorMessage?.contains("Only the account that made this request") == true)
            #expect(try await post("/api/v1/adjustments/\(againID)/withdraw", cuc, [:]).status == .forbidden)
            #expect(try await post("/api/v1/adjustments/\(againID)/withdraw", department, [:]).json["state"] as? String == "withdrawn")
            #expect(try await post("/api/v1/adjustments/\(againID)/withdraw", department, [:]).status == .conflict)
            #expect(try await post("/api/v1/adjustments/\(againID)/approve", cuc, [:]).status == .conflict)
            let unknown = try await post("/api/v1/adjustments/\(againID)/cancel", department, [:], language: "en")
            #expect(unknown.status == .notFound)
            #expect(unknown.errorMessage == "There is no action “cancel”; the actions are: confirm, approve, reject, withdraw.")
            let list = try await client.sendRequest(.GET, "/api/v1/schemes/\(id)/adjustments", headers: headers(unit))
            #expect((list.json["items"] as? [[String: Any]])?.count == 3)
            // Nothing to adjust in a draft, nor for a read-only inspector.
            let draft = try await SchemeRepository(store: store).list(scope: .everything, filter: .init(states: [.draft]), limit: 1, after: nil)
            let draftID = try #require(draft.items.first?.id).uuidString.lowercased()
            #expect(try await post("/api/v1/schemes/\(draftID)/adjustments", unit, more).status == .conflict)
            #expect(try await post("/api/v1/schemes/\(id)/adjustments", try await app.token("thanhtra-01"), more).status == .forbidden)
        }
    }
}

@Suite("API: the appraisal checklist and the appraisal record")
struct SchemeChecklistAPITests {
    @Test("duplicate support and eligibility are computed; the council's members are recorded with the step", arguments: TestBackend.available)
    func checklist(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let client = try app.testing()
            let cuc = try await app.token("bo-admin")
            let headers: HTTPHeaders = ["Authorization": "Bearer \(cuc)", "Content-Type": "application/json", "Accept-Language": "en"]
            let found = try await SchemeRepository(store: store).list(scope: .everything, filter: .init(query: "may cat laser"), limit: 1, after: nil)
            let id = try #require(found.items.first?.id).uuidString.lowercased()
            let checklist = try await client.sendRequest(.GET, "/api/v1/schemes/\(id)/checklist", headers: headers)
            let items = try #require(checklist.json["items"] as? [[String: Any]])
            #expect(items.map { $0["check"] as? String } == AppraisalChecklist.Check.allCases.map(\.rawValue))
            let duplicates = try #require(items.first { $0["check"] as? String == "duplicate_support" })
            // The demo gives the same establishment machinery under other schemes too.
            #expect(duplicates["status"] as? String == "fail")
            #expect((duplicates["details"] as? [String])?.first?.contains("already receives") == true)
            #expect(items.first { $0["check"] as? String == "support_within_rates" }?["status"] as? String == "pass")
            #expect(items.first { $0["check"] as? String == "dossier_complete" }?["status"] as? String == "manual")

            let approved = try await client.sendRequest(
                .POST, "/api/v1/schemes/\(id)/actions/ministry_approve", headers: headers,
                body: try jsonBody(["members": ["Nguyễn Văn An (chủ tịch)", "Trần Văn Bảo"]]))
            #expect(approved.status == .ok)
            let last = try #require((approved.json["timeline"] as? [[String: Any]])?.last)
            #expect(last["members"] as? [String] == ["Nguyễn Văn An (chủ tịch)", "Trần Văn Bảo"])
        }
    }
}

@Suite("API: a province sets who approves its local schemes")
struct SchemeSettingsAPITests {
    @Test("the Department becomes the approver; the People's Committee is then refused", arguments: TestBackend.available)
    func approverChanges(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let client = try app.testing()
            func headers(_ token: String) -> HTTPHeaders { ["Authorization": "Bearer \(token)", "Content-Type": "application/json"] }
            let department = try await app.token("sct-01")
            let current = try await client.sendRequest(.GET, "/api/v1/provinces/01/scheme-settings", headers: headers(department))
            #expect(current.json["approver"] as? String == "province_committee")
            #expect(current.json["registrationDeadline"] as? String == "05-20")
            var body: [String: any Sendable] = [
                "appraiser": "province_department", "approver": "province_department", "registrationDeadline": "04-30",
                "settlementDays": 20, "liquidationDeadline": "01-31", "version": 0,
            ]
            let foreign = try await client.sendRequest(
                .PUT, "/api/v1/provinces/01/scheme-settings", headers: headers(try await app.token("sct-79")), body: try jsonBody(body))
            #expect(foreign.status == .forbidden)
            body["registrationDeadline"] = "02-30"
            #expect(try await client.sendRequest(.PUT, "/api/v1/provinces/01/scheme-settings", headers: headers(department), body: try jsonBody(body)).status == .badRequest)
            body["registrationDeadline"] = "04-30"
            let saved = try await client.sendRequest(.PUT, "/api/v1/provinces/01/scheme-settings", headers: headers(department), body: try jsonBody(body))
            #expect(saved.status == .ok)
            #expect(saved.json["version"] as? Int == 1)

            let waiting = try await SchemeRepository(store: store).list(
                scope: .everything, filter: .init(states: [.inDraftPlan], level: .local), limit: 1, after: nil)
            let id = try #require(waiting.items.first?.id).uuidString.lowercased()
            let committee = try await client.sendRequest(
                .POST, "/api/v1/schemes/\(id)/actions/approve", headers: headers(try await app.token("ubnd-01")), body: try jsonBody([:]))
            #expect(committee.status == .forbidden)
            let approved = try await client.sendRequest(.POST, "/api/v1/schemes/\(id)/actions/approve", headers: headers(department), body: try jsonBody([:]))
            #expect(approved.json["state"] as? String == "approved")
            #expect(try await client.sendRequest(.GET, "/api/v1/provinces/99/scheme-settings", headers: headers(department)).status == .notFound)
        }
    }
}

@Suite("API and pages: scheme lists as files")
struct SchemeExportTests {
    @Test("CSV and XLSX of the filtered list, scoped like the list", arguments: TestBackend.available)
    func exports(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let client = try app.testing()
            let saigon: HTTPHeaders = ["Authorization": "Bearer \(try await app.token("sct-79"))"]
            let csv = try await client.sendRequest(.GET, "/api/v1/schemes?format=csv&year=2026", headers: saigon)
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.subType == "csv")
            let lines = csv.text.split(separator: "\r\n", omittingEmptySubsequences: true).map(String.init)
            #expect(lines.first?.contains("Mã đề án") == true)
            #expect(lines.count == 2)  // Hồ Chí Minh City's one scheme, not Hà Nội's
            #expect(lines.last?.contains("KCQG-2026-79-0001") == true)
            let xlsx = try await client.sendRequest(.GET, "/api/v1/schemes?format=xlsx", headers: saigon)
            #expect(xlsx.status == .ok)
            #expect(xlsx.body.readableBytesView.starts(with: [0x50, 0x4B]))  // a ZIP container
            #expect(try await client.sendRequest(.GET, "/api/v1/schemes?format=pdf", headers: saigon).status == .badRequest)
            let browser = TestBrowser(app)
            try await browser.signIn("sct-01")
            let page = try await browser.get("/schemes/export.csv?state=draft")
            #expect(page.text.contains("Ứng dụng máy CNC trong sản xuất đồ gỗ mỹ nghệ"))
            #expect(!page.text.contains("KCQG-2026-79"))
        }
    }
}

@Suite("API: the Cục settles a scheme whose settlement dossier is late")
struct LateSettlementTests {
    @Test("closing from facility acceptance needs the 15 days to have passed and a reason", arguments: TestBackend.available)
    func lateSettlement(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let client = try app.testing()
            let headers: HTTPHeaders = ["Authorization": "Bearer \(try await app.token("bo-admin"))", "Content-Type": "application/json"]
            let accepted = try await SchemeRepository(store: store).list(
                scope: .everything, filter: .init(states: [.facilityAccepted]), limit: 1, after: nil)
            let id = try #require(accepted.items.first?.id).uuidString.lowercased()
            // The demo's acceptance was on 01/10/2026: the dossier was due on 16/10/2026.
            let noReason = try await client.sendRequest(.POST, "/api/v1/schemes/\(id)/actions/close", headers: headers, body: try jsonBody([:]))
            #expect(noReason.status == .badRequest)
            let closed = try await client.sendRequest(
                .POST, "/api/v1/schemes/\(id)/actions/close", headers: headers,
                body: try jsonBody(["reason": "Đơn vị không nộp hồ sơ quyết toán; quyết toán theo biên bản nghiệm thu và Mẫu 9"]))
            #expect(closed.json["state"] as? String == "closed")
        }
    }
}

@Suite("API: review mends — a unit's own schemes, safe numbers, codes that stay unique, national deadlines")
struct SchemeReviewMendsTests {
    @Test("a unit sees and names only itself; a huge rate is refused; codes stay unique; national deadlines ignore a province's", arguments: TestBackend.available)
    func mends(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let client = try app.testing()
            func headers(_ token: String) -> HTTPHeaders { ["Authorization": "Bearer \(token)", "Content-Type": "application/json"] }
            let unit = try await app.token("ttkc-01")
            let department = try await app.token("sct-01")
            // The Department's own local scheme is not the centre's.
            let own = try await SchemeRepository(store: store).list(scope: .everything, filter: .init(query: "nhan hieu gom bat trang"), limit: 1, after: nil)
            let departmentScheme = try #require(own.items.first?.id).uuidString.lowercased()
            #expect(try await client.sendRequest(.GET, "/api/v1/schemes/\(departmentScheme)", headers: headers(unit)).status == .forbidden)
            let listed = try await client.sendRequest(.GET, "/api/v1/schemes?limit=200", headers: headers(unit))
            #expect((listed.json["items"] as? [[String: Any]])?.contains { $0["id"] as? String == departmentScheme.uppercased() } == false)
            #expect((listed.json["items"] as? [[String: Any]])?.isEmpty == false)

            let other = try await OrganisationRepository(store: store).id(forReferenceKey: "province-department-01")
            let handedOver: [String: any Sendable] = [
                "level": "national", "kind": "single", "title": "Máy sấy", "planYear": 2027, "provinceCode": "01",
                "implementingUnitId": try #require(other).uuidString,
                "lines": [["activityType": "machinery", "description": "Máy sấy", "eligibleCost": 100_000_000, "requestedSupport": 50_000_000] as [String: any Sendable]],
            ]
            #expect(try await client.sendRequest(.POST, "/api/v1/schemes", headers: headers(unit), body: try jsonBody(handedOver)).status == .badRequest)

            let huge: [String: any Sendable] = [
                "code": "HN-X", "scope": "province:01", "title": "X", "legalBasis": "X", "validFrom": "2030-01-01",
                "rules": [["activityType": "machinery", "ratePercent": 1e300, "capUnit": "establishment", "verified": false] as [String: any Sendable]],
            ]
            #expect(try await client.sendRequest(.PUT, "/api/v1/rate-tables/HN-X", headers: headers(department), body: try jsonBody(huge)).status == .badRequest)
            #expect(try await client.sendRequest(.GET, "/livez").status == .ok)

            // Two 2028 drafts; the first moves to 2029; a third 2028 draft still gets a new code.
            var draft = handedOver
            draft["implementingUnitId"] = nil
            draft["planYear"] = 2028
            let first = try await client.sendRequest(.POST, "/api/v1/schemes", headers: headers(department), body: try jsonBody(draft))
            let second = try await client.sendRequest(.POST, "/api/v1/schemes", headers: headers(department), body: try jsonBody(draft))
            #expect(second.status == .created)
            var moved = draft
            moved["planYear"] = 2029
            moved["version"] = 1
            let firstID = try #require(first.json["id"] as? String)
            #expect(try await client.sendRequest(.PUT, "/api/v1/schemes/\(firstID)", headers: headers(department), body: try jsonBody(moved)).status == .ok)
            let third = try await client.sendRequest(.POST, "/api/v1/schemes", headers: headers(department), body: try jsonBody(draft))
            #expect(third.status == .created)
            #expect(third.json["code"] as? String != second.json["code"] as? String)

            // Hà Nội's 120-day settlement setting does not reach national schemes (TT 36/2013: 15 days).
            let settings: [String: any Sendable] = [
                "appraiser": "province_department", "approver": "province_committee", "registrationDeadline": "05-20",
                "settlementDays": 120, "liquidationDeadline": "01-22", "version": 0,
            ]
            #expect(try await client.sendRequest(.PUT, "/api/v1/provinces/01/scheme-settings", headers: headers(department), body: try jsonBody(settings)).status == .ok)
            let accepted = try await SchemeRepository(store: store).list(scope: .everything, filter: .init(states: [.facilityAccepted]), limit: 1, after: nil)
            let acceptedID = try #require(accepted.items.first?.id).uuidString.lowercased()
            let scheme = try await client.sendRequest(.GET, "/api/v1/schemes/\(acceptedID)", headers: headers(department))
            let settlement = (scheme.json["deadlines"] as? [[String: Any]])?.first { $0["kind"] as? String == "settlement" }
            #expect(settlement?["due"] as? String == "2026-10-16")
        }
    }
}
