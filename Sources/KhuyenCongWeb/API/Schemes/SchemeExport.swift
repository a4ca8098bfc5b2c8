import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// The filtered scheme list as a file, with Vietnamese headers (state and level in the reader's
/// language, money as whole đồng so that spreadsheets can add it up).
enum SchemeExport {
    static func header(_ language: UILanguage) -> [String] {
        [
            MessageKey.schCode, .schName, .schLevel, .schKind, .schYear, .schProvince, .schState, .schEligibleCost, .schRequested,
            .moneyApproved,
        ].map { Messages.text($0, language) }
    }

    static func pages(_ req: Request) throws -> ListExport.Pages {
        let principal = try req.requirePrincipal()
        let filter = try SchemeFilter.parse(req)
        let repository = req.services.schemes
        let language = req.language
        return { cursor in
            let page = try await repository.list(scope: principal.scope, filter: filter, limit: 1000, after: cursor)
            let rows = page.items.map { scheme in
                [
                    scheme.code, scheme.title, Messages.text(scheme.level.labelKey, language), Messages.text(scheme.kind.labelKey, language),
                    String(scheme.planYear), scheme.provinceCode, Messages.text(scheme.state.labelKey, language), String(scheme.totalEligible),
                    String(scheme.totalRequested), scheme.approvedOn?.vietnamese ?? "",
                ]
            }
            return (rows, page.nextCursor.flatMap(KeysetCursor.init(encoded:)))
        }
    }

    static func csv(_ req: Request) throws -> Response {
        ListExport.csv(filename: "de-an-\(req.services.today.iso)", header: header(req.language), pages: try pages(req))
    }

    static func xlsx(_ req: Request) async throws -> Response {
        try await ListExport.xlsx(
            filename: "de-an-\(req.services.today.iso)", sheetName: req.text(.navSchemes), header: header(req.language), pages: try pages(req))
    }

    /// `GET /api/v1/schemes`: JSON, or a file with `?format=csv|xlsx`.
    static func listOrExport(_ req: Request) async throws -> Response {
        switch try ListExport.format(of: req) {
        case .xlsx: return try await xlsx(req)
        case .csv: return try csv(req)
        case .json: return try await SchemesAPI.list(req).encodeResponse(for: req)
        }
    }
}
