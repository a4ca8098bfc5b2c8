import FluentKit
import KhuyenCongCore
import KhuyenCongStore
import SQLKit
import TestSupport
import Testing

@Suite("Audit trail: hash-chained and append-only")
struct AuditChainTests {
    /// Three audited changes on a fresh database.
    func makeChanges(_ store: Store) async throws -> Principal {
        let admin = try await UserRepository(store: store).create(
            AccountDraft(username: "admin", displayName: "Admin", role: .ministryAdmin), provinceCode: nil,
            passwordHash: "x", actor: .system)
        let page = try await OrganisationRepository(store: store).list(scope: .everything, limit: 1, after: nil)
        let organisation = try #require(page.items.first)
        for round in 1...2 {
            _ = try await OrganisationRepository(store: store).update(
                organisation.id,
                change: OrganisationChange(name: organisation.name + " \(round)", address: "", phone: "", email: ""),
                expectedVersion: round, by: admin)
        }
        return admin
    }

    @Test("an untouched chain verifies", arguments: TestBackend.available)
    func intact(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            _ = try await makeChanges(store)
            let count = try await AuditLog(store: store).count(scope: .everything)
            #expect(try await AuditLog(store: store).verify() == .intact(entries: count))
            #expect(try await AuditLog(store: store).verify(batchSize: 7) == .intact(entries: count))
        }
    }

    @Test("the database refuses to change or delete an entry", arguments: TestBackend.available)
    func appendOnly(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            _ = try await makeChanges(store)
            await #expect(throws: (any Error).self) {
                try await store.sql.raw("UPDATE audit_log SET actor_name = 'mallory' WHERE seq = 2").run()
            }
            await #expect(throws: (any Error).self) {
                try await store.sql.raw("DELETE FROM audit_log WHERE seq = 2").run()
            }
        }
    }

    @Test("a row altered behind the triggers' back is named by verify", arguments: TestBackend.available)
    func tampered(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            _ = try await makeChanges(store)
            let last = try await AuditLog(store: store).count(scope: .everything)
            try await dropTriggers(store)
            let target = Int64(last - 1)
            try await store.sql.raw("UPDATE audit_log SET actor_name = 'mallory' WHERE seq = \(bind: target)").run()
            guard case .broken(let sequence, _) = try await AuditLog(store: store).verify() else {
                Issue.record("tampering was not detected")
                return
            }
            #expect(sequence == target)
        }
    }

    @Test("removing the newest entries is detected", arguments: TestBackend.available)
    func truncated(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            _ = try await makeChanges(store)
            let last = Int64(try await AuditLog(store: store).count(scope: .everything))
            try await dropTriggers(store)
            try await store.sql.raw("DELETE FROM audit_log WHERE seq = \(bind: last)").run()
            guard case .broken(let sequence, _) = try await AuditLog(store: store).verify() else {
                Issue.record("truncation was not detected")
                return
            }
            #expect(sequence == last)
        }
    }

    func dropTriggers(_ store: Store) async throws {
        if store.isPostgres {
            try await store.sql.raw("DROP TRIGGER audit_log_no_change ON audit_log").run()
        } else {
            try await store.sql.raw("DROP TRIGGER audit_log_no_update").run()
            try await store.sql.raw("DROP TRIGGER audit_log_no_delete").run()
        }
    }
}
