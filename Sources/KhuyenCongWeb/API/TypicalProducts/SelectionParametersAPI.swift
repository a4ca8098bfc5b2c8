import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// `{"version": n, "parameters": {...}}`: version 0 until the defaults are first changed.
struct SelectionParametersDTO: Content {
    let version: Int
    let parameters: SelectionParameters
}

/// `/api/v1/selection-parameters`: regions, scoring rules and certificate validity, read by anyone
/// signed in and replaced by the Cục (sending the version read).
enum SelectionParametersAPI {
    static func show(_ req: Request) async throws -> SelectionParametersDTO {
        _ = try req.requirePrincipal()
        let (parameters, version) = try await req.services.selectionParameters.current()
        return SelectionParametersDTO(version: version, parameters: parameters)
    }

    static func update(_ req: Request) async throws -> SelectionParametersDTO {
        let principal = try req.requirePrincipal()
        try SelectionParameters.checkEditor(principal)  // before the body is read
        let input = try req.decodeJSON(SelectionParametersDTO.self)
        let provinces = Set(try await req.services.geography.current().units(level: .province, on: req.services.today).map(\.code))
        let version = try await req.services.selectionParameters.save(
            input.parameters, expectedVersion: input.version, provinceCodes: provinces, by: principal)
        return SelectionParametersDTO(version: version, parameters: input.parameters)
    }
}
