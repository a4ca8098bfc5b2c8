import Crypto
import Foundation
import KhuyenCongCore
import SQLKit

/// Who made a change, as the audit trail records it.
public struct Actor: Sendable, Hashable {
    public let id: UUID?
    public let name: String

    public init(id: UUID?, name: String) {
        self.id = id
        self.name = name
    }

    public init(_ principal: Principal) {
        self.init(id: principal.userID, name: principal.username)
    }

    /// Changes made by the system itself (reference data, demo set-up) or an operator's CLI.
    public static let system = Actor(id: nil, name: "system")
    public static func cli(_ operatorName: String) -> Actor { Actor(id: nil, name: "cli:\(operatorName)") }
}

/// Appends entries to the audit trail inside the caller's transaction (see `Store.write`).
public struct AuditRecorder: Sendable {
    let sql: any SQLDatabase
    let now: @Sendable () -> Date

    private struct Head: Decodable {
        let seq: Int64
        let hash: String
    }

    /// Records one change. `before`/`after` are the record's state, encoded as sorted-key JSON.
    @discardableResult
    public func record(
        actor: Actor, action: String, entityType: String, entityID: String, provinceCode: String?,
        before: (any Encodable)?, after: (any Encodable)?, reason: String? = nil
    ) async throws -> AuditEntry {
        // Locks the head row first: concurrent writers queue here, so the chain never forks.
        try await sql.update("audit_head").set(SQLIdentifier("seq"), to: SQLRaw("seq + 1"))
            .where("id", .equal, SQLBind(1)).run()
        guard let head = try await sql.select().columns("seq", "hash").from("audit_head")
            .where("id", .equal, SQLBind(1)).first(decoding: Head.self)
        else { throw StoreError.configuration("audit_head row is missing") }
        let atMillis = Int64((now().timeIntervalSince1970 * 1000).rounded(.down))
        let beforeText = try before.map(AuditRecorder.json)
        let afterText = try after.map(AuditRecorder.json)
        let canonical = AuditEntry.canonicalText(
            sequence: head.seq, atMillis: atMillis, actorID: actor.id, actorName: actor.name, action: action,
            entityType: entityType, entityID: entityID, provinceCode: provinceCode, before: beforeText,
            after: afterText, reason: reason, previousHash: head.hash)
        let hash = AuditRecorder.sha256(canonical)
        try await sql.insert(into: "audit_log")
            .columns(
                "seq", "at_millis", "actor_id", "actor_name", "action", "entity_type", "entity_id",
                "province_code", "before_state", "after_state", "reason", "previous_hash", "hash"
            )
            .values(
                SQLBind(head.seq), SQLBind(atMillis), SQLBind(actor.id?.uuidString.lowercased()),
                SQLBind(actor.name), SQLBind(action), SQLBind(entityType), SQLBind(entityID),
                SQLBind(provinceCode), SQLBind(beforeText), SQLBind(afterText), SQLBind(reason),
                SQLBind(head.hash), SQLBind(hash)
            )
            .run()
        try await sql.update("audit_head").set("hash", to: SQLBind(hash)).where("id", .equal, SQLBind(1)).run()
        return AuditEntry(
            sequence: head.seq, atMillis: atMillis, actorID: actor.id, actorName: actor.name, action: action,
            entityType: entityType, entityID: entityID, provinceCode: provinceCode, before: beforeText,
            after: afterText, reason: reason, previousHash: head.hash, hash: hash)
    }

    static func json(_ value: any Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

