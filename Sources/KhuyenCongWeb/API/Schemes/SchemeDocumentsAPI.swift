import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// `GET /api/v1/schemes/{id}/documents`: the dossier, what the scheme's state expects of it and
/// what it still lacks.
struct SchemeDossierDTO: Content {
    struct Kind: Content {
        let code: String
        let label: String
    }

    let items: [FiledDocumentDTO]
    let expected: [Kind]
    let missing: [Kind]
}

/// Schemes' dossiers: file (the file as the body), list, download.
enum SchemeDocumentsAPI {
    /// `POST /api/v1/schemes/{id}/documents?kind=…&title=…`: 201 with the new document, or 200 with
    /// the one already kept when the same file was filed before.
    static func upload(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let scheme = try req.uuidParameter("id")
        let kind = SchemeDocumentKind(rawValue: req.stringParameter("kind") ?? "")
        let bytes = req.body.data.map { Data($0.readableBytesView) } ?? Data()
        let (document, reused) = try await req.services.schemeDocuments.upload(
            bytes, kind: kind, title: req.stringParameter("title") ?? "", schemeID: scheme, by: principal)
        let response = Response(status: reused ? .ok : .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/scheme-documents/\(document.id.uuidString.lowercased())")
        try response.content.encode(FiledDocumentDTO(document, language: req.language, reused: reused), as: .json)
        return response
    }

    static func list(_ req: Request) async throws -> SchemeDossierDTO {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        let scheme = try await req.services.schemes.get(id, scope: principal.scope)
        let documents = try await req.services.schemeDocuments.documents(of: id)
        let expected = SchemeDossier.expected(for: scheme)
        func kinds(_ list: [SchemeDocumentKind]) -> [SchemeDossierDTO.Kind] {
            list.map { SchemeDossierDTO.Kind(code: $0.rawValue, label: Messages.text($0.labelKey, req.language)) }
        }
        return SchemeDossierDTO(
            items: documents.map { FiledDocumentDTO($0, language: req.language) }, expected: kinds(expected),
            missing: kinds(SchemeDossier.missing(expected, in: documents)))
    }

    /// `GET /api/v1/scheme-documents/{id}` and `/scheme-documents/{id}` for the pages.
    static func download(_ req: Request) async throws -> Response {
        let (document, bytes) = try await req.services.schemeDocuments.content(try req.uuidParameter("id"), for: try req.requirePrincipal())
        return .storedFile(bytes, mediaType: document.mediaType, id: document.id)
    }
}
