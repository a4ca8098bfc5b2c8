import Foundation
import KhuyenCongCore
import SQLKit

/// Support-rate tables. Every signed-in user may read them (they restate public legal texts); each
/// is changed only by the body that keeps it (`RateTableEditing.canEdit`).
public struct RateTableRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    struct TableRow: Decodable {
        let code: String
        let scope: String
        let title: String
        let legalBasis: String
        let validFrom: String
        let validTo: String?
        let version: Int
    }

    struct RuleRow: Decodable {
        let tableCode: String
        let activityType: String
        let ratePercent: Int?
        let cap: Int64?
        let capUnit: String
        let verified: Bool
        let note: String?
    }

    /// A table with the version that guards its edits.
    public struct Stored: Sendable, Hashable {
        public let table: RateTable
        public let version: Int
    }

    /// Every table, national first, then by province and start date. The whole set is a few dozen
    /// rows, so the calculation reads it at once.
    public func all(on sql: (any SQLDatabase)? = nil) async throws -> [Stored] {
        let sql = sql ?? store.sql
        let tables = try await sql.select().columns("code", "scope", "title", "legal_basis", "valid_from", "valid_to", "version")
            .from("rate_tables").all(decoding: TableRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        let rules = try await sql.select().columns("table_code", "activity_type", "rate_percent", "cap", "cap_unit", "verified", "note")
            .from("rate_rules").all(decoding: RuleRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        let rulesByTable = Dictionary(grouping: rules, by: \.tableCode)
        return tables.compactMap { row -> Stored? in
            guard let scope = RateScope(row.scope), let from = Day(iso: row.validFrom) else { return nil }
            let rules = (rulesByTable[row.code] ?? []).compactMap { rule -> SupportRule? in
                guard let activity = ActivityType(rawValue: rule.activityType) else { return nil }
                return SupportRule(
                    activityType: activity, ratePercent: rule.ratePercent, cap: rule.cap,
                    capUnit: CapUnit(rawValue: rule.capUnit) ?? activity.defaultCapUnit, verified: rule.verified, note: rule.note)
            }.sorted { ActivityType.allCases.firstIndex(of: $0.activityType)! < ActivityType.allCases.firstIndex(of: $1.activityType)! }
            let table = RateTable(
                code: row.code, scope: scope, title: row.title, legalBasis: row.legalBasis, validFrom: from,
                validTo: row.validTo.flatMap(Day.init(iso:)), rules: rules)
            return Stored(table: table, version: row.version)
        }.sorted { Self.order($0.table, $1.table) }
    }

    static func order(_ a: RateTable, _ b: RateTable) -> Bool {
        (a.scope.description, b.validFrom) < (b.scope.description, a.validFrom)
    }

    public func book() async throws -> RateBook {
        RateBook(tables: try await all().map(\.table))
    }

    public func get(_ code: String) async throws -> Stored? {
        try await all().first { $0.table.code == code }
    }

    /// Creates or replaces a table. `expectedVersion` nil means "create": an existing code is then a
    /// conflict. Refused unless the principal keeps tables of that scope.
    @discardableResult
    public func save(_ table: RateTable, expectedVersion: Int?, by principal: Principal) async throws -> Stored {
        guard RateTableEditing.canEdit(table.scope, by: principal) else { throw DomainError(.forbidden, .rateTableNotYours) }
        let errors = RateTableEditing.errors(in: table)
        guard errors.isEmpty else { throw DomainError.invalidFields(errors) }
        return try await store.write { sql, audit in
            let existing = try await all(on: sql)
            let before = existing.first { $0.table.code == table.code }
            if before?.version != expectedVersion {
                throw expectedVersion == nil ? DomainError(.conflict, .rateTablesOverlap, arguments: ["code": table.code]) : .staleVersion
            }
            if let before, before.table.scope != table.scope { throw DomainError(.forbidden, .rateTableNotYours) }
            if let clash = RateTableEditing.overlapping(table, with: existing.map(\.table)) {
                throw DomainError(.conflict, .rateTablesOverlap, arguments: ["code": clash.code])
            }
            let version = (before?.version ?? 0) + 1
            try await write(table, version: version, replacing: before != nil, sql: sql)
            try await audit.record(
                actor: Actor(principal), action: "rate_table.save", entityType: "rate_table", entityID: table.code,
                provinceCode: table.scope.provinceCode, before: before?.table, after: table)
            return Stored(table: table, version: version)
        }
    }

    /// Loads the seeded tables that are not there yet; a table already present is the operators' to
    /// keep, so a restart never overwrites what they filled in.
    func seedIfAbsent(_ tables: [RateTable]) async throws {
        let present = Set(try await store.sql.select().column("code").from("rate_tables").all(decodingColumn: "code", as: String.self))
        for table in tables where !present.contains(table.code) {
            try await store.write { sql, audit in
                try await write(table, version: 1, replacing: false, sql: sql)
                try await audit.record(
                    actor: .system, action: "rate_table.seed", entityType: "rate_table", entityID: table.code,
                    provinceCode: table.scope.provinceCode, before: nil, after: table)
            }
        }
    }

    private func write(_ table: RateTable, version: Int, replacing: Bool, sql: any SQLDatabase) async throws {
        if replacing {
            try await sql.delete(from: "rate_rules").where("table_code", .equal, SQLBind(table.code)).run()
            try await sql.delete(from: "rate_tables").where("code", .equal, SQLBind(table.code)).run()
        }
        try await sql.insert(into: "rate_tables")
            .columns("code", "scope", "title", "legal_basis", "valid_from", "valid_to", "version", "updated_at")
            .values(
                SQLBind(table.code), SQLBind(table.scope.description), SQLBind(table.title), SQLBind(table.legalBasis),
                SQLBind(table.validFrom.iso), SQLBind(table.validTo?.iso), SQLBind(version), SQLBind(store.nowMillis)
            ).run()
        try await sql.insertRows(
            into: "rate_rules", columns: ["table_code", "activity_type", "rate_percent", "cap", "cap_unit", "verified", "note"],
            table.rules.map { rule in
                [
                    SQLBind(table.code), SQLBind(rule.activityType.rawValue), SQLBind(rule.ratePercent), SQLBind(rule.cap),
                    SQLBind(rule.capUnit.rawValue), SQLBind(rule.verified), SQLBind(rule.note),
                ]
            })
    }
}

extension RateScope {
    var provinceCode: String? {
        if case .province(let code) = self { return code }
        return nil
    }
}
