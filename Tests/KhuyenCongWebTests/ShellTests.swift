import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing
import VaporTesting

@Suite("Web shell: health, metrics, headers, languages, pages per role")
struct ShellTests {
    @Test("health, liveness and metrics answer", arguments: TestBackend.available)
    func probes(backend: TestBackend) async throws {
        try await TestApp.with(backend, demo: false) { app, _ in
            let health = try await app.testing().sendRequest(.GET, "/healthz")
            #expect(health.status == .ok)
            #expect(health.json["status"] as? String == "ok")
            #expect(try await app.testing().sendRequest(.GET, "/livez").status == .ok)
            _ = try await app.testing().sendRequest(.GET, "/nowhere")
            let metrics = try await app.testing().sendRequest(.GET, "/metrics")
            #expect(metrics.headers.contentType?.description.hasPrefix("text/plain") == true)
            #expect(metrics.text.contains("http_requests_total{method=\"GET\",status=\"4xx\"}"))
        }
    }

    @Test("every response carries the security headers", arguments: [TestBackend.sqlite])
    func headers(backend: TestBackend) async throws {
        try await TestApp.with(backend, demo: false) { app, _ in
            for path in ["/", "/api/v1/admin-units?level=province", "/nowhere"] {
                let response = try await app.testing().sendRequest(.GET, path)
                #expect(response.headers.first(name: "Content-Security-Policy")?.contains("script-src 'self'") == true)
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
            }
        }
    }

    @Test("public home shows real counts in Vietnamese, English after the switch", arguments: [TestBackend.sqlite])
    func publicHome(backend: TestBackend) async throws {
        try await TestApp.with(backend, demo: false) { app, _ in
            let browser = TestBrowser(app)
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.text.contains("<html lang=\"vi\""))
            #expect(home.text.contains(">34<"))
            #expect(home.text.contains(">3.321<"))
            let switched = try await browser.get("/lang/en?back=/units")
            #expect(switched.status == .seeOther)
            #expect(switched.headers.first(name: .location) == "/units")
            let english = try await browser.get("/")
            #expect(english.text.contains("<html lang=\"en\""))
            #expect(english.text.contains("Current provinces"))
            // The switch never redirects off-site.
            for hostile in ["//evil.example", "/%09/evil.example", "/%0A/evil.example", "https://evil.example", "/\\evil.example"] {
                let offsite = try await browser.get("/lang/vi?back=\(hostile)")
                #expect(offsite.headers.first(name: .location) == "/", "\(hostile)")
            }
        }
    }

    @Test("each role's home shows counts of its own area", arguments: TestBackend.available)
    func roleHomes(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let ministry = TestBrowser(app)
            try await ministry.signIn("bo-admin")
            let national = try await ministry.get("/")
            #expect(national.text.contains("Toàn quốc"))
            #expect(national.text.contains(">74<"))  // organisations nationwide with the demo pair
            #expect(national.text.contains("Nhật ký thay đổi"))

            let province = TestBrowser(app)
            try await province.signIn("sct-01")
            let hanoi = try await province.get("/")
            #expect(hanoi.text.contains("Phạm vi của bạn: Thành phố Hà Nội"))
            #expect(hanoi.text.contains(">126<"))

            let establishment = TestBrowser(app)
            try await establishment.signIn("coso-01")
            let own = try await establishment.get("/")
            #expect(own.text.contains(">1<"))
            #expect(!own.text.contains("href=\"/audit\""))
            #expect(try await establishment.get("/audit").status == .forbidden)

            // Nor through the API, nor as the change history of its own record; the province sees that.
            let token = try await app.token("coso-01")
            let api = try await app.testing().sendRequest(.GET, "/api/v1/audit", headers: ["Authorization": "Bearer \(token)"])
            #expect(api.status == .forbidden)
            let listed = try await app.testing().sendRequest(
                .GET, "/api/v1/establishments?limit=1", headers: ["Authorization": "Bearer \(token)"])
            let ownID = try #require((listed.json["items"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(try await establishment.get("/establishments/\(ownID)").text.contains("Lịch sử thay đổi") == false)
            #expect(try await province.get("/establishments/\(ownID)").text.contains("Lịch sử thay đổi"))
        }
    }

    @Test("sign-in page: wrong password re-renders with the message; sign-out ends the session", arguments: [TestBackend.sqlite])
    func signInOut(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let browser = TestBrowser(app)
            try await browser.get("/login")
            let wrong = try await browser.post("/login", form: ["username": "sct-01", "password": "x"])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("Tên đăng nhập hoặc mật khẩu không đúng."))
            #expect(wrong.text.contains("value=\"sct-01\""))
            let ok = try await browser.post("/login", form: ["username": "sct-01", "password": "demo", "next": "/organisations"])
            #expect(ok.headers.first(name: .location) == "/organisations")
            #expect(ok.headers[.setCookie].contains { $0.contains("kc_session=") && $0.contains("HttpOnly") && $0.contains("SameSite=Lax") })
            #expect(try await browser.get("/organisations").status == .ok)
            try await browser.post("/logout", form: [:])
            let after = try await browser.get("/organisations")
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location)?.hasPrefix("/login?next=") == true)
        }
    }

    @Test("error pages exist in both languages", arguments: [TestBackend.sqlite])
    func errorPages(backend: TestBackend) async throws {
        try await TestApp.with(backend, demo: false) { app, _ in
            let vi = try await app.testing().sendRequest(.GET, "/no-such-page")
            #expect(vi.status == .notFound)
            #expect(vi.text.contains("Không tìm thấy trang"))
            let en = try await app.testing().sendRequest(.GET, "/no-such-page", headers: ["Accept-Language": "en"])
            #expect(en.text.contains("Page not found"))
            let badDate = try await app.testing().sendRequest(.GET, "/units?on=31-31-2025")
            #expect(badDate.status == .badRequest)
            #expect(badDate.text.contains("\"on\""))
        }
    }

    @Test("units page: provinces on a date, communes of a province, escaped search", arguments: [TestBackend.sqlite])
    func unitsPage(backend: TestBackend) async throws {
        try await TestApp.with(backend, demo: false) { app, _ in
            let old = try await app.testing().sendRequest(.GET, "/units?on=2025-06-30")
            #expect(old.text.contains("63 đơn vị"))
            let hanoi = try await app.testing().sendRequest(.GET, "/units?on=2026-01-01&province=01")
            #expect(hanoi.text.contains("126 đơn vị"))
            let search = try await app.testing().sendRequest(.GET, "/units?q=bat%20trang")
            #expect(search.text.contains("Bát Tràng"))
            let hostile = try await app.testing().sendRequest(.GET, "/units?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E")
            #expect(!hostile.text.contains("<script>"))
            let unit = try await app.testing().sendRequest(.GET, "/units/2008/02?on=2026-01-01")
            #expect(unit.status == .ok)
            #expect(unit.text.contains("Tuyên Quang"))
        }
    }
}
