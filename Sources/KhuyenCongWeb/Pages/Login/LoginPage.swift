import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// Sign-in and sign-out for the pages. The session secret lives in an HttpOnly, SameSite=Lax
/// cookie (Lax so that following a link from an e-mail still arrives signed in).
enum LoginPage {
    struct Form: Content {
        let username: String?
        let password: String?
        let next: String?
    }

    static func show(_ req: Request) async throws -> Response {
        if req.principal != nil { return req.redirect(to: Route.safeLocalPath(req.queryValue("next"))) }
        return .html(view(PageContext(req), username: "", next: req.queryValue("next"), error: nil))
    }

    static func submit(_ req: Request) async throws -> Response {
        let form = (try? req.content.decode(Form.self)) ?? Form(username: nil, password: nil, next: nil)
        let username = form.username ?? ""
        do {
            let principal = try await SignIn.verify(username: username, password: form.password ?? "", request: req)
            let token = try await req.services.sessions.create(for: principal, kind: .browser)
            let response = req.redirect(to: Route.safeLocalPath(form.next), redirectType: .normal)
            response.cookies[AuthenticationMiddleware.sessionCookie] = HTTPCookies.Value(
                string: token, expires: nil, maxAge: Int(SessionRepository.Kind.browser.lifetimeSeconds), domain: nil,
                path: "/", isSecure: req.services.config.secureCookies, isHTTPOnly: true, sameSite: .lax)
            return response
        } catch let error as DomainError where error.kind == .unauthenticated || error.kind == .throttled {
            return .html(view(PageContext(req), username: username, next: form.next, error: error), status: error.kind.status)
        }
    }

    static func logout(_ req: Request) async throws -> Response {
        if let token = req.cookies[AuthenticationMiddleware.sessionCookie]?.string {
            try await req.services.sessions.delete(token: token)
        }
        let response = req.redirect(to: Route.home.path, redirectType: .normal)
        response.cookies[AuthenticationMiddleware.sessionCookie] = HTTPCookies.Value(
            string: "", expires: nil, maxAge: 0, domain: nil, path: "/", isSecure: req.services.config.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
        return response
    }

    static func view(_ context: PageContext, username: String, next: String?, error: DomainError?) -> String {
        let content: Node<HTML.BodyContext> = .div(
            .class("narrow"),
            .h1(.text(context.t(.loginTitle))),
            .p(.text(context.t(.loginIntro))),
            .unwrap(error) { .notice($0.message(in: context.language), isError: true) },
            .form(
                .action(Route.login(next: nil).path), .method(.post), .class("stack"),
                .csrfField(context.csrfToken),
                .input(.type(.hidden), .name("next"), .value(attr(Route.safeLocalPath(next)))),
                .div(
                    .class("field"),
                    .label(.for("username"), .text(context.t(.loginUsername))),
                    .input(
                        .type(.text), .id("username"), .name("username"), .value(attr(username)), .required(true),
                        .attribute(named: "autocomplete", value: "username"), .autofocus(true),
                        .attribute(named: "autocapitalize", value: "none"))
                ),
                .div(
                    .class("field"),
                    .label(.for("password"), .text(context.t(.loginPassword))),
                    .input(
                        .type(.password), .id("password"), .name("password"), .required(true),
                        .attribute(named: "autocomplete", value: "current-password"))
                ),
                .button(.type(.submit), .class("button"), .text(context.t(.loginSubmit)))
            )
        )
        return Layout.render(context, title: context.t(.loginTitle), section: .login, content: content)
    }
}
