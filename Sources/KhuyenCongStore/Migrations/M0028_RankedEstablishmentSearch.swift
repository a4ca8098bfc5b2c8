import FluentKit
import SQLKit

/// Replaces the SQLite search index keyed by rowid (M0013, M0025) with one keyed by search
/// position, so that FTS5 yields matches in name order (EstablishmentSearchIndex). The table is
/// contentless — the texts are in `establishments` already — with `contentless_delete` so that a
/// trigger removes a row by its position alone. Each text is indexed after a space, so that a
/// two-letter word at the start of a word has a trigram (EstablishmentSearch); the `area` column
/// holds the province and commune as tokens, so that a search within one is read in name order
/// too. The insert trigger still stands aside during a bulk
/// load (`establishments_search_deferred`), and so does the update trigger for rows that load added,
/// which it will index as they are when it ends. PostgreSQL's trigram index is unchanged.
struct M0028_RankedEstablishmentSearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        // One transaction: the rebuild takes seconds on a large registry, and a server stopped
        // midway must find the old index intact, not half of the new one.
        try await database.transaction { try await replaceIndex(on: $0.sql) }
    }

    private func replaceIndex(on sql: any SQLDatabase) async throws {
        try await dropIndex(on: sql)
        try await sql.raw("CREATE TABLE establishments_search_buckets (bucket INTEGER PRIMARY KEY, lower_key TEXT NOT NULL UNIQUE)").run()
        try await sql.raw(
            """
            CREATE VIRTUAL TABLE establishments_search USING fts5(
              folded_name, tax_code, folded_address, area, content = '', contentless_delete = 1, tokenize = 'trigram')
            """
        ).run()
        let newPosition = EstablishmentSearchIndex.position(of: "new")
        let addNew = """
            INSERT INTO establishments_search (rowid, folded_name, tax_code, folded_address, area)
              VALUES (\(newPosition), \(EstablishmentSearchIndex.texts(of: "new")));
            """
        let removeOld = "DELETE FROM establishments_search WHERE rowid = \(EstablishmentSearchIndex.position(of: "old"));"
        try await sql.raw(
            """
            CREATE TRIGGER establishments_search_insert AFTER INSERT ON establishments
            WHEN NOT EXISTS (SELECT 1 FROM establishments_search_deferred) BEGIN \(unsafeRaw: addNew) END
            """
        ).run()
        try await sql.raw("CREATE TRIGGER establishments_search_delete AFTER DELETE ON establishments BEGIN \(unsafeRaw: removeOld) END").run()
        try await sql.raw(
            """
            CREATE TRIGGER establishments_search_update AFTER UPDATE OF folded_name, tax_code, folded_address, sort_key, province_code, commune_code
            ON establishments
            WHEN old.rowid < COALESCE((SELECT MIN(id) FROM establishments_search_deferred), 9223372036854775807)
            BEGIN \(unsafeRaw: removeOld) \(unsafeRaw: addNew) END
            """
        ).run()
        try await EstablishmentSearchIndex.rebuild(on: sql)
    }

    func revert(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        // Back to the index as M0013 made it and M0025 changed it, by running them again: the
        // deferral table is empty at every commit, so dropping and recreating it loses nothing.
        try await dropIndex(on: database.sql)
        try await database.sql.raw("DROP TABLE establishments_search_buckets").run()
        try await database.sql.raw("DROP TABLE establishments_search_deferred").run()
        try await M0013_CreateEstablishmentSearch().prepare(on: database)
        try await M0025_DeferrableEstablishmentSearch().prepare(on: database)
    }

    /// The search table and the three triggers that keep it.
    private func dropIndex(on sql: any SQLDatabase) async throws {
        for trigger in ["insert", "delete", "update"] {
            try await sql.raw("DROP TRIGGER establishments_search_\(unsafeRaw: trigger)").run()
        }
        try await sql.raw("DROP TABLE establishments_search").run()
    }
}
