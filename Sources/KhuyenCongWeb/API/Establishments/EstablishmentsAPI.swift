import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// `/api/v1/establishments`: the registry, scoped to the caller's area by the repository.
enum EstablishmentsAPI {
    static func list(_ req: Request) async throws -> JSONBody<ItemsDTO<EstablishmentDTO>> {
        let principal = try req.requirePrincipal()
        let page = try await req.services.establishments.list(
            scope: principal.scope, filter: try await EstablishmentFilter.parse(req), limit: try req.limitParameter(),
            after: try req.cursorParameter())
        return JSONBody(ItemsDTO(items: page.items.map(EstablishmentDTO.init), nextCursor: page.nextCursor))
    }

    static func show(_ req: Request) async throws -> JSONBody<EstablishmentDetailDTO> {
        let principal = try req.requirePrincipal()
        let day = try req.dayParameter("on", default: req.services.today)
        let (establishment, surroundings) = try await req.services.establishments.detail(try req.uuidParameter("id"), scope: principal.scope)
        return JSONBody(try await detail(establishment, on: day, principal: principal, req: req, surroundings: surroundings))
    }

    static func create(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let input = try req.decodeJSON(EstablishmentInput.self)
        let services = req.services
        let establishment = try await EstablishmentEditing.validate(input.draft(over: nil), id: UUID.timeOrdered(), version: 1, services: services)
        let created = try await services.establishments.create(establishment, by: principal)
        let response = Response(status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/establishments/\(created.id.uuidString.lowercased())")
        try response.content.encode(try await detail(created, on: services.today, principal: principal, req: req), as: .json)
        return response
    }

    static func update(_ req: Request) async throws -> EstablishmentDetailDTO {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        let input = try req.decodeJSON(EstablishmentInput.self)
        guard let version = input.version else {
            throw DomainError(.invalidInput, .fieldRequired, arguments: ["name": "version"], fields: [FieldError(field: "version", key: .fieldRequired)])
        }
        let updated = try await EstablishmentEditing.update(
            id, version: version, principal: principal, services: req.services, draft: input.draft(over:))
        return try await detail(updated, on: req.services.today, principal: principal, req: req)
    }

    struct MergeInput: Content {
        let into: UUID
        let version: Int
    }

    /// `POST /api/v1/establishments/{id}/merge` `{"into", "version"}`: the record at `id` (at
    /// `version`) is a duplicate of `into`, which stays.
    static func merge(_ req: Request) async throws -> EstablishmentDetailDTO {
        let principal = try req.requirePrincipal()
        let duplicate = try req.uuidParameter("id")
        let input = try req.decodeJSON(MergeInput.self)
        try await req.services.establishments.merge(duplicate, into: input.into, duplicateVersion: input.version, by: principal)
        let survivor = try await req.services.establishments.get(input.into, scope: principal.scope)
        return try await detail(survivor, on: req.services.today, principal: principal, req: req)
    }

    /// `surroundings`, when the caller read them with the record, spare two queries.
    static func detail(
        _ establishment: Establishment, on day: Day, principal: Principal, req: Request,
        surroundings: EstablishmentRepository.Surroundings? = nil
    ) async throws -> EstablishmentDetailDTO {
        let services = req.services
        let geography = try await services.geography.current()
        let village = try await services.craftVillages.facts(for: establishment)
        let answer = Eligibility.evaluate(establishment, on: day, geography: geography, craftVillage: village)
        let priorities = try await services.priorities(
            of: establishment, craftVillage: village, on: day, holdsCertificates: surroundings?.holdsCertificates ?? true
        ).map { req.text($0.key, $0.arguments) }
        var duplicates = surroundings?.duplicates
        if duplicates == nil { duplicates = try await services.establishments.probableDuplicates(of: establishment, scope: principal.scope) }
        return EstablishmentDetailDTO(
            establishment: EstablishmentDTO(establishment),
            eligibility: EligibilityDTO(
                on: day, rule: answer.rule.rawValue, verdict: answer.verdict.rawValue,
                explanation: answer.explanation(in: req.language), priorities: priorities),
            probableDuplicates: (duplicates ?? []).map(EstablishmentDTO.init))
    }
}

/// Validation that needs the store's reference data (geography, sectors), shared by the API and the
/// pages (the importer, in the store, loads the same data itself).
enum EstablishmentEditing {
    static func validate(_ draft: EstablishmentDraft, id: UUID, version: Int, services: AppServices) async throws -> Establishment {
        let geography = try await services.geography.current()
        let sectors = Set(try await SectorRepository(store: services.store).all().map(\.code))
        return try draft.validated(id: id, version: version, geography: geography, knownSectors: sectors, today: services.today).get()
    }

    /// Edits a record for the API and the pages alike. A stale version is reported before field
    /// errors: the fields were checked against data that has since changed.
    static func update(
        _ id: UUID, version: Int, principal: Principal, services: AppServices, draft: (Establishment) -> EstablishmentDraft
    ) async throws -> Establishment {
        let current = try await services.establishments.get(id, scope: principal.scope)
        // Who may change the record comes first: an inspector hears "read-only", not "stale version".
        try principal.scope.checkCanWrite(current.area)
        guard current.version == version else { throw DomainError.staleVersion }
        let change = try await validate(draft(current), id: id, version: version, services: services)
        return try await services.establishments.update(id, with: change, expectedVersion: version, by: principal)
    }
}

/// The list filters, read the same way by the API and the pages. `province` and `commune` are codes
/// of units in force on `unitsOn` (default today), so a filter by an old province or commune finds
/// the records now counted under its successors.
enum EstablishmentFilter {
    static func parse(_ req: Request) async throws -> EstablishmentRepository.Filter {
        let form = try req.stringParameter("form").map { text in
            guard let form = LegalForm(parsing: text) else { throw DomainError.invalidParameter("form", expected: .legalFormUnknown) }
            return form
        }
        let village = try req.stringParameter("craftVillage").map { text in
            guard let id = UUID(uuidString: text) else { throw DomainError.invalidParameter("craftVillage", expected: .invalidUUID) }
            return id
        }
        let today = req.services.today
        let unitsOn = try req.dayParameter("unitsOn", default: today)
        let geography = try await req.services.geography.current()
        var province = req.stringParameter("province")
        if let code = province, unitsOn != today {
            guard let current = geography.currentProvinceCode(for: code, on: unitsOn, today: today) else {
                throw DomainError(.notFound, .unknownProvince, arguments: ["code": code, "date": unitsOn.vietnamese])
            }
            province = current
        }
        var communes: [String]?
        if let code = req.stringParameter("commune") {
            guard let current = geography.currentCommuneCodes(for: code, on: unitsOn, today: today) else {
                throw DomainError(.notFound, .unknownUnit, arguments: ["code": code, "date": unitsOn.vietnamese])
            }
            communes = current
        }
        // Eligibility is judged today, with the rule in force today.
        var eligibility: EligibilityFilter?
        if let text = req.stringParameter("eligibility") {
            guard let verdict = EligibilityAnswer.Verdict(rawValue: text) else {
                throw DomainError.invalidParameter("eligibility", expected: .eligibilityFilterValues)
            }
            eligibility = EligibilityFilter(verdict: verdict, locations: try await req.services.geography.eligibilityLocations(on: today))
        }
        return EstablishmentRepository.Filter(
            provinceCode: province, communeCodes: communes, legalForm: form, sector: req.stringParameter("sector"),
            craftVillageID: village, query: req.stringParameter("q"), eligibility: eligibility)
    }
}
