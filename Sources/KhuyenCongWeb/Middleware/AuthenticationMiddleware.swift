import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// Resolves who is calling: a bearer token (API) or the session cookie (pages).
/// An invalid bearer token is refused outright so a client never mistakes itself for signed in.
struct AuthenticationMiddleware: AsyncMiddleware {
    static let sessionCookie = "kc_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Probes must answer without touching the database, whatever headers a client sends.
        if Route.isInfrastructure(request.url.path) { return try await next.respond(to: request) }
        let sessions = request.services.sessions
        if let bearer = request.headers.bearerAuthorization {
            guard let principal = try await sessions.principal(token: bearer.token, kind: .api) else {
                throw DomainError(.unauthenticated, .unauthenticated)
            }
            request.storage[PrincipalKey.self] = principal
        } else if request.headers[.authorization].first != nil, request.isAPI {
            throw DomainError(.unauthenticated, .unauthenticated)
        } else if !request.isAPI, let cookie = request.cookies[Self.sessionCookie]?.string,
            let principal = try await sessions.principal(token: cookie, kind: .browser)
        {
            request.storage[PrincipalKey.self] = principal
        }
        return try await next.respond(to: request)
    }
}
