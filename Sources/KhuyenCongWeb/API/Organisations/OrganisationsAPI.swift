import KhuyenCongCore
import KhuyenCongStore
import Vapor

struct OrganisationDTO: Content {
    let id: UUID
    let kind: String
    let name: String
    let provinceCode: String?
    let communeCode: String?
    let address: String
    let phone: String
    let email: String
    let version: Int

    init(_ organisation: Organisation) {
        id = organisation.id
        kind = organisation.kind.rawValue
        name = organisation.name
        provinceCode = organisation.provinceCode
        communeCode = organisation.communeCode
        address = organisation.address
        phone = organisation.phone
        email = organisation.email
        version = organisation.version
    }
}

/// `/api/v1/organisations`: scoped to the caller's area by the repository.
enum OrganisationsAPI {
    static func list(_ req: Request) async throws -> ItemsDTO<OrganisationDTO> {
        let principal = try req.requirePrincipal()
        let kind = try req.stringParameter("kind").map { text in
            guard let kind = OrganisationKind(rawValue: text) else {
                throw DomainError.invalidParameter("kind", expected: .invalidKind)
            }
            return kind
        }
        let page = try await req.services.organisations.list(
            scope: principal.scope,
            filter: .init(kind: kind, provinceCode: req.stringParameter("province"), query: req.stringParameter("q")),
            limit: try req.limitParameter(), after: try req.cursorParameter())
        return ItemsDTO(items: page.items.map(OrganisationDTO.init), nextCursor: page.nextCursor)
    }

    static func show(_ req: Request) async throws -> OrganisationDTO {
        let principal = try req.requirePrincipal()
        return OrganisationDTO(try await req.services.organisations.get(try req.uuidParameter("id"), scope: principal.scope))
    }

    struct Patch: Content {
        let version: Int
        let name: String?
        let address: String?
        let phone: String?
        let email: String?
    }

    /// Partial update; `version` must be the one the client read (409 otherwise).
    static func update(_ req: Request) async throws -> OrganisationDTO {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        let patch = try req.decodeJSON(Patch.self)
        let repository = req.services.organisations
        let current = try await repository.get(id, scope: principal.scope)
        let change = OrganisationChange(
            name: patch.name ?? current.name, address: patch.address ?? current.address,
            phone: patch.phone ?? current.phone, email: patch.email ?? current.email)
        return OrganisationDTO(
            try await repository.update(id, change: change, expectedVersion: patch.version, by: principal))
    }
}
