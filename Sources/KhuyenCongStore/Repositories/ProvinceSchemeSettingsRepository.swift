import Foundation
import KhuyenCongCore
import SQLKit

/// Each province's settings for its local schemes; a province without a row follows the national
/// rules (`ProvinceSchemeSettings.nationalRules`).
public struct ProvinceSchemeSettingsRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    struct Row: Decodable {
        let appraiser: String
        let approver: String
        let registrationDeadline: String
        let settlementDays: Int
        let liquidationDeadline: String
        let version: Int
    }

    /// The settings and their version (0 when the province has never set any).
    public func get(_ provinceCode: String, on sql: (any SQLDatabase)? = nil) async throws -> (settings: ProvinceSchemeSettings, version: Int) {
        guard
            let row = try await (sql ?? store.sql).select()
                .columns("appraiser", "approver", "registration_deadline", "settlement_days", "liquidation_deadline", "version")
                .from("province_scheme_settings").where("province_code", .equal, SQLBind(provinceCode))
                .first(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
        else { return (.nationalRules, 0) }
        let defaults = ProvinceSchemeSettings.nationalRules
        let settings = ProvinceSchemeSettings(
            appraiser: Role(rawValue: row.appraiser) ?? defaults.appraiser, approver: Role(rawValue: row.approver) ?? defaults.approver,
            registrationDeadline: Self.monthDay(row.registrationDeadline) ?? defaults.registrationDeadline,
            settlementDays: row.settlementDays,
            liquidationDeadline: Self.monthDay(row.liquidationDeadline) ?? defaults.liquidationDeadline)
        return (settings, row.version)
    }

    /// `05-20` ↔ 20 May.
    static func monthDay(_ text: String) -> MonthDay? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return parts.count == 2 ? MonthDay(month: parts[0], day: parts[1]) : nil
    }

    static func text(_ monthDay: MonthDay) -> String { String(format: "%02d-%02d", monthDay.month, monthDay.day) }

    /// Saves a province's settings; only that province's Department may.
    public func save(_ settings: ProvinceSchemeSettings, for provinceCode: String, expectedVersion: Int, by principal: Principal) async throws {
        guard principal.role == .provinceDepartment, principal.provinceCode == provinceCode else { throw DomainError.forbidden }
        let errors = settings.errors()
        guard errors.isEmpty else { throw DomainError.invalidFields(errors) }
        try await store.write { sql, audit in
            let (before, version) = try await get(provinceCode, on: sql)
            guard version == expectedVersion else { throw DomainError.staleVersion }
            try await sql.delete(from: "province_scheme_settings").where("province_code", .equal, SQLBind(provinceCode)).run()
            try await sql.insert(into: "province_scheme_settings")
                .columns("province_code", "appraiser", "approver", "registration_deadline", "settlement_days", "liquidation_deadline", "version", "updated_at")
                .values(
                    SQLBind(provinceCode), SQLBind(settings.appraiser.rawValue), SQLBind(settings.approver.rawValue),
                    SQLBind(Self.text(settings.registrationDeadline)), SQLBind(settings.settlementDays),
                    SQLBind(Self.text(settings.liquidationDeadline)), SQLBind(version + 1), SQLBind(store.nowMillis)
                ).run()
            try await audit.record(
                actor: Actor(principal), action: "scheme_settings.save", entityType: "province_scheme_settings", entityID: provinceCode,
                provinceCode: provinceCode, before: before, after: settings)
        }
    }
}
