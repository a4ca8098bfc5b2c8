import Foundation
import KhuyenCongCore
@testable import KhuyenCongStore
import SQLKit
import TestSupport
import Testing

/// A search over the whole registry reads the SQLite search index in name order (bucketed, see
/// EstablishmentSearchIndex). Whatever the buckets, every page must hold exactly the next matches
/// in Vietnamese order: checked against the registry listed in full and filtered by hand, with
/// buckets of 16 rows so that pages cross many of them.
extension EstablishmentRepositoryTests {
    static let searches = ["che", "to hop tac", "nguyen van", "thon 7", "gom su", "binh", "xa", "01", "an 1", "h", "zzz", "ap 2 che"]

    @Test("every page of a search is the next matches in name order, across buckets and edits", arguments: TestBackend.available)
    func searchPagesInNameOrder(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let admin = try await user(store, .ministryAdmin, province: nil)
            let repository = EstablishmentRepository(store: store)
            let geography = try await GeographyRepository(store: store).load()
            _ = try await repository.seedSynthetic(count: 1500, seed: 3, geography: geography, today: Day.of("2026-01-01"), actor: .system)
            if backend == .sqlite { try await store.write { sql, _ in try await EstablishmentSearchIndex.rebuild(on: sql, rowsPerBucket: 16) } }
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            try await expectPagesMatch(repository, admin)
            try await expectPagesMatch(repository, admin, .init(legalForm: .cooperative))
            try await expectPagesMatch(repository, hanoi)
            try await expectPagesMatch(repository, admin, .init(provinceCode: "79"))
            let communes = try await repository.list(scope: admin.scope, limit: 3, after: nil).items.map(\.commune.code)
            try await expectPagesMatch(repository, admin, .init(communeCodes: communes))

            // Rows added, renamed and moved after the buckets were cut: before the first bucket,
            // after the last, from one bucket to another, into Hà Nội; a merged record leaves the
            // results.
            try await repository.create(make("Ánh Chè Thôn 7", tax: "0100109106", commune: "00583", province: "01"), by: admin)
            try await repository.create(make("Ỷ Lan Gốm sứ", tax: "0300588569", commune: "26506", province: "79"), by: admin)
            let page = try await repository.list(scope: admin.scope, filter: .init(query: "che"), limit: 40, after: nil).items
            for (index, item) in page.enumerated() where index % 3 == 0 {
                var renamed = item
                renamed.name = index % 2 == 0 ? "Xưởng chè \(item.name)" : "Bánh \(item.name)"
                if index % 9 == 0 {
                    renamed.commune = AdminUnitRef(period: .twoTier, code: "00583")
                    renamed.provinceCode = "01"
                }
                _ = try await repository.update(item.id, with: renamed, expectedVersion: item.version, by: admin)
            }
            var moved = page[4]  // only its place changes
            moved.commune = AdminUnitRef(period: .twoTier, code: "00583")
            moved.provinceCode = "01"
            _ = try await repository.update(moved.id, with: moved, expectedVersion: moved.version, by: admin)
            try await repository.merge(page[1].id, into: page[2].id, duplicateVersion: page[1].version, by: admin)
            try await expectPagesMatch(repository, admin)
            try await expectPagesMatch(repository, hanoi)

            if backend == .sqlite {
                try await store.write { sql, _ in try await EstablishmentSearchIndex.rebuild(on: sql, rowsPerBucket: 16) }
                try await expectPagesMatch(repository, admin)
                try await expectPagesMatch(repository, hanoi)
                let counts = try await store.sql.raw(
                    "SELECT (SELECT COUNT(*) FROM establishments_search) AS indexed, (SELECT COUNT(*) FROM establishments) AS rows"
                ).first()
                #expect(try counts?.decode(column: "indexed", as: Int.self) == counts?.decode(column: "rows", as: Int.self))
                #expect(try await store.sql.raw("SELECT COUNT(*) AS n FROM establishments_search_buckets").first(decodingColumn: "n", as: Int.self) ?? 0 > 80)
            }
        }
    }

    @Test("a word of one or two letters matches the start of a word, a longer one anywhere", arguments: TestBackend.available)
    func shortWordsStartWords(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let admin = try await user(store, .ministryAdmin, province: nil)
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            let repository = EstablishmentRepository(store: store)
            try await repository.create(make("Tổ hợp tác Mây tre", tax: "0100109106", commune: "00583", province: "01"), by: admin)
            try await repository.create(make("Photo Tân Hà", tax: "0300588569", commune: "00583", province: "01"), by: admin)
            try await repository.create(make("Cơ khí 7 Hà Đông", tax: "0101243150", commune: "00583", province: "01"), by: admin)
            try await repository.create(make("Sơn mài 50% Hạ Thái", tax: "0100112395", commune: "00583", province: "01"), by: admin)
            try await repository.create(make("Sơn mài 5012", tax: "0100233488", commune: "00583", province: "01"), by: admin)
            for scope in [admin.scope, hanoi.scope] {
                func names(_ query: String) async throws -> [String] {
                    try await repository.list(scope: scope, filter: .init(query: query), limit: 10, after: nil).items.map(\.name)
                }
                #expect(try await names("to hop") == ["Tổ hợp tác Mây tre"])
                #expect(try await names("to") == ["Tổ hợp tác Mây tre"])
                #expect(try await names("hot") == ["Photo Tân Hà"])  // three letters: anywhere
                #expect(try await names("ot").isEmpty)
                #expect(try await names("ha") == ["Cơ khí 7 Hà Đông", "Photo Tân Hà", "Sơn mài 50% Hạ Thái"])
                #expect(try await names("7 ha") == ["Cơ khí 7 Hà Đông"])
                #expect(try await names("an ha").isEmpty)
                #expect(try await names("tan") == ["Photo Tân Hà"])
                #expect(try await names("00109") == ["Tổ hợp tác Mây tre"])
                #expect(try await names("03") == ["Photo Tân Hà"])
                // A typed % or _ is a character, not LIKE's wildcard (the PostgreSQL path tests by LIKE).
                #expect(try await names("50%") == ["Sơn mài 50% Hạ Thái"])
                #expect(try await names("5_1").isEmpty)
                // FTS5's syntax is inert inside the index's phrases.
                #expect(try await names("\"(*: to-") .isEmpty)
                let odd = try await repository.list(scope: scope, filter: .init(provinceCode: "01\"", query: "to hop"), limit: 10, after: nil)
                #expect(odd.items.isEmpty)
            }
        }
    }

    @Test("a bulk load cuts the name order into buckets again and indexes every row", arguments: [TestBackend.sqlite])
    func bulkLoadRebalances(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let repository = EstablishmentRepository(store: store)
            let geography = try await GeographyRepository(store: store).load()
            _ = try await repository.seedSynthetic(count: 5000, seed: 5, geography: geography, today: Day.of("2026-01-01"), actor: .system)
            let buckets = try await store.sql.raw("SELECT COUNT(*) AS n FROM establishments_search_buckets").first(decodingColumn: "n", as: Int.self)
            #expect(buckets == (5000 + EstablishmentSearchIndex.rowsPerBucket - 1) / EstablishmentSearchIndex.rowsPerBucket)
            let indexed = try await store.sql.raw("SELECT COUNT(*) AS n FROM establishments_search").first(decodingColumn: "n", as: Int.self)
            #expect(indexed == 5000)
            try await store.sql.raw("INSERT INTO establishments_search (establishments_search) VALUES ('integrity-check')").run()
        }
    }

    @Test("a registry entered by hand is cut into buckets when the store opens", arguments: [TestBackend.sqlite])
    func outgrownIndexRebuilt(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let geography = try await GeographyRepository(store: store).load()
            let today = Day.of("2026-01-01")
            let communes = geography.units(level: .commune, on: today, provinceCode: "01")
            var generator = SyntheticEstablishments(seed: 9)
            var byTaxCode: [String: Establishment] = [:]
            while byTaxCode.count < 2 * EstablishmentSearchIndex.rowsPerBucket + 100 {
                let item = generator.next(commune: communes[byTaxCode.count % communes.count], provinceCode: "01", provinceName: "Hà Nội", today: today)
                byTaxCode[item.taxCode] = item
            }
            // Row by row through the triggers, as people enter them: every row in bucket 0.
            let items = Array(byTaxCode.values)
            try await store.write { sql, _ in try await EstablishmentRepository.insertRows(items, atMillis: 0, sql: sql) }
            #expect(try await EstablishmentSearchIndex.size(on: store.sql).needsRebuild)
            try await EstablishmentRepository(store: store).rebuildSearchIndexIfOutgrown()
            let size = try await EstablishmentSearchIndex.size(on: store.sql)
            #expect(size.buckets == 3 && !size.needsRebuild)
            let found = try await EstablishmentRepository(store: store).list(scope: .everything, filter: .init(query: "ho kinh"), limit: 5, after: nil)
            #expect(found.items.count == 5)
        }
    }

    @Test("M0028 reverts to the index it replaced and applies again", arguments: [TestBackend.sqlite])
    func migrationReverts(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let admin = try await user(store, .ministryAdmin, province: nil)
            let repository = EstablishmentRepository(store: store)
            let geography = try await GeographyRepository(store: store).load()
            _ = try await repository.seedSynthetic(count: 300, seed: 4, geography: geography, today: Day.of("2026-01-01"), actor: .system)
            try await M0028_RankedEstablishmentSearch().revert(on: store.database)
            let rowidIndexed = try await store.sql.raw(
                "SELECT COUNT(*) AS n FROM establishments_search WHERE establishments_search MATCH 'che'"
            ).first(decodingColumn: "n", as: Int.self)
            #expect((rowidIndexed ?? 0) > 0)
            try await M0028_RankedEstablishmentSearch().prepare(on: store.database)
            try await expectPagesMatch(repository, admin)
        }
    }

    /// Pages of `limit` rows for each search, followed by their cursors, equal the registry listed
    /// in full and filtered by hand.
    private func expectPagesMatch(
        _ repository: EstablishmentRepository, _ principal: Principal, _ filter: EstablishmentRepository.Filter = .init()
    ) async throws {
        let everything = try await repository.list(scope: principal.scope, filter: filter, limit: 10_000, after: nil).items
        for search in Self.searches {
            let words = VietnameseText.fold(search).split(separator: " ").map(String.init)
            // Words of three letters or more anywhere, shorter ones at the start of a word.
            let expected = everything.filter { item in
                let texts = [VietnameseText.fold(item.name), item.taxCode, VietnameseText.fold(item.address)].map { " " + $0 }
                return words.allSatisfy { word in texts.contains { $0.contains(word.count >= 3 ? word : " " + word) } }
            }
            var found: [Establishment] = []
            var cursor: KeysetCursor?
            var searching = filter
            searching.query = search
            repeat {
                let page = try await repository.list(scope: principal.scope, filter: searching, limit: 7, after: cursor)
                found += page.items
                cursor = page.nextCursor.flatMap(KeysetCursor.init(encoded:))
            } while cursor != nil && found.count <= expected.count
            // The first difference, named, rather than two long lists.
            let differs = zip(found, expected).enumerated().first { $0.element.0.id != $0.element.1.id }?.offset
                ?? (found.count == expected.count ? nil : min(found.count, expected.count))
            #expect(
                differs == nil,
                """
                search "\(search)" in \(principal.scope.area) with \(filter): \(found.count) found, \(expected.count) expected; \
                from row \(differs ?? 0): \(found.dropFirst(differs ?? 0).prefix(2).map(\.name)) against \(expected.dropFirst(differs ?? 0).prefix(2).map(\.name))
                """)
        }
    }
}
