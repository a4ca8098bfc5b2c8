import Foundation
import KhuyenCongCore
@testable import KhuyenCongStore
import SQLKit
import SQLiteNIO
import TestSupport
import Testing

/// The hot read paths' own SQLite connections (SQLiteReader): they must read exactly what is
/// committed, never write, survive schema changes and never pin an old snapshot.
@Suite("SQLite read connections")
struct SQLiteReaderTests {
    func establishment(_ name: String, tax: String) -> Establishment {
        Establishment(
            id: UUID.timeOrdered(), taxCode: tax, name: name, legalForm: .cooperative, sizeClass: .small,
            commune: AdminUnitRef(period: .twoTier, code: "00583"), provinceCode: "01", address: "Thôn Đông",
            sectors: ["handicrafts", "consumer_goods"], employees: 10, employeesFemale: 6, womanOwned: true,
            appliesCleanerProduction: true, phone: "0243 874 0000", foundedOn: Day(iso: "2019-03-08"))
    }

    func names(_ store: Store) async throws -> [String] {
        try await EstablishmentRepository(store: store).list(scope: Self.nation, limit: 50, after: nil).items.map(\.name)
    }

    static let nation = AccessScope(area: .nation, readOnly: false)

    func ministry(_ store: Store) async throws -> Principal {
        try await UserRepository(store: store).create(
            AccountDraft(username: "bo", displayName: "Bộ", role: .ministryAdmin, provinceCode: nil),
            provinceCode: nil, passwordHash: "x", actor: .system)
    }

    /// Whether a full checkpoint was held back by a reader (an open read transaction pins the log).
    func checkpointIsBlocked(_ store: Store) async throws -> Bool {
        struct Checkpoint: Decodable { let busy: Int }
        return try await store.sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").all(decoding: Checkpoint.self).map(\.busy) != [0]
    }

