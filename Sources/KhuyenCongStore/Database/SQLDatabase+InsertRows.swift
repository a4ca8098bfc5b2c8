import Foundation
import SQLKit

extension SQLDatabase {
    /// Inserts `rows` in multi-row statements, as many rows per statement as SQLite's limit of 32,766
    /// bound values allows: bulk loads pay one round trip per statement rather than per row.
    func insertRows(into table: String, columns: [String], _ rows: [[SQLBind]]) async throws {
        let perStatement = Swift.max(1, 32_766 / Swift.max(1, columns.count))
        for chunk in rows.chunked(into: perStatement) {
            var insert = self.insert(into: table).columns(columns)
            for row in chunk { insert = insert.values(row) }
            try await insert.run()
        }
    }
}

extension Array {
    func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
