import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// `POST /api/v1/auth/token` and `GET /api/v1/me`.
enum AuthAPI {
    struct Credentials: Content {
        let username: String
        let password: String
    }

    struct TokenDTO: Content {
        let token: String
        let expiresInSeconds: Int64
    }

    static func token(_ req: Request) async throws -> TokenDTO {
        let credentials = try req.decodeJSON(Credentials.self)
        let principal = try await SignIn.verify(
            username: credentials.username, password: credentials.password, request: req)
        let token = try await req.services.sessions.create(for: principal, kind: .api)
        return TokenDTO(token: token, expiresInSeconds: SessionRepository.Kind.api.lifetimeSeconds)
    }

    struct MeDTO: Content {
        let id: UUID
        let username: String
        let displayName: String
        let role: String
        let roleName: String
        let provinceCode: String?
        let communeCode: String?
        let organisationId: UUID?
        let readOnly: Bool
    }

    static func me(_ req: Request) async throws -> MeDTO {
        let principal = try req.requirePrincipal()
        return MeDTO(
            id: principal.userID, username: principal.username, displayName: principal.displayName,
            role: principal.role.rawValue, roleName: req.text(principal.role.messageKey),
            provinceCode: principal.provinceCode, communeCode: principal.communeCode,
            organisationId: principal.organisationID, readOnly: principal.role.isReadOnly)
    }
}
