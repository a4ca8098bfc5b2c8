import SQLKit

/// A bulk load on SQLite builds a table's secondary indexes once, at the end of its transaction,
/// instead of inserting every row into each of them in random key order.
///
/// Why: with a million rows the indexes no longer fit the page cache, and each insert read and
/// spilled pages. In SQLite alone, one million establishment rows took 77 s into the indexed table,
/// against 1 s into the bare table and 10 s to build its six indexes afterwards (the sqlite3 shell
/// on the bench machine, cache of 32 MB). The definitions are read back from `sqlite_master`, so the
/// rebuilt indexes are exactly the migrated ones. Uniqueness is never dropped: constraint indexes
/// (`sqlite_autoindex_…`) and `CREATE UNIQUE INDEX` stay, because the load is checked against
/// them. Readers keep their snapshot with the old indexes until the transaction commits, and a
/// rollback restores them. On PostgreSQL nothing is dropped.
struct DeferredIndexes {
    private let sql: any SQLDatabase
    let table: String
    /// The `CREATE INDEX` statements of the dropped indexes, in name order.
    let definitions: [String]

    /// Drops the secondary indexes of `table`; call `rebuild` before the transaction commits.
    static func drop(on table: String, sql: any SQLDatabase) async throws -> DeferredIndexes {
        guard sql.dialect.name == "sqlite" else { return DeferredIndexes(sql: sql, table: table, definitions: []) }
        struct Index: Decodable {
            let name: String
            let sql: String
        }
        let indexes = try await sql.raw(
            """
            SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = \(bind: table) AND sql IS NOT NULL
              AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name
            """
        ).all(decoding: Index.self)
        for index in indexes { try await sql.raw("DROP INDEX \(ident: index.name)").run() }
        return DeferredIndexes(sql: sql, table: table, definitions: indexes.map(\.sql))
    }

    /// Builds the dropped indexes again.
    func rebuild() async throws {
        guard !definitions.isEmpty else { return }
        // Building an index sorts its keys in temporary files. The connection keeps those in memory
        // (`temp_store=MEMORY`, for small sorts); for a million rows that took 350 MB against 70 MB
        // on disk, and ran slower too.
        // SQLite refuses the change inside a transaction once the connection has temporary tables;
        // the build then simply runs with the connection's setting.
        let previous = try await sql.raw("PRAGMA temp_store").first(decodingColumn: "temp_store", as: Int.self) ?? 0
        try? await sql.raw("PRAGMA temp_store = FILE").run()
        do {
            for definition in definitions { try await sql.raw("\(unsafeRaw: definition)").run() }
        } catch {
            try? await sql.raw("PRAGMA temp_store = \(unsafeRaw: String(previous))").run()
            throw error
        }
        try? await sql.raw("PRAGMA temp_store = \(unsafeRaw: String(previous))").run()
    }
}
