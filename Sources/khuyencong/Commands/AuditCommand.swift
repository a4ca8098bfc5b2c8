import ArgumentParser
import KhuyenCongCore
import KhuyenCongStore

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Work with the audit trail.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Recompute the hash chain; exit 0 when intact, 1 naming the first broken entry.")

        func run() async throws {
            let result = try await CommandSupport.withStore { store in try await AuditLog(store: store).verify() }
            switch result {
            case .intact(let entries):
                print(CommandSupport.text(.auditChainOk, ["count": String(entries)]))
            case .broken(let sequence, let reason):
                CommandSupport.printError(CommandSupport.text(.auditChainBroken, ["seq": String(sequence)]) + " (\(reason))")
                throw ExitCode(1)
            }
        }
    }
}
