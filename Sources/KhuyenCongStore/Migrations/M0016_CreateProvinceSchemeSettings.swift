import FluentKit

/// Each province's choice of appraiser, approver and deadlines for its local schemes (domain §5.5).
/// A province without a row follows the national rules.
struct M0016_CreateProvinceSchemeSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("province_scheme_settings")
            .field("province_code", .string, .identifier(auto: false))
            .field("appraiser", .string, .required)
            .field("approver", .string, .required)
            .field("registration_deadline", .string, .required)
            .field("settlement_days", .int, .required)
            .field("liquidation_deadline", .string, .required)
            .field("version", .int, .required)
            .field("updated_at", .int64, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("province_scheme_settings").delete()
    }
}
