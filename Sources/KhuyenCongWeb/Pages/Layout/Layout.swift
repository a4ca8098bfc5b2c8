import KhuyenCongCore
import Plot

/// The page frame: skip link, header with navigation by role and the language switch, the demo
/// banner, main content and footer.
enum Layout {
    enum Section { case home, geography, establishments, schemes, programmes, rates, selection, catalogue, organisations, audit, login }

    /// `refreshSeconds` reloads the page on its own (a running import), with no script.
    static func render(
        _ context: PageContext, title: String, section: Section?, content: Node<HTML.BodyContext>, refreshSeconds: Int? = nil
    ) -> String {
        let html = HTML(
            .lang(context.language == .vi ? .vietnamese : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .unwrap(refreshSeconds) { .meta(.attribute(named: "http-equiv", value: "refresh"), .content(String($0))) },
                .element(named: "title", text: "\(title) · \(context.t(.appName))"),
                .link(.rel(.stylesheet), .href(Route.stylesheet.path))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text(context.t(.skipToContent))),
                header(context, section: section),
                .if(context.demo, .div(.class("demo-banner"), .attribute(named: "role", value: "note"), .text(context.t(.demoBanner)))),
                .main(.id("main"), .attribute(named: "tabindex", value: "-1"), .div(.class("container"), content)),
                .footer(
                    .class("site-footer"),
                    .div(
                        .class("container"), .p(.text(context.t(.footerNote))),
                        .p(.a(.href(Route.apiReference.path), .text(context.t(.apiFooterLink)))))
                )
            )
        )
        return html.render()
    }

    private static func header(_ context: PageContext, section: Section?) -> Node<HTML.BodyContext> {
        let back = context.path
        let other: UILanguage = context.language == .vi ? .en : .vi
        return .header(
            .class("site-header"),
            .div(
                .class("container header-row"),
                .a(
                    .class("brand"), .href(Route.home.path),
                    .span(.class("brand-mark"), .attribute(named: "aria-hidden", value: "true"), .text("KC")),
                    .span(.class("brand-text"), .strong(.text(context.t(.appName))), .span(.text(context.t(.appTagline))))
                ),
                .nav(
                    .class("main-nav"), .ariaLabel(context.t(.menu)),
                    .ul(.forEach(navigation(for: context.principal)) { item in
                        .li(.link(item.route, context.t(item.key), current: item.section == section))
                    })
                ),
                .div(
                    .class("header-tools"),
                    .a(
                        .class("lang-switch"), .href(attr(Route.language(other, back: back).path)),
                        .attribute(named: "hreflang", value: other.rawValue),
                        .attribute(named: "lang", value: other.rawValue), .text(context.t(.switchLanguage))),
                    userBox(context)
                )
            )
        )
    }

    private static func userBox(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let principal = context.principal else {
            return .a(.class("button button-small"), .href(Route.login(next: nil).path), .text(context.t(.navLogin)))
        }
        return .div(
            .class("user-box"),
            .span(
                .class("user-name"),
                .text(context.t(.signedInAs, ["name": principal.displayName, "role": context.t(principal.role.messageKey)]))),
            .form(
                .action(Route.logout.path), .method(.post), .class("inline-form"),
                .csrfField(context.csrfToken),
                .button(.type(.submit), .class("button button-small button-quiet"), .text(context.t(.navLogout)))
            )
        )
    }

    struct NavItem {
        let route: Route
        let key: MessageKey
        let section: Section
    }

    /// What the navigation offers each role; the server checks access again on every page.
    static func navigation(for principal: Principal?) -> [NavItem] {
        var items = [
            NavItem(route: .home, key: .navHome, section: .home),
            NavItem(route: .units(on: nil, level: nil, province: nil, query: nil), key: .navGeography, section: .geography),
            NavItem(route: .catalogue(query: nil, province: nil, level: nil, year: nil, group: nil), key: .navCatalogue, section: .catalogue),
        ]
        guard let principal else { return items }
        items.append(NavItem(route: .establishments(query: nil), key: .navEstablishments, section: .establishments))
        items.append(NavItem(route: .schemes(year: nil, state: nil, province: nil, query: nil), key: .navSchemes, section: .schemes))
        items.append(NavItem(route: .programmes(year: nil), key: .navProgrammes, section: .programmes))
        items.append(NavItem(route: .rateTables, key: .navRates, section: .rates))
        items.append(NavItem(route: .selectionRounds(year: nil), key: .navSelection, section: .selection))
        items.append(NavItem(route: .organisations(query: nil, cursor: nil), key: .navOrganisations, section: .organisations))
        if principal.scope.canReadAuditTrail {
            items.append(NavItem(route: .audit(before: nil), key: .navAudit, section: .audit))
        }
        return items
    }

}
