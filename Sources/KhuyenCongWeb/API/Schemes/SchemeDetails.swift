import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// Everything a scheme's page and its API answers show, loaded the same way for both: the scheme,
/// its province's settings, the support assessment on its reference day, the caller's actions,
/// the deadlines and the recorded timeline.
struct SchemeDetails: Sendable {
    let scheme: Scheme
    let settings: ProvinceSchemeSettings
    let referenceDay: Day
    let assessment: SupportAssessment
    let checks: SchemeChecks
    let options: [SchemeActionOption]
    let deadlines: [SchemeDeadline]
    let timeline: [SchemeTransitionRecord]
    let provinceName: String?
    let checklist: AppraisalChecklist
    let documents: [SchemeDocument]

    static func load(_ id: UUID, principal: Principal, req: Request) async throws -> SchemeDetails {
        let services = req.services
        let today = services.today
        let scheme = try await services.schemes.get(id, scope: principal.scope)
        let settings = try await ProvinceSchemeSettingsRepository(store: services.store).get(scheme.provinceCode).settings
            .governing(scheme.level)
        let book = try await services.rateTables.book()
        let funds = try await PlanRepository(store: services.store).funds(for: scheme)
        let checks = SchemeChecks(scheme, book: book, today: today, settings: settings, funds: funds)
        let options = try await services.schemes.options(for: scheme, principal: principal, today: today)
        let geography = try await services.geography.current()
        let referenceDay = scheme.referenceDay(today: today)
        var beneficiaries: [AppraisalChecklist.Beneficiary] = []
        for id in scheme.beneficiaryIDs {
            // A beneficiary outside the reader's area is left out of their checklist, not revealed.
            guard let establishment = try? await services.establishments.get(id, scope: principal.scope) else { continue }
            let village = try await services.craftVillages.facts(for: establishment)
            beneficiaries.append(
                AppraisalChecklist.Beneficiary(
                    establishment: establishment,
                    eligibility: Eligibility.evaluate(establishment, on: referenceDay, geography: geography, craftVillage: village),
                    priorities: try await services.priorities(of: establishment, craftVillage: village, on: referenceDay)))
        }
        let prior = try await services.schemes.priorSupport(
            excluding: scheme.id,
            establishments: Dictionary(beneficiaries.map { ($0.establishment.id, $0.establishment.name) }, uniquingKeysWith: { a, _ in a }),
            activities: Set(scheme.lines.map(\.activityType)), scope: principal.scope)
        let documents = try await services.schemeDocuments.documents(of: scheme.id)
        return SchemeDetails(
            scheme: scheme, settings: settings, referenceDay: referenceDay, assessment: checks.support,
            checks: checks, options: options,
            deadlines: SchemeDeadlines.of(
                planYear: scheme.planYear, state: scheme.state, facilityAcceptedOn: scheme.facilityAcceptedOn, settings: settings,
                today: today),
            timeline: try await services.schemes.transitions(of: id),
            provinceName: geography.unit(code: scheme.provinceCode, on: today)?.name,
            checklist: AppraisalChecklist(
                scheme: scheme, on: referenceDay, support: checks.support, beneficiaries: beneficiaries, priorSupport: prior,
                funds: funds, documents: documents, language: req.language),
            documents: documents)
    }

    func dto(_ language: UILanguage) -> SchemeDTO {
        SchemeDTO(scheme, deadlines: deadlines, timeline: timeline, language: language)
    }
}
