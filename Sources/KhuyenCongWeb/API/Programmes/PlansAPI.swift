import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

struct BudgetFiguresDTO: Content {
    let source: String
    let label: String
    let envelope: Int64
    let committed: Int64
    let proposed: Int64
    let remaining: Int64
    let overCommitted: Bool
}

struct PlanDTO: Content {
    let id: UUID?
    let scope: String
    let year: Int
    let title: String
    let status: String
    let statusLabel: String?
    let decisionRef: String?
    let approvedOn: String?
    let envelopes: [String: Int64]
    let budget: [BudgetFiguresDTO]?
    let total: BudgetFiguresDTO?
    let version: Int?

    init(_ plan: AnnualPlan, budget: PlanBudget?, language: UILanguage) {
        id = plan.id
        scope = plan.scope.description
        year = plan.year
        title = plan.title
        status = plan.status.rawValue
        statusLabel = Messages.text(plan.status.labelKey, language)
        decisionRef = plan.decisionRef
        approvedOn = plan.approvedOn?.iso
        envelopes = Dictionary(plan.envelopes.map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: +)
        func figures(_ source: String, _ label: String, _ f: PlanBudget.Figures) -> BudgetFiguresDTO {
            BudgetFiguresDTO(
                source: source, label: label, envelope: f.envelope, committed: f.committed, proposed: f.proposed, remaining: f.remaining,
                overCommitted: f.isOverCommitted)
        }
        self.budget = budget.map { budget in
            FundingSource.allCases.map { figures($0.rawValue, Messages.text($0.labelKey, language), budget[$0]) }
        }
        total = budget.map { figures("total", Messages.text(.schTotal, language), $0.total) }
        version = plan.version
    }

    func plan(id: UUID) throws -> AnnualPlan {
        var errors: [FieldError] = []
        let scope = RateScope(scope)
        if scope == nil { errors.append(FieldError(field: "scope", key: .rateScopeInvalid)) }
        let status = PlanStatus(rawValue: status)
        if status == nil { errors.append(FieldError(field: "status", key: .planStatusUnknown)) }
        var parsed: [FundingSource: Int64] = [:]
        for (key, amount) in envelopes {
            guard let source = FundingSource(rawValue: key) else {
                errors.append(FieldError(field: "envelopes.\(key)", key: .planSourceUnknown))
                continue
            }
            parsed[source] = amount
        }
        // A bad date is one more field error, reported with the others.
        let approvedOn = approvedOn.flatMap { Day(iso: $0) }
        if self.approvedOn != nil, approvedOn == nil { errors.append(FieldError(field: "approvedOn", key: .invalidDate)) }
        guard errors.isEmpty, let scope, let status else { throw DomainError.invalidFields(errors) }
        return AnnualPlan(
            id: id, scope: scope, year: year, title: title, status: status, decisionRef: decisionRef, approvedOn: approvedOn,
            envelopes: parsed, version: version ?? 1)
    }
}

/// `/api/v1/plans`: annual plans and their budget against the year's schemes.
enum PlansAPI {
    static func list(_ req: Request) async throws -> ItemsDTO<PlanDTO> {
        _ = try req.requirePrincipal()
        let year = try req.yearParameter(in: PlanValidation.years)
        let scope = try req.stringParameter("scope").map { text in
            guard let scope = RateScope(text) else { throw DomainError.invalidParameter("scope", expected: .rateScopeInvalid) }
            return scope
        }
        var items: [PlanDTO] = []
        for plan in try await req.services.plans.plans(year: year, scope: scope) {
            items.append(PlanDTO(plan, budget: try await req.services.plans.budget(of: plan), language: req.language))
        }
        return ItemsDTO(items: items, nextCursor: nil)
    }

    static func show(_ req: Request) async throws -> PlanDTO {
        _ = try req.requirePrincipal()
        let plan = try await req.services.plans.plan(try req.uuidParameter("id"))
        return PlanDTO(plan, budget: try await req.services.plans.budget(of: plan), language: req.language)
    }

    static func create(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let saved = try await req.services.plans.save(try req.decodeJSON(PlanDTO.self).plan(id: UUID()), expectedVersion: nil, by: principal)
        let response = Response(status: .created)
        try response.content.encode(PlanDTO(saved, budget: try await req.services.plans.budget(of: saved), language: req.language), as: .json)
        return response
    }

    static func update(_ req: Request) async throws -> PlanDTO {
        let principal = try req.requirePrincipal()
        let input = try req.decodeJSON(PlanDTO.self)
        guard let version = input.version else { throw DomainError.invalidFields([FieldError(field: "version", key: .fieldRequired)]) }
        let saved = try await req.services.plans.save(try input.plan(id: try req.uuidParameter("id")), expectedVersion: version, by: principal)
        return PlanDTO(saved, budget: try await req.services.plans.budget(of: saved), language: req.language)
    }
}
