import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// The databases a test runs against: SQLite always, PostgreSQL too when `TEST_POSTGRES_URL` is set.
public enum TestBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite, postgres

    public static var available: [TestBackend] {
        ProcessInfo.processInfo.environment["TEST_POSTGRES_URL"].map { $0.isEmpty ? [.sqlite] : [.sqlite, .postgres] }
            ?? [.sqlite]
    }

    public var description: String { rawValue }
}

/// A clock tests can move.
public final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date = Date(timeIntervalSince1970: 1_767_225_600)) {  // 01/01/2026 00:00 UTC
        current = start
    }

    public var now: Date { lock.withLock { current } }
    public func advance(seconds: TimeInterval) { lock.withLock { current += seconds } }
}

public enum TestDatabase {
    /// A fresh, migrated database with reference data for one test, removed afterwards.
    /// Every PostgreSQL test gets its own schema, so tests run in parallel from a clean state.
    public static func withStore<T>(
        _ backend: TestBackend, clock: TestClock? = nil, migrate: Bool = true,
        _ body: (Store) async throws -> T
    ) async throws -> T {
        let logger = testLogger
        let nowFunction: @Sendable () -> Date
        if let clock { nowFunction = { clock.now } } else { nowFunction = { Date() } }
        let location: DatabaseLocation
        let cleanup: @Sendable () async throws -> Void
        switch backend {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kc-test-\(UUID().uuidString)")
            location = .sqliteFile(path: directory.appendingPathComponent("test.sqlite").path)
            cleanup = { try? FileManager.default.removeItem(at: directory) }
        case .postgres:
            let url = ProcessInfo.processInfo.environment["TEST_POSTGRES_URL"]!
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            try await admin(url: url, logger: logger) { try await $0.raw("CREATE SCHEMA \(ident: String(schema))").run() }
            location = .postgres(url: url, schema: String(schema))
            cleanup = {
                try await admin(url: url, logger: logger) {
                    try await $0.raw("DROP SCHEMA \(ident: String(schema)) CASCADE").run()
                }
            }
        }
        let store = try Store(
            location: location, eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            threadPool: NIOThreadPool.singleton, logger: logger, now: nowFunction)
        do {
            if migrate { try await store.migrate() }
            let result = try await body(store)
            await store.shutdown()
            try await cleanup()
            return result
        } catch {
            await store.shutdown()
            try? await cleanup()
            throw error
        }
    }

    public static var testLogger: Logger {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return logger
    }

    private static func admin(url: String, logger: Logger, _ body: (any SQLDatabase) async throws -> Void) async throws {
        let store = try Store(
            location: .postgres(url: url, schema: nil), eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            threadPool: NIOThreadPool.singleton, logger: logger)
        do {
            try await body(store.sql)
        } catch {
            await store.shutdown()
            throw error
        }
        await store.shutdown()
    }
}

extension Day {
    /// For tests: a day from a literal that is known to be valid.
    public static func of(_ iso: String) -> Day { Day(iso: iso)! }
}
