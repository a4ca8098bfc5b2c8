import ArgumentParser
import Foundation
import KhuyenCongCore
import KhuyenCongStore

struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed", abstract: "Generate data for demos and benchmarks.", subcommands: [Synthetic.self])

    struct Synthetic: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "synthetic",
            abstract: "Add realistic synthetic establishments over all communes in force, deterministic for a seed.")

        @Option(help: "How many establishments to add.")
        var establishments: Int

        @Option(help: "Seed: the same seed gives the same establishments.")
        var seed: UInt64 = 1

        @Option(help: "Only the communes of this province (today's code).")
        var province: String?

        func validate() throws {
            guard establishments > 0, establishments <= 10_000_000 else {
                throw ValidationError(CommandSupport.text(.cliEstablishmentsRange))
            }
        }

        func run() async throws {
            let started = Date()
            let added = try await CommandSupport.withStore { store in
                let geography = try await GeographyRepository(store: store).load()
                return try await EstablishmentRepository(store: store).seedSynthetic(
                    count: establishments, seed: seed, provinceCode: province, geography: geography, today: Day(store.now()),
                    actor: CommandSupport.actor)
            }
            let seconds = Date().timeIntervalSince(started)
            print(CommandSupport.text(.cliSeedDone, ["count": String(added), "seconds": String(format: "%.1f", seconds)]))
        }
    }
}
