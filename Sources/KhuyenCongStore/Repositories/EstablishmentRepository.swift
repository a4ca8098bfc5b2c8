import Foundation
import KhuyenCongCore
import SQLKit

/// The establishment registry, always read and written through an access scope. Hot paths use
/// SQLKit with indexes that fit the filters (province/commune + Vietnamese sort key).
public struct EstablishmentRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public struct Filter: Sendable, Hashable {
        public var provinceCode: String?
        /// Communes in force today (an old commune may stand for several); nil filters nothing,
        /// an empty list matches nothing (an old commune whose successor is not yet recorded).
        public var communeCodes: [String]?
        public var legalForm: LegalForm?
        public var sector: String?
        public var craftVillageID: UUID?
        public var query: String?
        public var eligibility: EligibilityFilter?

        public init(
            provinceCode: String? = nil, communeCodes: [String]? = nil, legalForm: LegalForm? = nil, sector: String? = nil,
            craftVillageID: UUID? = nil, query: String? = nil, eligibility: EligibilityFilter? = nil
        ) {
            self.provinceCode = provinceCode
            self.communeCodes = communeCodes
            self.legalForm = legalForm
            self.sector = sector
            self.craftVillageID = craftVillageID
            self.query = query
            self.eligibility = eligibility
        }
    }

    /// A page in Vietnamese order of name.
    public func list(scope: AccessScope, filter: Filter = Filter(), limit: Int, after cursor: KeysetCursor?) async throws
        -> Page<Establishment>
    {
        let words = EstablishmentSearch.words(filter.query)
        let rows: [EstablishmentRow]
        // The search index in name order finds a page of matches directly, in the whole country,
        // a province or communes.
        if let area = Self.searchArea(scope: scope, filter: filter),
            let page = try await EstablishmentSearch.namedOrderPage(
                words: words, area: area, cursorKey: cursor?.sortKey, count: limit + 1, store: store,
                base: {
                    filtered(scope: scope, filter: filter, after: cursor, from: SQLRaw(area.isEmpty ? "establishments" : "establishments NOT INDEXED"))
                })
        {
            rows = page
        } else {
            let query = try await EstablishmentSearch.filter(filtered(scope: scope, filter: filter, after: cursor), words: words, sql: store.sql)
            // Only the province and commune filters have indexes in name order; any other filter or a
            // search may walk much of the table before a page is full.
            let indexedOnly = filter.legalForm == nil && filter.sector == nil && filter.craftVillageID == nil
                && filter.eligibility == nil && words.isEmpty
            rows = try await EstablishmentRow.committed(
                query.orderBy("sort_key").orderBy("id").limit(limit + 1), in: store, length: indexedOnly ? .short : .mayBeLong)
        }
        let last = limit - 1
        let next = rows.count > limit && last >= 0 ? KeysetCursor(sortKey: rows[last].sortKey, id: rows[last].id).encoded : nil
        return Page(items: rows.prefix(limit).map(\.establishment), nextCursor: next)
    }

    /// The search index's area condition for the scope and filter; nil where the index has none
    /// (an establishment's own scope, an empty commune list).
    private static func searchArea(scope: AccessScope, filter: Filter) -> String? {
        var province = filter.provinceCode
        var communes = filter.communeCodes
        switch scope.area {
        case .nation: break
        case .province(let code) where province == nil || province == code: province = code
        case .commune(let code): communes = (communes ?? [code]).filter { $0 == code }
        default: return nil
        }
        if communes?.isEmpty == true { return nil }
        return EstablishmentSearchIndex.areaMatch(province: province, communes: communes)
    }

    /// The live establishments the scope may see that pass the filter's conditions other than the
    /// search words, after `cursor` in name order: a select without order or limit.
    ///
    /// A search through the index in name order within an area reads `establishments NOT INDEXED`:
    /// its candidates are a few rowids, but without statistics SQLite reckons a province's rows at
    /// ten and would walk the province's list in order, testing each row against them (measured on
    /// 1,000,000 establishments: 25–107 ms a page in Hà Nội against 5–21 ms). Over the whole
    /// country the planner's own choice measured faster.
    private func filtered(
        scope: AccessScope, filter: Filter, after cursor: KeysetCursor?, from table: any SQLExpression = SQLIdentifier("establishments")
    ) -> SQLSelectBuilder {
        let query = scoped(store.sql.select().column(EstablishmentRow.selectList).from(table), scope)
            .where("merged_into", .is, SQLLiteral.null)
        if let province = filter.provinceCode { query.where("province_code", .equal, SQLBind(province)) }
        if let communes = filter.communeCodes {
            if communes.isEmpty { query.where(SQLLiteral.boolean(false)) } else { query.where("commune_code", .in, SQLBind.group(communes)) }
        }
        if let form = filter.legalForm { query.where("legal_form", .equal, SQLBind(form.rawValue)) }
        if let sector = filter.sector { query.where("sectors", .like, SQLBind("%|\(sector)|%")) }
        if let village = filter.craftVillageID {
            query.where("craft_village_id", .equal, SQLBind(village.uuidString.lowercased()))
        }
        if let eligibility = filter.eligibility { query.where(EligibilityPredicate.condition(eligibility)) }
        if let cursor { EstablishmentSearch.keyset(query, after: cursor.sortKey, id: cursor.id) }
        return query
    }

    /// The establishment if it exists; `forbidden` when it exists outside the scope.
    public func get(_ id: UUID, scope: AccessScope) async throws -> Establishment {
        guard let found = try await find(id, sql: store.sql) else { throw DomainError.notFound }
        let establishment = found.establishment
        guard scope.canRead(establishment.area) else { throw DomainError.forbidden }
        return establishment
    }

    public func count(scope: AccessScope) async throws -> Int {
        try await scoped(store.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("establishments"), scope)
            .where("merged_into", .is, SQLLiteral.null)
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }

    /// How many establishments the scope may see in each craft village, in one query.
    public func countsByCraftVillage(scope: AccessScope) async throws -> [UUID: Int] {
        struct Row: Decodable {
            let village: String
            let n: Int
        }
        let rows = try await scoped(
            store.sql.select().column("craft_village_id", as: "village").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from("establishments"), scope
        )
        .where("merged_into", .is, SQLLiteral.null).where("craft_village_id", .isNot, SQLLiteral.null)
        .groupBy("craft_village_id").all(decoding: Row.self)
        return Dictionary(rows.compactMap { row in UUID(uuidString: row.village).map { ($0, row.n) } }, uniquingKeysWith: +)
    }

    /// Creates a validated establishment in the principal's area; a taken tax code is a conflict
    /// naming the holder when the principal may see it.
    @discardableResult
    public func create(_ establishment: Establishment, by principal: Principal) async throws
        -> Establishment
    {
        let scope = principal.scope
        try scope.checkCanWrite(RecordArea(provinceCode: establishment.provinceCode, communeCode: establishment.commune.code))
        return try await store.write { sql, audit in
            try await insert(establishment, actor: Actor(principal), scope: scope, sql: sql, audit: audit)
        }
    }

    func insert(
        _ establishment: Establishment, actor: Actor, scope: AccessScope, sql: any SQLDatabase,
        audit: AuditRecorder
    ) async throws -> Establishment {
        try await ensureTaxCodeFree(establishment.taxCode, except: nil, scope: scope, sql: sql)
        try await Self.insertRows([establishment], atMillis: store.nowMillis, sql: sql)
        try await audit.recordMany([try Self.creationChange(establishment)], actor: actor, reason: nil)
        return establishment
    }

    /// Replaces the editable fields if `expectedVersion` is still current.
    public func update(_ id: UUID, with change: Establishment, expectedVersion: Int, by principal: Principal) async throws
        -> Establishment
    {
        try await store.write { sql, audit in
            try await replace(id, with: change, expectedVersion: expectedVersion, actor: Actor(principal), scope: principal.scope, sql: sql, audit: audit)
        }
    }

    func replace(
        _ id: UUID, with change: Establishment, expectedVersion: Int, actor: Actor, scope: AccessScope, sql: any SQLDatabase,
        audit: AuditRecorder
    ) async throws -> Establishment {
        guard let before = try await find(id, sql: sql) else { throw DomainError.notFound }
        let current = before.establishment
        guard scope.canRead(current.area) else { throw DomainError.forbidden }
        // The row written is the one checked: a change carrying another record's id is refused.
        guard change.id == id else { throw DomainError.notFound }
        let updated = Self.edited(current, by: change)
        try scope.checkCanWrite(current.area, updated.area)
        guard before.mergedInto == nil else { throw DomainError(.conflict, .alreadyMerged) }
        guard before.version == expectedVersion else { throw DomainError.staleVersion }
        try await ensureTaxCodeFree(change.taxCode, except: id, scope: scope, sql: sql)
        let record = try await Self.write(updated, over: current, atMillis: store.nowMillis, sql: sql)
        try await audit.recordMany([record], actor: actor, reason: nil)
        return updated
    }

    /// `change` as the next version of `current`: neither the owning account's organisation nor the
    /// craft village is edited through a draft or an import row.
    static func edited(_ current: Establishment, by change: Establishment) -> Establishment {
        var updated = change
        updated.version = current.version + 1
        updated.organisationID = current.organisationID
        updated.craftVillageID = current.craftVillageID
        return updated
    }

    /// Writes `updated` if `current` is still the stored version, and returns the audit change.
    static func write(_ updated: Establishment, over current: Establishment, atMillis: Int64, sql: any SQLDatabase) async throws
        -> AuditRecorder.Change
    {
        let changed = try await EstablishmentRow(updated).update(on: sql, expectedVersion: current.version, atMillis: atMillis)
            .returning("version").first()
        guard changed != nil else { throw DomainError.staleVersion }
        return try AuditRecorder.Change(
            action: "establishment.update", entityType: "establishment", entityID: current.id.uuidString.lowercased(),
            provinceCode: updated.provinceCode, before: EstablishmentState(current), after: EstablishmentState(updated))
    }

    /// Probable duplicates for review: the same folded name in the same commune, or the same phone.
    /// The rule is written once, in `detail`'s statement; `establishment` is a record already read.
    public func probableDuplicates(of establishment: Establishment, scope: AccessScope) async throws -> [Establishment] {
        try await detail(establishment.id, scope: scope).surroundings.duplicates
    }

    func ensureTaxCodeFree(_ taxCode: String, except id: UUID?, scope: AccessScope, sql: any SQLDatabase) async throws {
        var query = sql.select().column(EstablishmentRow.selectList).from("establishments")
            .where("tax_code", .equal, SQLBind(taxCode))
        if let id { query = query.where("id", .notEqual, SQLBind(id.uuidString.lowercased())) }
        guard let holder = try await EstablishmentRow.first(query, on: sql) else {
            return
        }
        let name = scope.canRead(holder.establishment.area) ? holder.name : "—"
        throw DomainError(
            .conflict, .taxCodeTaken, arguments: ["code": taxCode, "name": name],
            fields: [FieldError(field: "tax_code", key: .taxCodeTaken)])
    }

    func find(_ id: UUID, sql: any SQLDatabase) async throws -> EstablishmentRow? {
        try await EstablishmentRow.first(
            sql.select().column(EstablishmentRow.selectList).from("establishments").where("id", .equal, SQLBind(id.uuidString.lowercased())),
            on: sql)
    }

    /// Inserts establishments in multi-row statements.
    static func insertRows(_ establishments: [Establishment], atMillis: Int64, sql: any SQLDatabase) async throws {
        try await sql.insertRows(into: "establishments", columns: insertColumns, establishments.map { insertBinds($0, atMillis: atMillis) })
    }

    static let insertColumns = EstablishmentRow.columns + ["created_at", "updated_at"]

    /// The values of a new row, in `insertColumns` order.
    static func insertBinds(_ establishment: Establishment, atMillis: Int64) -> [SQLBind] {
        EstablishmentRow(establishment).binds + [SQLBind(atMillis), SQLBind(atMillis)]
    }

    /// The audit trail's entry for a new establishment.
    static func creationChange(_ establishment: Establishment) throws -> AuditRecorder.Change {
        try AuditRecorder.Change(
            action: "establishment.create", entityType: "establishment", entityID: establishment.id.uuidString.lowercased(),
            provinceCode: establishment.provinceCode, before: nil, after: EstablishmentState(establishment))
    }

    func scoped<Builder: SQLPredicateBuilder>(_ builder: Builder, _ scope: AccessScope) -> Builder {
        scope.filter(builder, organisation: "organisation_id")
    }
}

extension EstablishmentRepository {
    /// The live establishments with these tax codes that the scope may see, by tax code: how
    /// people name beneficiaries on a form.
    public func find(taxCodes: [String], scope: AccessScope) async throws -> [String: Establishment] {
        guard !taxCodes.isEmpty else { return [:] }
        var found: [String: Establishment] = [:]
        for code in Set(taxCodes) {
            let ids = try await store.sql.select().column("id").from("establishments").where("tax_code", .equal, SQLBind(code))
                .where("merged_into", .is, SQLLiteral.null).all(decodingColumn: "id", as: String.self)
            for id in ids.compactMap(UUID.init(uuidString:)) {
                if let establishment = try? await get(id, scope: scope) { found[code] = establishment }
            }
        }
        return found
    }
}
