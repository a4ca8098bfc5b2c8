import KhuyenCongCore
import Plot
import Vapor

/// One unit: where it sits, when it was in force, what it became and what it came from.
enum UnitPage {
    static func handle(_ req: Request) async throws -> Response {
        let services = req.services
        let day = try req.dayParameter("on", default: services.today)
        let period = req.parameters.get("period").flatMap(AdminPeriod.init(rawValue:))
        let code = req.parameters.get("code") ?? ""
        let geography = try await services.geography.current()
        guard let period, let unit = geography.unit(AdminUnitRef(period: period, code: code)) else {
            throw DomainError(.notFound, .unknownUnit, arguments: ["code": code, "date": day.vietnamese])
        }
        return .html(view(PageContext(req), unit: unit, day: day, geography: geography))
    }

    static func view(_ context: PageContext, unit: AdminUnit, day: Day, geography: Geography) -> String {
        let title = context.t(.geoUnitTitle, ["name": unit.name, "code": unit.code])
        let periodKey: MessageKey = unit.period == .twoTier ? .geoPeriodTwoTier : .geoPeriodThreeTier
        func unitLink(_ other: AdminUnit) -> Node<HTML.BodyContext> {
            .a(.href(attr(Route.unit(other.ref).path + "?on=" + day.iso)), .text("\(other.name) (\(other.code))"))
        }
        func links(_ successions: [UnitSuccession], other: (UnitSuccession) -> AdminUnitRef) -> Node<HTML.BodyContext> {
            .ul(.forEach(successions) { link in
                .li(
                    .unwrap(geography.unit(other(link))) { unitLink($0) },
                    .text(" — " + context.date(link.effectiveOn)),
                    .if(link.partial, .span(.class("tag"), .text(context.t(.geoPartial)))),
                    .if(link.inferred, .span(.class("tag tag-warn"), .text(context.t(.geoInferred))))
                )
            })
        }
        let successions = geography.successions(from: unit)
        let predecessors = geography.successions(to: unit)
        let children = geography.children(of: unit)
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("breadcrumb"), .link(.units(on: day, level: nil, province: nil, query: nil), context.t(.geoTitle))),
            .h1(.text(title)),
            .dl(
                .class("facts"),
                .dt(.text(context.t(.geoType))), .dd(.text(unit.divisionType)),
                .dt(.text(context.t(.geoPeriod))), .dd(.text(context.t(periodKey))),
                .dt(.text(context.t(.geoValidFrom))), .dd(.text(context.date(unit.validFrom))),
                .dt(.text(context.t(.geoValidTo))),
                .dd(.text(unit.validTo.map(context.date) ?? context.t(.geoInForce))),
                .dt(.text(context.t(.geoParent))),
                .dd(.unwrap(geography.parent(of: unit), { unitLink($0) }, else: .text("—"))),
                .dt(.text(context.t(.geoCurrentProvince, [:]) + " (" + context.date(day) + ")")),
                .dd(.unwrap(geography.currentProvince(of: unit, on: day), { unitLink($0) }, else: .text("—")))
            ),
            .if(!successions.isEmpty, .section(.h2(.text(context.t(.geoSuccessors))), links(successions) { $0.successor })),
            .if(!predecessors.isEmpty, .section(.h2(.text(context.t(.geoPredecessors))), links(predecessors) { $0.predecessor })),
            .if(
                !children.isEmpty,
                .section(
                    .h2(.text(context.t(.geoChildren) + " (" + context.count(children.count) + ")")),
                    UnitsPage.unitTable(context, units: children, day: day)))
        )
        return Layout.render(context, title: title, section: .geography, content: content)
    }
}
