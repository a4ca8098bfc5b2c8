import SQLKit

/// Inside one write transaction on SQLite: new establishments skip the search index row by row and
/// are indexed in one statement by `finish` (M0025). Rows inserted in the transaction are exactly
/// those above the largest rowid at its start — SQLite numbers new rows max + 1 and the write lock
/// is held throughout. On PostgreSQL both steps do nothing: the GIN index is kept by the database.
struct SearchIndexDeferral {
    private let sql: any SQLDatabase
    private let lastRowidBefore: Int64?

    /// Begins deferring; call `finish` before the transaction commits.
    static func begin(on sql: any SQLDatabase) async throws -> SearchIndexDeferral {
        guard sql.dialect.name == "sqlite" else { return SearchIndexDeferral(sql: sql, lastRowidBefore: nil) }
        let last =
            try await sql.raw("SELECT COALESCE(MAX(rowid), 0) AS n FROM establishments").first(decodingColumn: "n", as: Int64.self) ?? 0
        try await sql.raw("INSERT OR IGNORE INTO establishments_search_deferred (id) VALUES (1)").run()
        return SearchIndexDeferral(sql: sql, lastRowidBefore: last)
    }

    /// Indexes the rows inserted since `begin` and lets the trigger index rows again.
    func finish() async throws {
        guard let lastRowidBefore else { return }
        try await sql.raw(
            """
            INSERT INTO establishments_search (rowid, folded_name, tax_code, folded_address)
              SELECT rowid, folded_name, tax_code, folded_address FROM establishments WHERE rowid > \(bind: lastRowidBefore)
            """
        ).run()
        try await sql.raw("DELETE FROM establishments_search_deferred").run()
    }
}
