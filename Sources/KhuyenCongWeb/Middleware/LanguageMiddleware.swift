import KhuyenCongCore
import Vapor

/// Picks the interface language: the `kc_lang` cookie set by the language switch, then the
/// browser's `Accept-Language`, then Vietnamese.
struct LanguageMiddleware: AsyncMiddleware {
    static let cookieName = "kc_lang"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let language =
            request.cookies[Self.cookieName].flatMap { UILanguage(rawValue: $0.string) }
            ?? UILanguage.negotiate(acceptLanguage: request.headers.first(name: .acceptLanguage))
        request.storage[LanguageKey.self] = language
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: .contentLanguage, value: language.rawValue)
        response.headers.add(name: .vary, value: "Accept-Language, Cookie")
        return response
    }
}
