import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// `/api/v1/selection-rounds`: rounds, their juries, entries and results.
enum SelectionRoundsAPI {
    static func naming(_ req: Request) async throws -> RoundNaming {
        RoundNaming(
            geography: try await req.services.geography.current(),
            regions: try await req.services.selectionParameters.current().parameters.regions, language: req.language)
    }

    static func list(_ req: Request) async throws -> ItemsDTO<SelectionRoundDTO> {
        _ = try req.requirePrincipal()
        let level = try req.stringParameter("level").map { text in
            guard let level = SelectionLevel(rawValue: text) else { throw DomainError.invalidParameter("level", expected: .tpLevelUnknown) }
            return level
        }
        let filter = TypicalProductRepository.RoundFilter(
            year: try req.yearParameter(in: SelectionRoundValidation.years), level: level, provinceCode: req.stringParameter("province"))
        let naming = try await naming(req)
        let today = req.services.today
        return ItemsDTO(
            items: try await req.services.typicalProducts.rounds(filter).map { SelectionRoundDTO($0, jury: nil, naming: naming, today: today) },
            nextCursor: nil)
    }

    static func create(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let input = try req.decodeJSON(SelectionRoundInput.self)
        let services = req.services
        let record = try await services.typicalProducts.createRound(
            try input.draft(), plan: input.plan, geography: try await services.geography.current(), by: principal)
        let response = Response(status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/selection-rounds/\(record.round.id.uuidString.lowercased())")
        try response.content.encode(
            SelectionRoundDTO(record, jury: Jury(roundID: record.round.id, judges: []), naming: try await naming(req), today: services.today),
            as: .json)
        return response
    }

    /// `PUT /api/v1/selection-rounds/{id}`: the round's window, groups, budget and plan, with `version`.
    static func update(_ req: Request) async throws -> SelectionRoundDTO {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        let repository = req.services.typicalProducts
        try await repository.checkOrganiser(of: id, by: principal)
        let input = try req.decodeJSON(SelectionRoundInput.self)
        guard let version = input.version else { throw DomainError.invalidFields([FieldError(field: "version", key: .fieldRequired)]) }
        _ = try await repository.updateRound(id, with: try input.draft(), plan: input.plan, expectedVersion: version, by: principal)
        let bundle = try await repository.bundle(id)
        return SelectionRoundDTO(bundle.record, jury: bundle.panel.jury, naming: try await naming(req), today: req.services.today)
    }

    static func show(_ req: Request) async throws -> SelectionRoundDTO {
        _ = try req.requirePrincipal()
        let bundle = try await req.services.typicalProducts.bundle(try req.uuidParameter("id"))
        return SelectionRoundDTO(bundle.record, jury: bundle.panel.jury, naming: try await naming(req), today: req.services.today)
    }

    /// The round's entries the caller may see.
    static func entries(_ req: Request) async throws -> ItemsDTO<EntryDTO> {
        let principal = try req.requirePrincipal()
        let repository = req.services.typicalProducts
        let bundle = try await repository.bundle(try req.uuidParameter("id"))
        let views = repository.entries(of: bundle, for: principal)
        let documents = try await req.services.dossiers.attached(to: views.map(\.entry.id))
        let language = req.language
        let today = req.services.today
        return ItemsDTO(
            items: views.map { EntryDTO($0, documents: documents[$0.entry.id] ?? [], language: language, today: today) }, nextCursor: nil)
    }

    static func register(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let roundID = try req.uuidParameter("id")
        let input = try req.decodeJSON(EntryInput.self)
        let repository = req.services.typicalProducts
        let entry = try await repository.register(input.draft, roundID: roundID, prior: try input.priorRecognition?.prior(), by: principal)
        let response = Response(status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/entries/\(entry.id.uuidString.lowercased())")
        try response.content.encode(try await ProductEntriesAPI.dto(try await repository.entry(entry.id, for: principal), req: req), as: .json)
        return response
    }

    static func addJudge(_ req: Request) async throws -> SelectionRoundDTO {
        let principal = try req.requirePrincipal()
        let roundID = try req.uuidParameter("id")
        let input = try req.decodeJSON(JudgeInput.self)
        let repository = req.services.typicalProducts
        _ = try await repository.addJudge(
            roundID: roundID, username: input.username,
            relations: (input.relations ?? []).map { ($0.establishmentId, $0.description) }, by: principal)
        let bundle = try await repository.bundle(roundID)
        return SelectionRoundDTO(bundle.record, jury: bundle.panel.jury, naming: try await naming(req), today: req.services.today)
    }

    static func close(_ req: Request) async throws -> SelectionRoundDTO {
        let principal = try req.requirePrincipal()
        let roundID = try req.uuidParameter("id")
        let input = try req.decodeJSON(VersionInput.self)
        let repository = req.services.typicalProducts
        _ = try await repository.closeJudging(roundID, expectedVersion: input.version, by: principal)
        let bundle = try await repository.bundle(roundID)
        return SelectionRoundDTO(bundle.record, jury: bundle.panel.jury, naming: try await naming(req), today: req.services.today)
    }

    static func results(_ req: Request) async throws -> RoundResultsDTO {
        let principal = try req.requirePrincipal()
        let repository = req.services.typicalProducts
        let results = try await repository.results(try req.uuidParameter("id"), by: principal)
        return RoundResultsDTO(results, naming: try await naming(req), today: req.services.today)
    }
}
