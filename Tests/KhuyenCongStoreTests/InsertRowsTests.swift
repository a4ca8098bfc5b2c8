import FluentSQLiteDriver
import Foundation
import KhuyenCongCore
import SQLKit
import TestSupport
import Testing

@testable import KhuyenCongStore

@Suite("Multi-row inserts")
struct InsertRowsTests {
    /// SQLite's values are made without SQLiteKit's encoder (SQLiteData.init(_:)); every kind of
    /// value the store binds must land as that encoder would have stored it.
    @Test("every kind of bound value is stored as it was given", arguments: TestBackend.available)
    func valuesRoundTrip(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            try await store.sql.raw(
                "CREATE TABLE insert_rows_check (n INTEGER, text TEXT, big BIGINT, flag BOOLEAN, ratio DOUBLE PRECISION, missing TEXT, present TEXT, day TEXT, single REAL)"
            ).run()
            let day: String? = Day(year: 2025, month: 10, day: 15)?.iso
            let rows: [[SQLBind]] = (0..<1_203).map { (index: Int) -> [SQLBind] in
                let text: String = "Gốm sứ \"Bát Tràng\" \(index)"
                let big: Int64 = Int64(index) * 10_000_000_000
                let ratio: Double = Double(index) / 4
                let present: String? = "có \(index)"
                let single: Float = Float(index) / 2  // no fast path: SQLiteKit's encoder, as before
                return [
                    SQLBind(index), SQLBind(text), SQLBind(big), SQLBind(index % 2 == 0), SQLBind(ratio), SQLBind(String?.none),
                    SQLBind(present), SQLBind(day), SQLBind(single),
                ]
            }
            // 1,203 rows: three statements of up to 500 rows, the last one shorter.
            try await store.sql.insertRows(
                into: "insert_rows_check", columns: ["n", "text", "big", "flag", "ratio", "missing", "present", "day", "single"], rows)
            struct Row: Decodable, Equatable {
                let n: Int
                let text: String
                let big: Int64
                let flag: Bool
                let ratio: Double
                let missing: String?
                let present: String?
                let day: String
                let single: Double
            }
            let stored = try await store.sql.raw("SELECT * FROM insert_rows_check ORDER BY n").all(decoding: Row.self)
            #expect(stored.count == 1_203)
            #expect(stored[7] == Row(n: 7, text: "Gốm sứ \"Bát Tràng\" 7", big: 70_000_000_000, flag: false, ratio: 1.75, missing: nil, present: "có 7", day: "2025-10-15", single: 3.5))
            #expect(stored[1_202].flag && stored[1_202].big == 12_020_000_000_000)
            let nulls = try await store.sql.raw("SELECT COUNT(*) AS c FROM insert_rows_check WHERE missing IS NULL").first(decodingColumn: "c", as: Int.self)
            #expect(nulls == 1_203)
        }
    }

    /// The fast path and SQLiteKit's encoder agree value by value, storage class included (a
    /// column's affinity would hide a number sent as text in the round trip above).
    @Test("SQLite's values are the ones SQLiteKit's encoder makes")
    func sameAsSQLiteKit() throws {
        let values: [any Encodable & Sendable] = [
            "", "Gốm sứ \"Bát Tràng\"", 0, -7, Int.max, Int64(12_020_000_000_000), true, false, 2.5, -0.25,
            String?.none, String?.some("có"), Int?.none, Int?.some(42), Int64?.none, Int64?.some(5), Bool?.some(true),
            Double?.some(1.5), Float(3.5),
        ]
        for value in values {
            #expect(try SQLiteData(SQLBind(value)) == SQLiteDataEncoder().encode(value), "\(value)")
        }
    }
}
