import FluentKit
import KhuyenCongCore
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// The persistence layer's entry point: the database connections, migrations and the clock.
/// The web layer and the CLI each make one and pass it on; tests make one per test.
public final class Store: Sendable {
    public let location: DatabaseLocation
    public let databases: Databases
    public let logger: Logger
    public let eventLoopGroup: any EventLoopGroup
    /// Injected so tests can fix time.
    public let now: @Sendable () -> Date
    /// Principals behind recently presented secrets (SessionRepository).
    let principals = PrincipalCache()
    /// The hot read paths' own connections to an SQLite file (nil on PostgreSQL and in memory).
    let reader: SQLiteReader?
    /// Where reads that may run long are sent (see `committedRows`).
    let threadPool: NIOThreadPool

    public init(
        location: DatabaseLocation,
        eventLoopGroup: any EventLoopGroup,
        threadPool: NIOThreadPool,
        logger: Logger,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        self.location = location
        self.eventLoopGroup = eventLoopGroup
        self.logger = logger
        self.now = now
        self.threadPool = threadPool
        databases = Databases(threadPool: threadPool, on: eventLoopGroup)
        if case .sqliteFile(let path) = location { reader = SQLiteReader(path: path) } else { reader = nil }
        switch location {
        case .sqliteFile(let path):
            let directory = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .sqliteMemory:
            databases.use(.sqlite(.memory, sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            databases.use(
                .postgres(
                    configuration: configuration, maxConnectionsPerEventLoop: 4,
                    connectionPoolTimeout: .seconds(10), encodingContext: .default, decodingContext: .default,
                    sqlLogLevel: .trace),
                as: .psql)
        }
    }

    /// A database handle on any event loop.
    public var database: any Database {
        databases.database(logger: logger, on: eventLoopGroup.any())!
    }

    public var sql: any SQLDatabase { database as! any SQLDatabase }

    public var isPostgres: Bool { location.isPostgres }

    /// Brings the schema up to date and makes sure reference data is loaded.
    public func migrate() async throws {
        if !isPostgres {
            // A new file gets 16 KB pages: a 1,000,000-row import took 50 s against 65 s with SQLite's
            // 4 KB (fewer pages to spill, sort and checkpoint; 32 and 64 KB were no faster). The size is
            // fixed by the file's first write, so it is set on the connection that makes it; an
            // existing file keeps its size (docs/operating.md shows how to convert one).
            // WAL lets readers proceed while one writer commits; it persists in the file.
            let first = databases.database(logger: logger, on: eventLoopGroup.any()) as! any SQLDatabase
            try await first.raw("PRAGMA page_size=16384").run()
            try await first.raw("PRAGMA journal_mode=WAL").run()
            try await tuneSQLiteConnections()
        }
        let migrations = Migrations()
        migrations.add(StoreMigrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoopGroup.any())
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
        try await ReferenceData(store: self).loadIfNeeded()
        try await ReferenceOrganisations(store: self).loadIfNeeded()
        try await ReferenceSectors(store: self).loadIfEmpty()
        try await RateTableRepository(store: self).seedIfAbsent(RateBook.seed.tables)
        try await ProgrammeRepository(store: self).seedIfAbsent(NationalProgrammes.all)
        try await EstablishmentRepository(store: self).rebuildSearchIndexIfOutgrown()
    }

    /// SQLite's default page cache (2 MB) makes bulk imports spill to disk on every index insert; each
    /// event loop holds one connection for the life of the process, so it is set on each once.
    func tuneSQLiteConnections() async throws {
        for loop in eventLoopGroup.makeIterator() {
            guard let database = databases.database(logger: logger, on: loop) as? any SQLDatabase else { continue }
            try await database.raw("PRAGMA cache_size=-32768").run()
            try await database.raw("PRAGMA temp_store=MEMORY").run()
        }
    }

    /// Whether the database answers (the readiness probe).
    public func ping() async throws {
        _ = try await sql.raw("SELECT 1 AS one").first()
    }

    public func shutdown() async {
        reader?.close()
        await databases.shutdownAsync()
    }

    public var nowMillis: Int64 { Int64((now().timeIntervalSince1970 * 1000).rounded(.down)) }
}
