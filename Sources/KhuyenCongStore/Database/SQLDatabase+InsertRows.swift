import Foundation
import SQLKit

extension SQLDatabase {
    /// Inserts `rows` in multi-row statements: bulk loads pay one round trip per statement rather than
    /// per row. At most 500 rows and SQLite's 32,766 bound values per statement — statements of
    /// 1,000 establishment rows imported slower here (bench/registry.sh, 100,000 rows: about 3,300
    /// rows/s against 3,500–3,700).
    func insertRows(into table: String, columns: [String], _ rows: [[SQLBind]]) async throws {
        let perStatement = Swift.min(500, Swift.max(1, 32_766 / Swift.max(1, columns.count)))
        for chunk in rows.chunked(into: perStatement) {
            try await execute(sql: MultiRowInsert(table: table, columns: columns, rows: chunk)) { _ in }
        }
    }
}

/// `INSERT INTO table (columns) VALUES (…), (…)` written straight into the serializer: building it
/// from SQLKit's insert builder serialised every value through four layers of expressions, a tenth
/// of an import's time.
private struct MultiRowInsert: SQLExpression {
    let table: String
    let columns: [String]
    let rows: ArraySlice<[SQLBind]>

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write("INSERT INTO ")
        SQLIdentifier(table).serialize(to: &serializer)
        serializer.write(" (")
        for (index, column) in columns.enumerated() {
            if index > 0 { serializer.write(", ") }
            SQLIdentifier(column).serialize(to: &serializer)
        }
        serializer.write(") VALUES ")
        // SQLite's placeholder is a bare "?"; other dialects number theirs.
        let questionMarks = serializer.dialect.name == "sqlite"
        var text = ""
        text.reserveCapacity(rows.count * columns.count * 4)
        for (rowIndex, row) in rows.enumerated() {
            precondition(row.count == columns.count, "a row has as many values as there are columns")
            text += rowIndex == 0 ? "(" : ", ("
            for (index, bind) in row.enumerated() {
                serializer.binds.append(bind.encodable)
                if index > 0 { text += ", " }
                text += questionMarks ? "?" : "$\(serializer.binds.count)"
            }
            text += ")"
        }
        serializer.write(text)
    }
}

extension Array {
    func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
