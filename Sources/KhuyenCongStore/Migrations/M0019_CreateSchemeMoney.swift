import FluentKit

/// The support money of schemes: contract value, advances, payments, acceptance, settlement and
/// recoveries, each with its document.
struct M0019_CreateSchemeMoney: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("scheme_money")
            .field("id", .string, .identifier(auto: false))
            .field("scheme_id", .string, .required)
            .field("kind", .string, .required)
            .field("source", .string, .required)
            .field("amount", .int64, .required)
            .field("on_day", .string, .required)
            .field("reference", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .int64, .required)
            .create()
        try await database.createIndex("scheme_money_scheme", on: "scheme_money", columns: ["scheme_id", "on_day"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("scheme_money").delete()
    }
}
