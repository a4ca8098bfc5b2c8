import Crypto
import Foundation
import KhuyenCongCore
import Vapor

/// Double-submit CSRF protection for pages: every visitor gets a random token in an HttpOnly,
/// SameSite=Strict cookie, forms carry it in a hidden `_csrf` field, and a state-changing request
/// whose field does not match the cookie is refused before any handler runs. The API does not
/// need it: it authenticates with bearer tokens, never with cookies.
struct CSRFMiddleware: AsyncMiddleware {
    static let cookieName = "kc_csrf"
    static let fieldName = "_csrf"
    let secureCookies: Bool
    let maxBodyBytes: Int

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.isAPI || Route.isInfrastructure(request.url.path) { return try await next.respond(to: request) }
        let existing = request.cookies[Self.cookieName].map(\.string).flatMap { $0.count == 43 ? $0 : nil }
        let token = existing ?? Self.newToken()
        request.storage[CSRFTokenKey.self] = token
        if ![.GET, .HEAD, .OPTIONS].contains(request.method) {
            // Middleware runs before the route collects the body; collect it here to read the field.
            // Over the limit, the user hears so (and where big files go), not "invalid request".
            if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > maxBodyBytes {
                throw DomainError(.invalidInput, .payloadTooLarge)
            }
            do {
                _ = try await request.body.collect(max: maxBodyBytes).get()
            } catch let abort as Abort where abort.status == .payloadTooLarge {
                throw DomainError(.invalidInput, .payloadTooLarge)
            }
            let submitted = try? request.content.get(String.self, at: Self.fieldName)
            guard let existing, let submitted, Self.constantTimeEqual(existing, submitted) else {
                throw DomainError(.forbidden, .csrfFailed)
            }
        }
        let response = try await next.respond(to: request)
        if existing == nil {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: token, expires: nil, maxAge: nil, domain: nil, path: "/", isSecure: secureCookies,
                isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }

    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Base64URL.encode(Data(bytes))
    }

    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
