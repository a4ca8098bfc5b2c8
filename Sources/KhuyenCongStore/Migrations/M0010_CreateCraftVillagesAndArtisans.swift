import FluentKit

/// Làng nghề and nghệ nhân.
struct M0010_CreateCraftVillagesAndArtisans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("craft_villages")
            .field("id", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("folded_name", .string, .required)
            .field("commune_period", .string, .required)
            .field("commune_code", .string, .required)
            .field("province_code", .string, .required)
            .field("decision_ref", .string, .required)
            .field("recognised_on", .string)
            .field("reference_key", .string)
            .field("version", .int, .required)
            .field("created_at", .int64, .required)
            .field("updated_at", .int64, .required)
            .unique(on: "reference_key")
            .create()
        try await database.createIndex("craft_villages_province", on: "craft_villages", columns: ["province_code"])
        try await database.schema("artisans")
            .field("id", .string, .identifier(auto: false))
            .field("full_name", .string, .required)
            .field("title", .string, .required)
            .field("craft", .string, .required)
            .field("province_code", .string, .required)
            .field("establishment_id", .string)
            .field("reference_key", .string)
            .field("version", .int, .required)
            .field("created_at", .int64, .required)
            .field("updated_at", .int64, .required)
            .unique(on: "reference_key")
            .create()
        try await database.createIndex("artisans_establishment", on: "artisans", columns: ["establishment_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("artisans").delete()
        try await database.schema("craft_villages").delete()
    }
}
