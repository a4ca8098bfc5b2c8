import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing

@Suite("Establishments: scoped, searchable, versioned, deduplicated")
struct EstablishmentRepositoryTests {
    func user(_ store: Store, _ role: Role, province: String?) async throws -> Principal {
        try await UserRepository(store: store).create(
            AccountDraft(username: "u-\(role.rawValue)-\(province ?? "all")", displayName: "U", role: role, provinceCode: province),
            provinceCode: province, passwordHash: "x", actor: .system)
    }

    func make(_ name: String, tax: String, commune: String, province: String, phone: String = "", sectors: [String] = ["handicrafts"])
        -> Establishment
    {
        Establishment(
            id: UUID(), taxCode: tax, name: name, legalForm: .cooperative, sizeClass: .small,
            commune: AdminUnitRef(period: .twoTier, code: commune), provinceCode: province, address: "Thôn Đông, \(name)",
            sectors: sectors, employees: 10, phone: phone)
    }

    @Test("search ignores diacritics, filters combine, order is Vietnamese", arguments: TestBackend.available)
    func search(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            let repository = EstablishmentRepository(store: store)
            try await repository.create(make("Hợp tác xã Gốm sứ Bát Tràng", tax: "0100109106", commune: "00583", province: "01"), by: hanoi)
            try await repository.create(make("Đồ gỗ Đồng Kỵ", tax: "0300588569", commune: "00583", province: "01", sectors: ["consumer_goods"]), by: hanoi)
            try await repository.create(make("Cơ khí An Phú", tax: "0101243150", commune: "00583", province: "01"), by: hanoi)
            let found = try await repository.list(scope: hanoi.scope, filter: .init(query: "gom su BAT trang"), limit: 10, after: nil)
            #expect(found.items.map(\.name) == ["Hợp tác xã Gốm sứ Bát Tràng"])
            let byTax = try await repository.list(scope: hanoi.scope, filter: .init(query: "0300588"), limit: 10, after: nil)
            #expect(byTax.items.map(\.name) == ["Đồ gỗ Đồng Kỵ"])
            let all = try await repository.list(scope: hanoi.scope, limit: 2, after: nil)
            #expect(all.items.map(\.name) == ["Cơ khí An Phú", "Đồ gỗ Đồng Kỵ"])  // c < đ < h
            let rest = try await repository.list(scope: hanoi.scope, limit: 2, after: all.nextCursor.flatMap(KeysetCursor.init(encoded:)))
            #expect(rest.items.map(\.name) == ["Hợp tác xã Gốm sứ Bát Tràng"])
            #expect(rest.nextCursor == nil)
            let handicrafts = try await repository.list(scope: hanoi.scope, filter: .init(sector: "handicrafts"), limit: 10, after: nil)
            #expect(handicrafts.items.count == 2)
        }
    }

    @Test("the substring index follows edits; short words, tax codes and addresses are found", arguments: TestBackend.available)
    func searchIndex(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            let repository = EstablishmentRepository(store: store)
            let pottery = try await repository.create(make("Gốm Chu Đậu", tax: "0100109106", commune: "00583", province: "01"), by: hanoi)
            try await repository.create(make("Mây tre Phú Vinh", tax: "0300588569", commune: "00583", province: "01"), by: hanoi)
            func names(_ query: String) async throws -> [String] {
                try await repository.list(scope: hanoi.scope, filter: .init(query: query), limit: 10, after: nil).items.map(\.name)
            }
            #expect(try await names("chu dau") == ["Gốm Chu Đậu"])
            #expect(try await names("thon dong may") == ["Mây tre Phú Vinh"])  // address and name together
            #expect(try await names("058856") == ["Mây tre Phú Vinh"])
            #expect(try await names("xyz").isEmpty)
            var renamed = pottery
            renamed.name = "Gốm Bát Tràng"
            renamed.address = "Thôn Đông"
            _ = try await repository.update(pottery.id, with: renamed, expectedVersion: 1, by: hanoi)
            #expect(try await names("chu dau").isEmpty)
            #expect(try await names("bat trang") == ["Gốm Bát Tràng"])
        }
    }

    @Test("another province's establishment is neither listed, read nor changed", arguments: TestBackend.available)
    func scope(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let admin = try await user(store, .ministryAdmin, province: nil)
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            let repository = EstablishmentRepository(store: store)
            let saigon = try await repository.create(make("Cơ sở Sài Gòn", tax: "0300588569", commune: "26506", province: "79"), by: admin)
            #expect(try await repository.list(scope: hanoi.scope, limit: 10, after: nil).items.isEmpty)
            await #expect(throws: DomainError.forbidden) { try await repository.get(saigon.id, scope: hanoi.scope) }
            await #expect(throws: DomainError.forbidden) {
                try await repository.create(make("Lạc tỉnh", tax: "0101243150", commune: "26506", province: "79"), by: hanoi)
            }
            var change = saigon
            change.name = "Đổi tên"
            await #expect(throws: DomainError.forbidden) {
                try await repository.update(saigon.id, with: change, expectedVersion: 1, by: hanoi)
            }
            #expect(try await repository.get(saigon.id, scope: admin.scope).name == "Cơ sở Sài Gòn")
        }
    }

    @Test("a taken tax code is a conflict naming the holder only to those who may see it", arguments: TestBackend.available)
    func taxCodeUnique(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let admin = try await user(store, .ministryAdmin, province: nil)
            let hcmc = try await user(store, .provinceDepartment, province: "79")
            let repository = EstablishmentRepository(store: store)
            try await repository.create(make("Hợp tác xã Gốm", tax: "0100109106", commune: "00583", province: "01"), by: admin)
            do {
                try await repository.create(make("Khác", tax: "0100109106", commune: "00583", province: "01"), by: admin)
                Issue.record("duplicate tax code accepted")
            } catch let error as DomainError {
                #expect(error.kind == .conflict)
                #expect(error.arguments["name"] == "Hợp tác xã Gốm")
            }
            do {
                try await repository.create(make("Ở Sài Gòn", tax: "0100109106", commune: "26506", province: "79"), by: hcmc)
                Issue.record("duplicate tax code accepted")
            } catch let error as DomainError {
                #expect(error.kind == .conflict)
                #expect(error.arguments["name"] == "—")
            }
            #expect(try await repository.count(scope: .everything) == 1)
        }
    }

    @Test("updates are versioned and audited with before and after", arguments: TestBackend.available)
    func versioned(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            let repository = EstablishmentRepository(store: store)
            let created = try await repository.create(make("Gốm Bát Tràng", tax: "0100109106", commune: "00583", province: "01"), by: hanoi)
            var change = created
            change.employees = 60
            let updated = try await repository.update(created.id, with: change, expectedVersion: 1, by: hanoi)
            #expect(updated.version == 2)
            await #expect(throws: DomainError.staleVersion) {
                try await repository.update(created.id, with: change, expectedVersion: 1, by: hanoi)
            }
            let history = try #require(try await AuditLog(store: store).history(entityType: "establishment", entityID: created.id.uuidString.lowercased(), scope: .everything))
            #expect(history.map(\.action) == ["establishment.create", "establishment.update"])
            #expect(history.last?.before?.contains("\"employees\":10") == true)
            #expect(history.last?.after?.contains("\"employees\":60") == true)
        }
    }

    @Test("probable duplicates: same folded name in the commune, or the same phone", arguments: TestBackend.available)
    func duplicates(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            let repository = EstablishmentRepository(store: store)
            let original = try await repository.create(make("Gốm sứ Bát Tràng", tax: "0100109106", commune: "00583", province: "01", phone: "024 3874 0000"), by: hanoi)
            let sameName = try await repository.create(make("GỐM SỨ BÁT TRÀNG", tax: "0300588569", commune: "00583", province: "01"), by: hanoi)
            let samePhone = try await repository.create(make("Tên khác", tax: "0101243150", commune: "00004", province: "01", phone: "(024) 38740000"), by: hanoi)
            let found = try await repository.probableDuplicates(of: original, scope: hanoi.scope)
            #expect(Set(found.map(\.id)) == [sameName.id, samePhone.id])

            // The one-statement read of the by-id path finds the same, in the same order, and the record itself.
            let detail = try await repository.detail(original.id, scope: hanoi.scope)
            #expect(detail.establishment == original)
            #expect(detail.surroundings.duplicates.map(\.id) == found.map(\.id))
            #expect(detail.surroundings.duplicates == found)
            #expect(!detail.surroundings.holdsCertificates)
            // No phone: only the name counts, and a short phone number is no sign of anything.
            let lone = try await repository.create(make("Cơ sở khác", tax: "0101248141", commune: "00583", province: "01", phone: "1234"), by: hanoi)
            _ = try await repository.create(make("Cơ sở nữa", tax: "0102100740", commune: "00004", province: "01", phone: "1234"), by: hanoi)
            #expect(try await repository.detail(lone.id, scope: hanoi.scope).surroundings.duplicates.isEmpty)
            #expect(try await repository.detail(sameName.id, scope: hanoi.scope).surroundings.duplicates.map(\.id) == [original.id])
            // Refusals as `get`: another province's reader, an unknown id.
            let saigon = try await user(store, .provinceDepartment, province: "79")
            await #expect(throws: DomainError.forbidden) { _ = try await repository.detail(original.id, scope: saigon.scope) }
            await #expect(throws: DomainError.notFound) { _ = try await repository.detail(UUID(), scope: hanoi.scope) }
        }
    }

    @Test("synthetic data is deterministic for a seed and valid", arguments: [TestBackend.sqlite])
    func synthetic(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let geography = try await GeographyRepository(store: store).load()
            let repository = EstablishmentRepository(store: store)
            let today = Day.of("2026-01-01")
            let inserted = try await repository.seedSynthetic(count: 500, seed: 7, geography: geography, today: today, actor: .system)
            #expect(inserted == 500)
            let page = try await repository.list(scope: .everything, limit: 500, after: nil)
            #expect(page.items.count == 500)
            #expect(page.items.allSatisfy { (try? TaxCode.parse($0.taxCode, on: today).get()) != nil })
            #expect(Set(page.items.map(\.provinceCode)).count > 20)
            var again = SyntheticEstablishments(seed: 7)
            var other = SyntheticEstablishments(seed: 7)
            let commune = try #require(geography.unit(code: "00583", on: today))
            #expect(again.next(commune: commune, provinceCode: "01", provinceName: "Hà Nội", today: today)
                == other.next(commune: commune, provinceCode: "01", provinceName: "Hà Nội", today: today))
        }
    }

    @Test("merging a confirmed duplicate keeps both histories and drops it from lists", arguments: TestBackend.available)
    func merge(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            let inspector = try await user(store, .inspector, province: "01")
            let repository = EstablishmentRepository(store: store)
            let survivor = try await repository.create(make("Gốm sứ Bát Tràng", tax: "0100109106", commune: "00583", province: "01"), by: hanoi)
            let duplicate = try await repository.create(make("GỐM SỨ BÁT TRÀNG", tax: "0300588569", commune: "00583", province: "01"), by: hanoi)
            await #expect(throws: DomainError(.forbidden, .readOnlyRole)) {
                try await repository.merge(duplicate.id, into: survivor.id, duplicateVersion: 1, by: inspector)
            }
            await #expect(throws: DomainError.staleVersion) {
                try await repository.merge(duplicate.id, into: survivor.id, duplicateVersion: 7, by: hanoi)
            }
            try await repository.merge(duplicate.id, into: survivor.id, duplicateVersion: 1, by: hanoi)
            #expect(try await repository.mergedInto(duplicate.id) == survivor.id)
            #expect(try await repository.count(scope: hanoi.scope) == 1)
            #expect(try await repository.probableDuplicates(of: survivor, scope: hanoi.scope).isEmpty)
            let log = AuditLog(store: store)
            #expect(try await log.history(entityType: "establishment", entityID: duplicate.id.uuidString.lowercased(), scope: .everything)?.map(\.action)
                == ["establishment.create", "establishment.merge"])
            #expect(try await log.history(entityType: "establishment", entityID: survivor.id.uuidString.lowercased(), scope: .everything)?.map(\.action)
                == ["establishment.create", "establishment.absorb"])
            await #expect(throws: DomainError(.conflict, .alreadyMerged)) {
                try await repository.merge(duplicate.id, into: survivor.id, duplicateVersion: 2, by: hanoi)
            }
        }
    }
}
