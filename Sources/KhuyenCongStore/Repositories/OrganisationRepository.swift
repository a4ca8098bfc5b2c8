import Foundation
import KhuyenCongCore
import SQLKit

/// Organisations, always read and written through an access scope.
public struct OrganisationRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    struct Row: Codable {
        let id: String
        let kind: String
        let name: String
        let sortKey: String
        let provinceCode: String?
        let communeCode: String?
        let address: String
        let phone: String
        let email: String
        let version: Int

        var organisation: Organisation {
            Organisation(
                id: UUID(uuidString: id)!, kind: OrganisationKind(rawValue: kind) ?? .other, name: name,
                provinceCode: provinceCode, communeCode: communeCode, address: address, phone: phone, email: email,
                version: version)
        }
    }

    private static let columns = [
        "id", "kind", "name", "sort_key", "province_code", "commune_code", "address", "phone", "email", "version",
    ]

    public struct Filter: Sendable {
        public var kind: OrganisationKind?
        public var provinceCode: String?
        public var query: String?

        public init(kind: OrganisationKind? = nil, provinceCode: String? = nil, query: String? = nil) {
            self.kind = kind
            self.provinceCode = provinceCode
            self.query = query
        }
    }

    /// A page in Vietnamese order of name.
    public func list(scope: AccessScope, filter: Filter = Filter(), limit: Int, after cursor: KeysetCursor?)
        async throws -> Page<Organisation>
    {
        var query = scope.filter(store.sql.select().columns(Self.columns.map { SQLIdentifier($0) }).from("organisations"))
        if let kind = filter.kind { query = query.where("kind", .equal, SQLBind(kind.rawValue)) }
        if let province = filter.provinceCode { query = query.where("province_code", .equal, SQLBind(province)) }
        for word in VietnameseText.fold(filter.query ?? "").split(separator: " ") {
            query = query.where("folded_name", .like, SQLBind("%\(word)%"))
        }
        if let cursor {
            query = query.where {
                $0.where("sort_key", .greaterThan, SQLBind(cursor.sortKey))
                    .orWhere {
                        $0.where("sort_key", .equal, SQLBind(cursor.sortKey)).where("id", .greaterThan, SQLBind(cursor.id))
                    }
            }
        }
        let rows = try await query.orderBy("sort_key").orderBy("id").limit(limit + 1)
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
        let page = Array(rows.prefix(limit))
        let next = rows.count > limit ? page.last.map { KeysetCursor(sortKey: $0.sortKey, id: $0.id).encoded } : nil
        return Page(items: page.map(\.organisation), nextCursor: next)
    }

    /// The organisation if it exists; `forbidden` when it exists outside the scope.
    public func get(_ id: UUID, scope: AccessScope) async throws -> Organisation {
        guard let organisation = try await find(id, sql: store.sql) else { throw DomainError.notFound }
        guard scope.canRead(organisation.area) else { throw DomainError.forbidden }
        return organisation
    }

    public func count(scope: AccessScope) async throws -> Int {
        try await scope.filter(
            store.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("organisations")
        ).first(decodingColumn: "n", as: Int.self) ?? 0
    }

    /// Applies a validated change if `expectedVersion` is still current; otherwise `staleVersion`.
    public func update(_ id: UUID, change: OrganisationChange, expectedVersion: Int, by principal: Principal)
        async throws -> Organisation
    {
        let change = try change.validated().get()
        let nowMillis = store.nowMillis
        return try await store.write { sql, audit in
            guard let before = try await find(id, sql: sql) else { throw DomainError.notFound }
            let scope = principal.scope
            guard scope.canRead(before.area) else { throw DomainError.forbidden }
            try scope.checkCanWrite(before.area)
            guard before.version == expectedVersion else { throw DomainError.staleVersion }
            // The version condition makes the update itself the check, so two writers on PostgreSQL
            // cannot both succeed even under READ COMMITTED.
            let updated = try await sql.update("organisations")
                .set("name", to: SQLBind(change.name))
                .set("folded_name", to: SQLBind(VietnameseText.fold(change.name)))
                .set("sort_key", to: SQLBind(VietnameseCollation.sortKey(change.name)))
                .set("address", to: SQLBind(change.address))
                .set("phone", to: SQLBind(change.phone))
                .set("email", to: SQLBind(change.email))
                .set("version", to: SQLBind(expectedVersion + 1))
                .set("updated_at", to: SQLBind(nowMillis))
                .where("id", .equal, SQLBind(id.uuidString.lowercased()))
                .where("version", .equal, SQLBind(expectedVersion))
                .returning("version").first()
            guard updated != nil, let after = try await find(id, sql: sql) else { throw DomainError.staleVersion }
            try await audit.record(
                actor: Actor(principal), action: "organisation.update", entityType: "organisation",
                entityID: id.uuidString.lowercased(), provinceCode: after.provinceCode,
                before: OrganisationState(before), after: OrganisationState(after))
            return after
        }
    }

    /// Creates an organisation (reference data, demo set-up or an administrator), audited.
    @discardableResult
    public func create(_ organisation: Organisation, referenceKey: String? = nil, actor: Actor, sql: any SQLDatabase, audit: AuditRecorder)
        async throws -> Organisation
    {
        let nowMillis = store.nowMillis
        try await sql.insert(into: "organisations")
            .columns(
                "id", "kind", "name", "folded_name", "sort_key", "province_code", "commune_code", "address", "phone",
                "email", "reference_key", "version", "created_at", "updated_at"
            )
            .values(
                SQLBind(organisation.id.uuidString.lowercased()), SQLBind(organisation.kind.rawValue),
                SQLBind(organisation.name), SQLBind(VietnameseText.fold(organisation.name)),
                SQLBind(VietnameseCollation.sortKey(organisation.name)), SQLBind(organisation.provinceCode),
                SQLBind(organisation.communeCode), SQLBind(organisation.address), SQLBind(organisation.phone),
                SQLBind(organisation.email), SQLBind(referenceKey), SQLBind(1), SQLBind(nowMillis), SQLBind(nowMillis)
            ).run()
        try await audit.record(
            actor: actor, action: "organisation.create", entityType: "organisation",
            entityID: organisation.id.uuidString.lowercased(), provinceCode: organisation.provinceCode, before: nil,
            after: OrganisationState(organisation))
        return organisation
    }

    /// The id of the organisation seeded under a reference key, if any.
    public func id(forReferenceKey key: String) async throws -> UUID? {
        try await store.sql.select().column("id").from("organisations").where("reference_key", .equal, SQLBind(key))
            .first(decodingColumn: "id", as: String.self).flatMap(UUID.init(uuidString:))
    }

    func find(_ id: UUID, sql: any SQLDatabase) async throws -> Organisation? {
        try await sql.select().columns(Self.columns.map { SQLIdentifier($0) }).from("organisations")
            .where("id", .equal, SQLBind(id.uuidString.lowercased()))
            .first(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)?.organisation
    }
}

/// The audited state of an organisation.
struct OrganisationState: Encodable {
    let kind: String
    let name: String
    let provinceCode: String?
    let communeCode: String?
    let address: String
    let phone: String
    let email: String
    let version: Int

    init(_ organisation: Organisation) {
        kind = organisation.kind.rawValue
        name = organisation.name
        provinceCode = organisation.provinceCode
        communeCode = organisation.communeCode
        address = organisation.address
        phone = organisation.phone
        email = organisation.email
        version = organisation.version
    }
}
