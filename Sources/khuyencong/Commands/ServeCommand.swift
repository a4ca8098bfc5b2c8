import ArgumentParser
import KhuyenCongStore
import KhuyenCongWeb
import NIOCore
import NIOPosix
import Vapor

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Migrate, load reference data and serve the web application and API.")

    @ArgumentParser.Flag(help: "Load demo organisations and accounts (password \"demo\"). Never in production.")
    var demo = false

    @ArgumentParser.Option(help: "Address to listen on.")
    var hostname = "127.0.0.1"

    @ArgumentParser.Option(help: "Port to listen on.")
    var port = 8080

    func run() async throws {
        #if os(Linux)
        // Request handlers then run on the event loop that read the request, instead of hopping to
        // Swift's own pool and back: on two cores that hop cost more than most handlers' own work
        // (by id: 3,800 → 8,500 requests/s). Work that may run long goes to NIO's thread pool (see
        // Store.committedRows) or yields between pages. Linux only: elsewhere NIO requires the
        // main thread, which an async command is not guaranteed to be on.
        if !NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor() {
            Logger(label: "khuyencong").notice("Swift Concurrency keeps its own executor (NIO's could not be installed).")
        }
        #endif
        var environment = try Environment.detect(arguments: ["khuyencong"])
        try LoggingSystem.bootstrap(from: &environment)
        let config = try AppConfig.fromEnvironment(CommandSupport.environment, demo: demo)
        let app = try await Application.make(environment)
        app.http.server.configuration.hostname = hostname
        app.http.server.configuration.port = port
        // Held while the server runs, so that `khuyencong restore` refuses to swap the file under it.
        var lock: DataDirectoryLock?
        if case .sqliteFile(let path) = config.database {
            lock = DataDirectoryLock.acquire(in: (path as NSString).deletingLastPathComponent)
            if lock == nil { app.logger.warning("Another KhuyenCong process holds the data directory of \(path).") }
        }
        defer { lock?.release() }
        do {
            let store = try Store(
                location: config.database, eventLoopGroup: app.eventLoopGroup, threadPool: app.threadPool,
                logger: app.logger)
            app.lifecycle.use(StoreLifecycle(store: store))
            try await CommandSupport.explainingUnreadableDatabase(config.database) {
                try await configure(app, config: config, store: store)
            }
            app.logger.notice("KhuyenCong: \(config.database), \(demo ? "demo data loaded" : "no demo data")")
            if demo {
                app.logger.notice("Demo accounts (password \"demo\"): \(DemoData.accounts.map(\.username).joined(separator: ", "))")
            }
            try await app.execute()
            // Stop taking requests and let those in flight finish before the store closes: Vapor
            // would close the lifecycle handlers (the store among them) before its server, and a
            // request arriving in between met a closed store.
            await app.server.shutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
