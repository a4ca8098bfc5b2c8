import Foundation
import KhuyenCongCore
import KhuyenCongStore
import NIOCore
import Vapor

/// Files of a filtered list (design.md §5: `?format=csv|xlsx|json` or `Accept`), shared by every list
/// that offers them. CSV is streamed a page at a time so memory stays flat however many rows match;
/// a workbook is built in memory, so it has a row limit and larger selections go to CSV.
enum ListExport {
    enum Format { case json, csv, xlsx }

    static let xlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    static let xlsxMaximumRows = 100_000

    /// One page of rows and where the next starts.
    typealias Pages = @Sendable (KeysetCursor?) async throws -> (rows: [[String]], next: KeysetCursor?)

    static func format(of req: Request) throws -> Format {
        let requested = req.queryValue("format")
        if let requested, !["csv", "json", "xlsx"].contains(requested) {
            throw DomainError.invalidParameter("format", expected: .invalidFormat)
        }
        // Vapor's media-type equality lets */* match text/csv, so compare the header's first type.
        let accept = req.headers.first(name: .accept)?.lowercased() ?? ""
        if requested == "xlsx" || accept.hasPrefix(xlsxMediaType) { return .xlsx }
        if requested == "csv" || accept.hasPrefix("text/csv") { return .csv }
        return .json
    }

    static func csv(filename: String, header: [String], pages: @escaping Pages) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename).csv\"")
        let body = Response.Body(asyncStream: { writer in
            do {
                try await writer.write(.buffer(ByteBuffer(string: CSVText.byteOrderMark + CSVText.line(header))))
                var cursor: KeysetCursor?
                repeat {
                    let page = try await pages(cursor)
                    try await writer.write(.buffer(ByteBuffer(string: page.rows.map { CSVText.line($0.map(CSVText.protected)) }.joined())))
                    cursor = page.next
                } while cursor != nil
                try await writer.write(.end)
            } catch {
                try? await writer.write(.error(error))
            }
        })
        return Response(status: .ok, headers: headers, body: body)
    }

    static func xlsx(filename: String, sheetName: String, header: [String], pages: Pages) async throws -> Response {
        var rows: [[String]] = []
        var cursor: KeysetCursor?
        repeat {
            let page = try await pages(cursor)
            rows += page.rows
            guard rows.count <= xlsxMaximumRows else {
                throw DomainError(.invalidInput, .exportTooLargeForXLSX, arguments: ["max": Money.formatCount(xlsxMaximumRows)])
            }
            cursor = page.next
            // Pages of an indexed list are read on the event loop; let its other requests in between.
            await Task.yield()
        } while cursor != nil
        // Compressing up to 100,000 rows takes seconds: on the thread pool, not an event loop.
        let workbook = try await NIOThreadPool.singleton.runIfActive { [rows] in
            try XLSXWriter.workbook(sheetName: sheetName, header: header, rows: rows)
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: xlsxMediaType)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename).xlsx\"")
        return Response(
            status: .ok, headers: headers, body: .init(data: workbook))
    }
}
