import Foundation
import KhuyenCongCore
import SQLKit

extension EstablishmentRepository {
    /// What an establishment's page and API answer show around the record.
    public struct Surroundings: Sendable {
        /// Probable duplicates the reader may see (same folded name in the same commune, or the same phone).
        public let duplicates: [Establishment]
        /// Whether it holds any typical-product certificate: most do not, and then no list is read.
        public let holdsCertificates: Bool
    }

    /// One establishment and its surroundings in a single statement — the registry's by-id hot path,
    /// where each extra query cost more than its own work (a thread hop, serialising, preparing).
    /// The record comes as `part` 0 with its certificate count; its probable duplicates follow as
    /// `part` 1, found with the record's own commune, name and phone read inside the statement.
    public func detail(_ id: UUID, scope: AccessScope) async throws -> (establishment: Establishment, surroundings: Surroundings) {
        let sql = store.sql
        let key = id.stored
        // Written as one query string: built from SQLKit's expression tree, serialising this
        // statement took as long as SQLite took to run it. Only the reader's scope is an expression.
        let scopePredicate = scoped(sql.select(), scope).select.predicate
        let own = { (column: String) -> SQLQueryString in
            "(SELECT \(ident: column) FROM \"establishments\" WHERE \"id\" = \(bind: key))"
        }
        var query: SQLQueryString = """
            SELECT \(EstablishmentRow.selectList), 0 AS "part", \
            (SELECT COUNT(*) FROM "product_certificates" WHERE "establishment_id" = \(bind: key)) AS "certificates" \
            FROM "establishments" WHERE "id" = \(bind: key) \
            UNION ALL SELECT "d".*, 1 AS "part", 0 AS "certificates" FROM (SELECT \(EstablishmentRow.selectList) FROM "establishments" WHERE 
            """
        if let scopePredicate { query.appendInterpolation(SQLGroupExpression(scopePredicate)); query.appendLiteral(" AND ") }
        // A phone is a duplicate's sign only with enough digits to be one.
        query.appendInterpolation(
            """
            "id" <> \(bind: key) AND "merged_into" IS NULL \
            AND (("commune_code" = \(own("commune_code")) AND "folded_name" = \(own("folded_name"))) \
            OR ("phone_key" = \(own("phone_key")) AND LENGTH("phone_key") >= 8)) \
            ORDER BY "sort_key" LIMIT 20) AS "d"
            """ as SQLQueryString)
        let rows = try await store.committedRows(query, columns: EstablishmentRow.selectColumns + ["part", "certificates"], as: DetailRow.self, length: .short)
        var found: Establishment?
        var certificates = 0
        var others: [(sortKey: String, establishment: Establishment)] = []
        for row in rows {
            if row.part == 0 {
                found = row.establishment.establishment
                certificates = row.certificates
            } else {
                others.append((row.establishment.sortKey, row.establishment.establishment))
            }
        }
        guard let found else { throw DomainError.notFound }
        guard scope.canRead(found.area) else { throw DomainError.forbidden }
        // A union's order is not guaranteed; the duplicates read in name order.
        others.sort { $0.sortKey < $1.sortKey }
        return (found, Surroundings(duplicates: others.map(\.establishment), holdsCertificates: certificates > 0))
    }
}

/// A row of the detail statement: the establishment's columns, then `part` and `certificates`.
private struct DetailRow: PositionallyDecodable {
    let establishment: EstablishmentRow
    let part: Int
    let certificates: Int

    init<Row: RowColumns>(row: Row) throws {
        establishment = try EstablishmentRow(row: row)
        let width = EstablishmentRow.selectColumns.count
        part = try row.int(width)
        certificates = try row.int(width + 1)
    }
}
