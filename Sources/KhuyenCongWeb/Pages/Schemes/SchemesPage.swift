import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// The schemes workspace: first what waits for the signed-in person (overdue first), then every
/// scheme in their area, filtered by year, state, province and words of the title or code.
enum SchemesPage {
    struct Model: Sendable {
        let worklist: [SchemeWorklist.Item]
        let filter: SchemeRepository.Filter
        let items: [SchemeSummary]
        let nextCursor: String?
        let provinceNames: [String: String]
        let provinces: [AdminUnit]
        let queryString: String
        let canCreate: Bool
    }

    static func handle(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let services = req.services
        let filter = try SchemeFilter.parse(req)
        let page = try await services.schemes.list(scope: principal.scope, filter: filter, limit: 50, after: try req.cursorParameter())
        let geography = try await services.geography.current()
        let provinces = geography.units(level: .province, on: services.today)
        let model = Model(
            worklist: try await services.schemes.worklist(for: principal, today: services.today), filter: filter, items: page.items,
            nextCursor: page.nextCursor, provinceNames: Dictionary(provinces.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a }),
            provinces: provinces, queryString: req.url.query ?? "",
            canCreate: [.ministryAdmin, .provinceDepartment, .implementingUnit].contains(principal.role))
        return .html(view(PageContext(req), model: model))
    }

    static func view(_ context: PageContext, model: Model) -> String {
        let filter = model.filter
        let content: Node<HTML.BodyContext> = .group(
            .div(
                .class("title-row"),
                .h1(.text(context.t(.schTitle))),
                .if(model.canCreate, .a(.class("button"), .href(Route.schemeNew.path), .text(context.t(.schNew))))),
            .p(.class("lead"), .text(context.t(.schIntro))),
            .section(
                .attribute(named: "aria-labelledby", value: "worklist-heading"),
                .h2(.id("worklist-heading"), .text(context.t(.schWorklist))),
                model.worklist.isEmpty
                    ? .p(.class("empty"), .text(context.t(.schWorklistEmpty)))
                    : .group(
                        .p(.class("hint"), .text(context.t(.schWorklistIntro))),
                        .ul(
                            .class("worklist"),
                            .forEach(model.worklist) { item in
                                .li(
                                    .class(item.isOverdue ? "worklist-item overdue" : "worklist-item"),
                                    .if(item.isOverdue, .span(.class("tag tag-error"), .text(context.t(.schOverdue)))),
                                    .link(.scheme(item.scheme.id), item.scheme.title),
                                    .text(" — \(item.scheme.code) · \(context.t(item.scheme.state.labelKey)) · "),
                                    .text(item.actions.map { context.t($0.labelKey) }.joined(separator: ", ")),
                                    .forEach(item.deadlines) { deadline in
                                        .span(
                                            .class(deadline.isOverdue ? "deadline overdue" : "deadline"),
                                            .text(" · \(context.t(deadline.kind.labelKey)): \(context.date(deadline.due))"))
                                    }
                                )
                            })
                    )
            ),
            .h2(.text(context.t(.schAllSchemes))),
            .form(
                .action(Route.schemes(year: nil, state: nil, province: nil, query: nil).path), .method(.get), .class("filters"),
                .attribute(named: "role", value: "search"),
                .div(
                    .class("field field-grow"),
                    .label(.for("q"), .text(context.t(.geoSearch))),
                    .input(.type(.search), .id("q"), .name("q"), .value(attr(filter.query ?? "")))),
                .div(
                    .class("field"),
                    .label(.for("year"), .text(context.t(.schYear))),
                    .input(.type(.number), .id("year"), .name("year"), .value(filter.year.map(String.init) ?? ""),
                        .attribute(named: "min", value: "2010"), .attribute(named: "max", value: "2040"))),
                .div(
                    .class("field"),
                    .label(.for("state"), .text(context.t(.schState))),
                    .select(
                        .id("state"), .attribute(named: "name", value: "state"),
                        .option(.value(""), .label(context.t(.orgAll))),
                        .forEach(SchemeState.allCases) { state in
                            .option(.value(state.rawValue), .label(context.t(state.labelKey)), .isSelected(filter.states == [state]))
                        })),
                .provinceFilter(model.provinces, selected: filter.provinceCode, context),
                .div(.class("field field-submit"), .button(.type(.submit), .class("button"), .text(context.t(.schFilter))))
            ),
            .p(
                .class("exports"), .text(context.t(.estExport) + ": "),
                .a(.href(attr("/schemes/export.csv" + filtersOnly(model.queryString))), .text("CSV")), .text(" · "),
                .a(.href(attr("/schemes/export.xlsx" + filtersOnly(model.queryString))), .text("XLSX"))),
            model.items.isEmpty
                ? .p(.class("empty"), .text(context.t(.schNone)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .thead(.tr(
                            .columnHeader(context.t(.schCode)),
                            .columnHeader(context.t(.schName)),
                            .columnHeader(context.t(.schProvince)),
                            .columnHeader(context.t(.schYear)),
                            .columnHeader(context.t(.schState)),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.schRequested)))
                        )),
                        .tbody(.forEach(model.items) { scheme in
                            .tr(
                                .td(.class("code"), .text(scheme.code)),
                                .td(.link(.scheme(scheme.id), scheme.title)),
                                .td(.text(model.provinceNames[scheme.provinceCode] ?? scheme.provinceCode)),
                                .td(.text(String(scheme.planYear))),
                                .td(.text(context.t(scheme.state.labelKey))),
                                .td(.class("number"), .text(Money.format(scheme.totalRequested)))
                            )
                        })
                    )),
            .nextPage("/schemes", query: model.queryString, cursor: model.nextCursor, label: context.t(.nextPage))
        )
        return Layout.render(context, title: context.t(.schTitle), section: .schemes, content: content)
    }
}
