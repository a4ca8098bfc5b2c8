import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// Programmes and plans of a year: the national programme's progress toward each target, which
/// provinces have a local programme, and each annual plan's envelopes against its schemes.
enum ProgrammesPage {
    struct Model: Sendable {
        let year: Int
        let programmes: [(Programme, ProgrammeProgress)]
        let coverage: [CoverageDTO]
        let plans: [(AnnualPlan, PlanBudget)]
        let provinceNames: [String: String]
    }

    static func handle(_ req: Request) async throws -> Response {
        _ = try req.requirePrincipal()
        let services = req.services
        let year = try req.yearParameter(in: PlanValidation.years) ?? services.today.year
        var programmes: [(Programme, ProgrammeProgress)] = []
        for programme in try await services.programmes.programmes() where programme.covers(year: year) {
            programmes.append((programme, try await services.programmes.progress(of: programme)))
        }
        var plans: [(AnnualPlan, PlanBudget)] = []
        for plan in try await services.plans.plans(year: year) {
            plans.append((plan, try await services.plans.budget(of: plan)))
        }
        let coverage = try await ProgrammeCoverage.load(year: year, req: req)
        let model = Model(
            year: year, programmes: programmes, coverage: coverage, plans: plans,
            provinceNames: Dictionary(coverage.map { ($0.provinceCode, $0.provinceName) }, uniquingKeysWith: { a, _ in a }))
        return .html(view(PageContext(req), model: model))
    }

    static func scopeName(_ scope: RateScope, _ context: PageContext, _ names: [String: String]) -> String {
        switch scope {
        case .national: context.t(.rateScopeNational)
        case .province(let code): names[code] ?? code
        }
    }

    static func view(_ context: PageContext, model: Model) -> String {
        let content: Node<HTML.BodyContext> = .group(
            .div(
                .class("title-row"),
                .h1(.text(context.t(.progTitle))),
                .form(
                    .method(.get), .action(Route.programmes(year: nil).path), .class("inline-form"),
                    .label(.for("year"), .text(context.t(.schYear) + " ")),
                    .input(.type(.number), .id("year"), .name("year"), .value(String(model.year)),
                        .attribute(named: "min", value: "2010"), .attribute(named: "max", value: "2040")),
                    .button(.type(.submit), .class("button button-small"), .text(context.t(.schFilter))))
            ),
            .p(.class("lead"), .text(context.t(.progIntro))),
            .forEach(model.programmes) { programme, progress in
                .section(
                    .h2(.text("\(scopeName(programme.scope, context, model.provinceNames)): \(programme.title)")),
                    .p(
                        .class("hint"),
                        .text("\(context.t(.progPeriod)): \(programme.firstYear)–\(programme.lastYear) · \(context.t(.progDecision)): \(programme.decisionRef ?? "—") · \(context.t(programme.status.labelKey))")),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .class("data-table"),
                            .thead(.tr(
                                .columnHeader(context.t(.progMetric)),
                                .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.progTarget))),
                                .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.progAchieved))),
                                .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.progPlanned))),
                                .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.progPercent)))
                            )),
                            .tbody(.forEach(progress.metrics) { metric in
                                .tr(
                                    .td(.text("\(context.t(metric.metric.labelKey)) (\(context.t(metric.metric.unitKey)))")),
                                    .td(.class("number"), .text(metric.target.map(context.count) ?? context.t(.rateNotSet))),
                                    .td(.class("number"), .text(context.count(metric.achieved))),
                                    .td(.class("number"), .text(context.count(metric.planned))),
                                    .td(.class("number"), .text(metric.percentAchieved.map { BasisPoints.format($0, in: context.language) } ?? "—"))
                                )
                            })
                        ))
                )
            },
            .section(
                .h2(.text(context.t(.plansTitle) + " \(model.year)")),
                .p(.class("hint"), .text(context.t(.plansIntro))),
                model.plans.isEmpty
                    ? .p(.class("empty"), .text(context.t(.plansNone)))
                    : .forEach(model.plans) { plan, budget in
                        .div(
                            .class("plan"),
                            .h3(.text("\(scopeName(plan.scope, context, model.provinceNames)): \(plan.title) — \(context.t(plan.status.labelKey))")),
                            .div(
                                .class("table-wrap"),
                                .table(
                                    .class("data-table"),
                                    .thead(.tr(
                                        .columnHeader(context.t(.planSource)),
                                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.planEnvelope))),
                                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.planCommitted))),
                                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.planRemaining))),
                                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.planProposed)))
                                    )),
                                    .tbody(
                                        .forEach(FundingSource.allCases) { source in
                                            budgetRow(context.t(source.labelKey), budget[source], context)
                                        },
                                        budgetRow(context.t(.schTotal), budget.total, context)
                                    )
                                ))
                        )
                    }
            ),
            .section(
                .h2(.text(context.t(.progProvinces, ["year": String(model.year)]))),
                .p(.class("hint"), .text(context.t(.progCoverageIntro))),
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .thead(.tr(.columnHeader(context.t(.schProvince)), .columnHeader(context.t(.progTitle)))),
                        .tbody(.forEach(model.coverage) { row in
                            .tr(
                                .class(row.programme == nil ? "row-warn" : ""),
                                .td(.text(row.provinceName)),
                                .td(.text(row.programme.map { "\($0.code) — \($0.statusLabel)" } ?? context.t(.progNone))))
                        })
                    ))
            )
        )
        return Layout.render(context, title: context.t(.progTitle), section: .programmes, content: content)
    }

    static func budgetRow(_ label: String, _ figures: PlanBudget.Figures, _ context: PageContext) -> Node<HTML.TableContext> {
        .tr(
            .class(figures.isOverCommitted ? "row-warn" : ""),
            .th(.attribute(named: "scope", value: "row"), .text(label)),
            .td(.class("number"), .text(Money.format(figures.envelope))),
            .td(.class("number"), .text(Money.format(figures.committed))),
            .td(
                .class("number"), .text(Money.format(figures.remaining)),
                .if(figures.isOverCommitted, .span(.class("tag tag-error"), .text(context.t(.planOverCommittedFlag))))),
            .td(.class("number"), .text(Money.format(figures.proposed)))
        )
    }
}
