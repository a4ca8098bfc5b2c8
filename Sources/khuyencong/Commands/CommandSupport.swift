import ArgumentParser
import Foundation
import KhuyenCongCore
import KhuyenCongStore
import KhuyenCongWeb
import Vapor

/// What the operator commands share: the configured store and the language of messages.
enum CommandSupport {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// Vietnamese unless the shell's locale is English (`LANG=en_…`) or `KHUYENCONG_LANG=en`.
    static var language: Language {
        let chosen = environment["KHUYENCONG_LANG"] ?? environment["LANG"] ?? ""
        return chosen.lowercased().hasPrefix("en") ? .en : .vi
    }

    static func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        Messages.text(key, language, arguments)
    }

    /// Who the audit trail records for a command: the operating-system account running it.
    static var actor: KhuyenCongStore.Actor { .cli(ProcessInfo.processInfo.environment["USER"] ?? "operator") }

    /// Opens (and, unless told not to, migrates) the configured database, runs `body`, and always
    /// closes it. A backup must neither create nor change the database it copies.
    static func withStore<T>(migrate: Bool = true, _ body: (Store) async throws -> T) async throws -> T {
        var logger = Logger(label: "khuyencong")
        logger.logLevel = .warning
        let location = try DatabaseLocation.fromEnvironment(environment)
        // Opening a SQLite store creates its directory and file; without migrating, the database must
        // already be there, so that a mistyped data directory is refused and left uncreated.
        if !migrate, case .sqliteFile(let path) = location, !FileManager.default.fileExists(atPath: path) {
            throw Backup.Failure.notFound(path)
        }
        let store = try Store(
            location: location,
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton, threadPool: NIOThreadPool.singleton, logger: logger)
        do {
            let result = try await explainingUnreadableDatabase(location) {
                if migrate { try await store.migrate() }
                return try await body(store)
            }
            await store.shutdown()
            return result
        } catch {
            await store.shutdown()
            throw error
        }
    }

    /// Runs `body`; a database file that is not SQLite or is damaged is reported in the operator's
    /// language, naming the file and the way out, and the command exits with 3.
    static func explainingUnreadableDatabase<T>(_ location: DatabaseLocation, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch where Store.isUnreadableFile(error) {
            printError(text(.cliDatabaseUnreadable, ["database": location.description]))
            throw ExitCode(3)
        }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
