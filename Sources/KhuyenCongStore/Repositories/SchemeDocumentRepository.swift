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

    let files = FiledDocumentTable<SchemeDocumentKind>.schemes

    var schemes: SchemeRepository { SchemeRepository(store: store) }

    /// Files a document in the scheme's dossier, checked by its content. The same bytes filed again
    /// return the document already kept (`reused`), nothing written. Access is checked before the
    /// input (a nil `kind` is one not in the list), so that a caller who may not file hears only that.
    public func upload(
        _ bytes: Data, kind: SchemeDocumentKind?, title: String, schemeID: UUID, by principal: Principal
    ) async throws -> (document: SchemeDocument, reused: Bool) {
        let day = Day(store.now())
        let scheme = try await schemes.get(schemeID, scope: principal.scope)
        guard SchemeDocumentUpload.mayUpload(scheme, by: principal) else { throw DomainError.forbidden }
        let (kind, mediaType) = try SchemeDocumentUpload.check(bytes, kind: kind, title: title)
        return try await store.write { sql, audit in
            let (document, reused) = try await files.keep(
                bytes, kind: kind, title: title, mediaType: mediaType, owner: schemeID, by: principal, on: day, sql: sql)
            if reused { return (document, true) }
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
        return try await files.documents(
            files.select(on: store.sql).where("scheme_id", .equal, SQLBind(schemeID.stored)).orderBy("uploaded_on", .descending)
                .orderBy("title")
        ).enumerated().sorted { (order[$0.element.kind] ?? 0, $0.offset) < (order[$1.element.kind] ?? 0, $1.offset) }.map(\.element)
    }

    /// A file's bytes, for whoever may read its scheme. Unknown: `notFound`; another's: `forbidden`,
    /// as for the scheme itself.
    public func content(_ id: UUID, for principal: Principal) async throws -> (SchemeDocument, Data) {
        guard let (document, bytes) = try await files.content(id, on: store.sql) else { throw DomainError.notFound }
        _ = try await schemes.get(document.schemeID, scope: principal.scope)
        return (document, bytes)
    }
}
