import Crypto
import Foundation
import KhuyenCongCore
import SQLKit

/// A dossier table — `dossier_documents` (owner: an establishment) or `scheme_documents` (owner: a
/// scheme) — read and written the same way: the file's facts in columns, its bytes in `content`,
/// one copy per owner and SHA-256.
struct FiledDocumentTable<Kind: DocumentKind>: Sendable {
    let table: String
    let ownerColumn: String

    static var establishments: FiledDocumentTable<DossierKind> { .init(table: "dossier_documents", ownerColumn: "establishment_id") }
    static var schemes: FiledDocumentTable<SchemeDocumentKind> { .init(table: "scheme_documents", ownerColumn: "scheme_id") }

    struct Row: Decodable {
        let id: String
        let ownerId: String
        let kind: String
        let title: String
        let mediaType: String
        let byteCount: Int
        let sha256: String
        let uploadedBy: String
        let uploadedOn: String

        var document: FiledDocument<Kind>? {
            guard let id = UUID(uuidString: id), let owner = UUID(uuidString: ownerId), let kind = Kind(rawValue: kind),
                let day = Day(iso: uploadedOn)
            else { return nil }
            return FiledDocument(
                id: id, ownerID: owner, kind: kind, title: title, mediaType: mediaType, byteCount: byteCount, sha256: sha256,
                uploadedBy: uploadedBy, uploadedOn: day)
        }
    }

    /// Every column but the bytes, the owner's read as `owner_id`.
    var columns: [any SQLExpression] {
        [SQLIdentifier("id"), SQLAlias(SQLIdentifier(ownerColumn), as: SQLIdentifier("owner_id"))]
            + ["kind", "title", "media_type", "byte_count", "sha256", "uploaded_by", "uploaded_on"].map { SQLIdentifier($0) }
    }

    /// `SELECT` of the columns from the table, for the caller to filter and order.
    func select(on sql: any SQLDatabase, withContent: Bool = false) -> SQLSelectBuilder {
        sql.select().columns(columns + (withContent ? [SQLIdentifier("content")] : [])).from(table)
    }

    func documents(_ query: SQLSelectBuilder) async throws -> [FiledDocument<Kind>] {
        try await query.all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.document)
    }

    /// The document and its bytes, or nil when unknown.
    func content(_ id: UUID, on sql: any SQLDatabase) async throws -> (FiledDocument<Kind>, Data)? {
        guard let row = try await select(on: sql, withContent: true).where("id", .equal, SQLBind(id.stored)).first(),
            let document = try row.decode(model: Row.self, keyDecodingStrategy: .convertFromSnakeCase).document
        else { return nil }
        return (document, try row.decode(column: "content", as: Data.self))
    }

    /// Keeps the file for `owner`, or returns the copy already kept (`reused`, nothing written).
    func keep(
        _ bytes: Data, kind: Kind, title: String, mediaType: String, owner: UUID, by principal: Principal, on day: Day,
        sql: any SQLDatabase
    ) async throws -> (document: FiledDocument<Kind>, reused: Bool) {
        let hash = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        if let existing = try await documents(
            select(on: sql).where(SQLIdentifier(ownerColumn), .equal, SQLBind(owner.stored)).where("sha256", .equal, SQLBind(hash))
        ).first {
            return (existing, true)
        }
        let document = FiledDocument(
            id: UUID(), ownerID: owner, kind: kind, title: VietnameseText.trimmed(title), mediaType: mediaType, byteCount: bytes.count,
            sha256: hash, uploadedBy: principal.username, uploadedOn: day)
        try await sql.insert(into: table)
            .columns("id", ownerColumn, "kind", "title", "media_type", "byte_count", "sha256", "uploaded_by", "uploaded_on", "content")
            .values(
                SQLBind(document.id.stored), SQLBind(owner.stored), SQLBind(kind.rawValue), SQLBind(document.title), SQLBind(mediaType),
                SQLBind(bytes.count), SQLBind(hash), SQLBind(principal.username), SQLBind(day.iso), SQLBind(bytes)
            ).run()
        return (document, false)
    }
}
