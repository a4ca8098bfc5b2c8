import FluentKit
import Foundation
import KhuyenCongCore
import KhuyenCongStore
import NIOCore
import NIOPosix
import SQLKit
import TestSupport
import Testing

@Suite("Backup and restore of the SQLite database")
struct BackupTests {
    /// A file-backed store in its own directory, like the server's.
    static func withFileStore<T>(_ body: (Store, String, URL) async throws -> T) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kc-backup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(DatabaseLocation.sqliteFileName).path
        let store = try open(path)
        do {
            try await store.migrate()
            let result = try await body(store, path, directory)
            await store.shutdown()
            return result
        } catch {
            await store.shutdown()
            throw error
        }
    }

    static func open(_ path: String) throws -> Store {
        try Store(
            location: .sqliteFile(path: path), eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            threadPool: NIOThreadPool.singleton, logger: TestDatabase.testLogger)
    }

    /// Renames an organisation `times` times, each an audited write.
    static func rename(_ store: Store, times: Int, tag: String) async throws {
        let admin = try await UserRepository(store: store).create(
            AccountDraft(username: "admin-\(tag)", displayName: "Admin", role: .ministryAdmin), provinceCode: nil,
            passwordHash: "x", actor: .system)
        let repository = OrganisationRepository(store: store)
        let organisation = try #require(try await repository.list(scope: .everything, limit: 1, after: nil).items.first)
        var version = organisation.version
        for round in 1...times {
            version = try await repository.update(
                organisation.id, change: OrganisationChange(name: "\(organisation.name) \(tag)\(round)", address: "", phone: "", email: ""),
                expectedVersion: version, by: admin
            ).version
        }
    }

    /// Row counts of every table: equal counts, an equal audit head and an intact chain mean the
    /// same data (the audit trail records every change with its content).
    static func fingerprint(_ store: Store) async throws -> [String: Int] {
        struct Table: Decodable { let name: String }
        let tables = try await store.sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all(decoding: Table.self)
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table.name] = try await store.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(table.name).first(decodingColumn: "n", as: Int.self)
        }
        return counts
    }

    @Test("a backup taken during writes restores exactly that state, audit chain included")
    func roundTrip() async throws {
        try await Self.withFileStore { store, path, directory in
            try await Self.rename(store, times: 3, tag: "a")
            let backupFile = directory.appendingPathComponent("backup.sqlite").path
            // Writers keep going while the copy is taken; the copy is one consistent point in time.
            async let writes: Void = Self.rename(store, times: 5, tag: "during")
            let summary = try await Backup.write(store, to: backupFile)
            try await writes
            #expect(summary.auditEntries > 0)
            let inBackup = try await Backup.inspect(backupFile)
            #expect(inBackup == summary)

            // The state in the backup, read from the backup itself.
            let copy = try Self.open(backupFile)
            let expected = try await Self.fingerprint(copy)
            await copy.shutdown()

            try await Self.rename(store, times: 2, tag: "after")
            let beforeRestore = try await AuditLog(store: store).count(scope: .everything)
            #expect(beforeRestore > summary.auditEntries)
            await store.shutdown()

            let (restored, keptAt) = try await Backup.restore(from: backupFile, to: .sqliteFile(path: path))
            #expect(restored == summary)
            let reopened = try Self.open(path)
            do {
                #expect(try await Self.fingerprint(reopened) == expected)
                #expect(try await AuditLog(store: reopened).verify() == .intact(entries: summary.auditEntries))
                let head = try await reopened.sql.select().column("hash").from("audit_head").first(decodingColumn: "hash", as: String.self)
                #expect(head == summary.auditHead)
                // The server's own start-up (migrate) accepts the restored file.
                try await reopened.migrate()
                #expect(try await AuditLog(store: reopened).verify() == .intact(entries: summary.auditEntries))
            } catch {
                await reopened.shutdown()
                throw error
            }
            await reopened.shutdown()

            // Nothing is lost: the database replaced is kept beside it, later writes and all.
            let aside = try #require(keptAt)
            let kept = try Self.open(aside)
            #expect(try await AuditLog(store: kept).verify() == .intact(entries: beforeRestore))
            await kept.shutdown()
        }
    }

    @Test("bad backups and targets are refused and change nothing")
    func refusals() async throws {
        try await Self.withFileStore { store, path, directory in
            let existing = directory.appendingPathComponent("exists.sqlite").path
            FileManager.default.createFile(atPath: existing, contents: Data("keep me".utf8))
            await #expect(throws: Backup.Failure.targetExists(existing)) { _ = try await Backup.write(store, to: existing) }
            #expect(FileManager.default.contents(atPath: existing) == Data("keep me".utf8))

            let before = try await Self.fingerprint(store)
            await #expect(throws: Backup.Failure.notADatabase(existing)) {
                _ = try await Backup.restore(from: existing, to: .sqliteFile(path: path))
            }
            let missing = directory.appendingPathComponent("missing.sqlite").path
            await #expect(throws: Backup.Failure.notFound(missing)) {
                _ = try await Backup.restore(from: missing, to: .sqliteFile(path: path))
            }
            // A SQLite file that is not a KhuyenCong database.
            let foreign = directory.appendingPathComponent("foreign.sqlite").path
            let other = try Self.open(foreign)
            try await other.sql.raw("CREATE TABLE notes (text TEXT)").run()
            await other.shutdown()
            await #expect(throws: Backup.Failure.notADatabase(foreign)) {
                _ = try await Backup.restore(from: foreign, to: .sqliteFile(path: path))
            }
            await #expect(throws: Backup.Failure.postgres) {
                _ = try await Backup.restore(from: existing, to: .postgres(url: "postgres://x@localhost/x", schema: nil))
            }
            #expect(try await Self.fingerprint(store) == before)
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            #expect(!files.contains { $0.contains("before-restore") || $0.hasSuffix(".restoring") })
        }
    }

    @Test("a backup whose audit trail was altered is refused")
    func tamperedBackup() async throws {
        try await Self.withFileStore { store, path, directory in
            try await Self.rename(store, times: 2, tag: "t")
            let backupFile = directory.appendingPathComponent("tampered.sqlite").path
            _ = try await Backup.write(store, to: backupFile)
            let copy = try Self.open(backupFile)
            try await copy.sql.raw("DROP TRIGGER IF EXISTS audit_log_no_update").run()
            try await copy.sql.raw("UPDATE audit_log SET actor_name = 'mallory' WHERE seq = 2").run()
            await copy.shutdown()
            await #expect(throws: Backup.Failure.auditBroken(sequence: 2)) {
                _ = try await Backup.restore(from: backupFile, to: .sqliteFile(path: path))
            }
        }
    }

    /// The full-text index refers to establishments by rowid: the copy must keep rowids, gaps and all,
    /// or searches in a restored database would return the wrong records.
    @Test("search in a backup finds the same establishments, after deletions left gaps in the rowids")
    func searchSurvivesBackup() async throws {
        try await Self.withFileStore { store, _, directory in
            let geography = try await GeographyRepository(store: store).load()
            let repository = EstablishmentRepository(store: store)
            _ = try await repository.seedSynthetic(count: 300, seed: 11, geography: geography, today: Day.of("2026-01-01"), actor: .system)
            try await store.sql.raw("DELETE FROM establishments WHERE rowid % 3 = 0").run()
            let remaining = try await repository.list(scope: .everything, limit: 200, after: nil).items
            #expect(remaining.count == 200)
            let backupFile = directory.appendingPathComponent("search.sqlite").path
            _ = try await Backup.write(store, to: backupFile)
            let copy = try Self.open(backupFile)
            do {
                let copied = EstablishmentRepository(store: copy)
                for establishment in remaining.prefix(40) {
                    let found = try await copied.list(
                        scope: .everything, filter: .init(query: establishment.taxCode), limit: 5, after: nil
                    ).items.map(\.id)
                    #expect(found == [establishment.id], "\(establishment.taxCode)")
                }
            } catch {
                await copy.shutdown()
                throw error
            }
            await copy.shutdown()
        }
    }

    @Test("a restore is refused while a server holds the data directory; a database that is not there is not backed up")
    func refusedWhileRunning() async throws {
        try await Self.withFileStore { store, path, directory in
            let backupFile = directory.appendingPathComponent("held.sqlite").path
            _ = try await Backup.write(store, to: backupFile)
            let held = try #require(DataDirectoryLock.acquire(in: directory.path))
            #expect(DataDirectoryLock.acquire(in: directory.path) == nil)
            await #expect(throws: Backup.Failure.serverRunning) {
                _ = try await Backup.restore(from: backupFile, to: .sqliteFile(path: path))
            }
            held.release()
            #expect(!(try FileManager.default.contentsOfDirectory(atPath: directory.path).contains { $0.contains("before-restore") }))

            // A wrong data directory must not yield a "backup" of a database made up on the spot.
            let missing = directory.appendingPathComponent("elsewhere/khuyencong.sqlite").path
            let nowhere = try Self.open(missing)
            await #expect(throws: Backup.Failure.notFound(missing)) {
                _ = try await Backup.write(nowhere, to: directory.appendingPathComponent("empty.sqlite").path)
            }
            await nowhere.shutdown()
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("empty.sqlite").path))
        }
    }
}
