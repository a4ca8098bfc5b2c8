import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing
import VaporTesting

/// A provincial user can neither read nor change another province's records, through the API
/// or the pages; an inspector reads but never writes.
@Suite("Access scope through the API and the pages")
struct AccessScopeTests {
    func organisationID(_ store: Store, province: String) async throws -> UUID {
        let page = try await OrganisationRepository(store: store).list(
            scope: .everything, filter: .init(kind: .provinceDepartment, provinceCode: province), limit: 1, after: nil)
        return try #require(page.items.first).id
    }

    @Test("API: list is scoped; a foreign record is 403 to read and to change", arguments: TestBackend.available)
    func api(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let token = try await app.token("sct-01")
            let auth: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            let list = try await app.testing().sendRequest(.GET, "/api/v1/organisations?limit=500", headers: auth)
            let provinces = (list.json["items"] as? [[String: Any]] ?? []).map { $0["provinceCode"] as? String }
            #expect(!provinces.isEmpty)
            #expect(provinces.allSatisfy { $0 == "01" })

            let hcmc = try await organisationID(store, province: "79")
            let read = try await app.testing().sendRequest(.GET, "/api/v1/organisations/\(hcmc)", headers: auth)
            #expect(read.status == .forbidden)
            let before = try await OrganisationRepository(store: store).get(hcmc, scope: .everything)
            let change = try await app.testing().sendRequest(
                .PATCH, "/api/v1/organisations/\(hcmc)", headers: auth, body: try jsonBody(["version": 1, "name": "Hacked"]))
            #expect(change.status == .forbidden)
            #expect(try await OrganisationRepository(store: store).get(hcmc, scope: .everything) == before)
        }
    }

    @Test("API: own record updates with its version; a stale version is 409", arguments: TestBackend.available)
    func apiUpdate(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let token = try await app.token("sct-01")
            let auth: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            let own = try await organisationID(store, province: "01")
            let ok = try await app.testing().sendRequest(
                .PATCH, "/api/v1/organisations/\(own)", headers: auth,
                body: try jsonBody(["version": 1, "phone": "024 3825 3573"]))
            #expect(ok.status == .ok)
            #expect(ok.json["version"] as? Int == 2)
            let stale = try await app.testing().sendRequest(
                .PATCH, "/api/v1/organisations/\(own)", headers: auth, body: try jsonBody(["version": 1, "phone": "1"]))
            #expect(stale.status == .conflict)
            let invalid = try await app.testing().sendRequest(
                .PATCH, "/api/v1/organisations/\(own)", headers: auth, body: try jsonBody(["version": 2, "email": "x"]))
            #expect(invalid.status == .badRequest)
            #expect(((invalid.json["error"] as? [String: Any])?["details"] as? [[String: Any]])?.first?["field"] as? String == "email")
            let badID = try await app.testing().sendRequest(.GET, "/api/v1/organisations/not-a-uuid", headers: auth)
            #expect(badID.status == .badRequest)
        }
    }

    @Test("API: the inspector reads Hà Nội but cannot change it", arguments: TestBackend.available)
    func inspector(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let token = try await app.token("thanhtra-01")
            let auth: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            let own = try await organisationID(store, province: "01")
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/organisations/\(own)", headers: auth).status == .ok)
            let change = try await app.testing().sendRequest(
                .PATCH, "/api/v1/organisations/\(own)", headers: auth, body: try jsonBody(["version": 1, "name": "X"]))
            #expect(change.status == .forbidden)
        }
    }

    @Test("pages: a foreign record is refused to view, to open for editing and to post", arguments: TestBackend.available)
    func pages(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let browser = TestBrowser(app)
            let signedIn = try await browser.signIn("sct-01")
            #expect(signedIn.status == .seeOther)
            let hcmc = try await organisationID(store, province: "79")
            #expect(try await browser.get("/organisations/\(hcmc)").status == .forbidden)
            #expect(try await browser.get("/organisations/\(hcmc)/edit").status == .forbidden)
            let before = try await OrganisationRepository(store: store).get(hcmc, scope: .everything)
            let post = try await browser.post("/organisations/\(hcmc)/edit", form: ["name": "Hacked", "version": "1"])
            #expect(post.status == .forbidden)
            #expect(try await OrganisationRepository(store: store).get(hcmc, scope: .everything) == before)
            let list = try await browser.get("/organisations")
            #expect(list.text.contains("Hà Nội"))
            #expect(!list.text.contains("Hồ Chí Minh"))
        }
    }

    @Test("pages: an edit saves with the CSRF token, and is refused without it", arguments: TestBackend.available)
    func pageEdit(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let browser = TestBrowser(app)
            try await browser.signIn("sct-01")
            let own = try await organisationID(store, province: "01")
            let form = try await browser.get("/organisations/\(own)/edit")
            #expect(form.status == .ok)
            #expect(form.text.contains("name=\"_csrf\""))
            let noToken = try await browser.post(
                "/organisations/\(own)/edit", form: ["name": "Không token", "version": "1"], withCSRF: false)
            #expect(noToken.status == .forbidden)
            let invalid = try await browser.post("/organisations/\(own)/edit", form: ["name": "", "version": "1"])
            #expect(invalid.status == .badRequest)
            #expect(invalid.text.contains("field-error"))
            let saved = try await browser.post(
                "/organisations/\(own)/edit",
                form: ["name": "Sở Công Thương Hà Nội", "address": "331 Trần Hưng Đạo <b>", "phone": "", "email": "", "version": "1"])
            #expect(saved.status == .seeOther)
            let updated = try await OrganisationRepository(store: store).get(own, scope: .everything)
            #expect(updated.version == 2)
            #expect(updated.address == "331 Trần Hưng Đạo <b>")
            let page = try await browser.get("/organisations/\(own)")
            #expect(page.text.contains("331 Trần Hưng Đạo &lt;b&gt;"))
            let stale = try await browser.post("/organisations/\(own)/edit", form: ["name": "Cũ", "version": "1"])
            #expect(stale.status == .conflict)
        }
    }
}
