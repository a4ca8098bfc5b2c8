import Foundation
import KhuyenCongCore
import SQLKit

extension SchemeRepository {
    struct AdjustmentRow: Decodable {
        let id: String
        let schemeId: String
        let kinds: String
        let reason: String
        let revision: String
        let state: String
        let decider: String
        let requestedBy: String
        let requestedAt: Int64
        let decidedBy: String?
        let decidedAt: Int64?
        let decisionReason: String?
        let version: Int

        var request: AdjustmentRequest? {
            guard let id = UUID(uuidString: id), let scheme = UUID(uuidString: schemeId),
                let revision = try? JSONDecoder().decode(SchemeRevision.self, from: Data(revision.utf8)),
                let state = AdjustmentState(rawValue: state), let decider = Role(rawValue: decider)
            else { return nil }
            return AdjustmentRequest(
                id: id, schemeID: scheme, kinds: kinds.split(separator: ",").compactMap { AdjustmentKind(rawValue: String($0)) },
                reason: reason, revision: revision, state: state, decider: decider, requestedBy: requestedBy,
                requestedAtMillis: requestedAt, decidedBy: decidedBy, decidedAtMillis: decidedAt, decisionReason: decisionReason,
                version: version)
        }
    }

    static let adjustmentColumns = [
        "id", "scheme_id", "kinds", "reason", "revision", "state", "decider", "requested_by", "requested_at", "decided_by",
        "decided_at", "decision_reason", "version",
    ]

    /// The scheme's adjustment requests, oldest first; the caller must be able to read the scheme.
    public func adjustments(of schemeID: UUID, scope: AccessScope) async throws -> [AdjustmentRequest] {
        _ = try await get(schemeID, scope: scope)
        return try await adjustmentRows(store.sql.select().columns(Self.adjustmentColumns.map { SQLIdentifier($0) }).from("scheme_adjustments")
            .where("scheme_id", .equal, SQLBind(schemeID.uuidString.lowercased())).orderBy("requested_at"))
    }

    private func adjustmentRows(_ query: SQLSelectBuilder) async throws -> [AdjustmentRequest] {
        try await query.all(decoding: AdjustmentRow.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.request)
    }

    /// Asks for a change to an approved scheme. What it changes is read from the content, which
    /// fixes who decides (TT 36/2013 Art.11); the content must pass the same checks as a new scheme.
    public func requestAdjustment(
        of schemeID: UUID, revision: SchemeRevision, reason: String, by principal: Principal, today: Day
    ) async throws -> AdjustmentRequest {
        let reason = VietnameseText.trimmed(reason)
        guard !reason.isEmpty else { throw DomainError(.invalidInput, .reasonRequired, fields: [FieldError(field: "reason", key: .fieldRequired)]) }
        return try await store.write { sql, audit in
            guard let scheme = try await find(schemeID, sql: sql) else { throw DomainError.notFound }
            guard Self.canRead(scheme, scope: principal.scope) else { throw DomainError.forbidden }
            guard AdjustmentFlow.requesters.contains(principal.role), SchemeAuthoring.actsFor(scheme, principal: principal)
            else { throw DomainError.forbidden }
            guard AdjustmentFlow.canRequest(in: scheme.state) else { throw DomainError(.conflict, .adjustmentNotAllowedInState) }
            let open = try await adjustmentRows(sql.select().columns(Self.adjustmentColumns.map { SQLIdentifier($0) }).from("scheme_adjustments")
                .where("scheme_id", .equal, SQLBind(schemeID.uuidString.lowercased())))
                .contains { $0.state.isOpen }
            guard !open else { throw DomainError(.conflict, .adjustmentAlreadyOpen) }
            let adjusted = revision.applied(to: scheme)
            try checkContent(SchemeDraft(adjusted))
            try await checkReferences(SchemeDraft(adjusted), scope: principal.scope, today: today, sql: sql)
            guard adjusted != scheme else { throw DomainError(.invalidInput, .adjustmentChangesNothing) }
            let kinds = AdjustmentRouting.kinds(from: scheme, to: adjusted)
            let settings = try await ProvinceSchemeSettingsRepository(store: store).get(scheme.provinceCode, on: sql).settings
            let request = AdjustmentRequest(
                id: UUID(), schemeID: schemeID, kinds: AdjustmentKind.allCases.filter(kinds.contains), reason: reason,
                revision: SchemeRevision(adjusted), state: AdjustmentFlow.initialState(level: scheme.level, requester: principal.role),
                decider: AdjustmentRouting.decider(for: kinds, level: scheme.level, settings: settings), requestedBy: principal.username,
                requestedAtMillis: store.nowMillis)
            try await sql.insert(into: "scheme_adjustments").columns(Self.adjustmentColumns)
                .values(
                    SQLBind(request.id.uuidString.lowercased()), SQLBind(schemeID.uuidString.lowercased()),
                    SQLBind(request.kinds.map(\.rawValue).joined(separator: ",")), SQLBind(reason),
                    SQLBind(try AuditRecorder.json(request.revision)), SQLBind(request.state.rawValue), SQLBind(request.decider.rawValue),
                    SQLBind(request.requestedBy), SQLBind(request.requestedAtMillis), SQLBind(String?.none), SQLBind(Int64?.none),
                    SQLBind(String?.none), SQLBind(1)
                ).run()
            struct Requested: Encodable {
                let kinds: [String]
                let decider: String
                let state: String
                let revision: SchemeRevision
            }
            try await audit.record(
                actor: Actor(principal), action: "scheme_adjustment.request", entityType: "scheme",
                entityID: schemeID.uuidString.lowercased(), provinceCode: scheme.provinceCode, before: nil,
                after: Requested(kinds: request.kinds.map(\.rawValue), decider: request.decider.rawValue, state: request.state.rawValue, revision: request.revision),
                reason: reason)
            return request
        }
    }

