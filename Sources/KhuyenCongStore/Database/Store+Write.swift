import FluentKit
import Foundation
import SQLKit

extension Store {
    /// Runs `body` in one transaction together with the audit entries it records: either the change
    /// and its audit trail are both committed, or neither is.
    ///
    /// Writes are serialised on both databases, so the checks a body makes before writing (a tax code
    /// still free, a record not yet merged) still hold when it writes. On SQLite the transaction starts
    /// with `BEGIN IMMEDIATE`, taking the write lock before reading; on PostgreSQL it first locks the
    /// audit head row, which every audited write takes anyway.
    @discardableResult
    public func write<T: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase, AuditRecorder) async throws -> T
    ) async throws -> T {
        let clock = self.now
        if isPostgres {
            return try await database.transaction { db in
                let sql = db as! any SQLDatabase
                try await sql.raw("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE").run()
                return try await body(sql, AuditRecorder(sql: sql, now: clock))
            }
        }
        return try await database.withConnection { db in
            let sql = db as! any SQLDatabase
            try await sql.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await body(sql, AuditRecorder(sql: sql, now: clock))
                try await sql.raw("COMMIT").run()
                return result
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }
}
