import KhuyenCongCore
import Plot

extension UnitsPage {
    static func view(_ context: PageContext, model: Model) -> String {
        let title = model.province.map { "\(context.t(.geoCommunes)) — \($0.name)" } ?? context.t(.geoTitle)
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(title)),
            .p(.class("lead"), .text(context.t(.geoIntro))),
            filterForm(context, model: model),
            .unwrap(model.ignoredProvinceCode) { code in
                .notice(context.t(.unknownProvince, ["code": code, "date": context.date(model.day)]), isError: true)
            },
            .p(
                .class("result-count"), .attribute(named: "role", value: "status"),
                .text(context.t(.geoResultCount, ["count": context.count(model.totalCount)])),
                .if(model.totalCount > model.units.count,
                    .text(" " + context.t(.geoShowingFirst, ["count": context.count(model.units.count)])))
            ),
            model.units.isEmpty
                ? .p(.class("empty"), .text(context.t(.geoNoResults)))
                : unitTable(context, units: model.units, day: model.day)
        )
        return Layout.render(context, title: title, section: .geography, content: content)
    }

    private static func filterForm(_ context: PageContext, model: Model) -> Node<HTML.BodyContext> {
        .form(
            .action("/units"), .method(.get), .class("filters"), .attribute(named: "role", value: "search"),
            .div(
                .class("field"),
                .label(.for("on"), .text(context.t(.geoDate))),
                .input(.type(.date), .id("on"), .name("on"), .value(model.day.iso), .required(true))
            ),
            .div(
                .class("field"),
                .label(.for("province"), .text(context.t(.geoProvinces))),
                .select(
                    .id("province"), .attribute(named: "name", value: "province"),
                    .option(.value(""), .label(context.t(.geoAllProvinces))),
                    .forEach(model.provinces) { province in
                        .option(
                            .value(province.code), .label(attr(province.name)),
                            .isSelected(province.ref == model.province?.ref))
                    }
                )
            ),
            .div(
                .class("field field-grow"),
                .label(.for("q"), .text(context.t(.geoSearch))),
                .input(
                    .type(.search), .id("q"), .name("q"), .value(attr(model.query ?? "")),
                    .placeholder(context.t(.geoSearchPlaceholder)))
            ),
            .div(.class("field field-action"), .button(.type(.submit), .class("button"), .text(context.t(.geoShow))))
        )
    }

    static func unitTable(_ context: PageContext, units: [AdminUnit], day: Day) -> Node<HTML.BodyContext> {
        .div(
            .class("table-wrap"),
            .table(
                .class("data-table"),
                .thead(.tr(
                    .columnHeader(context.t(.geoCode)),
                    .columnHeader(context.t(.geoName)),
                    .columnHeader(context.t(.geoType)),
                    .columnHeader(context.t(.geoLevel))
                )),
                .tbody(.forEach(units) { unit in
                    .tr(
                        .td(.class("code"), .text(unit.code)),
                        .td(.a(.href(attr(Route.unit(unit.ref).path + "?on=" + day.iso)), .text(unit.name))),
                        .td(.text(unit.divisionType)),
                        .td(.text(context.t(levelKey(unit.level))))
                    )
                })
            )
        )
    }

    static func levelKey(_ level: AdminLevel) -> MessageKey {
        switch level {
        case .province: .geoLevelProvince
        case .district: .geoLevelDistrict
        case .commune: .geoLevelCommune
        }
    }
}
