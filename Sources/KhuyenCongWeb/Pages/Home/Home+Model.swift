import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// The home page: for the public, what the system is and the geography in force; for a signed-in
/// user, real counts within their own area.
enum HomePage {
    struct Model: Sendable {
        struct Count: Sendable {
            let key: MessageKey
            let value: Int
            let arguments: [String: String]
        }

        let today: Day
        let areaName: String?
        let counts: [Count]
    }

    static func handle(_ req: Request) async throws -> Response {
        let services = req.services
        let geography = try await services.geography.current()
        let today = services.today
        var counts: [Model.Count] = []
        var areaName: String?
        if let principal = req.principal {
            let scope = principal.scope
            if let code = principal.provinceCode, let province = geography.unit(code: code, on: today) {
                areaName = province.name
                if let commune = principal.communeCode.flatMap({ geography.unit(code: $0, on: today) }) {
                    areaName = "\(commune.name), \(province.name)"
                }
                let communes = geography.units(level: .commune, on: today, provinceCode: code).count
                counts.append(.init(key: .countCommunesInProvince, value: communes, arguments: ["province": province.name]))
            } else {
                counts.append(.init(key: .countProvinces, value: geography.units(level: .province, on: today).count, arguments: [:]))
                counts.append(.init(key: .countCommunes, value: geography.units(level: .commune, on: today).count, arguments: [:]))
            }
            counts.append(.init(key: .countEstablishments, value: try await services.establishments.count(scope: scope), arguments: [:]))
            counts.append(.init(key: .countOrganisations, value: try await services.organisations.count(scope: scope), arguments: [:]))
            if principal.scope.canReadAuditTrail {
                counts.append(.init(key: .countUsers, value: try await services.users.count(scope: scope), arguments: [:]))
                counts.append(.init(key: .countAuditEntries, value: try await services.auditLog.count(scope: scope), arguments: [:]))
            }
        } else {
            counts.append(.init(key: .countProvinces, value: geography.units(level: .province, on: today).count, arguments: [:]))
            counts.append(.init(key: .countCommunes, value: geography.units(level: .commune, on: today).count, arguments: [:]))
        }
        let model = Model(today: today, areaName: areaName, counts: counts)
        return .html(view(PageContext(req), model: model))
    }
}
