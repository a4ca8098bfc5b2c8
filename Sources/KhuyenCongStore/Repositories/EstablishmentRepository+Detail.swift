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
        func subquery(_ query: SQLSelectBuilder) -> any SQLExpression { SQLGroupExpression(query.query) }
        func own(_ column: String) -> any SQLExpression {
            subquery(sql.select().column(column).from("establishments").where("id", .equal, SQLBind(key)))
        }
        let record = sql.select().column(EstablishmentRow.selectList)
            .column(SQLAlias(SQLLiteral.numeric("0"), as: SQLIdentifier("part")))
            .column(
                SQLAlias(
                    subquery(
                        sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all)).from("product_certificates")
                            .where("establishment_id", .equal, SQLBind(key))),
                    as: SQLIdentifier("certificates")))
            .from("establishments").where("id", .equal, SQLBind(key))
        let candidates = scoped(sql.select().column(EstablishmentRow.selectList).from("establishments"), scope)
            .where("id", .notEqual, SQLBind(key)).where("merged_into", .is, SQLLiteral.null)
            .where { group in
                group.where { $0.where("commune_code", .equal, own("commune_code")).where("folded_name", .equal, own("folded_name")) }
                    .orWhere {
                        // A phone is a duplicate's sign only with enough digits to be one (as `probableDuplicates`).
                        $0.where("phone_key", .equal, own("phone_key"))
                            .where(SQLFunction("LENGTH", args: SQLIdentifier("phone_key")), .greaterThanOrEqual, SQLLiteral.numeric("8"))
                    }
            }
            .orderBy("sort_key").limit(20)
        let duplicates = sql.select().column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("d")))
            .column(SQLAlias(SQLLiteral.numeric("1"), as: SQLIdentifier("part")))
            .column(SQLAlias(SQLLiteral.numeric("0"), as: SQLIdentifier("certificates")))
            .from(SQLAlias(subquery(candidates), as: SQLIdentifier("d")))
        let query = record.union(all: { _ in duplicates })
        let width = EstablishmentRow.selectColumns.count
        let rows = try await PositionalRow.all(query.query, columns: EstablishmentRow.selectColumns + ["part", "certificates"], on: sql)
        var found: Establishment?
        var certificates = 0
        var others: [(sortKey: String, establishment: Establishment)] = []
        for row in rows {
            let establishment = try EstablishmentRow(row: row)
            if try row.int(width) == 0 {
                found = establishment.establishment
                certificates = try row.int(width + 1)
            } else {
                others.append((establishment.sortKey, establishment.establishment))
            }
        }
        guard let found else { throw DomainError.notFound }
        guard scope.canRead(found.area) else { throw DomainError.forbidden }
        // A union's order is not guaranteed; the duplicates read in name order.
        others.sort { $0.sortKey < $1.sortKey }
        return (found, Surroundings(duplicates: others.map(\.establishment), holdsCertificates: certificates > 0))
    }
}
