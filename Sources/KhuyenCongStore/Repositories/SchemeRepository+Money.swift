import Foundation
import KhuyenCongCore
import SQLKit

extension SchemeRepository {
    struct MoneyRow: Decodable {
        let id: String
        let schemeId: String
        let kind: String
        let source: String
        let amount: Int64
        let onDay: String
        let reference: String
        let recordedBy: String

        var entry: MoneyEntry? {
            guard let id = UUID(uuidString: id), let scheme = UUID(uuidString: schemeId), let kind = MoneyKind(rawValue: kind),
                let source = FundingSource(rawValue: source), let day = Day(iso: onDay)
            else { return nil }
            return MoneyEntry(id: id, schemeID: scheme, kind: kind, source: source, amount: amount, on: day, reference: reference, recordedBy: recordedBy)
        }
    }

    static let moneyColumns = ["id", "scheme_id", "kind", "source", "amount", "on_day", "reference", "recorded_by"]

    func moneyEntries(of schemeID: UUID, sql: any SQLDatabase) async throws -> [MoneyEntry] {
        try await sql.select().columns(Self.moneyColumns.map { SQLIdentifier($0) }).from("scheme_money")
            .where("scheme_id", .equal, SQLBind(schemeID.uuidString.lowercased())).orderBy("on_day").orderBy("recorded_at")
            .all(decoding: MoneyRow.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.entry)
    }

    /// The scheme's money entries, oldest first; the caller must be able to read the scheme.
    public func money(of schemeID: UUID, scope: AccessScope) async throws -> (scheme: Scheme, entries: [MoneyEntry]) {
        let scheme = try await get(schemeID, scope: scope)
        return (scheme, try await moneyEntries(of: schemeID, sql: store.sql))
    }

    /// Records one movement of money after `MoneyRules` (payer, state, limits) accept it.
    public func recordMoney(
        on schemeID: UUID, kind: MoneyKind, amount: Int64, day: Day, reference: String, by principal: Principal
    ) async throws -> MoneyEntry {
        try await store.write { sql, audit in
            guard let scheme = try await find(schemeID, sql: sql) else { throw DomainError.notFound }
            guard Self.canRead(scheme, scope: principal.scope) else { throw DomainError.forbidden }
            guard !principal.role.isReadOnly else { throw DomainError.forbidden }
            let entry = MoneyEntry(
                id: UUID(), schemeID: schemeID, kind: kind, source: scheme.level.supportSource, amount: amount, on: day,
                reference: VietnameseText.trimmed(reference), recordedBy: principal.username)
            try MoneyRules.check(entry, scheme: scheme, existing: try await moneyEntries(of: schemeID, sql: sql), role: principal.role)
            try await sql.insert(into: "scheme_money").columns(Self.moneyColumns + ["recorded_at"])
                .values(
                    SQLBind(entry.id.uuidString.lowercased()), SQLBind(schemeID.uuidString.lowercased()), SQLBind(kind.rawValue),
                    SQLBind(entry.source.rawValue), SQLBind(amount), SQLBind(day.iso), SQLBind(entry.reference), SQLBind(entry.recordedBy),
                    SQLBind(store.nowMillis)
                ).run()
            struct Recorded: Encodable {
                let kind: String
                let source: String
                let amount: Int64
                let on: String
                let reference: String
            }
            try await audit.record(
                actor: Actor(principal), action: "scheme_money.record", entityType: "scheme", entityID: schemeID.uuidString.lowercased(),
                provinceCode: scheme.provinceCode, before: nil,
                after: Recorded(kind: kind.rawValue, source: entry.source.rawValue, amount: amount, on: day.iso, reference: entry.reference))
            return entry
        }
    }

    /// Support money of the schemes the scope sees, grouped; `year` narrows to one plan year.
    public func moneyRollup(by grouping: MoneyRollup.Grouping, year: Int?, scope: AccessScope) async throws
        -> (rows: [MoneyRollupRow], total: MoneyRollupRow)
    {
        struct Facts: Decodable {
            let id: String
            let planYear: Int
            let provinceCode: String
            let level: String
            let totalRequested: Int64
            let approvedOn: String?
        }
        var query = scoped(
            store.sql.select().columns("id", "plan_year", "province_code", "level", "total_requested", "approved_on").from("schemes"), scope)
        if let year { query = query.where("plan_year", .equal, SQLBind(year)) }
        let schemes = try await query.all(decoding: Facts.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap { row -> MoneyRollup.SchemeFacts? in
            guard let id = UUID(uuidString: row.id), let level = SchemeLevel(rawValue: row.level) else { return nil }
            return MoneyRollup.SchemeFacts(
                id: id, planYear: row.planYear, provinceCode: row.provinceCode, level: level,
                approved: row.approvedOn == nil ? 0 : row.totalRequested)
        }
        struct Sum: Decodable {
            let schemeId: String
            let kind: String
            let total: Int64
        }
        // PostgreSQL sums bigints as numeric; the cast keeps the column an integer on both databases.
        let sums = try await store.sql.select().column("scheme_id").column("kind")
            .column(SQLRaw("CAST(SUM(amount) AS BIGINT)"), as: "total").from("scheme_money")
            .groupBy("scheme_id").groupBy("kind").all(decoding: Sum.self, keyDecodingStrategy: .convertFromSnakeCase)
            .compactMap { sum -> (schemeID: UUID, kind: MoneyKind, amount: Int64)? in
                guard let id = UUID(uuidString: sum.schemeId), let kind = MoneyKind(rawValue: sum.kind) else { return nil }
                return (id, kind, sum.total)
            }
        return MoneyRollup.compute(schemes, sums: sums, by: grouping)
    }
}
