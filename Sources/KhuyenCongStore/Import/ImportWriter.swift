import Foundation
import KhuyenCongCore
import SQLKit

/// Writes an import's checked batches inside its transaction, one batch behind the checking.
///
/// SQLite works on NIO's thread pool and the checking in Swift on the other core, so the importer
/// looks up batch n's tax codes, starts writing batch n − 1 and checks batch n while that write
/// runs. Statements never overlap on the connection: `settle` waits for the write in flight before
/// the next lookup. Once the load is large against the tables (`deferAfter`), the tables' secondary
/// indexes are dropped and built again by `finish` (see `DeferredIndexes`).
struct ImportWriter {
    /// One checked batch with its rows' values already bound; the audit entries of the creations
    /// are encoded by the writer, beside SQLite inserting the rows.
    struct Batch: Sendable {
        let firstRow: Int
        let lastRow: Int
        let atMillis: Int64
        let creations: [Establishment]
        let creationRows: [[SQLBind]]
        let updates: [(before: Establishment, after: Establishment)]

        init(_ outcomes: [EstablishmentImporter.Outcome], rows: [EstablishmentImporter.RawRow], atMillis: Int64) {
            var creations: [Establishment] = []
            var updates: [(before: Establishment, after: Establishment)] = []
            creations.reserveCapacity(outcomes.count)
            for outcome in outcomes {
                switch outcome {
                case .create(let establishment): creations.append(establishment)
                case .update(let before, let after): updates.append((before, after))
                case .unchanged, .reject: break
                }
            }
            self.firstRow = rows.first?.number ?? 0
            self.lastRow = rows.last?.number ?? 0
            self.atMillis = atMillis
            self.creations = creations
            self.creationRows = creations.map { EstablishmentRepository.insertBinds($0, atMillis: atMillis) }
            self.updates = updates
        }
    }

    let actor: Actor
    let sql: any SQLDatabase
    let audit: AuditRecorder
    /// Rows written after which each table's indexes are deferred: a quarter of the rows it had
    /// when the import began, and at least the importer's minimum of 20,000. That floor is a
    /// choice, not a measured break-even: in the sqlite3 shell, 100,000 rows into the empty
    /// establishments table cost 0.9 s with its indexes against 0.25 s + 1.2 s to build them
    /// afterwards, and 1,000,000 rows 77 s against 11 s.
    let deferAfter: (establishments: Int, auditLog: Int)

    private var writing: Task<Void, any Error>?
    private var queued: Batch?
    private var written = 0
    private var deferred: [DeferredIndexes] = []

    static func begin(importer: EstablishmentImporter, sql: any SQLDatabase, audit: AuditRecorder) async throws -> ImportWriter {
        // Only SQLite defers indexes; PostgreSQL would count a large table for nothing.
        var establishments = Int.max
        var auditLog = Int.max
        if sql.dialect.name == "sqlite" {
            establishments = try await sql.raw("SELECT COUNT(*) AS n FROM establishments").first(decodingColumn: "n", as: Int.self) ?? 0
            auditLog = try await sql.raw("SELECT seq AS n FROM audit_head WHERE id = 1").first(decodingColumn: "n", as: Int.self) ?? 0
        }
        return ImportWriter(
            actor: importer.actor, sql: sql, audit: audit,
            deferAfter: (
                max(importer.minimumIndexDeferral, establishments / 4), max(importer.minimumIndexDeferral, auditLog / 4)
            ))
    }

    /// Waits for the write in flight; its error, if any, is thrown here.
    mutating func settle() async throws {
        guard let task = writing else { return }
        writing = nil
        try await task.value
    }

    /// Starts writing the queued batch. Call after `settle`. The last batch never defers the
    /// indexes: building them over the whole table to spare one batch's inserts would cost more.
    mutating func startQueued(isLast: Bool = false) async throws {
        guard let batch = queued else { return }
        queued = nil
        if !isLast { try await deferIndexesIfLarge() }
        written += batch.creations.count + batch.updates.count
        let (sql, audit, actor) = (self.sql, self.audit, self.actor)
        writing = Task { try await Self.write(batch, sql: sql, audit: audit, actor: actor) }
    }

    mutating func queue(_ batch: Batch) { queued = batch }

    /// A row was rejected: nothing more is written, the transaction will be rolled back.
    mutating func discardQueued() { queued = nil }

    /// Writes what is left and builds the deferred indexes.
    mutating func finish() async throws {
        try await settle()
        try await startQueued(isLast: true)
        try await settle()
        for indexes in deferred { try await indexes.rebuild() }
        deferred = []
    }

    /// Waits for the write in flight, ignoring its outcome: the caller is already failing.
    mutating func abandon() async {
        _ = try? await settle()
    }

    private mutating func deferIndexesIfLarge() async throws {
        for (table, threshold) in [("establishments", deferAfter.establishments), ("audit_log", deferAfter.auditLog)]
        where written >= threshold && !deferred.contains(where: { $0.table == table }) {
            deferred.append(try await DeferredIndexes.drop(on: table, sql: sql))
        }
    }

    private static func write(_ batch: Batch, sql: any SQLDatabase, audit: AuditRecorder, actor: Actor) async throws {
        // The creations' audit entries are encoded while SQLite inserts their rows on its thread.
        let creations = batch.creations
        async let creationChanges = creations.map(EstablishmentRepository.creationChange)
        try await sql.insertRows(into: "establishments", columns: EstablishmentRepository.insertColumns, batch.creationRows)
        var changes = try await creationChanges
        for update in batch.updates {
            changes.append(try await EstablishmentRepository.write(update.after, over: update.before, atMillis: batch.atMillis, sql: sql))
        }
        try await audit.recordMany(changes, actor: actor, reason: "import, rows \(batch.firstRow)-\(batch.lastRow)")
    }
}
