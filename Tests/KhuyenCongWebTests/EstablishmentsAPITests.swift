import Foundation
import KhuyenCongCore
@testable import KhuyenCongStore
import TestSupport
import Testing
import VaporTesting

@Suite("API and pages: the establishment registry")
struct EstablishmentsAPITests {
    let newEstablishment: [String: any Sendable] = [
        "taxCode": "0100109106", "name": "Hợp tác xã Mây tre Phú Vinh", "legalForm": "Hợp tác xã", "sizeClass": "small",
        "communeCode": "00583", "address": "Thôn Phú Vinh", "sectors": ["handicrafts"], "employees": 55,
        "employeesFemale": 30, "womanOwned": true, "foundedOn": "12/05/2004",
    ]

    func headers(_ token: String) -> HTTPHeaders { ["Authorization": "Bearer \(token)", "Content-Type": "application/json"] }

    @Test("create, read with eligibility explained, update with version", arguments: TestBackend.available)
    func lifecycle(backend: TestBackend) async throws {
        try await TestApp.with(backend, demo: false) { app, store in
            try await UserRepository(store: store).create(
                AccountDraft(username: "sct-01", displayName: "Sở", role: .provinceDepartment, provinceCode: "01"),
                provinceCode: "01", passwordHash: try app.password.hash("a-long-secret"), actor: .system)
            let token = try await app.token("sct-01", password: "a-long-secret")
            let created = try await app.testing().sendRequest(
                .POST, "/api/v1/establishments", headers: headers(token), body: try jsonBody(newEstablishment))
            #expect(created.status == .created)
            let id = try #require((created.json["establishment"] as? [String: Any])?["id"] as? String)
            let eligibility = created.json["eligibility"] as? [String: Any]
            #expect(eligibility?["verdict"] as? String == "eligible")
            #expect((eligibility?["priorities"] as? [String])?.contains { $0.contains("55") } == true)

            let english = try await app.testing().sendRequest(
                .GET, "/api/v1/establishments/\(id)?on=2026-03-01",
                headers: ["Authorization": "Bearer \(token)", "Accept-Language": "en"])
            let explanation = (english.json["eligibility"] as? [String: Any])?["explanation"] as? String
            #expect(explanation?.hasPrefix("Eligible on 01/03/2026 because") == true)

            let patched = try await app.testing().sendRequest(
                .PATCH, "/api/v1/establishments/\(id)", headers: headers(token),
                body: try jsonBody(["version": 1, "employees": 70]))
            #expect(patched.status == .ok)
            #expect((patched.json["establishment"] as? [String: Any])?["version"] as? Int == 2)
            let stale = try await app.testing().sendRequest(
                .PATCH, "/api/v1/establishments/\(id)", headers: headers(token), body: try jsonBody(["version": 1, "employees": 1]))
            #expect(stale.status == .conflict)
        }
    }

