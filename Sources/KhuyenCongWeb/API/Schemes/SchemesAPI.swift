import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// `/api/v1/schemes`: schemes and their lifecycle, scoped by the repository.
enum SchemesAPI {
    static func list(_ req: Request) async throws -> ItemsDTO<SchemeSummaryDTO> {
        let principal = try req.requirePrincipal()
        let page = try await req.services.schemes.list(
            scope: principal.scope, filter: try SchemeFilter.parse(req), limit: try req.limitParameter(), after: try req.cursorParameter())
        return ItemsDTO(items: page.items.map { SchemeSummaryDTO($0, language: req.language) }, nextCursor: page.nextCursor)
    }

    static func create(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let draft = try req.decodeJSON(SchemeInput.self).draft()
        let services = req.services
        let created = try await services.schemes.create(
            draft, by: principal, today: services.today)
        let details = try await SchemeDetails.load(created.id, principal: principal, req: req)
        let response = Response(status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/schemes/\(created.id.uuidString.lowercased())")
        try response.content.encode(details.dto(req.language), as: .json)
        return response
    }

    static func show(_ req: Request) async throws -> SchemeDTO {
        let principal = try req.requirePrincipal()
        return try await SchemeDetails.load(try req.uuidParameter("id"), principal: principal, req: req).dto(req.language)
    }

    /// `PUT /api/v1/schemes/{id}` with the whole content and `version`: revises a draft.
    static func update(_ req: Request) async throws -> SchemeDTO {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        let input = try req.decodeJSON(SchemeInput.self)
        guard let version = input.version else {
            throw DomainError(.invalidInput, .fieldRequired, arguments: ["name": "version"], fields: [FieldError(field: "version", key: .fieldRequired)])
        }
        let services = req.services
        _ = try await services.schemes.update(
            id, with: try input.draft(), expectedVersion: version, by: principal,
            today: services.today)
        return try await SchemeDetails.load(id, principal: principal, req: req).dto(req.language)
    }

    static func support(_ req: Request) async throws -> SupportDTO {
        let principal = try req.requirePrincipal()
        let details = try await SchemeDetails.load(try req.uuidParameter("id"), principal: principal, req: req)
        return SupportDTO(details.assessment, on: details.referenceDay, language: req.language, provinceName: details.provinceName)
    }

    static func checklist(_ req: Request) async throws -> ChecklistDTO {
        let principal = try req.requirePrincipal()
        let details = try await SchemeDetails.load(try req.uuidParameter("id"), principal: principal, req: req)
        return ChecklistDTO(details.checklist, on: details.referenceDay, language: req.language)
    }

    static func actions(_ req: Request) async throws -> ActionsDTO {
        let principal = try req.requirePrincipal()
        let details = try await SchemeDetails.load(try req.uuidParameter("id"), principal: principal, req: req)
        return ActionsDTO(scheme: details.scheme, options: details.options, language: req.language)
    }

    /// `POST /api/v1/schemes/{id}/actions/{action}` `{"reason", "version"}` → the scheme in its new state.
    static func act(_ req: Request) async throws -> SchemeDTO {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        guard let action = req.parameters.get("action").flatMap(SchemeAction.init(rawValue:)) else {
            throw DomainError.unknownAction(req.parameters.get("action"), of: SchemeAction.self)
        }
        let input = req.body.data == nil ? SchemeActionInput(reason: nil, version: nil) : try req.decodeJSON(SchemeActionInput.self)
        _ = try await req.services.schemes.perform(
            action, on: id, expectedVersion: input.version, reason: input.reason, members: input.members ?? [], by: principal,
            today: req.services.today)
        return try await SchemeDetails.load(id, principal: principal, req: req).dto(req.language)
    }
}

/// The list filters, read the same way by the API and the pages.
enum SchemeFilter {
    static func parse(_ req: Request) throws -> SchemeRepository.Filter {
        let year = try req.yearParameter(in: SchemeValidation.planYears)
        let states = try (req.stringParameter("state") ?? "").split(separator: ",").map { text in
            guard let state = SchemeState(rawValue: String(text)) else { throw DomainError.invalidParameter("state", expected: .schemeStateUnknown) }
            return state
        }
        let level = try req.stringParameter("level").map { text in
            guard let level = SchemeLevel(rawValue: text) else { throw DomainError.invalidParameter("level", expected: .schemeLevelUnknown) }
            return level
        }
        return SchemeRepository.Filter(
            provinceCode: req.stringParameter("province"), year: year, states: states, level: level, query: req.stringParameter("q"))
    }
}
