import FluentKit

/// Support-rate tables (design.md §4.4): national and per province, each dated and with its legal
/// basis; one rule per activity type.
struct M0015_CreateRateTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("rate_tables")
            .field("code", .string, .identifier(auto: false))
            .field("scope", .string, .required)
            .field("title", .string, .required)
            .field("legal_basis", .string, .required)
            .field("valid_from", .string, .required)
            .field("valid_to", .string)
            .field("version", .int, .required)
            .field("updated_at", .int64, .required)
            .create()
        try await database.createIndex("rate_tables_scope", on: "rate_tables", columns: ["scope"])
        try await database.schema("rate_rules")
            .field("table_code", .string, .required)
            .field("activity_type", .string, .required)
            .field("rate_percent", .int)
            .field("cap", .int64)
            .field("cap_unit", .string, .required)
            .field("verified", .bool, .required)
            .field("note", .string)
            .compositeIdentifier(over: "table_code", "activity_type")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rate_rules").delete()
        try await database.schema("rate_tables").delete()
    }
}
