import ArgumentParser
import Foundation
import KhuyenCongCore
import KhuyenCongStore

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import data files.", subcommands: [Establishments.self])

    struct Establishments: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "establishments",
            abstract: "Import establishments from a UTF-8 CSV file or an XLSX workbook; all-or-nothing, the tax code is the match key.")

        @Argument(help: "The CSV (UTF-8, with or without BOM) or XLSX file (first sheet); Vietnamese or code headers.")
        var file: String

        @Flag(name: .customLong("dry-run"), help: "Check every row and report; write nothing.")
        var dryRun = false

        @Option(help: "Refuse rows outside this province (today's code, e.g. 01).")
        var province: String?

        func run() async throws {
            let url = URL(fileURLWithPath: file)
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                CommandSupport.printError(CommandSupport.text(.importUnreadable) + " (\(file))")
                throw ExitCode(2)
            }
            var started = Date()
            do {
                let report = try await CommandSupport.withStore { store in
                    let geography = try await GeographyRepository(store: store).load()
                    if let province, geography.unit(code: province, on: Day(store.now()))?.level != .province {
                        throw DomainError(.invalidInput, .unknownProvince, arguments: ["code": province, "date": Day(store.now()).vietnamese])
                    }
                    let importer = EstablishmentImporter(
                        store: store, geography: geography,
                        knownSectors: Set(try await SectorRepository(store: store).all().map(\.code)), today: Day(store.now()),
                        actor: CommandSupport.actor, scope: .everything,
                        onlyProvince: province)
                    // The rate is the import's own: opening the store and loading the geography
                    // would make a small file look like one row a second.
                    started = Date()
                    return try await importer.run(.file(url), dryRun: dryRun) { done in
                        if done % 50_000 == 0 { CommandSupport.printError("… \(Money.formatCount(done))") }
                    }
                }
                print(Self.summary(report, seconds: Date().timeIntervalSince(started)))
                if report.rejectedRows > 0 { throw ExitCode(1) }
            } catch let error as DomainError {
                CommandSupport.printError(error.message(in: CommandSupport.language))
                throw ExitCode(2)
            }
        }

        static func summary(_ report: ImportReport, seconds: Double) -> String {
            let t = { (key: MessageKey) in CommandSupport.text(key) }
            var lines = [
                "\(t(.importRowsRead)): \(Money.formatCount(report.rowsRead))", "\(t(report.createdLabel)): \(Money.formatCount(report.created))",
                "\(t(report.updatedLabel)): \(Money.formatCount(report.updated))",
                "\(t(.importUnchanged)): \(Money.formatCount(report.unchanged))", "\(t(.importRejected)): \(Money.formatCount(report.rejectedRows))",
            ]
            for rejection in report.rejected {
                lines.append(
                    "  \(t(.importRow)) \(rejection.row), \(rejection.column) = \"\(rejection.value)\": \(rejection.message(in: CommandSupport.language))")
            }
            lines.append(t(report.outcomeKey))
            lines.append(
                CommandSupport.text(
                    .cliSpeed,
                    ["seconds": String(format: "%.1f", seconds), "rate": Money.formatCount(Int((Double(report.rowsRead) / max(seconds, 0.001)).rounded()))]))
            return lines.joined(separator: "\n")
        }
    }
}
