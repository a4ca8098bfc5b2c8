import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// The support-rate tables in force and past: national first, then each province's, every row
/// with its legal basis and whether it was checked against the official text.
enum RateTablesPage {
    struct Model: Sendable {
        let tables: [RateTableRepository.Stored]
        let provinceNames: [String: String]
        let today: Day
        let principal: Principal
    }

    static func handle(_ req: Request) async throws -> Response {
        _ = try req.requirePrincipal()
        let services = req.services
        let geography = try await services.geography.current()
        let names = Dictionary(
            geography.units(level: .province, on: services.today).map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let model = Model(tables: try await services.rateTables.all(), provinceNames: names, today: services.today, principal: try req.requirePrincipal())
        return .html(view(PageContext(req), model: model))
    }

    static func view(_ context: PageContext, model: Model) -> String {
        let content: Node<HTML.BodyContext> = .group(
            .div(
                .class("title-row"),
                .h1(.text(context.t(.rateTablesTitle))),
                .if(
                    (try? RateTableFormPage.ownScope(model.principal)) != nil,
                    .a(.class("button"), .href(Route.rateTableNew.path), .text(context.t(.rateTableNew))))),
            .p(.class("lead"), .text(context.t(.rateTablesIntro))),
            .forEach(model.tables) { stored in
                let table = stored.table
                let scope: String =
                    switch table.scope {
                    case .national: context.t(.rateScopeNational)
                    case .province(let code): model.provinceNames[code] ?? code
                    }
                let period = context.t(.rateUpTo, ["from": context.date(table.validFrom)]) + (table.validTo.map { " – " + context.date($0) } ?? "")
                return .section(
                    .class("rate-table"), .id(attr(table.code)),
                    .h2(.text("\(scope): \(table.title)")),
                    .p(
                        .class("hint"), .span(.class("code"), .text(table.code)),
                        .text(" · \(context.t(.rateValidity)): \(period)"),
                        .if(table.isInForce(on: model.today), .span(.class("tag"), .text(" " + context.t(.geoInForce))))),
                    .p(.text("\(context.t(.rateLegalBasis)): \(table.legalBasis)")),
                    .if(
                        RateTableEditing.canEdit(table.scope, by: model.principal),
                        .p(.a(.class("button button-small button-quiet"), .href(attr(Route.rateTableEdit(table.code).path)), .text(context.t(.orgEdit))))),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .class("data-table"),
                            .thead(.tr(
                                .columnHeader(context.t(.rateRow)),
                                .columnHeader(context.t(.schActivity)),
                                .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.rateRate))),
                                .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.rateCap))),
                                .columnHeader(context.t(.rateVerified)),
                                .columnHeader(context.t(.rateNote))
                            )),
                            .tbody(.forEach(table.rules) { rule in
                                .tr(
                                    .class(rule.isSet ? (rule.verified ? "" : "row-warn") : "row-warn"),
                                    .td(.class("code"), .text(rule.activityType.rateRow)),
                                    .td(.text(context.t(rule.activityType.labelKey))),
                                    .td(.class("number"), .text(rule.ratePercent.map { BasisPoints.format($0, in: context.language) } ?? (rule.isSet ? "100 %" : "—"))),
                                    .td(
                                        .class("number"),
                                        .text(
                                            rule.isSet
                                                ? rule.cap.map { "\(Money.format($0)) / \(context.t(rule.capUnit.labelKey))" } ?? context.t(.rateNoCap)
                                                : context.t(.rateNotSet))),
                                    .td(.text(context.t(rule.verified ? .rateVerified : .rateUnverified))),
                                    .td(.text(rule.note ?? ""))
                                )
                            })
                        ))
                )
            }
        )
        return Layout.render(context, title: context.t(.rateTablesTitle), section: .rates, content: content)
    }
}
