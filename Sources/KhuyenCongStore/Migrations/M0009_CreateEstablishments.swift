import FluentKit

/// Cơ sở CNNT. `commune_period`/`commune_code` is the unit as entered; `province_code` is today's
/// province it counts under (re-aggregated), which the access scope filters on.
struct M0009_CreateEstablishments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("establishments")
            .field("id", .string, .identifier(auto: false))
            .field("tax_code", .string, .required)
            .field("name", .string, .required)
            .field("folded_name", .string, .required)
            .field("sort_key", .string, .required)
            .field("legal_form", .string, .required)
            .field("size_class", .string, .required)
            .field("commune_period", .string, .required)
            .field("commune_code", .string, .required)
            .field("province_code", .string, .required)
            .field("address", .string, .required)
            .field("folded_address", .string, .required)
            .field("sectors", .string, .required)
            .field("employees", .int, .required)
            .field("employees_female", .int, .required)
            .field("employees_ethnic_minority", .int, .required)
            .field("woman_owned", .bool, .required)
            .field("ethnic_minority_owned", .bool, .required)
            .field("craft_village_id", .string)
            .field("cleaner_production", .bool, .required)
            .field("cluster_investor", .bool, .required)
            .field("phone", .string, .required)
            .field("phone_key", .string, .required)
            .field("founded_on", .string)
            .field("organisation_id", .string)
            .field("version", .int, .required)
            .field("created_at", .int64, .required)
            .field("updated_at", .int64, .required)
            .unique(on: "tax_code")
            .create()
        try await database.createIndex("establishments_sort", on: "establishments", columns: ["sort_key", "id"])
        try await database.createIndex(
            "establishments_province", on: "establishments", columns: ["province_code", "sort_key", "id"])
        try await database.createIndex(
            "establishments_commune", on: "establishments", columns: ["commune_code", "sort_key", "id"])
        try await database.createIndex("establishments_duplicate_name", on: "establishments", columns: ["commune_code", "folded_name"])
        try await database.createIndex("establishments_phone", on: "establishments", columns: ["phone_key"])
        try await database.createIndex("establishments_organisation", on: "establishments", columns: ["organisation_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("establishments").delete()
    }
}