    /// Confirms, approves or rejects a request. Approval applies the content to the scheme (still
    /// within the rate table of its approval day) and keeps the new content as a snapshot.
    public func decideAdjustment(
        _ id: UUID, action: AdjustmentAction, expectedVersion: Int?, reason: String?, by principal: Principal, today: Day
    ) async throws -> AdjustmentRequest {
        try await store.write { sql, audit in
            guard
                var request = try await adjustmentRows(sql.select().columns(Self.adjustmentColumns.map { SQLIdentifier($0) })
                    .from("scheme_adjustments").where("id", .equal, SQLBind(id.uuidString.lowercased()))).first,
                let scheme = try await find(request.schemeID, sql: sql)
            else { throw DomainError.notFound }
            guard Self.canRead(scheme, scope: principal.scope) else { throw DomainError.forbidden }
            guard !principal.role.isReadOnly else { throw DomainError.forbidden }
            try AdjustmentFlow.checkRole(action, on: request, role: principal.role)
            if let expectedVersion, expectedVersion != request.version { throw DomainError.staleVersion }
            let reason = reason.map(VietnameseText.trimmed).flatMap { $0.isEmpty ? nil : $0 }
            let before = request.state
            request.state = try AdjustmentFlow.decide(
                action, on: request, role: principal.role, reason: reason, byRequester: request.requestedBy == principal.username)
            request.version += 1
            if request.state != .confirmed {
                request.decidedBy = principal.username
                request.decidedAtMillis = store.nowMillis
                request.decisionReason = reason
            }
            if request.state == .approved {
                guard AdjustmentFlow.canRequest(in: scheme.state) else { throw DomainError(.conflict, .adjustmentNotAllowedInState) }
                var adjusted = request.revision.applied(to: scheme)
                adjusted.version += 1
                let book = RateBook(tables: try await RateTableRepository(store: store).all(on: sql).map(\.table))
                // The adjusted content must still be valid, within the rates and, once its money is
                // committed, within what is left of the plan's envelope; deadlines do not apply here.
                let funds = try await PlanRepository(store: store).funds(for: adjusted, on: sql)
                let failing = SchemeChecks(adjusted, book: book, today: today, funds: funds).failing
                let guards: [SchemeGuard] = [.contentValid, .supportWithinRates] + (PlanBudget.commits(scheme.state) ? [.fundsWithinPlan] : [])
                if let blocking = guards.first(where: failing.contains) {
                    throw DomainError(.conflict, blocking.failureKey, labels: ["action": action.labelKey])
                }
                try await replaceContent(of: adjusted, sql: sql)
                let content = try AuditRecorder.json(adjusted)
                let seq = (try await sql.select().column(SQLFunction("MAX", args: SQLIdentifier("seq")), as: "n").from("scheme_snapshots")
                    .where("scheme_id", .equal, SQLBind(scheme.id.uuidString.lowercased())).first(decodingColumn: "n", as: Int?.self) ?? nil) ?? 0
                try await sql.insert(into: "scheme_snapshots").columns("scheme_id", "seq", "content", "hash")
                    .values(SQLBind(scheme.id.uuidString.lowercased()), SQLBind(seq + 1), SQLBind(content), SQLBind(AuditRecorder.sha256(content)))
                    .run()
                try await audit.record(
                    actor: Actor(principal), action: "scheme.update", entityType: "scheme", entityID: scheme.id.uuidString.lowercased(),
                    provinceCode: scheme.provinceCode, before: scheme, after: adjusted, reason: reason ?? request.reason)
            }
            try await sql.update("scheme_adjustments")
                .set("state", to: SQLBind(request.state.rawValue)).set("decided_by", to: SQLBind(request.decidedBy))
                .set("decided_at", to: SQLBind(request.decidedAtMillis)).set("decision_reason", to: SQLBind(request.decisionReason))
                .set("version", to: SQLBind(request.version)).where("id", .equal, SQLBind(id.uuidString.lowercased())).run()
            struct Decided: Encodable {
                let action: String
                let state: String
            }
            try await audit.record(
                actor: Actor(principal), action: "scheme_adjustment.decide", entityType: "scheme",
                entityID: scheme.id.uuidString.lowercased(), provinceCode: scheme.provinceCode,
                before: Decided(action: action.rawValue, state: before.rawValue), after: Decided(action: action.rawValue, state: request.state.rawValue),
                reason: reason)
            return request
        }
    }
}
