import Foundation
import KhuyenCongCore
import SQLKit

/// Annual plans (kế hoạch khuyến công năm) with their envelopes per funding source; the budget
/// against the schemes is computed on every read.
public struct PlanRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    struct Row: Decodable {
        let id: String
        let scope: String
        let year: Int
        let title: String
        let status: String
        let decisionRef: String?
        let approvedOn: String?
        let envelopes: String
        let version: Int

        var plan: AnnualPlan? {
            guard let id = UUID(uuidString: id), let scope = RateScope(scope), let status = PlanStatus(rawValue: status) else { return nil }
            let decoded = (try? JSONDecoder().decode([String: Int64].self, from: Data(envelopes.utf8))) ?? [:]
            return AnnualPlan(
                id: id, scope: scope, year: year, title: title, status: status, decisionRef: decisionRef,
                approvedOn: approvedOn.flatMap(Day.init(iso:)),
                envelopes: Dictionary(decoded.compactMap { key, value in FundingSource(rawValue: key).map { ($0, value) } }, uniquingKeysWith: +),
                version: version)
        }
    }

    static let columns = ["id", "scope", "year", "title", "status", "decision_ref", "approved_on", "envelopes", "version"]

    public func plans(year: Int? = nil, scope: RateScope? = nil, on sql: (any SQLDatabase)? = nil) async throws -> [AnnualPlan] {
        var query = (sql ?? store.sql).select().columns(Self.columns.map { SQLIdentifier($0) }).from("annual_plans")
        if let year { query = query.where("year", .equal, SQLBind(year)) }
        if let scope { query = query.where("scope", .equal, SQLBind(scope.description)) }
        return try await query.orderBy("year", .descending).orderBy("scope")
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.plan)
    }

    public func plan(_ id: UUID) async throws -> AnnualPlan {
        guard
            let row = try await store.sql.select().columns(Self.columns.map { SQLIdentifier($0) }).from("annual_plans")
                .where("id", .equal, SQLBind(id.uuidString.lowercased())).first(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase),
            let plan = row.plan
        else { throw DomainError.notFound }
        return plan
    }

    /// Creates (`expectedVersion` nil) or replaces a plan; one plan per scope and year.
    @discardableResult
    public func save(_ plan: AnnualPlan, expectedVersion: Int?, by principal: Principal) async throws -> AnnualPlan {
        guard PlanEditing.canEdit(plan.scope, by: principal) else { throw DomainError.forbidden }
        let errors = PlanValidation.errors(in: plan)
        guard errors.isEmpty else { throw DomainError.invalidFields(errors) }
        return try await store.write { sql, audit in
            let sameSlot = try await plans(year: plan.year, scope: plan.scope, on: sql).first
            let before = try await plans(on: sql).first { $0.id == plan.id }
            guard before?.version == expectedVersion else { throw expectedVersion == nil ? DomainError(.conflict, .planExists) : .staleVersion }
            if let before, before.scope != plan.scope { throw DomainError.forbidden }
            if let sameSlot, sameSlot.id != plan.id { throw DomainError(.conflict, .planExists) }
            var compared = plan
            compared.version = before?.version ?? plan.version
            try Approval.check(
                wasApproved: before?.status == .approved, isApproved: plan.status == .approved, changed: compared != before,
                scope: plan.scope, role: principal.role)
            var saved = plan
            saved.version = (before?.version ?? 0) + 1
            if before != nil { try await sql.delete(from: "annual_plans").where("id", .equal, SQLBind(plan.id.uuidString.lowercased())).run() }
            let envelopes = Dictionary(saved.envelopes.map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: +)
            try await sql.insert(into: "annual_plans").columns(Self.columns + ["updated_at"])
                .values(
                    SQLBind(saved.id.uuidString.lowercased()), SQLBind(saved.scope.description), SQLBind(saved.year), SQLBind(saved.title),
                    SQLBind(saved.status.rawValue), SQLBind(saved.decisionRef), SQLBind(saved.approvedOn?.iso),
                    SQLBind(try AuditRecorder.json(envelopes)), SQLBind(saved.version), SQLBind(store.nowMillis)
                ).run()
            try await audit.record(
                actor: Actor(principal), action: before == nil ? "plan.create" : "plan.update", entityType: "annual_plan",
                entityID: saved.id.uuidString.lowercased(), provinceCode: saved.scope.provinceCode, before: before, after: saved)
            return saved
        }
    }

    /// The plan's envelopes against the support of its year's schemes in its scope.
    public func budget(of plan: AnnualPlan) async throws -> PlanBudget {
        PlanBudget.compare(plan: plan, schemes: try await schemes(year: plan.year, scope: plan.scope, sql: store.sql))
    }

    /// The scheme's support against what is left of its own plan's envelope (the funds guard of the
    /// lifecycle), read on `sql` so that a transaction sees its own writes.
    public func funds(for scheme: Scheme, on sql: (any SQLDatabase)? = nil) async throws -> PlanFunds {
        let sql = sql ?? store.sql
        let plan = try await plans(year: scheme.planYear, scope: scheme.rateScope, on: sql).first
        return PlanFunds(scheme: scheme, plan: plan, schemes: plan == nil ? [] : try await schemes(year: scheme.planYear, scope: scheme.rateScope, sql: sql))
    }

    /// Every scheme of `year` that a plan of `scope` could count.
    private func schemes(year: Int, scope: RateScope, sql: any SQLDatabase) async throws -> [SchemeSummary] {
        var query = sql.select().columns(SchemeRepository.columns.map { SQLIdentifier($0) }).from("schemes")
            .where("plan_year", .equal, SQLBind(year))
        if let province = scope.provinceCode { query = query.where("province_code", .equal, SQLBind(province)) }
        return try await query.all(decoding: SchemeRepository.Row.self, keyDecodingStrategy: .convertFromSnakeCase).map(\.summary)
    }
}
