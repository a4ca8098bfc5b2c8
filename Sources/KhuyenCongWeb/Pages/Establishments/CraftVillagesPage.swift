import KhuyenCongCore
import Plot
import Vapor

/// Recognised craft villages, each with its decision and a link to its establishments.
enum CraftVillagesPage {
    static func handle(_ req: Request) async throws -> Response {
        .html(view(PageContext(req), villages: try await CraftVillageListing.load(req)))
    }

    static func view(_ context: PageContext, villages: [CraftVillageDTO]) -> String {
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("breadcrumb"), .link(.establishments(query: nil), context.t(.estTitle))),
            .h1(.text(context.t(.craftVillagesTitle))),
            .p(.class("lead"), .text(context.t(.craftVillagesIntro))),
            villages.isEmpty
                ? .p(.class("empty"), .text(context.t(.craftVillagesNone)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .thead(.tr(
                            .columnHeader(context.t(.craftVillageName)),
                            .columnHeader(context.t(.orgCommune)),
                            .columnHeader(context.t(.craftVillageDecision)),
                            .columnHeader(context.t(.navEstablishments))
                        )),
                        .tbody(.forEach(villages) { village in
                            .tr(
                                .td(.text(village.name)),
                                .td(.text(village.communeName ?? village.commune)),
                                .td(.text(village.decisionRef + (village.recognisedOn.map { " — " + context.date($0) } ?? ""))),
                                .td(.a(.href(attr("/establishments?craftVillage=\(village.id.uuidString.lowercased())")), .text(context.count(village.establishments))))
                            )
                        })
                    )
                )
        )
        return Layout.render(context, title: context.t(.craftVillagesTitle), section: .establishments, content: content)
    }
}
