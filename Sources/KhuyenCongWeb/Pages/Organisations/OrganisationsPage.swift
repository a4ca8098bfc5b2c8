import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// The organisations within the user's area, searchable, one page at a time.
enum OrganisationsPage {
    struct Model: Sendable {
        let query: String?
        let organisations: [Organisation]
        let provinceNames: [String: String]
        let nextCursor: String?
    }

    static func handle(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let services = req.services
        let query = req.stringParameter("q")
        let page = try await services.organisations.list(
            scope: principal.scope, filter: .init(query: query), limit: 50, after: try req.cursorParameter())
        let geography = try await services.geography.current()
        let names = Dictionary(
            geography.units(level: .province, on: services.today).map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let model = Model(query: query, organisations: page.items, provinceNames: names, nextCursor: page.nextCursor)
        return .html(view(PageContext(req), model: model))
    }

    static func view(_ context: PageContext, model: Model) -> String {
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(context.t(.orgTitle))),
            .p(.class("lead"), .text(context.t(.orgIntro))),
            .form(
                .action("/organisations"), .method(.get), .class("filters"), .attribute(named: "role", value: "search"),
                .div(
                    .class("field field-grow"),
                    .label(.for("q"), .text(context.t(.geoSearch))),
                    .input(.type(.search), .id("q"), .name("q"), .value(attr(model.query ?? "")))
                ),
                .div(.class("field field-action"), .button(.type(.submit), .class("button"), .text(context.t(.orgFilter))))
            ),
            model.organisations.isEmpty
                ? .p(.class("empty"), .text(context.t(.orgNone)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .thead(.tr(
                            .columnHeader(context.t(.orgName)),
                            .columnHeader(context.t(.orgKind)),
                            .columnHeader(context.t(.orgProvince))
                        )),
                        .tbody(.forEach(model.organisations) { organisation in
                            .tr(
                                .td(.link(.organisation(organisation.id), organisation.name)),
                                .td(.text(context.t(organisation.kind.messageKey))),
                                .td(.text(organisation.provinceCode.flatMap { model.provinceNames[$0] } ?? "—"))
                            )
                        })
                    )
                ),
            .unwrap(model.nextCursor) { cursor in
                .p(.class("pager"), .link(.organisations(query: model.query, cursor: cursor), context.t(.nextPage) + " →"))
            }
        )
        return Layout.render(context, title: context.t(.orgTitle), section: .organisations, content: content)
    }
}
