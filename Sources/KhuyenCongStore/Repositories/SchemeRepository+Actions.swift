import Foundation
import KhuyenCongCore
import SQLKit

extension SchemeRepository {
    /// What the caller may do to the scheme now, with what blocks each action (for the page and
    /// `GET /schemes/{id}/actions`).
    public func options(for scheme: Scheme, principal: Principal, today: Day) async throws -> [SchemeActionOption] {
        guard !principal.role.isReadOnly, Self.canRead(scheme, scope: principal.scope), SchemeAuthoring.actsFor(scheme, principal: principal)
        else { return [] }
        let settings = try await ProvinceSchemeSettingsRepository(store: store).get(scheme.provinceCode).settings.governing(scheme.level)
        let checks = SchemeChecks(
            scheme, book: try await RateTableRepository(store: store).book(), today: today, settings: settings,
            funds: try await PlanRepository(store: store).funds(for: scheme))
        return SchemeWorkflow.of(scheme.level, settings: settings).options(from: scheme.state, role: principal.role, failing: checks.failing)
    }

    /// Takes `action` on the scheme: checks scope, role, state, guards and reason, moves the state,
    /// records the step with a hash of the content (and the content itself when the step freezes
    /// it), and audits it — all in one transaction.
    public func perform(
        _ action: SchemeAction, on id: UUID, expectedVersion: Int?, reason: String?, members: [String] = [], by principal: Principal,
        today: Day
    ) async throws -> Scheme {
        try await store.write { sql, audit in
            guard let before = try await find(id, sql: sql) else { throw DomainError.notFound }
            guard Self.canRead(before, scope: principal.scope) else { throw DomainError.forbidden }
            guard !principal.role.isReadOnly, SchemeAuthoring.actsFor(before, principal: principal) else { throw DomainError.forbidden }
            let settings = try await ProvinceSchemeSettingsRepository(store: store).get(before.provinceCode, on: sql).settings
                .governing(before.level)
            try SchemeWorkflow.of(before.level, settings: settings).checkRole(action, role: principal.role)
            if let expectedVersion, expectedVersion != before.version { throw DomainError.staleVersion }
            let book = RateBook(tables: try await RateTableRepository(store: store).all(on: sql).map(\.table))
            let checks = SchemeChecks(
                before, book: book, today: today, settings: settings, funds: try await PlanRepository(store: store).funds(for: before, on: sql))
            let reason = reason.map(VietnameseText.trimmed).flatMap { $0.isEmpty ? nil : $0 }
            let memberList = members.map(VietnameseText.trimmed).filter { !$0.isEmpty }
            let transition = try SchemeWorkflow.of(before.level, settings: settings)
                .transition(action, from: before.state, role: principal.role, reason: reason, failing: checks.failing)

            var after = before
            after.state = transition.to
            after.version += 1
            if transition.freezesContent { after.approvedOn = today }
            if transition.action == .acceptFacility { after.facilityAcceptedOn = today }
            try await updateRow(after, sql: sql)

            let content = try AuditRecorder.json(after)
            let hash = AuditRecorder.sha256(content)
            let seq = (try await sql.select().column(SQLFunction("MAX", args: SQLIdentifier("seq")), as: "n").from("scheme_transitions")
                .where("scheme_id", .equal, SQLBind(id.uuidString.lowercased())).first(decodingColumn: "n", as: Int?.self) ?? nil) ?? 0
            let actor = Actor(principal)
            try await sql.insert(into: "scheme_transitions")
                .columns(
                    "scheme_id", "seq", "action", "from_state", "to_state", "actor_id", "actor_name", "at_millis", "reason", "snapshot_hash",
                    "members")
                .values(
                    SQLBind(id.uuidString.lowercased()), SQLBind(seq + 1), SQLBind(action.rawValue), SQLBind(before.state.rawValue),
                    SQLBind(after.state.rawValue), SQLBind(actor.id?.uuidString.lowercased()), SQLBind(actor.name),
                    SQLBind(store.nowMillis), SQLBind(reason), SQLBind(hash), SQLBind(memberList.isEmpty ? nil : memberList.joined(separator: "\n"))
                ).run()
            if transition.freezesContent {
                try await sql.insert(into: "scheme_snapshots").columns("scheme_id", "seq", "content", "hash")
                    .values(SQLBind(id.uuidString.lowercased()), SQLBind(seq + 1), SQLBind(content), SQLBind(hash)).run()
            }
            struct Step: Encodable {
                let action: String
                let state: String
                let version: Int
                let snapshotHash: String
            }
            try await audit.record(
                actor: actor, action: "scheme.action", entityType: "scheme", entityID: id.uuidString.lowercased(),
                provinceCode: after.provinceCode,
                before: Step(action: action.rawValue, state: before.state.rawValue, version: before.version, snapshotHash: ""),
                after: Step(action: action.rawValue, state: after.state.rawValue, version: after.version, snapshotHash: hash), reason: reason)
            return after
        }
    }

