import Foundation
import KhuyenCongCore
import SQLKit

/// A published certificate as the public portal shows it: nothing that is not on the certificate
/// or in the public registry (no scores, no people).
public struct PublicProduct: Sendable, Hashable {
    public let certificate: ProductCertificate
    public let establishmentName: String
    /// Today's province of the establishment.
    public let provinceCode: String
    public let group: ProductGroup
    public let isProductSet: Bool
    public let description: String
    /// The year of the round that recognised it.
    public let year: Int
    public let award: String?
    /// The entry's first photo in the dossier, public with the certificate.
    public var photoID: UUID?
}

extension TypicalProductRepository {
    public struct CatalogueFilter: Sendable, Hashable {
        public var query: String?
        public var provinceCode: String?
        public var level: SelectionLevel?
        public var year: Int?
        public var group: ProductGroup?

        public init(
            query: String? = nil, provinceCode: String? = nil, level: SelectionLevel? = nil, year: Int? = nil, group: ProductGroup? = nil
        ) {
            self.query = query
            self.provinceCode = provinceCode
            self.level = level
            self.year = year
            self.group = group
        }
    }

    /// What a public row holds besides the certificate's own columns.
    private struct Extras: Decodable {
        let establishmentName: String
        let provinceCode: String
        let productGroup: Int
        let isProductSet: Int
        let description: String
        let year: Int
        let award: String?
    }

    private static func product(_ row: any SQLRow) throws -> PublicProduct? {
        let extras = try row.decode(model: Extras.self, keyDecodingStrategy: .convertFromSnakeCase)
        guard let certificate = try row.decode(model: TypicalProductRows.Certificate.self, keyDecodingStrategy: .convertFromSnakeCase).certificate,
            let group = ProductGroup(rawValue: extras.productGroup)
        else { return nil }
        return PublicProduct(
            certificate: certificate, establishmentName: extras.establishmentName, provinceCode: extras.provinceCode, group: group,
            isProductSet: extras.isProductSet != 0, description: extras.description, year: extras.year, award: extras.award)
    }

    private func publicQuery() -> SQLSelectBuilder {
        var query = store.sql.select()
        for column in TypicalProductRows.certificateColumns { query = query.column(SQLColumn(column, table: "c")) }
        return query.column(SQLColumn("name", table: "e"), as: "establishment_name")
            .column(SQLColumn("province_code", table: "e"))
            .column(SQLColumn("product_group", table: "p")).column(SQLColumn("is_product_set", table: "p"))
            .column(SQLColumn("description", table: "p"))
            .column(SQLColumn("year", table: "r")).column(SQLColumn("award", table: "r"))
            .from(SQLAlias(SQLIdentifier("product_certificates"), as: SQLIdentifier("c")))
            .join(SQLAlias(SQLIdentifier("establishments"), as: SQLIdentifier("e")), on: SQLColumn("id", table: "e"), .equal, SQLColumn("establishment_id", table: "c"))
            .join(SQLAlias(SQLIdentifier("product_entries"), as: SQLIdentifier("p")), on: SQLColumn("id", table: "p"), .equal, SQLColumn("entry_id", table: "c"))
            .join(SQLAlias(SQLIdentifier("product_recognitions"), as: SQLIdentifier("r")), on: SQLColumn("id", table: "r"), .equal, SQLColumn("recognition_id", table: "c"))
            .where(SQLColumn("published", table: "c"), .equal, SQLBind(1))
    }

    private func withPhotos(_ products: [PublicProduct]) async throws -> [PublicProduct] {
        let photos = try await DossierRepository(store: store).photos(of: products.map(\.certificate.entryID))
        return products.map { product in
            var product = product
            product.photoID = photos[product.certificate.entryID]
            return product
        }
    }

    /// The published certificate with this number, whatever its status today; nil for an unknown or
    /// unpublished number (the portal shows nothing that is not published).
    public func publishedCertificate(number: String) async throws -> PublicProduct? {
        let trimmed = VietnameseText.trimmed(number).uppercased()
        guard !trimmed.isEmpty, trimmed.count <= 64 else { return nil }
        guard let found = try await publicQuery().where(SQLColumn("number", table: "c"), .equal, SQLBind(trimmed)).first().flatMap(Self.product)
        else { return nil }
        return try await withPhotos([found]).first
    }

    /// Published products whose certificate is valid on `day`, in Vietnamese order of product name;
    /// the search ignores case and diacritics over product and establishment names.
    public func catalogue(_ filter: CatalogueFilter, on day: Day) async throws -> [PublicProduct] {
        var query = publicQuery()
            .where(SQLColumn("issued_on", table: "c"), .lessThanOrEqual, SQLBind(day.iso))
            .where(SQLColumn("valid_until", table: "c"), .greaterThanOrEqual, SQLBind(day.iso))
        if let province = filter.provinceCode { query = query.where(SQLColumn("province_code", table: "e"), .equal, SQLBind(province)) }
        if let level = filter.level { query = query.where(SQLColumn("level", table: "c"), .equal, SQLBind(level.rawValue)) }
        if let year = filter.year { query = query.where(SQLColumn("year", table: "r"), .equal, SQLBind(year)) }
        if let group = filter.group { query = query.where(SQLColumn("product_group", table: "p"), .equal, SQLBind(group.rawValue)) }
        let products = try await withPhotos(try await query.all().compactMap(Self.product))
        let words = filter.query.map(VietnameseText.trimmed) ?? ""
        return products.filter { words.isEmpty || VietnameseText.matches(query: words, in: "\($0.certificate.productName) \($0.establishmentName)") }
            .sorted { lhs, rhs in
                lhs.certificate.productName == rhs.certificate.productName
                    ? lhs.certificate.number < rhs.certificate.number
                    : VietnameseCollation.areInIncreasingOrder(lhs.certificate.productName, rhs.certificate.productName)
            }
    }
}
