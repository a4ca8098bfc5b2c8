import FluentKit
import KhuyenCongCore
import SQLKit

/// The append-only, hash-chained audit trail (design.md §3). `audit_head` holds the last sequence
/// number and hash; appending locks it, which orders concurrent writers on PostgreSQL and lets
/// `verify` notice entries cut from the end. Triggers refuse UPDATE and DELETE on entries, so only
/// someone who drops the trigger can alter history — and `verify` then names the broken entry.
struct M0007_CreateAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_log")
            .field("seq", .int64, .identifier(auto: false))
            .field("at_millis", .int64, .required)
            .field("actor_id", .string)
            .field("actor_name", .string, .required)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .string, .required)
            .field("province_code", .string)
            .field("before_state", .string)
            .field("after_state", .string)
            .field("reason", .string)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .create()
        try await database.createIndex("audit_log_entity", on: "audit_log", columns: ["entity_type", "entity_id"])
        try await database.createIndex("audit_log_province", on: "audit_log", columns: ["province_code", "seq"])
        try await database.schema("audit_head")
            .field("id", .int, .identifier(auto: false))
            .field("seq", .int64, .required)
            .field("hash", .string, .required)
            .create()
        try await database.sql.insert(into: "audit_head")
            .columns("id", "seq", "hash")
            .values(SQLBind(1), SQLBind(Int64(0)), SQLBind(AuditEntry.genesisHash))
            .run()
        if database.isPostgres {
            try await database.sql.raw(
                """
                CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'audit_log is append-only'; END;
                $$ LANGUAGE plpgsql
                """
            ).run()
            try await database.sql.raw(
                "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
            ).run()
        } else {
            for event in ["UPDATE", "DELETE"] {
                try await database.sql.raw(
                    "CREATE TRIGGER audit_log_no_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
                ).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        if database.isPostgres {
            try await database.sql.raw("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log").run()
            try await database.sql.raw("DROP FUNCTION IF EXISTS audit_log_append_only()").run()
        }
        try await database.schema("audit_head").delete()
        try await database.schema("audit_log").delete()
    }
}
