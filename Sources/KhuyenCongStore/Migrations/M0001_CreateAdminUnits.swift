import FluentKit

struct M0001_CreateAdminUnits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("admin_units")
            .field("period", .string, .required)
            .field("code", .string, .required)
            .field("level", .string, .required)
            .field("name", .string, .required)
            .field("division_type", .string, .required)
            .field("parent_code", .string)
            .field("codename", .string, .required)
            .field("folded_name", .string, .required)
            .field("sort_key", .string, .required)
            .compositeIdentifier(over: "period", "code")
            .create()
        try await database.createIndex("admin_units_parent", on: "admin_units", columns: ["period", "parent_code"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("admin_units").delete()
    }
}
