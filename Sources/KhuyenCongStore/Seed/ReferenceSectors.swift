import Foundation
import KhuyenCongCore
import SQLKit

/// Seeds the sector list once, into an empty table. Unlike the unit tables it is never replaced on
/// start: the legal list is unverified (domain §6.2 [U]), so the ministry corrects it in the
/// database and those corrections must survive upgrades.
struct ReferenceSectors {
    let store: Store

    func loadIfEmpty() async throws {
        // Checked again inside the write: two servers starting together must not both load it.
        guard try await Self.count(store.sql) == 0 else { return }
        let loaded = try CSVRowReader.dataRows(of: try ReferenceData.resource("sectors-initial"))
        try await store.write { sql, audit in
            guard try await Self.count(sql) == 0 else { return }
            try await sql.insertRows(
                into: "sectors", columns: ["code", "name_vi", "name_en", "legal_basis", "verified", "valid_from", "valid_to"],
                loaded.map { row in
                    [
                        SQLBind(row[0]), SQLBind(row[1]), SQLBind(row[2]), SQLBind(row[3]), SQLBind(row[4] == "true"),
                        SQLBind(row[5]), SQLBind(String?.none),
                    ]
                })
            struct Seeded: Encodable { let codes: [String] }
            try await audit.record(
                actor: .system, action: "sector.seed", entityType: "sector_list", entityID: "initial", provinceCode: nil,
                before: nil, after: Seeded(codes: loaded.map { $0[0] }), reason: "initial list, unverified (domain §6.2)")
        }
    }

    static func count(_ sql: any SQLDatabase) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("sectors")
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }
}
