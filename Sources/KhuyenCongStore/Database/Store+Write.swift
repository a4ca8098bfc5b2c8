import FluentKit
import Foundation
import SQLKit

extension Store {
    /// Runs `body` in one transaction together with the audit entries it records: either the change
    /// and its audit trail are both committed, or neither is.
    ///
    /// On SQLite the transaction starts with `BEGIN IMMEDIATE` so that it takes the write lock before
    /// reading; a deferred transaction that reads and then writes can fail with SQLITE_BUSY when
    /// another connection committed in between. PostgreSQL needs no such care: the audit head row is
    /// locked by the first statement of `AuditRecorder.record`.
    @discardableResult
    public func write<T: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase, AuditRecorder) async throws -> T
    ) async throws -> T {
        let clock = self.now
        if isPostgres {
            return try await database.transaction { db in
                let sql = db as! any SQLDatabase
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
