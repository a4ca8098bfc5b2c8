import FluentKit

/// Failed sign-ins, counted per username and per address for throttling across all nodes.
struct M0008_CreateLoginFailures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("login_failures")
            .field("id", .string, .identifier(auto: false))
            .field("username_key", .string, .required)
            .field("address", .string, .required)
            .field("at_millis", .int64, .required)
            .create()
        try await database.createIndex("login_failures_user", on: "login_failures", columns: ["username_key", "at_millis"])
        try await database.createIndex("login_failures_address", on: "login_failures", columns: ["address", "at_millis"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_failures").delete()
    }
}
