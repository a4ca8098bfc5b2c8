import Foundation
import KhuyenCongStore
import SQLKit
import Testing

@Suite("The SQLite database file")
struct DatabaseFileTests {
    static func pageSize(_ store: Store) async throws -> Int? {
        try await store.sql.raw("PRAGMA page_size").first(decodingColumn: "page_size", as: Int.self)
    }

    @Test("a new file is made with 16 KB pages and in WAL mode")
    func newFile() async throws {
        try await BackupTests.withFileStore { store, _, _ in
            #expect(try await Self.pageSize(store) == 16384)
            let mode = try await store.sql.raw("PRAGMA journal_mode").first(decodingColumn: "journal_mode", as: String.self)
            #expect(mode == "wal")
        }
    }

    @Test("an existing file keeps its page size and migrates")
    func existingFile() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kc-pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(DatabaseLocation.sqliteFileName).path
        // A file written once before the store ever ran, so with SQLite's default page size.
        let old = try BackupTests.open(path)
        try await old.sql.raw("CREATE TABLE made_before (x)").run()
        await old.shutdown()

        let store = try BackupTests.open(path)
        do {
            try await store.migrate()
            #expect(try await Self.pageSize(store) == 4096)
            let units = try await store.sql.raw("SELECT COUNT(*) AS n FROM admin_units").first(decodingColumn: "n", as: Int.self)
            #expect((units ?? 0) > 0)
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
    }
}
