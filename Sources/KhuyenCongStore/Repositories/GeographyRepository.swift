import Foundation
import KhuyenCongCore
import SQLKit

/// Administrative units and their succession. Units are reference data, readable by everyone;
/// succession links for communes are entered by provinces.
public struct GeographyRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    private struct UnitRow: Decodable {
        let period: String
        let code: String
        let level: String
        let name: String
        let divisionType: String
        let parentCode: String?
        let codename: String
    }

    private struct SuccessionRow: Decodable {
        let predecessorPeriod: String
        let predecessorCode: String
        let successorPeriod: String
        let successorCode: String
        let effectiveOn: String
        let partial: Bool
        let inferred: Bool
    }

    /// The whole geography, for the in-memory `Geography` the web layer keeps.
    public func load() async throws -> Geography {
        let unitRows = try await store.sql.select()
            .columns("period", "code", "level", "name", "division_type", "parent_code", "codename")
            .from("admin_units")
            .all(decoding: UnitRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        let units = unitRows.compactMap { row -> AdminUnit? in
            guard let period = AdminPeriod(rawValue: row.period), let level = AdminLevel(rawValue: row.level) else {
                return nil
            }
            return AdminUnit(
                period: period, level: level, code: row.code, name: row.name, divisionType: row.divisionType,
                parentCode: row.parentCode, codename: row.codename)
        }
        let linkRows = try await store.sql.select()
            .columns(
                "predecessor_period", "predecessor_code", "successor_period", "successor_code", "effective_on",
                "partial", "inferred"
            )
            .from("unit_successions")
            .all(decoding: SuccessionRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        let links = linkRows.compactMap { row -> UnitSuccession? in
            guard let fromPeriod = AdminPeriod(rawValue: row.predecessorPeriod),
                let toPeriod = AdminPeriod(rawValue: row.successorPeriod), let day = Day(iso: row.effectiveOn)
            else { return nil }
            return UnitSuccession(
                predecessor: AdminUnitRef(period: fromPeriod, code: row.predecessorCode),
                successor: AdminUnitRef(period: toPeriod, code: row.successorCode), effectiveOn: day,
                partial: row.partial, inferred: row.inferred)
        }
        return Geography(units: units, successions: links)
    }

    /// Records a commune succession link entered by a province (many-to-many, possibly partial).
    /// A province may only link units that are, today, in its own territory.
    public func addCommuneSuccession(
        _ link: UnitSuccession, geography: Geography, by principal: Principal, today: Day
    ) async throws {
        guard let old = geography.unit(link.predecessor), let new = geography.unit(link.successor),
            old.level == .commune, new.level == .commune, old.period < new.period
        else { throw DomainError(.invalidInput, .unknownUnit, arguments: ["code": link.successor.code, "date": today.vietnamese]) }
        let province = geography.currentProvince(of: new, on: today)?.code
        guard Role.keepsGeography.contains(principal.role), principal.scope.canWrite(RecordArea(provinceCode: province)) else {
            throw DomainError.forbidden
        }
        try await store.write { sql, audit in
            let recorded = try await sql.select().column("id").from("unit_successions")
                .where("predecessor_period", .equal, SQLBind(link.predecessor.period.rawValue))
                .where("predecessor_code", .equal, SQLBind(link.predecessor.code))
                .where("successor_period", .equal, SQLBind(link.successor.period.rawValue))
                .where("successor_code", .equal, SQLBind(link.successor.code)).first()
            guard recorded == nil else {
                throw DomainError(.conflict, .successionExists, arguments: ["from": link.predecessor.description, "to": link.successor.description])
            }
            try await GeographyRepository.insert([link], source: "province", sql: sql)
            try await audit.record(
                actor: Actor(principal), action: "unit_succession.create", entityType: "unit_succession",
                entityID: "\(link.predecessor)->\(link.successor)", provinceCode: province, before: nil,
                after: link)
        }
    }

    static func insert(_ links: [UnitSuccession], source: String, sql: any SQLDatabase) async throws {
        try await sql.insertRows(
            into: "unit_successions",
            columns: [
                "id", "predecessor_period", "predecessor_code", "successor_period", "successor_code", "effective_on",
                "partial", "inferred", "source", "version",
            ],
            links.map { link in
                [
                    SQLBind(UUID().uuidString.lowercased()), SQLBind(link.predecessor.period.rawValue),
                    SQLBind(link.predecessor.code), SQLBind(link.successor.period.rawValue), SQLBind(link.successor.code),
                    SQLBind(link.effectiveOn.iso), SQLBind(link.partial), SQLBind(link.inferred), SQLBind(source),
                    SQLBind(1),
                ]
            })
    }
}
