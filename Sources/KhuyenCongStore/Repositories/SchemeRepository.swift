import Foundation
import KhuyenCongCore
import SQLKit

/// Schemes (đề án), always read and written through an access scope: a province sees its own
/// schemes, a commune those that name it, an organisation those it implements.
public struct SchemeRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    static let columns = [
        "id", "code", "level", "kind", "title", "plan_year", "start_year", "end_year", "province_code",
        "implementing_unit_id", "cooperating_units", "counterpart_funds", "other_funds", "total_eligible",
        "total_requested", "state", "approved_on", "facility_accepted_on", "version",
    ]

    struct Row: Decodable {
        let id: String
        let code: String
        let level: String
        let kind: String
        let title: String
        let planYear: Int
        let startYear: Int
        let endYear: Int
        let provinceCode: String
        let implementingUnitId: String?
        let cooperatingUnits: String
        let counterpartFunds: Int64
        let otherFunds: Int64
        let totalEligible: Int64
        let totalRequested: Int64
        let state: String
        let approvedOn: String?
        let facilityAcceptedOn: String?
        let version: Int

        func scheme(lines: [SchemeLine], beneficiaries: [UUID], communes: [String]) -> Scheme {
            Scheme(
                id: UUID(uuidString: id)!, code: code, level: SchemeLevel(rawValue: level) ?? .local,
                kind: SchemeKind(rawValue: kind) ?? .single, title: title, planYear: planYear, startYear: startYear,
                endYear: endYear, provinceCode: provinceCode, communeCodes: communes,
                implementingUnitID: implementingUnitId.flatMap(UUID.init(uuidString:)),
                cooperatingUnits: (try? JSONDecoder().decode([String].self, from: Data(cooperatingUnits.utf8))) ?? [],
                beneficiaryIDs: beneficiaries, lines: lines, counterpartFunds: counterpartFunds, otherFunds: otherFunds,
                state: SchemeState(rawValue: state) ?? .draft, approvedOn: approvedOn.flatMap(Day.init(iso:)),
                facilityAcceptedOn: facilityAcceptedOn.flatMap(Day.init(iso:)), version: version)
        }

        /// The list view needs no lines: the totals are kept on the row.
        var summary: SchemeSummary {
            SchemeSummary(
                id: UUID(uuidString: id)!, code: code, level: SchemeLevel(rawValue: level) ?? .local,
                kind: SchemeKind(rawValue: kind) ?? .single, title: title, planYear: planYear, provinceCode: provinceCode,
                implementingUnitID: implementingUnitId.flatMap(UUID.init(uuidString:)),
                state: SchemeState(rawValue: state) ?? .draft, totalEligible: totalEligible, totalRequested: totalRequested,
                approvedOn: approvedOn.flatMap(Day.init(iso:)), facilityAcceptedOn: facilityAcceptedOn.flatMap(Day.init(iso:)),
                version: version)
        }
    }

    public struct Filter: Sendable, Hashable {
        public var provinceCode: String?
        public var year: Int?
        public var states: [SchemeState]
        public var level: SchemeLevel?
        public var query: String?

        public init(provinceCode: String? = nil, year: Int? = nil, states: [SchemeState] = [], level: SchemeLevel? = nil, query: String? = nil) {
            self.provinceCode = provinceCode
            self.year = year
            self.states = states
            self.level = level
            self.query = query
        }
    }

    /// The scope as a filter on schemes. A commune sees the schemes carried out in it.
    func scoped<Builder: SQLPredicateBuilder>(_ builder: Builder, _ scope: AccessScope) -> Builder {
        var builder = builder
        if let unit = scope.implementingUnit {
            builder = builder.where("implementing_unit_id", .equal, SQLBind(unit.uuidString.lowercased()))
        }
        return switch scope.area {
        case .nation: builder
        case .province(let code): builder.where("province_code", .equal, SQLBind(code))
        case .commune(let code):
            builder.where(
                SQLIdentifier("id"), .in,
                SQLGroupExpression(
                    store.sql.select().column("scheme_id").from("scheme_communes").where("commune_code", .equal, SQLBind(code)).query))
        case .organisation(let id):
            // An organisation's account sees the schemes it implements and those its establishments benefit from.
            builder.where {
                $0.where("implementing_unit_id", .equal, SQLBind(id.uuidString.lowercased()))
                    .orWhere(SQLIdentifier("id"), .in, SQLGroupExpression(beneficiarySchemes(of: id).query))
            }
        case .nothing: builder.where(SQLLiteral.boolean(false))
        }
    }

    /// A page in code order (level, plan year, province, sequence).
    public func list(scope: AccessScope, filter: Filter = Filter(), limit: Int, after cursor: KeysetCursor?) async throws -> Page<SchemeSummary> {
        var query = scoped(store.sql.select().columns(Self.columns.map { SQLIdentifier($0) }).from("schemes"), scope)
        if let province = filter.provinceCode { query = query.where("province_code", .equal, SQLBind(province)) }
        if let year = filter.year { query = query.where("plan_year", .equal, SQLBind(year)) }
        if let level = filter.level { query = query.where("level", .equal, SQLBind(level.rawValue)) }
        if !filter.states.isEmpty { query = query.where("state", .in, SQLBind.group(filter.states.map(\.rawValue))) }
        for word in VietnameseText.fold(filter.query ?? "").split(separator: " ") {
            query = query.where { $0.where(containsCondition("folded_title", word)).orWhere(containsCondition("code", word.uppercased())) }
        }
        if let cursor {
            query = query.where {
                $0.where("code", .greaterThan, SQLBind(cursor.sortKey))
                    .orWhere { $0.where("code", .equal, SQLBind(cursor.sortKey)).where("id", .greaterThan, SQLBind(cursor.id)) }
            }
        }
        let rows = try await query.orderBy("code").orderBy("id").limit(limit + 1)
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
        let page = Array(rows.prefix(limit))
        let next = rows.count > limit ? page.last.map { KeysetCursor(sortKey: $0.code, id: $0.id).encoded } : nil
        return Page(items: page.map(\.summary), nextCursor: next)
    }

    /// Every scheme the scope sees in the given states, without lines: the worklists.
    public func all(scope: AccessScope, states: [SchemeState], limit: Int = 2_000) async throws -> [SchemeSummary] {
        guard !states.isEmpty else { return [] }
        return try await scoped(store.sql.select().columns(Self.columns.map { SQLIdentifier($0) }).from("schemes"), scope)
            .where("state", .in, SQLBind.group(states.map(\.rawValue))).orderBy("code").limit(limit)
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase).map(\.summary)
    }

    /// The scheme if it exists; `forbidden` when it exists outside the scope.
    public func get(_ id: UUID, scope: AccessScope) async throws -> Scheme {
        guard let scheme = try await find(id, sql: store.sql) else { throw DomainError.notFound }
        guard try await canRead(scheme, scope: scope) else { throw DomainError.forbidden }
        return scheme
    }

    /// `canRead`, and for an organisation's account also the schemes its establishments benefit from.
    func canRead(_ scheme: Scheme, scope: AccessScope) async throws -> Bool {
        if Self.canRead(scheme, scope: scope) { return true }
        guard case .organisation(let organisation) = scope.area else { return false }
        return try await beneficiarySchemes(of: organisation).where("scheme_id", .equal, SQLBind(scheme.id.uuidString.lowercased()))
            .first() != nil
    }

    /// The schemes whose beneficiaries include an establishment of `organisation`.
    func beneficiarySchemes(of organisation: UUID) -> SQLSelectBuilder {
        store.sql.select().column("scheme_id").from("scheme_beneficiaries")
            .where(
                SQLIdentifier("establishment_id"), .in,
                SQLGroupExpression(
                    store.sql.select().column("id").from("establishments")
                        .where("organisation_id", .equal, SQLBind(organisation.uuidString.lowercased())).query))
    }

    /// The record-level form of `scoped`: the area (or one of the scheme's communes) and, for an
    /// implementing unit, its own schemes only.
    static func canRead(_ scheme: Scheme, scope: AccessScope) -> Bool {
        if let unit = scope.implementingUnit, scheme.implementingUnitID != unit { return false }
        return scope.canRead(scheme.area) || scheme.communeCodes.contains { scope.canRead(RecordArea(provinceCode: nil, communeCode: $0)) }
    }

    func find(_ id: UUID, sql: any SQLDatabase) async throws -> Scheme? {
        let key = id.uuidString.lowercased()
        guard
            let row = try await sql.select().columns(Self.columns.map { SQLIdentifier($0) }).from("schemes")
                .where("id", .equal, SQLBind(key)).first(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
        else { return nil }
        struct LineRow: Decodable {
            let activityType: String
            let description: String
            let quantity: Int
            let eligibleCost: Int64
            let requestedSupport: Int64
        }
        let lines = try await sql.select().columns("activity_type", "description", "quantity", "eligible_cost", "requested_support")
            .from("scheme_lines").where("scheme_id", .equal, SQLBind(key)).orderBy("position")
            .all(decoding: LineRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            .compactMap { line in
                ActivityType(rawValue: line.activityType).map {
                    SchemeLine(
                        activityType: $0, description: line.description, quantity: line.quantity, eligibleCost: line.eligibleCost,
                        requestedSupport: line.requestedSupport)
                }
            }
        let beneficiaries = try await sql.select().column("establishment_id").from("scheme_beneficiaries")
            .where("scheme_id", .equal, SQLBind(key)).orderBy("establishment_id")
            .all(decodingColumn: "establishment_id", as: String.self).compactMap(UUID.init(uuidString:))
        let communes = try await sql.select().column("commune_code").from("scheme_communes")
            .where("scheme_id", .equal, SQLBind(key)).orderBy("commune_code")
            .all(decodingColumn: "commune_code", as: String.self)
        return row.scheme(lines: lines, beneficiaries: beneficiaries, communes: communes)
    }

    /// The scheme's lifecycle so far, oldest first.
    public func transitions(of id: UUID) async throws -> [SchemeTransitionRecord] {
        struct Row: Decodable {
            let seq: Int
            let action: String
            let fromState: String
            let toState: String
            let actorName: String
            let atMillis: Int64
            let reason: String?
            let snapshotHash: String
            let members: String?
        }
        return try await store.sql.select()
            .columns("seq", "action", "from_state", "to_state", "actor_name", "at_millis", "reason", "snapshot_hash", "members")
            .from("scheme_transitions").where("scheme_id", .equal, SQLBind(id.uuidString.lowercased())).orderBy("seq")
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
            .compactMap { row in
                guard let action = SchemeAction(rawValue: row.action), let from = SchemeState(rawValue: row.fromState),
                    let to = SchemeState(rawValue: row.toState)
                else { return nil }
                return SchemeTransitionRecord(
                    seq: row.seq, action: action, from: from, to: to, actorName: row.actorName, atMillis: row.atMillis,
                    reason: row.reason, snapshotHash: row.snapshotHash,
                    members: row.members.map { $0.split(separator: "\n").map(String.init) } ?? [])
            }
    }
}

extension SchemeRepository {
    /// Whether a seeded scheme (demo data) is already there.
    func exists(referenceKey: String) async throws -> Bool {
        try await store.sql.select().column("id").from("schemes").where("reference_key", .equal, SQLBind(referenceKey))
            .first(decodingColumn: "id", as: String.self) != nil
    }
}
