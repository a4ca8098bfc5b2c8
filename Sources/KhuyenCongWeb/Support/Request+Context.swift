import KhuyenCongCore
import Vapor

/// The interface language type of the domain (Plot has its own `Language`).
public typealias UILanguage = KhuyenCongCore.Language

struct LanguageKey: StorageKey { typealias Value = UILanguage }
struct PrincipalKey: StorageKey { typealias Value = Principal }
struct CSRFTokenKey: StorageKey { typealias Value = String }

extension Request {
    /// Set by `LanguageMiddleware` for every request.
    public var language: UILanguage { storage[LanguageKey.self] ?? .default }

    /// The signed-in user, if any (set by `AuthenticationMiddleware`).
    public var principal: Principal? { storage[PrincipalKey.self] }

    /// The signed-in user, or `unauthenticated` (401 on the API, the sign-in page on pages).
    public func requirePrincipal() throws -> Principal {
        guard let principal else { throw DomainError(.unauthenticated, .unauthenticated) }
        return principal
    }

    /// The token forms must echo back (set by `CSRFMiddleware`).
    var csrfToken: String { storage[CSRFTokenKey.self] ?? "" }

    var isAPI: Bool { url.path.hasPrefix("/api/") }

    func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        Messages.text(key, language, arguments)
    }

    /// The client's address for throttling, as seen by this server.
    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }
}
