import Crypto
import Foundation
import KhuyenCongCore
import Logging
import SQLKit

/// Loads the official administrative-unit tables shipped as package resources (General Statistics
/// Office code tables; Decision 19/2025/QĐ-TTg for the 2025 codes; Resolution 202/2025/QH15 for the
/// province mergers). Idempotent: a table is (re)loaded only when its checksum differs from the
/// one recorded, so every start is cheap and a corrected table replaces the old rows.
struct ReferenceData {
    let store: Store

    static let unitTables: [(file: String, period: AdminPeriod)] = [
        ("admin-units-2008-2025", .threeTier),
        ("admin-units-2025", .twoTier),
    ]
    static let provinceSuccessionFile = "province-succession-2025"

    func loadIfNeeded() async throws {
        for table in Self.unitTables {
            let text = try Self.resource(table.file)
            try await loadIfChanged(name: table.file, text: text) { sql in
                try await self.replaceUnits(of: table.period, from: text, sql: sql)
            }
        }
        let succession = try Self.resource(Self.provinceSuccessionFile)
        try await loadIfChanged(name: Self.provinceSuccessionFile, text: succession) { sql in
            try await self.replaceProvinceSuccession(from: succession, sql: sql)
        }
        // Depends on both unit tables, so its checksum covers them.
        let unitText = try Self.unitTables.map { try Self.resource($0.file) }.joined()
        try await loadIfChanged(name: "commune-succession-inferred", text: unitText) { sql in
            try await self.replaceInferredCommuneSuccession(sql: sql)
        }
    }

    static func resource(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Resources") else {
            throw StoreError.referenceData("reference table \(name).csv is missing from the package resources")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    private func loadIfChanged(
        name: String, text: String, load: @escaping @Sendable (any SQLDatabase) async throws -> Int
    ) async throws {
        let checksum = AuditRecorder.sha256(text)
        let recorded = try await store.sql.select().column("checksum").from("reference_datasets")
            .where("name", .equal, SQLBind(name)).first(decodingColumn: "checksum", as: String.self)
        guard recorded != checksum else { return }
        let nowMillis = store.nowMillis
        try await store.write { sql, audit in
            let rows = try await load(sql)
            try await sql.delete(from: "reference_datasets").where("name", .equal, SQLBind(name)).run()
            try await sql.insert(into: "reference_datasets").columns("name", "checksum", "rows", "loaded_at")
                .values(SQLBind(name), SQLBind(checksum), SQLBind(rows), SQLBind(nowMillis)).run()
            struct Loaded: Encodable {
                let checksum: String
                let rows: Int
            }
            try await audit.record(
                actor: .system, action: "reference.load", entityType: "reference_dataset", entityID: name,
                provinceCode: nil, before: recorded.map { Loaded(checksum: $0, rows: 0) },
                after: Loaded(checksum: checksum, rows: rows), reason: "official table shipped with the application")
        }
        store.logger.info("Loaded reference table \(name)")
    }

    static func parseUnits(_ text: String, period: AdminPeriod) throws -> [AdminUnit] {
        var units: [AdminUnit] = []
        for row in try CSVRowReader.dataRows(of: text) {
            guard row.count >= 6, let level = AdminLevel(rawValue: row[0]) else {
                throw StoreError.referenceData("unexpected row in the \(period.rawValue) unit table: \(row)")
            }
            units.append(
                AdminUnit(
                    period: period, level: level, code: row[1], name: row[2], divisionType: row[3],
                    parentCode: row[4], codename: row[5]))
        }
        return units
    }

    private func replaceUnits(of period: AdminPeriod, from text: String, sql: any SQLDatabase) async throws -> Int {
        let units = try Self.parseUnits(text, period: period)
        try await sql.delete(from: "admin_units").where("period", .equal, SQLBind(period.rawValue)).run()
        try await sql.insertRows(
            into: "admin_units",
            columns: ["period", "code", "level", "name", "division_type", "parent_code", "codename", "folded_name", "sort_key"],
            units.map { unit in
                [
                    SQLBind(period.rawValue), SQLBind(unit.code), SQLBind(unit.level.rawValue), SQLBind(unit.name),
                    SQLBind(unit.divisionType), SQLBind(unit.parentCode), SQLBind(unit.codename),
                    SQLBind(unit.foldedName), SQLBind(unit.sortKey),
                ]
            })
        return units.count
    }

    private func replaceProvinceSuccession(from text: String, sql: any SQLDatabase) async throws -> Int {
        var links: [UnitSuccession] = []
        for row in try CSVRowReader.dataRows(of: text) {
            guard row.count >= 5, let day = Day(iso: row[4]) else {
                throw StoreError.referenceData("unexpected row in the province succession table: \(row)")
            }
            links.append(
                UnitSuccession(
                    predecessor: AdminUnitRef(period: .threeTier, code: row[0]),
                    successor: AdminUnitRef(period: .twoTier, code: row[2]), effectiveOn: day, partial: false))
        }
        try await sql.delete(from: "unit_successions").where("source", .equal, SQLBind("official")).run()
        try await GeographyRepository.insert(links, source: "official", sql: sql)
        return links.count
    }

    /// By the reform's coding convention a new commune takes the code of one of the communes merged
    /// into it (shared/data/README.md), so an old and a new commune sharing a code are linked —
    /// marked inferred, for provinces to confirm or correct. Links a province entered are kept.
    private func replaceInferredCommuneSuccession(sql: any SQLDatabase) async throws -> Int {
        try await sql.delete(from: "unit_successions").where("source", .equal, SQLBind("inferred")).run()
        struct Code: Decodable { let code: String }
        let shared = try await sql.raw(
            """
            SELECT n.code AS code FROM admin_units n JOIN admin_units o
              ON o.code = n.code AND o.period = '2008' AND o.level = 'commune'
            WHERE n.period = '2025' AND n.level = 'commune'
              AND NOT EXISTS (SELECT 1 FROM unit_successions s WHERE s.predecessor_period = '2008'
                AND s.predecessor_code = n.code AND s.successor_period = '2025' AND s.successor_code = n.code)
            """
        ).all(decoding: Code.self)
        let reform = AdminPeriod.twoTier.validFrom
        let links = shared.map {
            UnitSuccession(
                predecessor: AdminUnitRef(period: .threeTier, code: $0.code),
                successor: AdminUnitRef(period: .twoTier, code: $0.code), effectiveOn: reform, partial: false,
                inferred: true)
        }
        try await GeographyRepository.insert(links, source: "inferred", sql: sql)
        return links.count
    }
}

