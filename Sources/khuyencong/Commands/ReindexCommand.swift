import ArgumentParser
import Foundation
import KhuyenCongCore
import KhuyenCongStore

/// `khuyencong reindex`: rebuilds the establishment search index (SQLite).
struct ReindexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the establishment search index (SQLite): after a VACUUM, or when searches slowed after much growth.",
        discussion: "Safe while the server runs: searches use the previous index until the rebuild commits (docs/operating.md).")

    func run() async throws {
        let started = Date()
        let summary = try await CommandSupport.withStore { store in try await EstablishmentRepository(store: store).rebuildSearchIndex() }
        guard let summary else {
            print(CommandSupport.text(.cliReindexPostgres))
            return
        }
        print(CommandSupport.text(.cliReindexed, [
            "count": Money.formatCount(summary.establishments), "buckets": Money.formatCount(summary.buckets),
            "seconds": String(format: "%.1f", Date().timeIntervalSince(started)),
        ]))
    }
}
