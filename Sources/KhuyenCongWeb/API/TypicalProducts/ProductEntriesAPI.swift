import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// `/api/v1/entries/{id}`: one entry, its checks, sheets, conflicts, recognition and certificate.
/// Every change answers with the entry as the caller now sees it.
enum ProductEntriesAPI {
    static func show(_ req: Request) async throws -> EntryDTO {
        try await current(req, principal: try req.requirePrincipal())
    }

    static func current(_ req: Request, principal: Principal) async throws -> EntryDTO {
        try await dto(try await req.services.typicalProducts.entry(try req.uuidParameter("id"), for: principal), req: req)
    }

    /// The entry with the documents attached to it.
    static func dto(_ view: EntryView, req: Request) async throws -> EntryDTO {
        let documents = try await req.services.dossiers.attached(to: [view.entry.id])[view.entry.id] ?? []
        return EntryDTO(view, documents: documents, language: req.language, today: req.services.today)
    }

    static func attach(_ req: Request) async throws -> EntryDTO {
        let principal = try req.requirePrincipal()
        let input = try req.decodeJSON(AttachInput.self)
        try await req.services.dossiers.attach(input.documentId, to: try req.uuidParameter("id"), by: principal)
        return try await current(req, principal: principal)
    }

    static func check(_ req: Request) async throws -> EntryDTO {
        let principal = try req.requirePrincipal()
        let input = try req.decodeJSON(CheckInput.self)
        let (criterion, outcome) = try input.parsed()
        _ = try await req.services.typicalProducts.recordCheck(
            entryID: try req.uuidParameter("id"), criterion: criterion, outcome: outcome, note: input.note ?? "", by: principal)
        return try await current(req, principal: principal)
    }

    static func score(_ req: Request) async throws -> EntryDTO {
        let principal = try req.requirePrincipal()
        let input = try req.decodeJSON(ScoreInput.self)
        _ = try await req.services.typicalProducts.saveScore(
            input.sheet, entryID: try req.uuidParameter("id"), submit: input.submit ?? true, by: principal)
        return try await current(req, principal: principal)
    }

    static func declareConflict(_ req: Request) async throws -> EntryDTO {
        let principal = try req.requirePrincipal()
        let input = try req.decodeJSON(ConflictInput.self)
        _ = try await req.services.typicalProducts.declareConflict(entryID: try req.uuidParameter("id"), reason: input.reason, by: principal)
        return try await current(req, principal: principal)
    }

    static func recognise(_ req: Request) async throws -> EntryDTO {
        let principal = try req.requirePrincipal()
        let input = try req.decodeJSON(RecognitionInput.self)
        _ = try await req.services.typicalProducts.recognise(
            entryID: try req.uuidParameter("id"), decisionRef: input.decisionRef, decidedOn: try input.day, award: input.award,
            by: principal)
        return try await current(req, principal: principal)
    }

    static func issueCertificate(_ req: Request) async throws -> EntryDTO {
        let principal = try req.requirePrincipal()
        let input = try req.decodeJSON(CertificateInput.self)
        _ = try await req.services.typicalProducts.issueCertificate(
            entryID: try req.uuidParameter("id"), issuedOn: try input.day, issuedBy: input.issuedBy, publish: input.publish ?? true,
            by: principal)
        return try await current(req, principal: principal)
    }
}
