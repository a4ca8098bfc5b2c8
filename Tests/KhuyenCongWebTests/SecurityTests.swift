import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing
import Vapor
import VaporTesting

@testable import KhuyenCongWeb

@Suite("Security basics: CSRF on every form, no inline script, upload limits")
struct SecurityTests {
    /// Every state-changing page route, with real ids in place of its parameters.
    static func postedForms(_ app: Application, _ f: AccessMatrixTests.Fixture) -> [String] {
        app.routes.all.compactMap { route -> String? in
            guard route.method == .POST, route.path.first != .constant("api") else { return nil }
            let area = route.path.first.flatMap { if case .constant(let text) = $0 { text } else { nil } } ?? ""
            return RouteTestSupport.path(of: route) { name in
                switch (name, area) {
                case ("code", _): f.rateTableHanoi
                case ("adjustment", _): f.adjustment
                case (_, "organisations"): f.organisationOwn
                case (_, "establishments"): f.establishmentHanoi
                default: f.schemeOwn
                }
            }
        }
    }

    @Test("every form that changes something refuses a post without its CSRF token, and nothing changes")
    func csrfOnEveryForm() async throws {
        try await TestApp.with(.sqlite) { app, store in
            let fixture = try await AccessMatrixTests.fixture(app)
            let forms = Self.postedForms(app, fixture)
            #expect(forms.count >= 15)
            for username in ["bo-admin", "sct-01"] {
                let browser = TestBrowser(app)
                try await browser.signIn(username)
                let before = try await AuditLog(store: store).count(scope: .everything)
                for path in forms where path != "/logout" {
                    let response = try await browser.post(path, form: ["version": "1", "name": "x", "reason": "x"], withCSRF: false)
                    // Refused by the CSRF check itself, not by access control further on.
                    #expect(response.status == .forbidden && response.text.contains("Biểu mẫu đã hết hạn"), "\(path) as \(username): \(response.status)")
                }
                #expect(try await AuditLog(store: store).count(scope: .everything) == before)
                // Signing out is a form too: without the token the session stays.
                #expect(try await browser.post("/logout", form: [:], withCSRF: false).status == .forbidden)
                #expect(try await browser.get("/schemes").status == .ok)
            }
            // The sign-in form as well (login CSRF): a fresh visitor without the token is refused.
            let visitor = TestBrowser(app)
            _ = try await visitor.get("/login")
            let forged = try await visitor.post("/login", form: ["username": "sct-01", "password": "demo"], withCSRF: false)
            #expect(forged.status == .forbidden)
        }
    }

    @Test("pages carry no inline script or event handler, and the policy allows none")
    func noInlineScript() async throws {
        try await TestApp.with(.sqlite) { app, _ in
            let fixture = try await AccessMatrixTests.fixture(app)
            let browser = TestBrowser(app)
            try await browser.signIn("bo-admin")
            let pages = [
                "/", "/units", "/organisations", "/audit", "/establishments", "/establishments/\(fixture.establishmentOwn)",
                "/establishments/\(fixture.establishmentOwn)/edit", "/establishments/import", "/schemes", "/schemes/new",
                "/schemes/\(fixture.schemeOwn)", "/programmes", "/rate-tables", "/rate-tables/new", "/api-docs", "/craft-villages",
            ]
            let handler = try NSRegularExpression(pattern: "\\son[a-z]+\\s*=", options: [.caseInsensitive])
            let inlineScript = try NSRegularExpression(pattern: "<script(?![^>]*\\ssrc=)[^>]*>", options: [.caseInsensitive])
            for path in pages {
                let page = try await browser.get(path)
                #expect(page.status == .ok, "\(path)")
                let html = page.text
                let range = NSRange(html.startIndex..., in: html)
                #expect(handler.firstMatch(in: html, range: range) == nil, "\(path) has an inline event handler")
                #expect(inlineScript.firstMatch(in: html, range: range) == nil, "\(path) has an inline script")
                let policy = page.headers.first(name: "Content-Security-Policy") ?? ""
                let scriptSources = policy.split(separator: ";").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("script-src") }
                    ?? policy.split(separator: ";").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("default-src") } ?? ""
                #expect(!scriptSources.contains("unsafe-inline") && !scriptSources.contains("unsafe-eval"), "\(path): \(policy)")
                #expect(policy.contains("frame-ancestors 'none'") || page.headers.first(name: "X-Frame-Options") == "DENY")
                #expect(page.headers.first(name: "Referrer-Policy") == "same-origin")
            }
        }
    }

    @Test("an upload over the page limit gets one clear message and imports nothing; a file that is not CSV is named so")
    func uploadLimits() async throws {
        try await TestApp.with(.sqlite) { app, store in
            let browser = TestBrowser(app)
            try await browser.signIn("sct-01")
            _ = try await browser.get("/establishments/import")
            let before = try await AuditLog(store: store).count(scope: .everything)
            let huge = String(repeating: "0100109106,Tên,sme,00583,Địa chỉ,handicrafts,1,0,0,,\n", count: 11 * 1024 * 1024 / 50)
            let tooBig = try await browser.post("/establishments/import", form: ["file": huge, "dryRun": "false"])
            #expect(tooBig.status == .badRequest || tooBig.status == .payloadTooLarge)
            #expect(tooBig.text.contains("quá lớn") || tooBig.text.contains("too large"), "\(tooBig.status) \(tooBig.text.components(separatedBy: "<main").last?.prefix(700) ?? "")")
            #expect(try await AuditLog(store: store).count(scope: .everything) == before)

            // The API reads the content, not the name or the declared type: a PNG is refused as not CSV.
            let token = try await app.token("sct-01")
            let beforeAPI = try await AuditLog(store: store).count(scope: .everything)
            let png = ByteBuffer(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64))
            let picture = try await app.testing().sendRequest(
                .POST, "/api/v1/establishments/import",
                headers: ["Authorization": "Bearer \(token)", "Content-Type": "text/csv", "Accept-Language": "en"], body: png)
            #expect(picture.status == .badRequest)
            #expect(picture.errorCode == "invalid_input")
            #expect(picture.errorMessage?.contains("CSV") == true, "\(picture.errorMessage ?? "")")
            #expect(try await AuditLog(store: store).count(scope: .everything) == beforeAPI)
        }
    }
}
