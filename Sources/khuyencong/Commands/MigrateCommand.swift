import ArgumentParser
import KhuyenCongCore
import KhuyenCongStore

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Bring the database schema up to date and load reference data.")

    func run() async throws {
        try await CommandSupport.withStore { store in
            print(CommandSupport.text(.cliMigrated, ["database": store.location.description]))
        }
    }
}
