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

    static func load(_ id: UUID, principal: Principal, req: Request) async throws -> SchemeDetails {
        let services = req.services
        let today = services.today
        let scheme = try await services.schemes.get(id, scope: principal.scope)
        let settings = try await ProvinceSchemeSettingsRepository(store: services.store).get(scheme.provinceCode).settings
        let book = try await services.rateTables.book()
        let checks = SchemeChecks(scheme, book: book, today: today)
        let options = try await services.schemes.options(for: scheme, principal: principal, today: today)
        let geography = try await services.geography.current()
        return SchemeDetails(
            scheme: scheme, settings: settings, referenceDay: scheme.referenceDay(today: today), assessment: checks.support,
            checks: checks, options: options,
            deadlines: SchemeDeadlines.of(
                planYear: scheme.planYear, state: scheme.state, facilityAcceptedOn: scheme.facilityAcceptedOn, settings: settings,
                today: today),
            timeline: try await services.schemes.transitions(of: id),
            provinceName: geography.unit(code: scheme.provinceCode, on: today)?.name)
    }

    func dto(_ language: UILanguage) -> SchemeDTO {
        SchemeDTO(scheme, deadlines: deadlines, timeline: timeline, language: language)
    }
}
