import FluentKit

struct M0004_CreateOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organisations")
            .field("id", .string, .identifier(auto: false))
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("folded_name", .string, .required)
            .field("sort_key", .string, .required)
            .field("province_code", .string)
            .field("commune_code", .string)
            .field("address", .string, .required)
            .field("phone", .string, .required)
            .field("email", .string, .required)
            .field("reference_key", .string)
            .field("version", .int, .required)
            .field("created_at", .int64, .required)
            .field("updated_at", .int64, .required)
            .unique(on: "reference_key")
            .create()
        try await database.createIndex("organisations_province", on: "organisations", columns: ["province_code", "sort_key"])
        try await database.createIndex("organisations_sort", on: "organisations", columns: ["sort_key", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisations").delete()
    }
}
