import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// The registry list: search that ignores diacritics, filters by province, form and sector,
/// Vietnamese order, one page at a time; links to export the same selection.
enum EstablishmentsPage {
    struct Model: Sendable {
        let filter: EstablishmentRepository.Filter
        let items: [Establishment]
        let nextCursor: String?
        let provinces: [AdminUnit]
        let communeNames: [String: String]
        let sectors: [Sector]
        let canCreate: Bool
        let queryString: String
    }

    static func handle(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let services = req.services
        let filter = try await EstablishmentFilter.parse(req)
        let page = try await services.establishments.list(
            scope: principal.scope, filter: filter, limit: 50, after: try req.cursorParameter())
        let geography = try await services.geography.current()
        let names = Dictionary(
            page.items.compactMap { e in geography.unit(e.commune).map { (e.commune.description, $0.name) } },
            uniquingKeysWith: { a, _ in a })
        let model = Model(
            filter: filter, items: page.items, nextCursor: page.nextCursor,
            provinces: geography.units(level: .province, on: services.today), communeNames: names,
            sectors: try await SectorRepository(store: services.store).all(), canCreate: principal.scope.canWriteAnything,
            queryString: req.url.query ?? "")
        return .html(view(PageContext(req), model: model))
    }

    static func view(_ context: PageContext, model: Model) -> String {
        let filter = model.filter
        let content: Node<HTML.BodyContext> = .group(
            .div(
                .class("title-row"),
                .h1(.text(context.t(.estTitle))),
                .if(
                    model.canCreate,
                    .div(
                        .class("actions"),
                        .a(.class("button button-quiet"), .href("/establishments/import"), .text(context.t(.importTitle))),
                        .a(.class("button"), .href(Route.establishmentNew.path), .text(context.t(.estNew)))))
            ),
            .p(.class("lead"), .text(context.t(.estIntro))),
            .form(
                .action(Route.establishments(query: nil).path), .method(.get), .class("filters"),
                .attribute(named: "role", value: "search"),
                .div(
                    .class("field field-grow"),
                    .label(.for("q"), .text(context.t(.geoSearch))),
                    .input(
                        .type(.search), .id("q"), .name("q"), .value(attr(filter.query ?? "")),
                        .placeholder(context.t(.estSearchPlaceholder)), .attribute(named: "aria-describedby", value: "q-hint")),
                    .p(.id("q-hint"), .class("field-hint"), .text(context.t(.estSearchHint)))
                ),
                .provinceFilter(model.provinces, selected: filter.provinceCode, context),
                .div(
                    .class("field"),
                    .label(.for("form"), .text(context.t(.estLegalForm))),
                    .select(
                        .id("form"), .attribute(named: "name", value: "form"),
                        .option(.value(""), .label(context.t(.orgAll))),
                        .forEach(LegalForm.allCases) { form in
                            .option(.value(form.rawValue), .label(context.t(form.messageKey)), .isSelected(form == filter.legalForm))
                        }
                    )
                ),
                .div(
                    .class("field"),
                    .label(.for("sector"), .text(context.t(.estSectors))),
                    .select(
                        .id("sector"), .attribute(named: "name", value: "sector"),
                        .option(.value(""), .label(context.t(.orgAll))),
                        .forEach(model.sectors) { sector in
                            .option(.value(attr(sector.code)), .label(attr(sector.name(in: context.language))), .isSelected(sector.code == filter.sector))
                        }
                    )
                ),
                .div(
                    .class("field"),
                    .label(.for("eligibility"), .text(context.t(.estEligibility))),
                    .select(
                        .id("eligibility"), .attribute(named: "name", value: "eligibility"),
                        .option(.value(""), .label(context.t(.orgAll))),
                        .forEach([EligibilityAnswer.Verdict.eligible, .notEligible, .undetermined]) { verdict in
                            .option(
                                .value(verdict.rawValue), .label(context.t(verdict.label)),
                                .isSelected(verdict == filter.eligibility?.verdict))
                        }
                    )
                ),
                .div(.class("field field-action"), .button(.type(.submit), .class("button"), .text(context.t(.orgFilter))))
            ),
            .p(
                .class("export-links"),
                .a(.href("/craft-villages"), .text(context.t(.craftVillagesTitle))),
                .text(" · " + context.t(.estExport) + ": "),
                .a(.href(attr("/establishments/export.csv" + filtersOnly(model.queryString))), .text("CSV")),
                .text(" · "),
                .a(.href(attr("/establishments/export.xlsx" + filtersOnly(model.queryString))), .text("XLSX"))
            ),
            model.items.isEmpty
                ? .p(.class("empty"), .text(context.t(.estNone)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .thead(.tr(
                            .columnHeader(context.t(.estName)),
                            .columnHeader(context.t(.estTaxCode)),
                            .columnHeader(context.t(.estLegalForm)),
                            .columnHeader(context.t(.orgCommune)),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.estEmployees)))
                        )),
                        .tbody(.forEach(model.items) { e in
                            .tr(
                                .td(.link(.establishment(e.id), e.name)),
                                .td(.class("code"), .text(e.taxCode)),
                                .td(.text(context.t(e.legalForm.messageKey))),
                                .td(.text(model.communeNames[e.commune.description] ?? e.commune.code)),
                                .td(.class("number"), .text(context.count(e.employees)))
                            )
                        })
                    )
                ),
            .nextPage("/establishments", query: model.queryString, cursor: model.nextCursor, label: context.t(.nextPage))
        )
        return Layout.render(context, title: context.t(.estTitle), section: .establishments, content: content)
    }
}
