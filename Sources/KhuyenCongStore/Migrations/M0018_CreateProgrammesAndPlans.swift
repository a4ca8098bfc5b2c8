import FluentKit

/// Programmes (5-year) and annual plans. Targets and envelopes are small lists kept as JSON: they
/// are read and written with their record, and every figure computed from them comes from schemes.
struct M0018_CreateProgrammesAndPlans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("programmes")
            .field("id", .string, .identifier(auto: false))
            .field("code", .string, .required)
            .field("scope", .string, .required)
            .field("title", .string, .required)
            .field("first_year", .int, .required)
            .field("last_year", .int, .required)
            .field("decision_ref", .string)
            .field("approved_by", .string)
            .field("approved_on", .string)
            .field("status", .string, .required)
            .field("targets", .string, .required)
            .field("version", .int, .required)
            .field("updated_at", .int64, .required)
            .unique(on: "code")
            .create()
        try await database.schema("annual_plans")
            .field("id", .string, .identifier(auto: false))
            .field("scope", .string, .required)
            .field("year", .int, .required)
            .field("title", .string, .required)
            .field("status", .string, .required)
            .field("decision_ref", .string)
            .field("approved_on", .string)
            .field("envelopes", .string, .required)
            .field("version", .int, .required)
            .field("updated_at", .int64, .required)
            .unique(on: "scope", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("annual_plans").delete()
        try await database.schema("programmes").delete()
    }
}
