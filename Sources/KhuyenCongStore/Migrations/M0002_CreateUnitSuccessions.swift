import FluentKit

/// Many-to-many, partial links between units of consecutive periods (domain.md §3.2 G2).
struct M0002_CreateUnitSuccessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_successions")
            .field("id", .string, .identifier(auto: false))
            .field("predecessor_period", .string, .required)
            .field("predecessor_code", .string, .required)
            .field("successor_period", .string, .required)
            .field("successor_code", .string, .required)
            .field("effective_on", .string, .required)
            .field("partial", .bool, .required)
            .field("inferred", .bool, .required)
            .field("source", .string, .required)
            .field("version", .int, .required)
            .unique(on: "predecessor_period", "predecessor_code", "successor_period", "successor_code")
            .create()
        try await database.createIndex(
            "unit_successions_successor", on: "unit_successions", columns: ["successor_period", "successor_code"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_successions").delete()
    }
}
