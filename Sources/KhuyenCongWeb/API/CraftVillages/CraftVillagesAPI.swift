import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

struct CraftVillageDTO: Content {
    let id: UUID
    let name: String
    let commune: String
    let communeName: String?
    let provinceCode: String
    let decisionRef: String
    let recognisedOn: Day?
    let establishments: Int

    init(_ village: CraftVillage, communeName: String?, establishments: Int) {
        id = village.id
        name = village.name
        commune = village.commune.description
        self.communeName = communeName
        provinceCode = village.provinceCode
        decisionRef = village.decisionRef
        recognisedOn = village.recognisedOn
        self.establishments = establishments
    }
}

/// `GET /api/v1/craft-villages?province=`: recognised craft villages are public decisions, listed
/// for every signed-in user with the number of establishments in each that the caller may see.
enum CraftVillagesAPI {
    static func list(_ req: Request) async throws -> ItemsDTO<CraftVillageDTO> {
        ItemsDTO(items: try await CraftVillageListing.load(req), nextCursor: nil)
    }
}

enum CraftVillageListing {
    static func load(_ req: Request) async throws -> [CraftVillageDTO] {
        let principal = try req.requirePrincipal()
        let services = req.services
        let geography = try await services.geography.current()
        let villages = try await services.craftVillages.list(provinceCode: req.stringParameter("province"))
        let counts = try await services.establishments.countsByCraftVillage(scope: principal.scope)
        return villages.map { village in
            CraftVillageDTO(village, communeName: geography.unit(village.commune)?.name, establishments: counts[village.id] ?? 0)
        }
    }
}
