import Foundation
import NIOConcurrencyHelpers
import NIOCore
import SQLiteNIO
import VaporCSQLite

/// Read-only connections of the store's own to its SQLite file, for the registry's hot read paths
/// (one establishment by id, a page of the list).
///
/// Why not the Fluent connections: SQLiteNIO prepares every statement afresh and runs it on the
/// thread pool. Profiled under load on two cores, preparing the by-id statement took three times
/// as long as running it (13 % of the server's CPU against 4 %). Here each connection keeps
/// its prepared statements, and a short read (an index lookup of a few hundred microseconds) runs
/// on the calling thread, saving the hop; reads that may run long go to the thread pool
/// (Store.committedRows).
///
/// The file is in WAL mode, so these connections read the last committed state while the Fluent
/// connection writes; each statement is reset as soon as it has been read, so that no read
/// transaction stays open (which would pin an old snapshot and hold back checkpoints).
final class SQLiteReader: Sendable {
    private let path: String
    private let state = NIOLockedValueBox(State())

    private struct State {
        var idle: [ReadConnection] = []
        var closed = false
    }

    /// Connections kept open between reads: one per thread that reads at once is enough.
    static let maximumIdle = 8

    init(path: String) {
        self.path = path
    }

    /// Every row of `sql` with `binds`, each decoded by `decode` while it is the statement's
    /// current row (so no copy of SQLite's values is collected first).
    func rows<Row>(_ sql: String, _ binds: [SQLiteData], _ decode: (StatementRow) throws -> Row) throws -> [Row] {
        let connection = try take()
        defer { giveBack(connection) }
        return try connection.rows(sql, binds, decode)
    }

    /// Every row as SQLite's values in select-list order.
    func rows(_ sql: String, _ binds: [SQLiteData]) throws -> [[SQLiteData]] {
        try rows(sql, binds) { row in try (0..<row.count).map { try row.value($0) } }
    }

    /// For each idle connection that holds a statement for `sql`, how often SQLite prepared it
    /// again since it was cached (tests check that reuse stays cheap).
    func repreparations(of sql: String) -> [Int] {
        state.withLockedValue { $0.idle.compactMap { $0.repreparations(of: sql) } }
    }

    /// Closes the idle connections; one in use is closed when it comes back.
    func close() {
        let idle = state.withLockedValue { state in
            state.closed = true
            defer { state.idle = [] }
            return state.idle
        }
        for connection in idle { connection.close() }
    }

    private func take() throws -> ReadConnection {
        let reused = try state.withLockedValue { state -> ReadConnection? in
            guard !state.closed else { throw SQLiteReadError(code: SQLITE_MISUSE, message: "the store is shut down") }
            return state.idle.popLast()
        }
        return try reused ?? ReadConnection(path: path)
    }

    private func giveBack(_ connection: ReadConnection) {
        let kept = state.withLockedValue { state in
            guard !state.closed, state.idle.count < Self.maximumIdle else { return false }
            state.idle.append(connection)
            return true
        }
        if !kept { connection.close() }
    }
}

/// A failure reported by SQLite on a read connection.
struct SQLiteReadError: Error, CustomStringConvertible {
    let code: Int32
    let message: String

    var description: String { "SQLite error \(code): \(message)" }
}

