import FluentKit

/// Browser sessions and API tokens. Only a SHA-256 of the token is stored, so a copy of the
/// database does not hand out working tokens. Kept in the database so application nodes are stateless.
struct M0006_CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sessions")
            .field("token_hash", .string, .identifier(auto: false))
            .field("user_id", .string, .required)
            .field("kind", .string, .required)
            .field("created_at", .int64, .required)
            .field("expires_at", .int64, .required)
            .create()
        try await database.createIndex("sessions_user", on: "sessions", columns: ["user_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sessions").delete()
    }
}