    @Test("control characters in the filters are spaces, not a server error", arguments: TestBackend.available)
    func controlCharacters(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let token = try await app.token("bo-admin")
            for query in ["q=hop%00tac", "q=%00", "q=ab%00&province=01%00", "sector=handicrafts%00&q=gom", "q=to%1Fhop&commune=00583%00"] {
                let response = try await app.testing().sendRequest(.GET, "/api/v1/establishments?\(query)", headers: headers(token))
                #expect(response.status == .ok, "\(query): \(response.status)")
            }
            let spaced = try await app.testing().sendRequest(.GET, "/api/v1/establishments?q=hop%00tac&province=01", headers: headers(token))
            let plain = try await app.testing().sendRequest(.GET, "/api/v1/establishments?q=hop%20tac&province=01", headers: headers(token))
            #expect(spaced.body.string == plain.body.string)
        }
    }

    @Test("bad input names every field; a taken tax code is 409; nothing is written", arguments: TestBackend.available)
    func refusals(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let token = try await app.token("sct-01")
            let before = try await AuditLog(store: store).count(scope: .everything)
            var bad = newEstablishment
            bad["taxCode"] = "0100109107"
            bad["communeCode"] = "99999"
            bad["legalForm"] = "ngân hàng"
            let invalid = try await app.testing().sendRequest(.POST, "/api/v1/establishments", headers: headers(token), body: try jsonBody(bad))
            #expect(invalid.status == .badRequest)
            let fields = ((invalid.json["error"] as? [String: Any])?["details"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(Set(fields) == ["tax_code", "commune_code", "legal_form"])
            #expect(try await AuditLog(store: store).count(scope: .everything) == before)

            let existing = try #require(try await EstablishmentRepository(store: store).list(scope: .everything, filter: .init(provinceCode: "01"), limit: 1, after: nil).items.first)
            var taken = newEstablishment
            taken["taxCode"] = existing.taxCode
            let conflict = try await app.testing().sendRequest(.POST, "/api/v1/establishments", headers: headers(token), body: try jsonBody(taken))
            #expect(conflict.status == .conflict)
            #expect(conflict.errorMessage?.contains(existing.name) == true)
        }
    }

    @Test("a provincial user cannot read or change another province's establishment", arguments: TestBackend.available)
    func scope(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let token = try await app.token("sct-01")
            let saigon = try #require(
                try await EstablishmentRepository(store: store).list(scope: .everything, filter: .init(provinceCode: "79"), limit: 1, after: nil).items.first)
            let read = try await app.testing().sendRequest(.GET, "/api/v1/establishments/\(saigon.id)", headers: headers(token))
            #expect(read.status == .forbidden)
            let change = try await app.testing().sendRequest(
                .PATCH, "/api/v1/establishments/\(saigon.id)", headers: headers(token), body: try jsonBody(["version": 1, "name": "X"]))
            #expect(change.status == .forbidden)
            let list = try await app.testing().sendRequest(.GET, "/api/v1/establishments?limit=500", headers: headers(token))
            let provinces = Set((list.json["items"] as? [[String: Any]] ?? []).compactMap { $0["provinceCode"] as? String })
            #expect(provinces == ["01"])
            let browser = TestBrowser(app)
            try await browser.signIn("sct-01")
            #expect(try await browser.get("/establishments/\(saigon.id)").status == .forbidden)
            #expect(try await browser.post("/establishments/\(saigon.id)/edit", form: ["name": "X", "version": "1"]).status == .forbidden)
        }
    }

    @Test("the establishment user sees only its own record", arguments: [TestBackend.sqlite])
    func establishmentUser(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let token = try await app.token("coso-01")
            let list = try await app.testing().sendRequest(.GET, "/api/v1/establishments", headers: headers(token))
            let names = (list.json["items"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(names == ["Hợp tác xã Gốm sứ Bát Tràng"])
        }
    }

    @Test("CSV export of a filtered list: Vietnamese headers, one line per establishment", arguments: TestBackend.available)
    func export(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let token = try await app.token("sct-01")
            let csv = try await app.testing().sendRequest(
                .GET, "/api/v1/establishments?format=csv&q=bat%20trang", headers: ["Authorization": "Bearer \(token)"])
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.first?.hasPrefix("\u{FEFF}Mã số thuế,Tên cơ sở,Loại hình,Mã xã") == true)
            let expected = try await EstablishmentRepository(store: store).list(
                scope: .everything, filter: .init(provinceCode: "01", query: "bat trang"), limit: 1000, after: nil).items.count
            #expect(lines.count == expected + 1)
            #expect(lines.contains { $0.contains("Hợp tác xã Gốm sứ Bát Tràng") })
            let badFormat = try await app.testing().sendRequest(.GET, "/api/v1/establishments?format=pdf", headers: ["Authorization": "Bearer \(token)"])
            #expect(badFormat.status == .badRequest)
        }
    }

    @Test("pages: list, detail with the explanation, create with inline errors", arguments: [TestBackend.sqlite])
    func pages(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let browser = TestBrowser(app)
            try await browser.signIn("sct-01")
            let list = try await browser.get("/establishments?q=gom%20su%20bat%20trang")
            #expect(list.status == .ok)
            #expect(list.text.contains("Hợp tác xã Gốm sứ Bát Tràng"))
            let invalid = try await browser.post("/establishments/new", form: ["tax_code": "123", "name": "", "legal_form": "cooperative", "commune_code": "00583"])
            #expect(invalid.status == .badRequest)
            #expect(invalid.text.contains("tax_code-error"))
            #expect(invalid.text.contains("name-error"))
            let created = try await browser.post(
                "/establishments/new",
                form: ["tax_code": "0100109106", "name": "Tổ hợp tác Thêu Quất Động", "legal_form": "cooperative_group", "size_class": "micro",
                       "commune_code": "00583", "sectors[]": "handicrafts", "employees": "12", "woman_owned": "on"])
            #expect(created.status == .seeOther)
            let detail = try await browser.get(try #require(created.headers.first(name: .location)))
            #expect(detail.text.contains("Tổ hợp tác Thêu Quất Động"))
            #expect(detail.text.contains("Thuộc đối tượng ngày"))
            #expect(detail.text.contains("Do phụ nữ làm chủ"))
        }
    }

    @Test("craft villages list their decision and the establishments the caller may see", arguments: [TestBackend.sqlite])
    func craftVillages(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let hanoi = try await app.token("sct-01")
            let saigon = try await app.token("sct-79")
            let seenByHanoi = try await app.testing().sendRequest(.GET, "/api/v1/craft-villages?province=01", headers: headers(hanoi))
            let village = try #require((seenByHanoi.json["items"] as? [[String: Any]])?.first)
            #expect(village["name"] as? String == "gốm sứ Bát Tràng")
            #expect(village["establishments"] as? Int == 2)
            let seenBySaigon = try await app.testing().sendRequest(.GET, "/api/v1/craft-villages?province=01", headers: headers(saigon))
            #expect((seenBySaigon.json["items"] as? [[String: Any]])?.first?["establishments"] as? Int == 0)
            let browser = TestBrowser(app)
            try await browser.signIn("sct-01")
            let page = try await browser.get("/craft-villages")
            #expect(page.text.contains("gốm sứ Bát Tràng"))
            let detail = try await browser.get("/establishments?q=hop%20tac%20xa%20gom%20su%20bat%20trang")
            #expect(detail.text.contains("Hợp tác xã Gốm sứ Bát Tràng"))
        }
    }

    @Test("pages: the survivor's page merges a flagged duplicate", arguments: [TestBackend.sqlite])
    func mergeOnPage(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let repository = EstablishmentRepository(store: store)
            let found = try await repository.list(scope: .everything, filter: .init(query: "hop tac xa gom su bat trang"), limit: 5, after: nil).items
            #expect(found.count == 2)
            let survivor = try #require(found.first { $0.name == "Hợp tác xã Gốm sứ Bát Tràng" })
            let duplicate = try #require(found.first { $0.id != survivor.id })
            let browser = TestBrowser(app)
            try await browser.signIn("sct-01")
            let page = try await browser.get("/establishments/\(survivor.id.uuidString.lowercased())")
            #expect(page.text.contains("Gộp vào cơ sở này"))
            let merged = try await browser.post(
                "/establishments/\(survivor.id.uuidString.lowercased())/absorb",
                form: ["duplicate": duplicate.id.uuidString.lowercased(), "version": String(duplicate.version)])
            #expect(merged.status == .seeOther)
            #expect(try await repository.mergedInto(duplicate.id) == survivor.id)
            let old = try await browser.get("/establishments/\(duplicate.id.uuidString.lowercased())")
            #expect(old.text.contains("Hợp tác xã Gốm sứ Bát Tràng"))
            #expect(old.text.contains("đã được gộp"))
        }
    }

    @Test("filters by historic units find the records now under their successors", arguments: [TestBackend.sqlite])
    func historicFilters(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let token = try await app.token("bo-admin")
            func names(_ query: String) async throws -> [String] {
                let response = try await app.testing().sendRequest(.GET, "/api/v1/establishments?limit=500&" + query, headers: headers(token))
                #expect(response.status == .ok, "\(query): \(response.status)")
                return (response.json["items"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            }
            let oldCommune = try await names("commune=00583&unitsOn=2025-01-01")
            #expect(oldCommune.contains("Hợp tác xã Gốm sứ Bát Tràng"))
            #expect(try await names("commune=00583") == oldCommune)
            // Old Vĩnh Phúc (26) went into today's Phú Thọ (25), with old Phú Thọ and Hoà Bình.
            let oldVinhPhuc = try await names("province=26&unitsOn=2025-06-30")
            #expect(!oldVinhPhuc.isEmpty)
            #expect(oldVinhPhuc == (try await names("province=25")))
            let unknown = try await app.testing().sendRequest(.GET, "/api/v1/establishments?province=26", headers: headers(token))
            #expect(unknown.status == .ok)  // 26 is not a province today: an empty list, not an error
        }
    }

    @Test("the establishment's own account edits it; an edit keeps its craft village", arguments: [TestBackend.sqlite])
    func ownRecord(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let browser = TestBrowser(app)
            try await browser.signIn("coso-01")
            let repository = EstablishmentRepository(store: store)
            let own = try #require(try await repository.list(scope: .everything, filter: .init(query: "hop tac xa gom su bat trang"), limit: 5, after: nil)
                .items.first { $0.name == "Hợp tác xã Gốm sứ Bát Tràng" })
            let form = try await browser.get("/establishments/\(own.id.uuidString.lowercased())/edit")
            #expect(form.status == .ok)
            let saved = try await browser.post(
                "/establishments/\(own.id.uuidString.lowercased())/edit",
                form: ["tax_code": own.taxCode, "name": own.name, "legal_form": "cooperative", "size_class": "small",
                       "commune_code": "00583", "sectors[]": "handicrafts", "employees": "50", "version": String(own.version)])
            #expect(saved.status == .seeOther)
            let after = try await repository.get(own.id, scope: .everything)
            #expect(after.employees == 50)
            #expect(after.craftVillageID == own.craftVillageID)
            #expect(after.craftVillageID != nil)
            #expect(after.organisationID == own.organisationID)
        }
    }

    @Test("XLSX export: a workbook whose parts are well-formed, with the Vietnamese headers", arguments: [TestBackend.sqlite])
    func xlsxExport(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let token = try await app.token("sct-01")
            let response = try await app.testing().sendRequest(
                .GET, "/api/v1/establishments?format=xlsx&q=bat%20trang", headers: ["Authorization": "Bearer \(token)"])
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.description.hasPrefix("application/vnd.openxmlformats") == true)
            let bytes = Array(response.body.readableBytesView)
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            // The parts are deflated: read the sheet back through the archive.
            let zip = try ZipArchive(data: Data(bytes))
            #expect(zip.entry(named: "xl/worksheets/sheet1.xml") != nil)
            let text = String(decoding: try zip.data(of: try #require(zip.entry(named: "xl/worksheets/sheet1.xml"))), as: UTF8.self)
            #expect(text.contains("<t xml:space=\"preserve\">Mã số thuế</t>"))
            #expect(text.contains("Hợp tác xã Gốm sứ Bát Tràng"))
        }
    }
}
