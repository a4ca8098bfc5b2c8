import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// Establishments' dossiers: upload once (the file as the body), list, download, attach to entries.
enum DossierAPI {
    /// `POST /api/v1/establishments/{id}/documents?kind=photo|document&title=…`: 201 with the new
    /// document, or 200 with the one already kept when the same file was uploaded before.
    static func upload(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let establishment = try req.uuidParameter("id")
        let kind = try req.stringParameter("kind").map { text in
            guard let kind = DossierKind(rawValue: text) else { throw DomainError.invalidParameter("kind", expected: .tpDossierKindUnknown) }
            return kind
        } ?? .document
        let bytes = req.body.data.map { Data($0.readableBytesView) } ?? Data()
        let (document, reused) = try await req.services.dossiers.upload(
            bytes, kind: kind, title: req.stringParameter("title") ?? "", establishmentID: establishment, by: principal)
        let response = Response(status: reused ? .ok : .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/documents/\(document.id.uuidString.lowercased())")
        try response.content.encode(FiledDocumentDTO(document, language: req.language, reused: reused), as: .json)
        return response
    }

    static func list(_ req: Request) async throws -> ItemsDTO<FiledDocumentDTO> {
        let principal = try req.requirePrincipal()
        let documents = try await req.services.dossiers.documents(of: try req.uuidParameter("id"), for: principal)
        return ItemsDTO(items: documents.map { FiledDocumentDTO($0, language: req.language) }, nextCursor: nil)
    }

    /// `GET /api/v1/documents/{id}` and `/documents/{id}` for the pages: the file itself.
    static func download(_ req: Request) async throws -> Response {
        let (document, bytes) = try await req.services.dossiers.content(try req.uuidParameter("id"), for: req.principal)
        return .storedFile(bytes, mediaType: document.mediaType, id: document.id)
    }
}
