import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

struct ImportReportDTO: Content {
    struct Rejection: Content {
        let row: Int
        let column: String
        let value: String
        let message: String
    }

    let rowsRead: Int
    let created: Int
    let updated: Int
    let unchanged: Int
    let rejectedRows: Int
    let rejected: [Rejection]
    let committed: Bool
    let dryRun: Bool

    init(_ report: ImportReport, dryRun: Bool, language: UILanguage) {
        rowsRead = report.rowsRead
        created = report.created
        updated = report.updated
        unchanged = report.unchanged
        rejectedRows = report.rejectedRows
        rejected = report.rejected.map {
            Rejection(row: $0.row, column: $0.column, value: $0.value, message: $0.message(in: language))
        }
        committed = report.committed
        self.dryRun = dryRun
    }
}

/// `POST /api/v1/establishments/import?dryRun=true|false` with the file as the body.
enum EstablishmentImportAPI {
    static func run(_ req: Request) async throws -> ImportReportDTO {
        let principal = try req.requirePrincipal()
        let dryRun = try dryRunParameter(req)
        guard let buffer = req.body.data, buffer.readableBytes > 0 else { throw DomainError(.invalidInput, .importEmpty) }
        let report = try await EstablishmentImports.run(
            .data(Data(buffer.readableBytesView)), dryRun: dryRun, principal: principal, services: req.services)
        return ImportReportDTO(report, dryRun: dryRun, language: req.language)
    }

    static func dryRunParameter(_ req: Request) throws -> Bool {
        switch req.queryValue("dryRun")?.lowercased() {
        case nil, "false", "0": false
        case "true", "1": true
        default: throw DomainError.invalidParameter("dryRun", expected: .invalidBoolean)
        }
    }
}

/// Starting an import with the store's reference data, for the API and the page.
enum EstablishmentImports {
    static func run(
        _ source: ImportSource, dryRun: Bool, principal: Principal, services: AppServices,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws -> ImportReport {
        let importer = EstablishmentImporter(
            store: services.store, geography: try await services.geography.current(),
            knownSectors: Set(try await SectorRepository(store: services.store).all().map(\.code)), today: services.today,
            actor: Actor(principal), scope: principal.scope)
        return try await importer.run(source, dryRun: dryRun, progress: progress)
    }
}
