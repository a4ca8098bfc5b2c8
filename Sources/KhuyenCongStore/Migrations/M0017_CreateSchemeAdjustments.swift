import FluentKit

/// Requests to adjust approved schemes, with what they propose, who decides and the outcome.
struct M0017_CreateSchemeAdjustments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("scheme_adjustments")
            .field("id", .string, .identifier(auto: false))
            .field("scheme_id", .string, .required)
            .field("kinds", .string, .required)
            .field("reason", .string, .required)
            .field("revision", .string, .required)
            .field("state", .string, .required)
            .field("decider", .string, .required)
            .field("requested_by", .string, .required)
            .field("requested_at", .int64, .required)
            .field("decided_by", .string)
            .field("decided_at", .int64)
            .field("decision_reason", .string)
            .field("version", .int, .required)
            .create()
        try await database.createIndex("scheme_adjustments_scheme", on: "scheme_adjustments", columns: ["scheme_id", "requested_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("scheme_adjustments").delete()
    }
}
