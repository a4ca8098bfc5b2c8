import Foundation
import NIOConcurrencyHelpers
import SQLKit
import FluentSQLiteDriver
import SQLiteNIO

extension SQLDatabase {
    /// Inserts `rows` in multi-row statements: bulk loads pay one round trip per statement rather than
    /// per row. At most 500 rows and SQLite's 32,766 bound values per statement — statements of
    /// 1,000 establishment rows imported slower here (bench/registry.sh, 100,000 rows: about 3,300
    /// rows/s against 3,500–3,700).
    func insertRows(into table: String, columns: [String], _ rows: [[SQLBind]]) async throws {
        let perStatement = Swift.min(500, Swift.max(1, 32_766 / Swift.max(1, columns.count)))
        // On SQLite the values go to the driver as they are. Through SQLKit each one passed
        // SQLiteKit's generic encoder (a dynamic cast to a protocol, and for an optional a whole
        // Encoder): 13 % of a 1,000,000-row import's CPU, on the path that writes its batches.
        if let sqlite = self as? any SQLiteDatabase {
            for chunk in rows.chunked(into: perStatement) {
                let text = MultiRowInsert.sqliteText(table: table, columns: columns, rows: chunk, on: self)
                var values: [SQLiteData] = []
                values.reserveCapacity(chunk.count * columns.count)
                for row in chunk {
                    precondition(row.count == columns.count, "a row has as many values as there are columns")
                    for bind in row { values.append(try SQLiteData(bind)) }
                }
                // SQLKit logged every statement at the store's SQL level (trace); SQLiteNIO's query does not.
                sqlite.logger.trace("Executing query", metadata: ["sql": .string(text), "rows": .stringConvertible(chunk.count)])
                try await sqlite.query(text, values) { _ in }
            }
            return
        }
        for chunk in rows.chunked(into: perStatement) {
            try await execute(sql: MultiRowInsert(table: table, columns: columns, rows: chunk)) { _ in }
        }
    }
}

extension SQLiteData {
    /// The value SQLiteKit would bind for `bind`, without its generic encoder for the types stored here.
    init(_ bind: SQLBind) throws {
        switch bind.encodable {
        case let text as String: self = .text(text)
        case let number as Int: self = .integer(number)
        case let number as Int64: self = .integer(Int(number))
        case let flag as Bool: self = .integer(flag ? 1 : 0)
        case let number as Double: self = .float(number)
        case let optional as any NilTestable where optional.isNil: self = .null
        default: self = try SQLiteDataEncoder().encode(bind.encodable)
        }
    }
}

/// Lets `SQLiteData.init(_:)` see a nil inside an existential: a present optional is unwrapped by
/// the casts above, an absent one casts to nothing.
private protocol NilTestable {
    var isNil: Bool { get }
}

extension Optional: NilTestable {
    fileprivate var isNil: Bool { self == nil }
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

    /// SQLite's text for `rows`, from the same expression PostgreSQL runs (its binds are not used),
    /// kept by table, columns and row count: serialising 500 rows of placeholders with their binds
    /// for every batch was 3 % of a 1,000,000-row import's CPU. An import uses two or three shapes;
    /// the bound only keeps odd sizes from piling up.
    static func sqliteText(table: String, columns: [String], rows: ArraySlice<[SQLBind]>, on database: some SQLDatabase) -> String {
        let key = TextKey(table: table, columns: columns, rows: rows.count)
        if let text = sqliteTexts.withLockedValue({ $0[key] }) { return text }
        let text = database.serialize(MultiRowInsert(table: table, columns: columns, rows: rows)).sql
        sqliteTexts.withLockedValue { texts in
            if texts.count >= 64 { texts.removeAll() }
            texts[key] = text
        }
        return text
    }

    private struct TextKey: Hashable {
        let table: String
        let columns: [String]
        let rows: Int
    }

    private static let sqliteTexts = NIOLockedValueBox<[TextKey: String]>([:])
}

extension Array {
    func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
