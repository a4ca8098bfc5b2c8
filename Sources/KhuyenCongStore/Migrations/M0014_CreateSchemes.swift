import FluentKit

/// Đề án: the scheme, its activity lines, beneficiaries and communes, the transitions of its
/// lifecycle and the snapshot frozen at approval.
struct M0014_CreateSchemes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("schemes")
            .field("id", .string, .identifier(auto: false))
            .field("code", .string, .required)
            .field("level", .string, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("folded_title", .string, .required)
            .field("plan_year", .int, .required)
            .field("start_year", .int, .required)
            .field("end_year", .int, .required)
            .field("province_code", .string, .required)
            .field("implementing_unit_id", .string)
            .field("cooperating_units", .string, .required)
            .field("counterpart_funds", .int64, .required)
            .field("other_funds", .int64, .required)
            // Kept with the lines so that lists and roll-ups need no join.
            .field("total_eligible", .int64, .required)
            .field("total_requested", .int64, .required)
            .field("state", .string, .required)
            .field("approved_on", .string)
            .field("facility_accepted_on", .string)
            .field("reference_key", .string)
            .field("version", .int, .required)
            .field("created_at", .int64, .required)
            .field("updated_at", .int64, .required)
            .unique(on: "code")
            .unique(on: "reference_key")
            .create()
        try await database.createIndex("schemes_province_year", on: "schemes", columns: ["province_code", "plan_year"])
        try await database.createIndex("schemes_year_state", on: "schemes", columns: ["plan_year", "state"])

        try await database.schema("scheme_lines")
            .field("scheme_id", .string, .required)
            .field("position", .int, .required)
            .field("activity_type", .string, .required)
            .field("description", .string, .required)
            .field("quantity", .int, .required)
            .field("eligible_cost", .int64, .required)
            .field("requested_support", .int64, .required)
            .compositeIdentifier(over: "scheme_id", "position")
            .create()

        try await database.schema("scheme_beneficiaries")
            .field("scheme_id", .string, .required)
            .field("establishment_id", .string, .required)
            .compositeIdentifier(over: "scheme_id", "establishment_id")
            .create()
        // Duplicate-support checks look up other schemes of the same establishment.
        try await database.createIndex("scheme_beneficiaries_establishment", on: "scheme_beneficiaries", columns: ["establishment_id"])

        try await database.schema("scheme_communes")
            .field("scheme_id", .string, .required)
            .field("commune_code", .string, .required)
            .compositeIdentifier(over: "scheme_id", "commune_code")
            .create()
        try await database.createIndex("scheme_communes_commune", on: "scheme_communes", columns: ["commune_code"])

        try await database.schema("scheme_transitions")
            .field("scheme_id", .string, .required)
            .field("seq", .int, .required)
            .field("action", .string, .required)
            .field("from_state", .string, .required)
            .field("to_state", .string, .required)
            .field("actor_id", .string)
            .field("actor_name", .string, .required)
            .field("at_millis", .int64, .required)
            .field("reason", .string)
            .field("snapshot_hash", .string, .required)
            .compositeIdentifier(over: "scheme_id", "seq")
            .create()

        try await database.schema("scheme_snapshots")
            .field("scheme_id", .string, .required)
            .field("seq", .int, .required)
            .field("content", .string, .required)
            .field("hash", .string, .required)
            .compositeIdentifier(over: "scheme_id", "seq")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["scheme_snapshots", "scheme_transitions", "scheme_communes", "scheme_beneficiaries", "scheme_lines", "schemes"] {
            try await database.schema(table).delete()
        }
    }
}
