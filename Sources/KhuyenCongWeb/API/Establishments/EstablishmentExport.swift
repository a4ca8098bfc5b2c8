import Foundation
import KhuyenCongCore
import KhuyenCongStore
import NIOCore
import Vapor

/// Exports of the filtered registry as CSV, streamed a page at a time so that memory stays flat
/// however many establishments match. Headers are Vietnamese; the file re-imports as it is.
enum EstablishmentExport {
    /// `GET /api/v1/establishments`: JSON by default; CSV with `?format=csv` or `Accept: text/csv`.
    static func listOrExport(_ req: Request) async throws -> Response {
        let wantsCSV = req.query[String.self, at: "format"] == "csv"
            // Vapor's media-type equality lets */* match text/csv, so compare the header's first type.
            || req.headers.first(name: .accept)?.lowercased().hasPrefix("text/csv") == true
        if let format = req.query[String.self, at: "format"], !["csv", "json", "xlsx"].contains(format) {
            throw DomainError.invalidParameter("format", expected: .invalidFormat)
        }
        if req.query[String.self, at: "format"] == "xlsx"
            || req.headers.first(name: .accept)?.hasPrefix(xlsxMediaType) == true
        {
            return try await xlsx(req)
        }
        if wantsCSV { return try await csv(req) }
        return try await EstablishmentsAPI.list(req).encodeResponse(for: req)
    }

    /// `GET /establishments/export.csv` for the pages (session cookie).
    static func page(_ req: Request) async throws -> Response { try await csv(req) }

    /// `GET /establishments/export.xlsx` for the pages.
    static func pageXLSX(_ req: Request) async throws -> Response { try await xlsx(req) }

    static let xlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    /// A workbook is built in memory, so its size is bounded; larger selections go to CSV.
    static let xlsxMaximumRows = 100_000

    static func xlsx(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let filter = try await EstablishmentFilter.parse(req)
        let repository = req.services.establishments
        var rows: [[String]] = []
        var cursor: KeysetCursor?
        repeat {
            let page = try await repository.list(scope: principal.scope, filter: filter, limit: 1000, after: cursor)
            rows += page.items.map { EstablishmentColumn.values(of: $0, language: req.language) }
            guard rows.count <= xlsxMaximumRows else {
                throw DomainError(.invalidInput, .exportTooLargeForXLSX, arguments: ["max": Money.formatCount(xlsxMaximumRows)])
            }
            cursor = page.nextCursor.flatMap(KeysetCursor.init(encoded:))
        } while cursor != nil
        let workbook = try XLSXWriter.workbook(
            sheetName: req.text(.estTitle), header: EstablishmentColumn.allCases.map(\.vietnameseHeader), rows: rows)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: xlsxMediaType)
        headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"co-so-cnnt-\(req.services.today.iso).xlsx\"")
        return Response(status: .ok, headers: headers, body: .init(data: workbook))
    }

    static func csv(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let filter = try await EstablishmentFilter.parse(req)
        let repository = req.services.establishments
        let language = req.language
        let scope = principal.scope
        let day = req.services.today
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"co-so-cnnt-\(day.iso).csv\"")
        let body = Response.Body(asyncStream: { writer in
            do {
                let header = CSVText.byteOrderMark + CSVText.line(EstablishmentColumn.allCases.map(\.vietnameseHeader))
                try await writer.write(.buffer(ByteBuffer(string: header)))
                var cursor: KeysetCursor?
                repeat {
                    let page = try await repository.list(scope: scope, filter: filter, limit: 1000, after: cursor)
                    var chunk = ""
                    for e in page.items {
                        chunk += CSVText.line(EstablishmentColumn.values(of: e, language: language).map(CSVText.protected))
                    }
                    try await writer.write(.buffer(ByteBuffer(string: chunk)))
                    cursor = page.nextCursor.flatMap(KeysetCursor.init(encoded:))
                } while cursor != nil
                try await writer.write(.end)
            } catch {
                try? await writer.write(.error(error))
            }
        })
        return Response(status: .ok, headers: headers, body: body)
    }
}
