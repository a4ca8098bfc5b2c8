import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing
import VaporTesting

@Suite("API: tokens, sign-in failures and throttling")
struct AuthAPITests {
    func signIn(_ app: Application, _ username: String, _ password: String) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(
            .POST, "/api/v1/auth/token", headers: ["Content-Type": "application/json"],
            body: try jsonBody(["username": username, "password": password]))
    }

    @Test("a token identifies the caller on /me", arguments: TestBackend.available)
    func tokenAndMe(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let token = try await app.token("sct-01")
            let me = try await app.testing().sendRequest(.GET, "/api/v1/me", headers: ["Authorization": "Bearer \(token)"])
            #expect(me.status == .ok)
            #expect(me.json["username"] as? String == "sct-01")
            #expect(me.json["role"] as? String == "province_department")
            #expect(me.json["provinceCode"] as? String == "01")
        }
    }

    @Test("unknown user and wrong password get the same answer", arguments: TestBackend.available)
    func sameMessage(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let wrong = try await signIn(app, "sct-01", "not-the-password")
            let unknown = try await signIn(app, "nobody", "demo")
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.errorMessage == unknown.errorMessage)
            #expect(wrong.errorMessage == "Tên đăng nhập hoặc mật khẩu không đúng.")
        }
    }

    @Test("repeated failures are throttled, even with the right password", arguments: TestBackend.available)
    func throttled(backend: TestBackend) async throws {
        try await TestApp.with(backend, throttle: LoginThrottlePolicy(maxFailures: 3, windowSeconds: 900)) { app, _ in
            for _ in 1...3 { _ = try await signIn(app, "sct-01", "wrong") }
            let blocked = try await signIn(app, "sct-01", "demo")
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.errorMessage?.contains("15") == true)
            // Another account from elsewhere is unaffected.
            #expect(try await signIn(app, "sct-79", "demo").status == .ok)
        }
    }

    @Test("no token, a forged token or a malformed body: refused and nothing written", arguments: TestBackend.available)
    func refusals(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let before = try await AuditLog(store: store).count(scope: .everything)
            let none = try await app.testing().sendRequest(.GET, "/api/v1/me")
            #expect(none.status == .unauthorized)
            #expect(none.headers.first(name: "WWW-Authenticate") == "Bearer")
            let forged = try await app.testing().sendRequest(.GET, "/api/v1/organisations", headers: ["Authorization": "Bearer abc"])
            #expect(forged.status == .unauthorized)
            let basic = try await app.testing().sendRequest(.GET, "/api/v1/me", headers: ["Authorization": "Basic Zm9vOmJhcg=="])
            #expect(basic.status == .unauthorized)
            let garbage = try await app.testing().sendRequest(
                .POST, "/api/v1/auth/token", headers: ["Content-Type": "application/json"], body: .init(string: "{not json"))
            #expect(garbage.status == .badRequest)
            #expect(garbage.errorCode == "invalid_input")
            #expect(try await AuditLog(store: store).count(scope: .everything) == before)
        }
    }
}
