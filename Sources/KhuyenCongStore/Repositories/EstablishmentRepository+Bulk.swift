import Foundation
import KhuyenCongCore
import SQLKit

extension EstablishmentRepository {
    /// Inserts many establishments in multi-row statements inside the caller's transaction, with one
    /// audit entry for the batch (the synthetic seeder and demo data; user imports audit per row).
    func insertBatch(
        _ items: [Establishment], actor: Actor, action: String, reason: String,
        sql: any SQLDatabase, audit: AuditRecorder
    ) async throws {
        let searchIndex = try await SearchIndexDeferral.begin(on: sql)
        try await Self.insertRows(items, atMillis: store.nowMillis, sql: sql)
        try await searchIndex.finish()
        struct Batch: Encodable {
            let count: Int
            let firstTaxCode: String?
            let lastTaxCode: String?
        }
        try await audit.record(
            actor: actor, action: action, entityType: "establishment", entityID: "batch", provinceCode: nil, before: nil,
            after: Batch(count: items.count, firstTaxCode: items.first?.taxCode, lastTaxCode: items.last?.taxCode),
            reason: reason)
    }

    /// Fills the registry with `count` synthetic establishments spread over every commune in force
    /// today (or those of one province), deterministic for `seed`. Tax codes already taken are skipped.
    public func seedSynthetic(count: Int, seed: UInt64, provinceCode: String? = nil, geography: Geography, today: Day, actor: Actor)
        async throws -> Int
    {
        let communes = geography.units(level: .commune, on: today, provinceCode: provinceCode)
        guard !communes.isEmpty, count > 0 else { return 0 }
        var generator = SyntheticEstablishments(seed: seed)
        var seen = Set<String>()
        var inserted = 0
        var added = 0
        var index = 0
        let provinces = Dictionary(
            geography.units(level: .province, on: today).map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        while inserted < count {
            var batch: [Establishment] = []
            while batch.count < min(10_000, count - inserted) {
                let commune = communes[index % communes.count]
                index += 1
                let province = geography.province(of: commune)?.code ?? "00"
                let item = generator.next(commune: commune, provinceCode: province, provinceName: provinces[province] ?? "", today: today)
                guard seen.insert(item.taxCode).inserted else { continue }
                batch.append(item)
            }
            let fresh = try await withoutTakenTaxCodes(batch)
            let toInsert = fresh
            try await store.write { sql, audit in
                try await insertBatch(
                    toInsert, actor: actor, action: "establishment.seed_synthetic", reason: "synthetic data, seed \(seed)",
                    sql: sql, audit: audit)
            }
            inserted += batch.count
            added += toInsert.count
        }
        return added
    }

    private func withoutTakenTaxCodes(_ batch: [Establishment]) async throws
        -> [Establishment]
    {
        var taken = Set<String>()
        for chunk in batch.map(\.taxCode).chunked(into: 500) {
            let rows = try await store.sql.select().column("tax_code").from("establishments")
                .where("tax_code", .in, SQLBind.group(Array(chunk))).all(decodingColumn: "tax_code", as: String.self)
            taken.formUnion(rows)
        }
        return batch.filter { !taken.contains($0.taxCode) }
    }
}
