import ArgumentParser
import Foundation
import KhuyenCongCore
import KhuyenCongStore

/// `khuyencong backup FILE`: a consistent copy of the running system's SQLite database.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the SQLite database to FILE while the server runs, and check the copy.",
        discussion: "For PostgreSQL use pg_dump (docs/operating.md).")

    @Argument(help: "The backup file to write; must not exist yet.")
    var file: String

    func run() async throws {
        let location = try DatabaseLocation.fromEnvironment(CommandSupport.environment)
        guard !location.isPostgres else { throw refusal(.postgres) }
        do {
            let summary = try await CommandSupport.withStore(migrate: false) { store in try await Backup.write(store, to: file) }
            print(CommandSupport.text(.cliBackupDone, [
                "file": file, "bytes": String(summary.bytes), "entries": String(summary.auditEntries),
                "head": String(summary.auditHead.prefix(12)),
            ]))
        } catch let failure as Backup.Failure {
            throw refusal(failure)
        }
    }
}

/// `khuyencong restore FILE`: replaces the database with a checked backup (server stopped).
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the SQLite database with the backup FILE, after checking it. Stop the server first.",
        discussion: "The current database is kept beside it. For PostgreSQL use pg_restore (docs/operating.md).")

    @Argument(help: "A file written by `khuyencong backup`.")
    var file: String

    func run() async throws {
        do {
            let location = try DatabaseLocation.fromEnvironment(CommandSupport.environment)
            let (summary, keptAt) = try await Backup.restore(from: file, to: location)
            print(CommandSupport.text(.cliRestoreDone, [
                "file": file, "entries": String(summary.auditEntries), "head": String(summary.auditHead.prefix(12)),
            ]))
            if let keptAt { print(CommandSupport.text(.cliRestoreKept, ["file": keptAt])) }
        } catch let failure as Backup.Failure {
            throw refusal(failure)
        }
    }
}

/// Prints a backup refusal in the operator's language and exits 1.
private func refusal(_ failure: Backup.Failure) -> ExitCode {
    let (key, arguments) = failure.message
    CommandSupport.printError(CommandSupport.text(key, arguments))
    return ExitCode(1)
}
