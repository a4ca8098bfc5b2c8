import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// A published typical product as the portal and open data give it: what the certificate says and
/// the public registry, nothing else.
struct PublicProductDTO: Content {
    let certificateNumber: String
    let productName: String
    let establishmentName: String
    let provinceCode: String
    let provinceName: String
    let level: String
    let levelLabel: String
    let year: Int
    let group: Int
    let groupLabel: String
    let isProductSet: Bool
    let description: String
    let award: String?
    let issuedOn: String
    let issuedBy: String
    let validUntil: String
    let status: String
    let statusLabel: String
    /// The product's photo, public with its certificate.
    let photoUrl: String?

    init(_ product: PublicProduct, naming: RoundNaming, today: Day) {
        let certificate = product.certificate
        certificateNumber = certificate.number
        productName = certificate.productName
        establishmentName = product.establishmentName
        provinceCode = product.provinceCode
        provinceName = naming.provinceName(product.provinceCode)
        level = certificate.level.rawValue
        levelLabel = naming.text(certificate.level.labelKey)
        year = product.year
        group = product.group.rawValue
        groupLabel = naming.text(product.group.labelKey)
        isProductSet = product.isProductSet
        description = product.description
        award = product.award
        issuedOn = certificate.issuedOn.iso
        issuedBy = certificate.issuedBy
        validUntil = certificate.validUntil.iso
        let status = certificate.status(on: today)
        self.status = status.rawValue
        statusLabel = naming.text(status.labelKey)
        photoUrl = product.photoID.map { "/api/v1/documents/\($0.uuidString.lowercased())" }
    }

    /// The CSV columns, Vietnamese headers first.
    static let csvHeader = [
        "Số giấy chứng nhận", "Tên sản phẩm", "Cơ sở", "Mã tỉnh", "Tỉnh, thành phố", "Cấp", "Năm", "Nhóm", "Bộ sản phẩm", "Ngày cấp",
        "Cơ quan cấp", "Hiệu lực đến",
    ]

    var csvRow: [String] {
        [
            certificateNumber, productName, establishmentName, provinceCode, provinceName, levelLabel, String(year), groupLabel,
            isProductSet ? "x" : "", Day(iso: issuedOn)?.vietnamese ?? issuedOn, issuedBy, Day(iso: validUntil)?.vietnamese ?? validUntil,
        ]
    }
}

/// The public side: certificate verification and the catalogue, no sign-in.
enum PublicProductsAPI {
    /// `GET /api/v1/certificates/{number}?on=YYYY-MM-DD`: the certificate with its status on that day
    /// (default today).
    static func certificate(_ req: Request) async throws -> PublicProductDTO {
        let day = try req.dayParameter("on", default: req.services.today)
        guard let number = req.parameters.get("number"),
            let product = try await req.services.typicalProducts.publishedCertificate(number: number)
        else { throw DomainError(.notFound, .tpCertificateUnknown) }
        return PublicProductDTO(product, naming: try await SelectionRoundsAPI.naming(req), today: day)
    }

    static func filter(_ req: Request) throws -> TypicalProductRepository.CatalogueFilter {
        let level = try req.stringParameter("level").map { text in
            guard let level = SelectionLevel(rawValue: text) else { throw DomainError.invalidParameter("level", expected: .tpLevelUnknown) }
            return level
        }
        let group = try req.stringParameter("group").map { text in
            guard let group = Int(text).flatMap(ProductGroup.init(rawValue:)) else {
                throw DomainError.invalidParameter("group", expected: .tpEntryGroupInvalid)
            }
            return group
        }
        let query = req.stringParameter("q")
        if let query, query.count > 200 { throw DomainError.invalidParameter("q", expected: .fieldTooLong) }
        return TypicalProductRepository.CatalogueFilter(
            query: query, provinceCode: req.stringParameter("province"), level: level,
            year: try req.yearParameter(in: SelectionRoundValidation.years), group: group)
    }

    static func products(_ req: Request, filter: TypicalProductRepository.CatalogueFilter) async throws -> [PublicProductDTO] {
        let today = req.services.today
        let naming = try await SelectionRoundsAPI.naming(req)
        return try await req.services.typicalProducts.catalogue(filter, on: today).map {
            PublicProductDTO($0, naming: naming, today: today)
        }
    }

    /// `GET /api/v1/public/products`: JSON, or CSV with `?format=csv`.
    static func list(_ req: Request) async throws -> Response {
        let format = try ListExport.format(of: req)
        let items = try await products(req, filter: try filter(req))
        if format == .json { return try await ItemsDTO(items: items, nextCursor: nil).encodeResponse(for: req) }
        let rows = items.map(\.csvRow)
        if format == .xlsx {
            return try await ListExport.xlsx(
                filename: "san-pham-cnnt-tieu-bieu-\(req.services.today.iso)", sheetName: req.text(.tpCatalogueTitle),
                header: PublicProductDTO.csvHeader, pages: { _ in (rows, nil) })
        }
        return ListExport.csv(
            filename: "san-pham-cnnt-tieu-bieu-\(req.services.today.iso)", header: PublicProductDTO.csvHeader, pages: { _ in (rows, nil) })
    }
}
