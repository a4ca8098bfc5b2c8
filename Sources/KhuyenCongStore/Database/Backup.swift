import FluentKit
import Foundation
import KhuyenCongCore
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// Backups of the embedded SQLite database and their restore (`khuyencong backup|restore FILE`).
/// PostgreSQL is backed up with its own tools, `pg_dump`/`pg_restore` (docs/operating.md).
public enum Backup {
    /// What a backup holds, checked before it is trusted.
    public struct Summary: Sendable, Equatable {
        public let bytes: Int64
        public let auditEntries: Int
        /// The hash of the last audit entry: the same value before and after a round trip.
        public let auditHead: String
    }

    public enum Failure: Error, Sendable, Equatable {
        /// PostgreSQL is configured: use pg_dump/pg_restore.
        case postgres
        case targetExists(String)
        case notFound(String)
        /// Not a SQLite file, damaged, or not a KhuyenCong database.
        case notADatabase(String)
        case auditBroken(sequence: Int64)
        /// A server holds the data directory: stop it first.
        case serverRunning

        public var message: (MessageKey, [String: String]) {
            switch self {
            case .postgres: (.cliBackupPostgres, [:])
            case .targetExists(let path): (.cliBackupExists, ["file": path])
            case .notFound(let path): (.cliBackupNotFound, ["file": path])
            case .notADatabase(let path): (.cliBackupInvalid, ["file": path])
            case .auditBroken(let sequence): (.cliBackupAuditBroken, ["seq": String(sequence)])
            case .serverRunning: (.cliRestoreServerRunning, [:])
            }
        }
    }

    /// Writes a consistent copy of the live database to `file` while the server keeps running.
    /// `VACUUM INTO` reads one snapshot inside a single read transaction, so writers go on (WAL)
    /// and the copy holds exactly the transactions committed before it began — compacted, and
    /// without a -wal file beside it.
    public static func write(_ store: Store, to file: String) async throws -> Summary {
        guard case .sqliteFile(let source) = store.location else { throw Failure.postgres }
        // A wrong or unset KHUYENCONG_DATA_DIR must not "back up" a database made up on the spot.
        guard FileManager.default.fileExists(atPath: source) else { throw Failure.notFound(source) }
        guard !FileManager.default.fileExists(atPath: file) else { throw Failure.targetExists(file) }
        let directory = (file as NSString).deletingLastPathComponent
        guard directory.isEmpty || FileManager.default.fileExists(atPath: directory) else { throw Failure.notFound(directory) }
        try await store.sql.raw("VACUUM INTO \(bind: file)").run()
        return try await inspect(file)
    }

    /// Checks that `file` is an intact KhuyenCong database whose audit chain verifies.
    public static func inspect(_ file: String) async throws -> Summary {
        guard FileManager.default.fileExists(atPath: file) else { throw Failure.notFound(file) }
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory)
        let handle = isDirectory.boolValue ? nil : FileHandle(forReadingAtPath: file)
        let header = (try? handle?.read(upToCount: 16)) ?? nil
        try? handle?.close()
        guard header == Data("SQLite format 3\0".utf8) else { throw Failure.notADatabase(file) }
        var logger = Logger(label: "khuyencong.backup")
        logger.logLevel = .error
        let store = try Store(
            location: .sqliteFile(path: file), eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            threadPool: NIOThreadPool.singleton, logger: logger)
        do {
            let summary = try await summarise(store, file: file)
            await store.shutdown()
            return summary
        } catch {
            await store.shutdown()
            throw error
        }
    }

    private static func summarise(_ store: Store, file: String) async throws -> Summary {
        struct Check: Decodable { let integrity_check: String }
        struct Head: Decodable {
            let seq: Int64
            let hash: String
        }
        let checks = try? await store.sql.raw("PRAGMA integrity_check").all(decoding: Check.self)
        guard checks?.map(\.integrity_check) == ["ok"],
            let head = try? await store.sql.select().columns("seq", "hash").from("audit_head").first(decoding: Head.self)
        else { throw Failure.notADatabase(file) }
        switch try await AuditLog(store: store).verify() {
        case .broken(let sequence, _): throw Failure.auditBroken(sequence: sequence)
        case .intact(let entries):
            let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? 0
            return Summary(bytes: size, auditEntries: entries, auditHead: head.hash)
        }
    }

    /// Replaces the database at `location` with the backup `file`, after checking the backup.
    /// The current database (with its -wal and -shm files) is kept beside it, renamed with the
    /// time, and returned; nothing is changed when the backup does not check out. The server must
    /// be stopped first (a running server would keep writing to the file moved aside): while one
    /// holds the data directory's lock, the restore is refused.
    public static func restore(from file: String, to location: DatabaseLocation, now: Date = Date()) async throws
        -> (summary: Summary, keptAt: String?)
    {
        guard case .sqliteFile(let target) = location else { throw Failure.postgres }
        let directory = (target as NSString).deletingLastPathComponent
        guard let lock = DataDirectoryLock.acquire(in: directory) else { throw Failure.serverRunning }
        defer { lock.release() }
        let summary = try await inspect(file)
        let manager = FileManager.default
        try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // Copy first, then swap by renames, so a failure part-way leaves the current database in place.
        let incoming = target + ".restoring"
        try? manager.removeItem(atPath: incoming)
        try manager.copyItem(atPath: file, toPath: incoming)
        var keptAt: String?
        var moved: [(from: String, to: String)] = []
        do {
        if manager.fileExists(atPath: target) {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyyMMdd-HHmmss"
            let aside = target + ".before-restore-" + formatter.string(from: now)
            for suffix in ["", "-wal", "-shm"] where manager.fileExists(atPath: target + suffix) {
                try manager.moveItem(atPath: target + suffix, toPath: aside + suffix)
                moved.append((target + suffix, aside + suffix))
            }
            keptAt = aside
        }
        try manager.moveItem(atPath: incoming, toPath: target)
        } catch {
            // Put the current database back as it was, so a failed restore changes nothing.
            for (from, to) in moved.reversed() { try? manager.moveItem(atPath: to, toPath: from) }
            try? manager.removeItem(atPath: incoming)
            throw error
        }
        return (summary, keptAt)
    }
}
