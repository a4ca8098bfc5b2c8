import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing

@Suite("Accounts, sessions and sign-in throttling")
struct AccountTests {
    @Test("a username is unique", arguments: TestBackend.available)
    func uniqueUsername(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let users = UserRepository(store: store)
            let draft = AccountDraft(username: "sct-01", displayName: "Sở", role: .provinceDepartment, provinceCode: "01")
            try await users.create(draft, provinceCode: "01", passwordHash: "x", actor: .system)
            await #expect(throws: DomainError(.conflict, .usernameTaken, arguments: ["name": "sct-01"])) {
                try await users.create(draft, provinceCode: "01", passwordHash: "y", actor: .system)
            }
            #expect(try await users.count(scope: .everything) == 1)
        }
    }

    @Test("a session token resolves until it expires, and never after deletion", arguments: TestBackend.available)
    func sessions(backend: TestBackend) async throws {
        let clock = TestClock()
        try await TestDatabase.withStore(backend, clock: clock) { store in
            let principal = try await UserRepository(store: store).create(
                AccountDraft(username: "bo-admin", displayName: "Cục", role: .ministryAdmin), provinceCode: nil,
                passwordHash: "x", actor: .system)
            let sessions = SessionRepository(store: store)
            let browser = try await sessions.create(for: principal, kind: .browser)
            let api = try await sessions.create(for: principal, kind: .api)
            #expect(try await sessions.principal(token: browser, kind: .browser)?.userID == principal.userID)
            // A browser session is not an API token and vice versa.
            #expect(try await sessions.principal(token: browser, kind: .api) == nil)
            #expect(try await sessions.principal(token: "forged", kind: .api) == nil)
            clock.advance(seconds: 13 * 3600)
            #expect(try await sessions.principal(token: browser, kind: .browser) == nil)
            #expect(try await sessions.principal(token: api, kind: .api)?.username == "bo-admin")
            try await sessions.delete(token: api)
            #expect(try await sessions.principal(token: api, kind: .api) == nil)
        }
    }

    @Test("sign-in is throttled after repeated failures, then released", arguments: TestBackend.available)
    func throttle(backend: TestBackend) async throws {
        let clock = TestClock()
        try await TestDatabase.withStore(backend, clock: clock) { store in
            let failures = LoginFailureRepository(store: store, policy: LoginThrottlePolicy(maxFailures: 3, windowSeconds: 600))
            for _ in 1...2 { try await failures.recordFailure(username: "sct-01", address: "10.0.0.1") }
            #expect(try await !failures.isThrottled(username: "sct-01", address: "10.0.0.1"))
            try await failures.recordFailure(username: "sct-01", address: "10.0.0.1")
            #expect(try await failures.isThrottled(username: "sct-01", address: "10.0.0.2"))
            #expect(try await !failures.isThrottled(username: "sct-79", address: "10.0.0.2"))
            clock.advance(seconds: 601)
            #expect(try await !failures.isThrottled(username: "sct-01", address: "10.0.0.1"))
        }
    }
}