    /// The content frozen at approval, exactly as it was hashed.
    public func approvedSnapshot(of id: UUID) async throws -> (content: String, hash: String)? {
        struct Row: Decodable {
            let content: String
            let hash: String
        }
        return try await store.sql.select().columns("content", "hash").from("scheme_snapshots")
            .where("scheme_id", .equal, SQLBind(id.uuidString.lowercased())).orderBy("seq", .descending)
            .first(decoding: Row.self).map { ($0.content, $0.hash) }
    }
}

extension SchemeRepository {
    /// The schemes waiting for the principal, overdue first (the worklist of every role).
    public func worklist(for principal: Principal, today: Day) async throws -> [SchemeWorklist.Item] {
        guard !principal.role.isReadOnly else { return [] }
        let candidates = try await all(scope: principal.scope, states: SchemeWorklist.candidateStates(for: principal.role))
        let settingsRepository = ProvinceSchemeSettingsRepository(store: store)
        var settings: [String: ProvinceSchemeSettings] = [:]
        for province in Set(candidates.map(\.provinceCode)) {
            settings[province] = try await settingsRepository.get(province).settings
        }
        return SchemeWorklist.items(candidates, for: principal, settings: { settings[$0] ?? .nationalRules }, today: today)
    }
}

extension SchemeRepository {
    /// Other schemes — submitted or further, not refused or stopped — that already give one of
    /// these establishments one of these activities (the duplicate-support check of domain §8.2).
    public func priorSupport(
        excluding schemeID: UUID, establishments: [UUID: String], activities: Set<ActivityType>, scope: AccessScope
    ) async throws -> [AppraisalChecklist.PriorSupport] {
        guard !establishments.isEmpty, !activities.isEmpty else { return [] }
        struct Row: Decodable {
            let code: String
            let establishmentId: String
            let activityType: String
        }
        let ignored: [SchemeState] = [.draft, .rejected, .notSelected, .stopped]
        // Only schemes the reader may open are named; the columns `scoped` filters on are the schemes' own.
        let rows = try await scoped(store.sql.select(), scope)
            .column(SQLColumn("code", table: "schemes")).column(SQLColumn("establishment_id", table: "scheme_beneficiaries"))
            .column(SQLColumn("activity_type", table: "scheme_lines"))
            .from("scheme_beneficiaries")
            .join("schemes", on: SQLColumn("id", table: "schemes"), .equal, SQLColumn("scheme_id", table: "scheme_beneficiaries"))
            .join("scheme_lines", on: SQLColumn("scheme_id", table: "scheme_lines"), .equal, SQLColumn("id", table: "schemes"))
            .where(SQLColumn("establishment_id", table: "scheme_beneficiaries"), .in, SQLBind.group(establishments.keys.map { $0.uuidString.lowercased() }))
            .where(SQLColumn("id", table: "schemes"), .notEqual, SQLBind(schemeID.uuidString.lowercased()))
            .where(SQLColumn("state", table: "schemes"), .notIn, SQLBind.group(ignored.map(\.rawValue)))
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
        return Set(rows.compactMap { row -> AppraisalChecklist.PriorSupport? in
            guard let activity = ActivityType(rawValue: row.activityType), activities.contains(activity),
                let id = UUID(uuidString: row.establishmentId), let name = establishments[id]
            else { return nil }
            return AppraisalChecklist.PriorSupport(schemeCode: row.code, establishmentName: name, activityType: activity)
        }).sorted { ($0.schemeCode, $0.establishmentName) < ($1.schemeCode, $1.establishmentName) }
    }
}
