import FluentKit

struct M0005_CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .field("id", .string, .identifier(auto: false))
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("province_code", .string)
            .field("commune_code", .string)
            .field("organisation_id", .string)
            .field("active", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .int64, .required)
            .field("updated_at", .int64, .required)
            .unique(on: "username")
            .create()
        try await database.createIndex("users_province", on: "users", columns: ["province_code"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").delete()
    }
}
