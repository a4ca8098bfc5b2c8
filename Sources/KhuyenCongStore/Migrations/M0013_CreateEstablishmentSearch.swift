import FluentKit
import SQLKit

/// A substring index over the folded name, tax code and folded address, so that a search over a
/// million establishments does not read them all: an FTS5 trigram table kept in step by triggers on
/// SQLite, a pg_trgm GIN index on PostgreSQL. Where pg_trgm cannot be installed the search still
/// works, by scanning.
///
/// The SQLite table refers to establishments by rowid, which `VACUUM` may renumber: after one the
/// index must be rebuilt (docs/operating.md).
struct M0013_CreateEstablishmentSearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        if database.isPostgres {
            try await sql.raw(
                """
                DO $$ BEGIN
                  CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
                EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'pg_trgm is not available: searches will scan';
                END $$
                """
            ).run()
            let installed = try await sql.raw("SELECT 1 AS one FROM pg_extension WHERE extname = 'pg_trgm'").first() != nil
            if installed {
                try await sql.raw(
                    "CREATE INDEX establishments_search ON establishments USING gin ((\(unsafeRaw: EstablishmentSearch.postgresText)) public.gin_trgm_ops)"
                ).run()
            }
            return
        }
        try await sql.raw(
            """
            CREATE VIRTUAL TABLE establishments_search USING fts5(
              folded_name, tax_code, folded_address, content = 'establishments', content_rowid = 'rowid', tokenize = 'trigram')
            """
        ).run()
        let columns = "folded_name, tax_code, folded_address"
        let removeOld = """
            INSERT INTO establishments_search (establishments_search, rowid, \(columns))
              VALUES ('delete', old.rowid, old.folded_name, old.tax_code, old.folded_address);
            """
        let addNew = """
            INSERT INTO establishments_search (rowid, \(columns)) VALUES (new.rowid, new.folded_name, new.tax_code, new.folded_address);
            """
        try await sql.raw("CREATE TRIGGER establishments_search_insert AFTER INSERT ON establishments BEGIN \(unsafeRaw: addNew) END").run()
        try await sql.raw("CREATE TRIGGER establishments_search_delete AFTER DELETE ON establishments BEGIN \(unsafeRaw: removeOld) END").run()
        try await sql.raw(
            "CREATE TRIGGER establishments_search_update AFTER UPDATE OF \(unsafeRaw: columns) ON establishments BEGIN \(unsafeRaw: removeOld) \(unsafeRaw: addNew) END"
        ).run()
        try await sql.raw("INSERT INTO establishments_search (establishments_search) VALUES ('rebuild')").run()
    }

    func revert(on database: any Database) async throws {
        if database.isPostgres {
            try await database.sql.raw("DROP INDEX IF EXISTS establishments_search").run()
            return
        }
        for trigger in ["insert", "delete", "update"] {
            try await database.sql.raw("DROP TRIGGER IF EXISTS establishments_search_\(unsafeRaw: trigger)").run()
        }
        try await database.sql.raw("DROP TABLE IF EXISTS establishments_search").run()
    }
}
