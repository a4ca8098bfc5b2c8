import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// `/api/v1/admin-units`: public reference data, answered from the in-memory geography.
enum AdminUnitsAPI {
    static func list(_ req: Request) async throws -> ItemsDTO<AdminUnitDTO> {
        let day = try req.dayParameter("on", default: req.services.today)
        let level = try req.levelParameter()
        let limit = try req.limitParameter(default: 100)
        let cursor = try req.cursorParameter()
        let province = req.stringParameter("province")
        let geography = try await req.services.geography.current()
        if let province, geography.unit(code: province, on: day)?.level != .province {
            throw DomainError(.notFound, .unknownProvince, arguments: ["code": province, "date": day.vietnamese])
        }
        let found = geography.units(level: level, on: day, provinceCode: province, query: req.stringParameter("q"))
        // Keyset over the already-sorted list: resume after the last (sort key, code) seen.
        let remaining = cursor.map { cursor in found.drop { ($0.sortKey, $0.code) <= (cursor.sortKey, cursor.id) } }
            ?? found[...]
        let page = Array(remaining.prefix(limit))
        let next = remaining.count > limit ? page.last.map { KeysetCursor(sortKey: $0.sortKey, id: $0.code).encoded } : nil
        return ItemsDTO(items: page.map(AdminUnitDTO.init), nextCursor: next)
    }

    static func show(_ req: Request) async throws -> AdminUnitDetailDTO {
        let day = try req.dayParameter("on", default: req.services.today)
        let code = req.parameters.get("code") ?? ""
        let geography = try await req.services.geography.current()
        guard let unit = geography.unit(code: code, on: day) else {
            throw DomainError(.notFound, .unknownUnit, arguments: ["code": code, "date": day.vietnamese])
        }
        return AdminUnitDetailDTO(unit: unit, on: day, geography: geography)
    }
}

extension AdminUnitsAPI {
    struct NewSuccession: Content {
        let predecessor: String
        let successor: String
        let partial: Bool?
    }

    /// `POST /api/v1/admin-units/successions`: a province records which new commune(s) an old
    /// commune went to (many-to-many, possibly partial). Effective on the reform date.
    static func addSuccession(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let body = try req.decodeJSON(NewSuccession.self)
        guard let from = AdminUnitRef(body.predecessor) else {
            throw DomainError.invalidParameter("predecessor", expected: .invalidUnitRef)
        }
        guard let to = AdminUnitRef(body.successor) else {
            throw DomainError.invalidParameter("successor", expected: .invalidUnitRef)
        }
        let services = req.services
        let geography = try await services.geography.current()
        let link = UnitSuccession(
            predecessor: from, successor: to, effectiveOn: to.period.validFrom, partial: body.partial ?? false)
        try await GeographyRepository(store: services.store).addCommuneSuccession(
            link, geography: geography, by: principal, today: services.today)
        try await services.geography.reload()
        let updated = try await services.geography.current()
        guard let unit = updated.unit(from) else { throw DomainError.notFound }
        let response = Response(status: .created)
        try response.content.encode(AdminUnitDetailDTO(unit: unit, on: services.today, geography: updated), as: .json)
        return response
    }
}
