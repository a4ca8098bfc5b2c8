import Foundation
import KhuyenCongCore
import KhuyenCongStore
import NIOCore
import Vapor

/// Exports of the filtered registry as CSV, streamed a page at a time so that memory stays flat
/// however many establishments match. Headers are Vietnamese; the file re-imports as it is.
enum EstablishmentExport {
    /// `GET /api/v1/establishments`: JSON by default; CSV with `?format=csv` or `Accept: text/csv`,
    /// a workbook with `?format=xlsx`.
    static func listOrExport(_ req: Request) async throws -> Response {
        switch try ListExport.format(of: req) {
        case .xlsx: return try await xlsx(req)
        case .csv: return try await csv(req)
        case .json: return try await EstablishmentsAPI.list(req).encodeResponse(for: req)
        }
    }

    /// `GET /establishments/export.csv` for the pages (session cookie).
    static func page(_ req: Request) async throws -> Response { try await csv(req) }

    /// `GET /establishments/export.xlsx` for the pages.
    static func pageXLSX(_ req: Request) async throws -> Response { try await xlsx(req) }

    /// Pages of the filtered registry the caller may see, as rows of the import template's columns.
    static func pages(_ req: Request) async throws -> ListExport.Pages {
        let principal = try req.requirePrincipal()
        let filter = try await EstablishmentFilter.parse(req)
        let repository = req.services.establishments
        let language = req.language
        return { cursor in
            let page = try await repository.list(scope: principal.scope, filter: filter, limit: 1000, after: cursor)
            return (page.items.map { EstablishmentColumn.values(of: $0, language: language) }, page.nextCursor.flatMap(KeysetCursor.init(encoded:)))
        }
    }

    static func xlsx(_ req: Request) async throws -> Response {
        try await ListExport.xlsx(
            filename: "co-so-cnnt-\(req.services.today.iso)", sheetName: req.text(.estTitle),
            header: EstablishmentColumn.allCases.map(\.vietnameseHeader), pages: try await pages(req))
    }

    static func csv(_ req: Request) async throws -> Response {
        ListExport.csv(
            filename: "co-so-cnnt-\(req.services.today.iso)", header: EstablishmentColumn.allCases.map(\.vietnameseHeader),
            pages: try await pages(req))
    }
}
