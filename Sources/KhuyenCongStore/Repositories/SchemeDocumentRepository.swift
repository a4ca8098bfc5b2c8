import Crypto
import Foundation
import KhuyenCongCore
import SQLKit

/// Schemes' dossiers: files filed once per scheme (the same bytes filed again are the same
/// document), read by whoever may read the scheme, filed by whoever may write it.
public struct SchemeDocumentRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    struct Row: Decodable {
        let id: String
        let schemeId: String
        let kind: String
        let title: String
        let mediaType: String
        let byteCount: Int
        let sha256: String
        let uploadedBy: String
        let uploadedOn: String

        var document: SchemeDocument? {
            guard let id = UUID(uuidString: id), let scheme = UUID(uuidString: schemeId),
                let kind = SchemeDocumentKind(rawValue: kind), let day = Day(iso: uploadedOn)
            else { return nil }
            return SchemeDocument(
                id: id, schemeID: scheme, kind: kind, title: title, mediaType: mediaType, byteCount: byteCount, sha256: sha256,
                uploadedBy: uploadedBy, uploadedOn: day)
        }
    }

    static let columns = ["id", "scheme_id", "kind", "title", "media_type", "byte_count", "sha256", "uploaded_by", "uploaded_on"]

    var schemes: SchemeRepository { SchemeRepository(store: store) }

    /// Files a document in the scheme's dossier, checked by its content. The same bytes filed again
    /// return the document already kept (`reused`), nothing written. Access is checked before the
    /// input (a nil `kind` is one not in the list), so that a caller who may not file hears only that.
    public func upload(
        _ bytes: Data, kind: SchemeDocumentKind?, title: String, schemeID: UUID, by principal: Principal
    ) async throws -> (document: SchemeDocument, reused: Bool) {
        let day = Day(store.now())
        let scheme = try await schemes.get(schemeID, scope: principal.scope)
        guard !principal.role.isReadOnly, SchemeDocumentUpload.mayUpload(scheme, by: principal) else { throw DomainError.forbidden }
        let (kind, mediaType) = try SchemeDocumentUpload.check(bytes, kind: kind, title: title)
        let hash = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        return try await store.write { sql, audit in
            if let existing = try await sql.select().columns(Self.columns.map { SQLIdentifier($0) }).from("scheme_documents")
                .where("scheme_id", .equal, SQLBind(schemeID.stored)).where("sha256", .equal, SQLBind(hash))
                .first(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)?.document
            {
                return (existing, true)
            }
            let document = SchemeDocument(
                id: UUID(), schemeID: schemeID, kind: kind, title: VietnameseText.trimmed(title), mediaType: mediaType,
                byteCount: bytes.count, sha256: hash, uploadedBy: principal.username, uploadedOn: day)
            try await sql.insert(into: "scheme_documents").columns(Self.columns + ["content"])
                .values(
                    SQLBind(document.id.stored), SQLBind(schemeID.stored), SQLBind(kind.rawValue), SQLBind(document.title),
                    SQLBind(mediaType), SQLBind(bytes.count), SQLBind(hash), SQLBind(principal.username), SQLBind(day.iso), SQLBind(bytes)
                ).run()
            try await audit.record(
                actor: Actor(principal), action: "scheme_document.upload", entityType: "scheme", entityID: schemeID.stored,
                provinceCode: scheme.provinceCode, before: nil, after: document)
            return (document, false)
        }
    }

    /// The scheme's dossier in the order of the kinds, newest first within a kind.
    public func documents(of schemeID: UUID, for principal: Principal) async throws -> [SchemeDocument] {
        _ = try await schemes.get(schemeID, scope: principal.scope)
        return try await documents(of: schemeID)
    }

    /// Without an access check: for callers that have already read the scheme.
    public func documents(of schemeID: UUID) async throws -> [SchemeDocument] {
        let order = Dictionary(uniqueKeysWithValues: SchemeDocumentKind.allCases.enumerated().map { ($1, $0) })
        return try await store.sql.select().columns(Self.columns.map { SQLIdentifier($0) }).from("scheme_documents")
            .where("scheme_id", .equal, SQLBind(schemeID.stored)).orderBy("uploaded_on", .descending).orderBy("title")
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.document)
            .enumerated().sorted { (order[$0.element.kind] ?? 0, $0.offset) < (order[$1.element.kind] ?? 0, $1.offset) }.map(\.element)
    }

    /// A file's bytes, for whoever may read its scheme. Unknown: `notFound`; another's: `forbidden`,
    /// as for the scheme itself.
    public func content(_ id: UUID, for principal: Principal) async throws -> (SchemeDocument, Data) {
        struct Full: Decodable {
            let content: Data
        }
        guard let row = try await store.sql.select().columns((Self.columns + ["content"]).map { SQLIdentifier($0) })
            .from("scheme_documents").where("id", .equal, SQLBind(id.stored)).first(),
            let document = try row.decode(model: Row.self, keyDecodingStrategy: .convertFromSnakeCase).document
        else { throw DomainError.notFound }
        _ = try await schemes.get(document.schemeID, scope: principal.scope)
        return (document, try row.decode(model: Full.self).content)
    }
}
