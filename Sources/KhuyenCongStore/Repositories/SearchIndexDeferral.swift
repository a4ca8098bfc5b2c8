import SQLKit

/// Inside one write transaction on SQLite: new establishments skip the search index row by row and
/// are indexed together by `finish` (M0025, M0028), which cuts the name order into buckets again
/// when the load was large. Rows inserted in the transaction are exactly
/// those above the largest rowid at its start — SQLite numbers new rows max + 1 and the write lock
/// is held throughout. Updates of existing rows still reach the index row by row, through their
/// trigger. On PostgreSQL both steps do nothing: the GIN index is kept by the database.
struct SearchIndexDeferral {
    private let sql: any SQLDatabase
    private let lastRowidBefore: Int64?

    /// Begins deferring; call `finish` before the transaction commits.
    static func begin(on sql: any SQLDatabase) async throws -> SearchIndexDeferral {
        guard sql.dialect.name == "sqlite" else { return SearchIndexDeferral(sql: sql, lastRowidBefore: nil) }
        // Deferring already (a bulk write inside another): the outer one's `finish` indexes all.
        let deferring = try await sql.raw("SELECT COUNT(*) AS n FROM establishments_search_deferred").first(decodingColumn: "n", as: Int.self) ?? 0
        guard deferring == 0 else { return SearchIndexDeferral(sql: sql, lastRowidBefore: nil) }
        let last =
            try await sql.raw("SELECT COALESCE(MAX(rowid), 0) AS n FROM establishments").first(decodingColumn: "n", as: Int64.self) ?? 0
        // The row holds the first rowid the load may add: the update trigger leaves rows from there on
        // to `finish`.
        try await sql.raw("INSERT INTO establishments_search_deferred (id) VALUES (\(bind: last + 1))").run()
        return SearchIndexDeferral(sql: sql, lastRowidBefore: last)
    }

    /// Indexes the rows inserted since `begin` and lets the trigger index rows again.
    func finish() async throws {
        guard let lastRowidBefore else { return }
        try await EstablishmentSearchIndex.indexRows(after: lastRowidBefore, on: sql)
        try await sql.raw("DELETE FROM establishments_search_deferred").run()
    }
}
