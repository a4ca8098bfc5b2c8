import KhuyenCongCore
import Plot

extension HomePage {
    static func view(_ context: PageContext, model: Model) -> String {
        let intro: Node<HTML.BodyContext>
        if let principal = context.principal {
            intro = .group(
                .h1(.text(context.t(.homeWelcome, ["name": principal.displayName]))),
                .p(
                    .class("lead"),
                    .text(context.t(principal.role.messageKey)),
                    .text(" — "),
                    .text(model.areaName.map { context.t(.homeYourArea, ["area": $0]) } ?? context.t(.homeNationwide)))
            )
        } else {
            intro = .group(
                .h1(.text(context.t(.homeTitle))),
                .p(.class("lead"), .text(context.t(.homePublicIntro)))
            )
        }
        let content: Node<HTML.BodyContext> = .group(
            intro,
            .section(
                .attribute(named: "aria-labelledby", value: "counts-heading"),
                .h2(.id("counts-heading"), .text(context.t(.homeCountsHeading, ["date": context.date(model.today)]))),
                .ul(.class("stat-grid"), .forEach(model.counts) { count in
                    .li(
                        .class("stat"),
                        .span(.class("stat-value"), .text(context.count(count.value))),
                        .span(.class("stat-label"), .text(context.t(count.key, count.arguments))))
                })
            ),
            .section(
                .h2(.text(context.t(.homeQuickLinks))),
                .ul(.class("link-list"), .forEach(Layout.navigation(for: context.principal).dropFirst()) { item in
                    .li(.link(item.route, context.t(item.key)))
                })
            )
        )
        return Layout.render(context, title: context.t(.homeTitle), section: .home, content: content)
    }
}
