import FluentSQLiteDriver
import NIOConcurrencyHelpers
import SQLKit

/// A result row read by column position, for the registry's hot read paths. On SQLite the values
/// come straight from SQLiteNIO: SQLKit's row interface looks each column up by name, casts the
/// requested type dynamically and wraps the value in a decoder — more time than the query itself
/// for a 50-row page. Other databases are read through SQLKit by the select list's names.
struct PositionalRow: RowColumns {
    fileprivate enum Values {
        case sqlite([SQLiteData])
        case sql(any SQLRow, columns: [String])
    }

    private let values: Values

    fileprivate init(_ values: Values) {
        self.values = values
    }

    func text(_ index: Int) throws -> String {
        try value(index) { if case .text(let text) = $0 { text } else { nil } }
    }

    func optionalText(_ index: Int) throws -> String? {
        try isNull(index) ? nil : text(index)
    }

    func int(_ index: Int) throws -> Int {
        try value(index) { if case .integer(let number) = $0 { number } else { nil } }
    }

    func bool(_ index: Int) throws -> Bool {
        try value(index) { if case .integer(let number) = $0 { number != 0 } else { nil } }
    }

    private func isNull(_ index: Int) throws -> Bool {
        switch values {
        case .sqlite(let data): data[index] == .null
        case .sql(let row, let columns): try row.decodeNil(column: columns[index])
        }
    }

    /// Column `index` as `T`: from SQLite's value through `sqlite`, elsewhere through SQLKit.
    private func value<T: Decodable>(_ index: Int, sqlite: (SQLiteData) -> T?) throws -> T {
        switch values {
        case .sqlite(let data):
            guard let value = sqlite(data[index]) else {
                throw StoreError.configuration("column \(index) of a positional row is not a \(T.self)")
            }
            return value
        case .sql(let row, let columns): return try row.decode(column: columns[index], as: T.self)
        }
    }

    /// The rows of `query`, whose select list is `columns` in this order.
    static func all(_ query: any SQLExpression, columns: [String], on sql: any SQLDatabase) async throws -> [PositionalRow] {
        if let sqlite = sql as? any SQLiteDatabase {
            let (text, binds) = sql.serialize(query)
            let encoder = SQLiteDataEncoder()
            let rows = try await sqlite.query(text, try binds.map { try encoder.encode($0) })
            return rows.map { row in PositionalRow(.sqlite(row.columns.map(\.data))) }
        }
        return try await sql.execute(sql: query).map { PositionalRow(.sql($0, columns: columns)) }
    }
}

/// Column values by position in a select list, whatever holds them: a collected row
/// (PositionalRow) or the current row of one of the store's own SQLite statements (SQLiteReader).
protocol RowColumns {
    func text(_ index: Int) throws -> String
    func optionalText(_ index: Int) throws -> String?
    func int(_ index: Int) throws -> Int
    func bool(_ index: Int) throws -> Bool
}

/// A row type read by position, so the same decoding serves every way rows arrive.
protocol PositionallyDecodable: Sendable {
    init<Row: RowColumns>(row: Row) throws
}

extension SQLDatabase {
    /// Every row of `query`, collected (SQLKit offers this only through its builders).
    fileprivate func execute(sql query: any SQLExpression) async throws -> [any SQLRow] {
        let rows = NIOLockedValueBox<[any SQLRow]>([])
        try await execute(sql: query) { row in rows.withLockedValue { $0.append(row) } }
        return rows.withLockedValue { $0 }
    }
}
