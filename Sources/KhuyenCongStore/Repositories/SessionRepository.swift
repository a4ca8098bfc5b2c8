import Crypto
import Foundation
import KhuyenCongCore
import SQLKit

/// Browser sessions and API tokens: random 256-bit secrets of which only the SHA-256 is stored.
public struct SessionRepository: Sendable {
    public enum Kind: String, Sendable {
        case browser, api

        /// Browser sessions last a working day; API tokens a month.
        public var lifetimeSeconds: Int64 {
            switch self {
            case .browser: 12 * 3600
            case .api: 30 * 24 * 3600
            }
        }
    }

    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Issues a new secret for the user and returns it; it is shown once and never stored.
    public func create(for principal: Principal, kind: Kind) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let token = Base64URL.encode(Data(bytes))
        let nowMillis = store.nowMillis
        try await store.write { sql, audit in
            try await sql.insert(into: "sessions").columns("token_hash", "user_id", "kind", "created_at", "expires_at")
                .values(
                    SQLBind(Self.hash(token)), SQLBind(principal.userID.uuidString.lowercased()),
                    SQLBind(kind.rawValue), SQLBind(nowMillis), SQLBind(nowMillis + kind.lifetimeSeconds * 1000)
                ).run()
            struct Issued: Encodable { let kind: String }
            try await audit.record(
                actor: Actor(principal), action: kind == .api ? "auth.token" : "auth.login", entityType: "user",
                entityID: principal.userID.uuidString.lowercased(), provinceCode: principal.provinceCode, before: nil,
                after: Issued(kind: kind.rawValue))
        }
        return token
    }

    /// The principal behind a live secret of the given kind.
    public func principal(token: String, kind: Kind) async throws -> Principal? {
        guard token.count <= 128 else { return nil }
        let secretHash = Self.hash(token)
        let cacheKey = Self.cacheKey(secretHash, kind)
        let nowMillis = store.nowMillis
        if let cached = store.principals.principal(tokenHash: cacheKey, nowMillis: nowMillis) { return cached }
        struct Row: Decodable {
            let userId: String
            let expiresAt: Int64
        }
        guard
            let row = try await store.sql.select().columns("user_id", "expires_at").from("sessions")
                .where("token_hash", .equal, SQLBind(secretHash)).where("kind", .equal, SQLBind(kind.rawValue))
                .first(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase),
            row.expiresAt > nowMillis, let userID = UUID(uuidString: row.userId),
            let principal = try await UserRepository(store: store).principal(id: userID)
        else { return nil }
        store.principals.remember(principal, tokenHash: cacheKey, expiresAtMillis: row.expiresAt, nowMillis: nowMillis)
        return principal
    }

    /// Ends the secret; forgotten by the cache only after the row is gone, so that a request in
    /// between cannot cache it again.
    public func delete(token: String) async throws {
        let secretHash = Self.hash(token)
        try await store.sql.delete(from: "sessions").where("token_hash", .equal, SQLBind(secretHash)).run()
        for kind in [Kind.browser, .api] { store.principals.forget(tokenHash: Self.cacheKey(secretHash, kind)) }
    }

    static func cacheKey(_ secretHash: String, _ kind: Kind) -> String { secretHash + ":" + kind.rawValue }

    static func hash(_ token: String) -> String {
        AuditRecorder.hex(SHA256.hash(data: Data(token.utf8)))
    }
}
