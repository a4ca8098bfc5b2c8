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

    /// The audit_log columns, in the order entries are written and read.
    static let columns = [
        "seq", "at_millis", "actor_id", "actor_name", "action", "entity_type", "entity_id", "province_code",
        "before_state", "after_state", "reason", "previous_hash", "hash",
    ]

    /// Records one change. `before`/`after` are the record's state, encoded as sorted-key JSON.
    @discardableResult
    public func record(
        actor: Actor, action: String, entityType: String, entityID: String, provinceCode: String?,
        before: (any Encodable)?, after: (any Encodable)?, reason: String? = nil
    ) async throws -> AuditEntry {
        let change = try Change(
            action: action, entityType: entityType, entityID: entityID, provinceCode: provinceCode, before: before, after: after)
        return try await recordMany([change], actor: actor, reason: reason)[0]
    }

    /// One change for `recordMany`.
    public struct Change: Sendable {
        let action: String
        let entityType: String
        let entityID: String
        let provinceCode: String?
        let before: String?
        let after: String?

        public init(
            action: String, entityType: String, entityID: String, provinceCode: String?, before: (any Encodable)?,
            after: (any Encodable)?
        ) throws {
            self.action = action
            self.entityType = entityType
            self.entityID = entityID
            self.provinceCode = provinceCode
            self.before = try before.map(AuditRecorder.json)
            self.after = try after.map(AuditRecorder.json)
        }
    }

    /// Records many changes by one actor as consecutive entries of the chain, with one lock of the
    /// head and multi-row inserts: what an import of thousands of rows needs to keep a history per
    /// record without paying three statements per row.
    @discardableResult
    public func recordMany(_ changes: [Change], actor: Actor, reason: String?) async throws -> [AuditEntry] {
        guard !changes.isEmpty else { return [] }
        // Locks the head row first: concurrent writers queue here, so the chain never forks.
        try await sql.update("audit_head").set(SQLIdentifier("seq"), to: SQLRaw("seq + \(changes.count)"))
            .where("id", .equal, SQLBind(1)).run()
        guard let head = try await sql.select().columns("seq", "hash").from("audit_head")
            .where("id", .equal, SQLBind(1)).first(decoding: Head.self)
        else { throw StoreError.configuration("audit_head row is missing") }
        let atMillis = Int64((now().timeIntervalSince1970 * 1000).rounded(.down))
        var sequence = head.seq - Int64(changes.count)
        var previous = head.hash
        var entries: [AuditEntry] = []
        entries.reserveCapacity(changes.count)
        for change in changes {
            sequence += 1
            let hash = AuditRecorder.sha256(
                AuditEntry.canonicalText(
                    sequence: sequence, atMillis: atMillis, actorID: actor.id, actorName: actor.name, action: change.action,
                    entityType: change.entityType, entityID: change.entityID, provinceCode: change.provinceCode,
                    before: change.before, after: change.after, reason: reason, previousHash: previous))
            entries.append(
                AuditEntry(
                    sequence: sequence, atMillis: atMillis, actorID: actor.id, actorName: actor.name, action: change.action,
                    entityType: change.entityType, entityID: change.entityID, provinceCode: change.provinceCode,
                    before: change.before, after: change.after, reason: reason, previousHash: previous, hash: hash))
            previous = hash
        }
        try await sql.insertRows(
            into: "audit_log", columns: Self.columns,
            entries.map { entry in
                [
                    SQLBind(entry.sequence), SQLBind(entry.atMillis), SQLBind(entry.actorID?.uuidString.lowercased()),
                    SQLBind(entry.actorName), SQLBind(entry.action), SQLBind(entry.entityType), SQLBind(entry.entityID),
                    SQLBind(entry.provinceCode), SQLBind(entry.before), SQLBind(entry.after), SQLBind(entry.reason),
                    SQLBind(entry.previousHash), SQLBind(entry.hash),
                ]
            })
        try await sql.update("audit_head").set("hash", to: SQLBind(previous)).where("id", .equal, SQLBind(1)).run()
        return entries
    }

    static func json(_ value: any Encodable) throws -> String {
        if let flat = value as? any AuditJSONRepresentable { return flat.auditJSON }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func sha256(_ text: String) -> String {
        hex(SHA256.hash(data: Data(text.utf8)))
    }

    /// Lower-case hexadecimal of a digest.
    static func hex(_ digest: some Sequence<UInt8>) -> String {
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

