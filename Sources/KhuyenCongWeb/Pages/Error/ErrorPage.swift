import KhuyenCongCore
import Plot
import Vapor

/// The error page, in the user's language, never showing internals.
enum ErrorPage {
    static func view(_ context: PageContext, error: DomainError) -> String {
        let title: String
        switch error.kind {
        case .notFound: title = context.t(.pageNotFoundTitle)
        case .forbidden: title = context.t(.forbiddenTitle)
        default: title = context.t(.errorTitle)
        }
        let content: Node<HTML.BodyContext> = .div(
            .class("error-page"),
            .h1(.text(title)),
            .notice(error.message(in: context.language), isError: true),
            .ul(.forEach(error.fields) { field in
                .li(.strong(.text(field.field)), .text(": " + Messages.text(field.key, context.language, error.arguments)))
            }),
            .p(.link(.home, context.t(.errorBackHome)))
        )
        return Layout.render(context, title: title, section: nil, content: content)
    }

    static func response(for error: DomainError, request: Request) -> Response {
        .html(view(PageContext(request), error: error), status: error.kind.status)
    }
}
