import FluentSQLiteDriver
import NIOPosix
import SQLKit

extension Store {
    /// How long a committed read may take, which decides where it runs.
    enum ReadLength {
        /// An index lookup of a bounded number of rows (one record; a page of an indexed list):
        /// run on the calling thread, cheaper than the hop to a pool thread and back.
        case short
        /// A read that may walk much of a table (a search, a filter no index serves): run on NIO's
        /// thread pool, so that an event loop is never held while it runs.
        case mayBeLong
    }

    /// The rows of `query` (select list `columns`) as committed now, read outside any transaction:
    /// from an SQLite file through the store's own read connections (see SQLiteReader), decoded
    /// straight from the statement; elsewhere through the pool. Never for a read that must see the
    /// caller's own uncommitted writes.
    func committedRows<Row: PositionallyDecodable>(
        _ query: any SQLExpression, columns: [String], as: Row.Type, length: ReadLength
    ) async throws -> [Row] {
        let sql = self.sql
        guard let reader else { return try await PositionalRow.all(query, columns: columns, on: sql).map(Row.init(row:)) }
        let (text, serialized) = sql.serialize(query)
        let encoder = SQLiteDataEncoder()
        let binds = try serialized.map { try encoder.encode($0) }
        switch length {
        case .short: return try reader.rows(text, binds) { try Row(row: $0) }
        case .mayBeLong: return try await threadPool.runIfActive { try reader.rows(text, binds) { try Row(row: $0) } }
        }
    }
}
