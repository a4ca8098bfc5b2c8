import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing

@Suite("Organisations: scoped reads, versioned and audited writes")
struct OrganisationRepositoryTests {
    func user(_ store: Store, _ role: Role, province: String?) async throws -> Principal {
        try await UserRepository(store: store).create(
            AccountDraft(username: "u-\(role.rawValue)-\(province ?? "all")", displayName: "U", role: role, provinceCode: province),
            provinceCode: province, passwordHash: "x", actor: .system)
    }

    func organisation(in province: String, _ store: Store) async throws -> Organisation {
        let page = try await OrganisationRepository(store: store).list(
            scope: .everything, filter: .init(kind: .provinceDepartment, provinceCode: province), limit: 5, after: nil)
        return try #require(page.items.first)
    }

    @Test("a provincial user lists only their province", arguments: TestBackend.available)
    func scopedList(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            let page = try await OrganisationRepository(store: store).list(scope: hanoi.scope, limit: 100, after: nil)
            #expect(page.items.count == 2)
            #expect(page.items.allSatisfy { $0.provinceCode == "01" })
        }
    }

    @Test("another province's record can be neither read nor changed", arguments: TestBackend.available)
    func foreignRecord(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let repository = OrganisationRepository(store: store)
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            let hcmc = try await organisation(in: "79", store)
            await #expect(throws: DomainError.forbidden) { try await repository.get(hcmc.id, scope: hanoi.scope) }
            let auditBefore = try await AuditLog(store: store).count(scope: .everything)
            await #expect(throws: DomainError.forbidden) {
                try await repository.update(
                    hcmc.id, change: .init(name: "Hacked", address: "", phone: "", email: ""), expectedVersion: 1, by: hanoi)
            }
            #expect(try await repository.get(hcmc.id, scope: .everything) == hcmc)
            #expect(try await AuditLog(store: store).count(scope: .everything) == auditBefore)
        }
    }

    @Test("an update bumps the version, records before and after; a stale one is refused", arguments: TestBackend.available)
    func versionedUpdate(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let repository = OrganisationRepository(store: store)
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            let own = try await organisation(in: "01", store)
            let updated = try await repository.update(
                own.id, change: .init(name: "  Sở Công Thương Hà Nội  ", address: "Số 331 Trần Hưng Đạo", phone: "024 3825 3573", email: "sct@hanoi.gov.vn"),
                expectedVersion: own.version, by: hanoi)
            #expect(updated.version == own.version + 1)
            #expect(updated.name == "Sở Công Thương Hà Nội")
            let history = try #require(try await AuditLog(store: store).history(entityType: "organisation", entityID: own.id.uuidString.lowercased(), scope: .everything))
            #expect(history.last?.action == "organisation.update")
            #expect(history.last?.actorName == hanoi.username)
            #expect(history.last?.after?.contains("331 Trần Hưng Đạo") == true)
            await #expect(throws: DomainError.staleVersion) {
                try await repository.update(
                    own.id, change: .init(name: "Old copy", address: "", phone: "", email: ""), expectedVersion: own.version, by: hanoi)
            }
            #expect(try await repository.get(own.id, scope: hanoi.scope).name == "Sở Công Thương Hà Nội")
        }
    }

    @Test("invalid fields are all reported and nothing is written", arguments: TestBackend.available)
    func invalidFields(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let repository = OrganisationRepository(store: store)
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            let own = try await organisation(in: "01", store)
            do {
                _ = try await repository.update(
                    own.id, change: .init(name: " ", address: "", phone: "abc", email: "not-an-email"),
                    expectedVersion: own.version, by: hanoi)
                Issue.record("accepted invalid fields")
            } catch let error as DomainError {
                #expect(Set(error.fields.map(\.field)) == ["name", "phone", "email"])
            }
            #expect(try await repository.get(own.id, scope: hanoi.scope) == own)
        }
    }

    @Test("an inspector may read but not change", arguments: TestBackend.available)
    func inspector(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let inspector = try await user(store, .inspector, province: "01")
            let own = try await organisation(in: "01", store)
            let repository = OrganisationRepository(store: store)
            #expect(try await repository.get(own.id, scope: inspector.scope) == own)
            await #expect(throws: DomainError(.forbidden, .readOnlyRole)) {
                try await repository.update(
                    own.id, change: .init(name: "X", address: "", phone: "", email: ""), expectedVersion: own.version, by: inspector)
            }
        }
    }
}
