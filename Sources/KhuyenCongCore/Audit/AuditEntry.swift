import Foundation

/// One entry of the append-only audit trail (design.md §3): who changed what, when, the state
/// before and after, and why. Entries are hash-chained: each hash covers the previous hash and the
/// canonical text of the entry, so altering, deleting or reordering any row breaks the chain.
public struct AuditEntry: Sendable, Hashable {
    public let sequence: Int64
    /// Milliseconds since 1970 (UTC); integer so that the canonical text is identical on every database.
    public let atMillis: Int64
    public let actorID: UUID?
    public let actorName: String
    public let action: String
    public let entityType: String
    public let entityID: String
    public let provinceCode: String?
    public let before: String?
    public let after: String?
    public let reason: String?
    public let previousHash: String
    public let hash: String

    public init(
        sequence: Int64, atMillis: Int64, actorID: UUID?, actorName: String, action: String,
        entityType: String, entityID: String, provinceCode: String?, before: String?, after: String?,
        reason: String?, previousHash: String, hash: String
    ) {
        self.sequence = sequence
        self.atMillis = atMillis
        self.actorID = actorID
        self.actorName = actorName
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.provinceCode = provinceCode
        self.before = before
        self.after = after
        self.reason = reason
        self.previousHash = previousHash
        self.hash = hash
    }

    /// The hash of the (empty) chain before the first entry.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The exact text that is hashed. Fields are separated by the ASCII unit separator, which
    /// cannot be typed into a form, and absent values are distinguished from empty ones.
    public static func canonicalText(
        sequence: Int64, atMillis: Int64, actorID: UUID?, actorName: String, action: String,
        entityType: String, entityID: String, provinceCode: String?, before: String?, after: String?,
        reason: String?, previousHash: String
    ) -> String {
        func optional(_ value: String?) -> String { value.map { "+" + $0 } ?? "-" }
        return [
            "v1", String(sequence), String(atMillis), optional(actorID?.uuidString.lowercased()), actorName,
            action, entityType, entityID, optional(provinceCode), optional(before), optional(after),
            optional(reason), previousHash,
        ].joined(separator: "\u{1F}")
    }

    public var canonicalText: String {
        Self.canonicalText(
            sequence: sequence, atMillis: atMillis, actorID: actorID, actorName: actorName, action: action,
            entityType: entityType, entityID: entityID, provinceCode: provinceCode, before: before,
            after: after, reason: reason, previousHash: previousHash)
    }
}

/// The result of checking the chain.
public enum AuditVerification: Sendable, Hashable {
    case intact(entries: Int)
    /// The first entry whose stored hash or link does not match what is recomputed.
    case broken(sequence: Int64, reason: String)
}