/// One `sqlite3` handle and its prepared statements. Used by one thread at a time: the reader hands
/// it out exclusively, which is why it may be `@unchecked Sendable`.
private final class ReadConnection: @unchecked Sendable {
    private var handle: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]

    /// Statements kept per connection. The hot paths produce a few dozen shapes (one per
    /// combination of list filters); past this the cache starts again rather than grow.
    static let maximumStatements = 64

    init(path: String) throws {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        var opened: OpaquePointer?
        let result = sqlite_nio_sqlite3_open_v2(path, &opened, flags, nil)
        guard result == SQLITE_OK, let opened else {
            let message = opened.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "cannot open \(path)"
            sqlite_nio_sqlite3_close(opened)
            throw SQLiteReadError(code: result, message: message)
        }
        handle = opened
        // Opened read-write because a WAL reader must be able to write the shared-memory index;
        // query_only then refuses any statement that would change the database.
        // A WAL reader meets a lock only while the log is being recovered or reset; a short read
        // runs on an event loop, which must not sleep long, so it gives up after a quarter second.
        sqlite_nio_sqlite3_busy_timeout(opened, 250)
        for pragma in ["PRAGMA query_only=1", "PRAGMA cache_size=-16384"] {
            guard sqlite_nio_sqlite3_exec(opened, pragma, nil, nil, nil) == SQLITE_OK else {
                let error = self.error(sqlite_nio_sqlite3_errcode(opened))
                close()
                throw error
            }
        }
    }

    deinit { close() }

    func close() {
        for statement in statements.values { sqlite_nio_sqlite3_finalize(statement) }
        statements = [:]
        if let handle { sqlite_nio_sqlite3_close(handle) }
        handle = nil
    }

    func rows<Row>(_ sql: String, _ binds: [SQLiteData], _ decode: (StatementRow) throws -> Row) throws -> [Row] {
        let statement = try prepared(sql)
        // Reset, not cleared: the next use binds every parameter again, and clearing a statement
        // whose plan may depend on a bound value (SQLite counts `LIMIT ?` as one) marks it expired, so
        // that every read prepared it again (2.5 % of the server's CPU in a 50-row list under load).
        defer { sqlite_nio_sqlite3_reset(statement) }
        for (offset, value) in binds.enumerated() {
            let result = bind(value, at: Int32(offset + 1), of: statement)
            guard result == SQLITE_OK else { throw error(result) }
        }
        let row = StatementRow(statement: statement, count: Int(sqlite_nio_sqlite3_column_count(statement)))
        var rows: [Row] = []
        while true {
            let result = sqlite_nio_sqlite3_step(statement)
            if result == SQLITE_DONE { return rows }
            guard result == SQLITE_ROW else { throw error(result) }
            rows.append(try decode(row))
        }
    }

    func repreparations(of sql: String) -> Int? {
        statements[sql].map { Int(sqlite_nio_sqlite3_stmt_status($0, SQLITE_STMTSTATUS_REPREPARE, 0)) }
    }

    private func prepared(_ sql: String) throws -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        if statements.count >= Self.maximumStatements {
            for statement in statements.values { sqlite_nio_sqlite3_finalize(statement) }
            statements = [:]
        }
        var statement: OpaquePointer?
        let result = sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard result == SQLITE_OK, let statement else {
            sqlite_nio_sqlite3_finalize(statement)
            throw error(result)
        }
        statements[sql] = statement
        return statement
    }

    private func bind(_ value: SQLiteData, at index: Int32, of statement: OpaquePointer) -> Int32 {
        switch value {
        case .integer(let number): sqlite_nio_sqlite3_bind_int64(statement, index, Int64(number))
        case .float(let number): sqlite_nio_sqlite3_bind_double(statement, index, number)
        case .text(let text): sqlite_nio_sqlite3_bind_text64(statement, index, text, UInt64(text.utf8.count), transient, UInt8(SQLITE_UTF8))
        case .blob(let buffer):
            buffer.withUnsafeReadableBytes {
                sqlite_nio_sqlite3_bind_blob64(statement, index, $0.baseAddress, UInt64($0.count), transient)
            }
        case .null: sqlite_nio_sqlite3_bind_null(statement, index)
        }
    }

    private func error(_ code: Int32) -> SQLiteReadError {
        let message = handle.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "unknown"
        return SQLiteReadError(code: code, message: message)
    }
}

/// The current row of a statement being stepped, read by column position. Valid only inside the
/// decoding closure: the next step replaces the values.
struct StatementRow: RowColumns {
    fileprivate let statement: OpaquePointer
    let count: Int

    func text(_ index: Int) throws -> String {
        let column = Int32(index)
        guard sqlite_nio_sqlite3_column_type(statement, column) == SQLITE_TEXT else { throw mismatch(index, "text") }
        return string(column)
    }

    func optionalText(_ index: Int) throws -> String? {
        sqlite_nio_sqlite3_column_type(statement, Int32(index)) == SQLITE_NULL ? nil : try text(index)
    }

    func int(_ index: Int) throws -> Int {
        let column = Int32(index)
        guard sqlite_nio_sqlite3_column_type(statement, column) == SQLITE_INTEGER else { throw mismatch(index, "integer") }
        return Int(sqlite_nio_sqlite3_column_int64(statement, column))
    }

    func bool(_ index: Int) throws -> Bool { try int(index) != 0 }

    /// The column as SQLiteNIO's value, whatever its type.
    func value(_ index: Int) throws -> SQLiteData {
        let column = Int32(index)
        switch sqlite_nio_sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: return .integer(Int(sqlite_nio_sqlite3_column_int64(statement, column)))
        case SQLITE_FLOAT: return .float(sqlite_nio_sqlite3_column_double(statement, column))
        case SQLITE_TEXT: return .text(string(column))
        case SQLITE_BLOB:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            var buffer = ByteBufferAllocator().buffer(capacity: count)
            if let bytes = sqlite_nio_sqlite3_column_blob(statement, column) {
                buffer.writeBytes(UnsafeRawBufferPointer(start: bytes, count: count))
            }
            return .blob(buffer)
        default: return .null
        }
    }

    private func string(_ column: Int32) -> String {
        guard let text = sqlite_nio_sqlite3_column_text(statement, column) else { return "" }
        let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    private func mismatch(_ index: Int, _ type: String) -> SQLiteReadError {
        SQLiteReadError(code: SQLITE_MISMATCH, message: "column \(index) is not \(type)")
    }
}

/// SQLite copies bound text and blobs before the call returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
