import Foundation
import KhuyenCongCore
import SQLKit

/// Reading and verifying the audit trail.
public struct AuditLog: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    struct Row: Decodable {
        let seq: Int64
        let atMillis: Int64
        let actorId: String?
        let actorName: String
        let action: String
        let entityType: String
        let entityId: String
        let provinceCode: String?
        let beforeState: String?
        let afterState: String?
        let reason: String?
        let previousHash: String
        let hash: String

        var entry: AuditEntry {
            AuditEntry(
                sequence: seq, atMillis: atMillis, actorID: actorId.flatMap(UUID.init(uuidString:)),
                actorName: actorName, action: action, entityType: entityType, entityID: entityId,
                provinceCode: provinceCode, before: beforeState, after: afterState, reason: reason,
                previousHash: previousHash, hash: hash)
        }
    }

    private func select(_ sql: any SQLDatabase) -> SQLSelectBuilder {
        sql.select().columns(AuditRecorder.columns).from("audit_log")
    }

    /// Newest first, limited to what the scope may read: a provincial user sees the entries of
    /// records in their province; roles below a province may not read the trail at all.
    public func recent(scope: AccessScope, limit: Int, before sequence: Int64? = nil) async throws -> [AuditEntry] {
        guard scope.canReadAuditTrail else { throw DomainError.forbidden }
        var query = select(store.sql)
        if case .province(let code) = scope.area { query = query.where("province_code", .equal, SQLBind(code)) }
        if let sequence { query = query.where("seq", .lessThan, SQLBind(sequence)) }
        return try await query.orderBy("seq", .descending).limit(limit)
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase).map(\.entry)
    }

    /// Entries about one record the caller has been allowed to read, oldest first; nil for roles
    /// that may not read the audit trail (an establishment, a commune, a collaborator).
    public func history(entityType: String, entityID: String, scope: AccessScope) async throws -> [AuditEntry]? {
        guard scope.canReadAuditTrail else { return nil }
        return try await select(store.sql).where("entity_type", .equal, SQLBind(entityType))
            .where("entity_id", .equal, SQLBind(entityID)).orderBy("seq")
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase).map(\.entry)
    }

    public func count(scope: AccessScope) async throws -> Int {
        var query = store.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("audit_log")
        switch scope.area {
        case .nation: break
        case .province(let code): query = query.where("province_code", .equal, SQLBind(code))
        default: return 0
        }
        return try await query.first(decodingColumn: "n", as: Int.self) ?? 0
    }

    /// Recomputes every hash in order, in batches so that memory stays flat on a long chain.
    public func verify(batchSize: Int = 1000) async throws -> AuditVerification {
        var expectedSequence: Int64 = 1
        var previousHash = AuditEntry.genesisHash
        var count = 0
        while true {
            let rows = try await select(store.sql).where("seq", .greaterThanOrEqual, SQLBind(expectedSequence))
                .orderBy("seq").limit(batchSize)
                .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
            if rows.isEmpty { break }
            for row in rows {
                let entry = row.entry
                if entry.sequence != expectedSequence {
                    return .broken(sequence: expectedSequence, reason: "entry \(expectedSequence) is missing")
                }
                if entry.previousHash != previousHash {
                    return .broken(sequence: entry.sequence, reason: "link to the previous entry does not match")
                }
                if AuditRecorder.sha256(entry.canonicalText) != entry.hash {
                    return .broken(sequence: entry.sequence, reason: "content does not match its hash")
                }
                previousHash = entry.hash
                expectedSequence += 1
                count += 1
            }
        }
        struct Head: Decodable {
            let seq: Int64
            let hash: String
        }
        if let head = try await store.sql.select().columns("seq", "hash").from("audit_head").first(decoding: Head.self),
            head.seq != expectedSequence - 1 || head.hash != previousHash
        {
            return .broken(sequence: expectedSequence, reason: "entries after \(expectedSequence - 1) were removed")
        }
        return .intact(entries: count)
    }
}