    @Test("a statement read again with the same values is not prepared again")
    func statementsStayPrepared() async throws {
        try await TestDatabase.withStore(.sqlite) { store in
            let reader = try #require(store.reader)
            // `LIMIT ?` is a bound value SQLite may plan by: clearing it after a read expired the
            // statement, and every read prepared it again. (A different value may still make SQLite
            // prepare it again, by its own choice: seen here when the province changed.)
            let sql = "SELECT name FROM establishments WHERE province_code = ? ORDER BY sort_key, id LIMIT ?"
            // SQLite prepares it once more at its first read, with the values bound; never after that.
            #expect(try reader.rows(sql, [.text("01"), .integer(51)]).isEmpty)
            let first = reader.repreparations(of: sql)
            for _ in 0..<3 { #expect(try reader.rows(sql, [.text("01"), .integer(51)]).isEmpty) }
            #expect(first.count == 1)
            #expect(reader.repreparations(of: sql) == first)
        }
    }

    @Test("reads what was committed a moment before, field for field, by id and in the list")
    func readsCommittedWrites() async throws {
        try await TestDatabase.withStore(.sqlite) { store in
            let reader = try #require(store.reader)
            let repository = EstablishmentRepository(store: store)
            let bo = try await ministry(store)
            #expect(try await names(store).isEmpty)
            let created = try await repository.create(establishment("Hợp tác xã Mây tre Phú Vinh", tax: "0100109106"), by: bo)
            #expect(try await names(store) == ["Hợp tác xã Mây tre Phú Vinh"])
            let (read, _) = try await repository.detail(created.id, scope: Self.nation)
            #expect(read == created)
            _ = try await repository.update(
                created.id, with: Establishment(
                    id: created.id, taxCode: created.taxCode, name: "Hợp tác xã Mây tre đan Phú Vinh", legalForm: .cooperative,
                    sizeClass: .small, commune: created.commune, provinceCode: "01", address: created.address,
                    sectors: created.sectors, employees: 12, phone: created.phone, foundedOn: created.foundedOn),
                expectedVersion: 1, by: bo)
            #expect(try await names(store) == ["Hợp tác xã Mây tre đan Phú Vinh"])
            #expect(try await repository.detail(created.id, scope: Self.nation).establishment.employees == 12)
            // Both reads went through the store's own connections, which are back in the idle list.
            #expect(try reader.rows("SELECT COUNT(*) FROM establishments", []) == [[.integer(1)]])
        }
    }

    @Test("a read connection refuses to write, and a refused statement leaves it usable")
    func neverWrites() async throws {
        try await TestDatabase.withStore(.sqlite) { store in
            let reader = try #require(store.reader)
            try await EstablishmentRepository(store: store).create(establishment("Cơ khí An Phú", tax: "0101243150"), by: try await ministry(store))
            #expect(throws: SQLiteReadError.self) { try reader.rows("DELETE FROM establishments", []) }
            #expect(throws: SQLiteReadError.self) { try reader.rows("SELECT * FROM no_such_table", []) }
            #expect(try reader.rows("SELECT name FROM establishments WHERE tax_code = ?", [.text("0101243150")]) == [[.text("Cơ khí An Phú")]])
        }
    }

    @Test("a kept statement follows a schema change (an import drops and rebuilds indexes)")
    func followsSchemaChanges() async throws {
        try await TestDatabase.withStore(.sqlite) { store in
            let repository = EstablishmentRepository(store: store)
            let bo = try await ministry(store)
            try await repository.create(establishment("Gốm sứ Bát Tràng", tax: "0100109106"), by: bo)
            try await repository.create(establishment("Đồ gỗ Đồng Kỵ", tax: "0300588569"), by: bo)
            let before = try await names(store)
            let indexes = try await store.sql.raw(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'establishments' AND sql IS NOT NULL"
            ).all(decoding: IndexDefinition.self)
            #expect(!indexes.isEmpty)
            // Fluent keeps two connections; the one that recreates the indexes may still hold the
            // schema from before the other dropped them.
            try await store.write { sql, _ in for index in indexes { try await sql.raw("DROP INDEX \(ident: index.name)").run() } }
            #expect(try await names(store) == before)
            try await store.write { sql, _ in
                // Reading the schema first makes this connection reload it if another dropped the indexes.
                _ = try await sql.raw("SELECT COUNT(*) AS n FROM sqlite_master").all()
                for index in indexes { try await sql.raw("\(unsafeRaw: index.sql)").run() }
            }
            #expect(try await names(store) == before)
            #expect(before == ["Đồ gỗ Đồng Kỵ", "Gốm sứ Bát Tràng"])
        }
    }

    @Test("no read keeps a snapshot open: a full checkpoint completes after reads")
    func holdsNoSnapshot() async throws {
        try await TestDatabase.withStore(.sqlite) { store in
            let repository = EstablishmentRepository(store: store)
            let bo = try await ministry(store)
            let taxCodes = (100..<200).compactMap { TaxCode.enterpriseCode(leadingDigits: "010020\($0)") }.prefix(3)
            for (number, tax) in taxCodes.enumerated() {
                try await repository.create(establishment("Cơ sở \(number)", tax: tax), by: bo)
                _ = try await names(store)
            }
            #expect(try await checkpointIsBlocked(store) == false)
        }
    }

    @Test("a read that fails while decoding its first row leaves no snapshot open either")
    func failedDecodeHoldsNoSnapshot() async throws {
        try await TestDatabase.withStore(.sqlite) { store in
            let reader = try #require(store.reader)
            let repository = EstablishmentRepository(store: store)
            let bo = try await ministry(store)
            try await repository.create(establishment("Gốm sứ Bát Tràng", tax: "0100109106"), by: bo)
            try await repository.create(establishment("Đồ gỗ Đồng Kỵ", tax: "0300588569"), by: bo)
            struct Refused: Error {}
            #expect(throws: Refused.self) { try reader.rows("SELECT name FROM establishments", []) { _ -> String in throw Refused() } }
            try await repository.create(establishment("Cơ khí An Phú", tax: "0101243150"), by: bo)
            #expect(try await checkpointIsBlocked(store) == false)
        }
    }

    @Test("after shutdown the reader refuses instead of opening a connection again")
    func closesWithTheStore() async throws {
        var kept: SQLiteReader?
        try await TestDatabase.withStore(.sqlite) { store in
            kept = store.reader
            _ = try await names(store)
        }
        let reader = try #require(kept)
        #expect(throws: SQLiteReadError.self) { try reader.rows("SELECT 1", []) }
    }
}

private struct IndexDefinition: Decodable {
    let name: String
    let sql: String
}
