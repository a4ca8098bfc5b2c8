import Foundation
import KhuyenCongCore
import SQLKit

/// User accounts. Passwords arrive already hashed (bcrypt, in the web layer); this type never
/// sees a clear-text password.
public struct UserRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    struct Row: Decodable {
        let id: String
        let username: String
        let displayName: String
        let passwordHash: String
        let role: String
        let provinceCode: String?
        let communeCode: String?
        let organisationId: String?
        let active: Bool

        var principal: Principal? {
            guard let id = UUID(uuidString: id), let role = Role(rawValue: role) else { return nil }
            return Principal(
                userID: id, username: username, displayName: displayName, role: role, provinceCode: provinceCode,
                communeCode: communeCode, organisationID: organisationId.flatMap(UUID.init(uuidString:)))
        }
    }

    static let columns = [
        "id", "username", "display_name", "password_hash", "role", "province_code", "commune_code",
        "organisation_id", "active",
    ]

    /// Creates an account; the draft must already be validated against the geography.
    @discardableResult
    public func create(_ draft: AccountDraft, provinceCode: String?, passwordHash: String, actor: Actor) async throws
        -> Principal
    {
        let id = UUID()
        let nowMillis = store.nowMillis
        return try await store.write { sql, audit in
            if try await Self.find(username: draft.username, sql: sql) != nil {
                throw DomainError(.conflict, .usernameTaken, arguments: ["name": draft.username])
            }
            if let organisationID = draft.organisationID,
                try await OrganisationRepository(store: store).find(organisationID, sql: sql) == nil
            {
                throw DomainError(.invalidInput, .roleNeedsOrganisation, arguments: ["role": draft.role.rawValue])
            }
            try await sql.insert(into: "users")
                .columns(
                    "id", "username", "display_name", "password_hash", "role", "province_code", "commune_code",
                    "organisation_id", "active", "version", "created_at", "updated_at"
                )
                .values(
                    SQLBind(id.uuidString.lowercased()), SQLBind(draft.username), SQLBind(draft.displayName),
                    SQLBind(passwordHash), SQLBind(draft.role.rawValue), SQLBind(provinceCode),
                    SQLBind(draft.communeCode), SQLBind(draft.organisationID?.uuidString.lowercased()), SQLBind(true),
                    SQLBind(1), SQLBind(nowMillis), SQLBind(nowMillis)
                ).run()
            let principal = Principal(
                userID: id, username: draft.username, displayName: draft.displayName, role: draft.role,
                provinceCode: provinceCode, communeCode: draft.communeCode, organisationID: draft.organisationID)
            // The password hash is deliberately not part of the audited state.
            try await audit.record(
                actor: actor, action: "user.create", entityType: "user", entityID: id.uuidString.lowercased(),
                provinceCode: provinceCode, before: nil, after: UserState(principal))
            return principal
        }
    }

    /// The stored hash and the principal, for a sign-in attempt by an active user.
    public func credentials(username: String) async throws -> (principal: Principal, passwordHash: String)? {
        guard let row = try await Self.find(username: username, sql: store.sql), row.active,
            let principal = row.principal
        else { return nil }
        return (principal, row.passwordHash)
    }

    public func principal(id: UUID) async throws -> Principal? {
        try await store.sql.select().columns(Self.columns.map { SQLIdentifier($0) }).from("users")
            .where("id", .equal, SQLBind(id.uuidString.lowercased()))
            .first(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
            .flatMap { $0.active ? $0.principal : nil }
    }

    public func count(scope: AccessScope) async throws -> Int {
        try await scope.filter(
            store.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("users"),
            organisation: "organisation_id"
        ).first(decodingColumn: "n", as: Int.self) ?? 0
    }

    public func exists(username: String) async throws -> Bool {
        try await Self.find(username: username, sql: store.sql) != nil
    }

    static func find(username: String, sql: any SQLDatabase) async throws -> Row? {
        try await sql.select().columns(columns.map { SQLIdentifier($0) }).from("users")
            .where("username", .equal, SQLBind(username))
            .first(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
    }
}

struct UserState: Encodable {
    let username: String
    let displayName: String
    let role: String
    let provinceCode: String?
    let communeCode: String?
    let organisationID: String?

    init(_ principal: Principal) {
        username = principal.username
        displayName = principal.displayName
        role = principal.role.rawValue
        provinceCode = principal.provinceCode
        communeCode = principal.communeCode
        organisationID = principal.organisationID?.uuidString.lowercased()
    }
}
