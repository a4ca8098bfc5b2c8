import Foundation
import KhuyenCongCore
import SQLKit

/// Establishments' dossiers: files kept once per establishment (the same bytes uploaded again are
/// the same document) and attached to entries. Who may read a file: whoever may read its
/// establishment, the jury of a round it is attached to, and — for a photo of a product with a
/// published certificate — anyone.
public struct DossierRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    let files = FiledDocumentTable<DossierKind>.establishments

    func establishment(_ id: UUID, sql: any SQLDatabase) async throws -> Establishment {
        guard let found = try await EstablishmentRepository(store: store).find(id, sql: sql)?.establishment else { throw DomainError.notFound }
        return found
    }

    /// Keeps a file in the establishment's dossier, checked by its content. The same bytes uploaded
    /// again return the document already kept (`reused`), nothing written.
    public func upload(
        _ bytes: Data, kind: DossierKind, title: String, establishmentID: UUID, by principal: Principal
    ) async throws -> (document: DossierDocument, reused: Bool) {
        let day = Day(store.now())
        return try await store.write { sql, audit in
            let establishment = try await establishment(establishmentID, sql: sql)
            guard principal.scope.canRead(establishment.area) else { throw DomainError.forbidden }
            try principal.scope.checkCanWrite(establishment.area)
            let mediaType = try DossierUpload.check(bytes, kind: kind, title: title)
            let (document, reused) = try await files.keep(
                bytes, kind: kind, title: title, mediaType: mediaType, owner: establishmentID, by: principal, on: day, sql: sql)
            if reused { return (document, true) }
            try await audit.record(
                actor: Actor(principal), action: "dossier.upload", entityType: "dossier_document", entityID: document.id.stored,
                provinceCode: establishment.provinceCode, before: nil, after: document)
            return (document, false)
        }
    }

    /// The establishment's dossier, newest first.
    public func documents(of establishmentID: UUID, for principal: Principal) async throws -> [DossierDocument] {
        let establishment = try await establishment(establishmentID, sql: store.sql)
        guard principal.scope.canRead(establishment.area) else { throw DomainError.forbidden }
        return try await files.documents(
            files.select(on: store.sql).where("establishment_id", .equal, SQLBind(establishmentID.stored))
                .orderBy("uploaded_on", .descending).orderBy("title"))
    }

    /// The documents attached to each of `entryIDs`.
    public func attached(to entryIDs: [UUID]) async throws -> [UUID: [DossierDocument]] {
        guard !entryIDs.isEmpty else { return [:] }
        struct Link: Decodable {
            let entryId: String
            let documentId: String
        }
        let links = try await store.sql.select().columns("entry_id", "document_id").from("entry_documents")
            .where("entry_id", .in, SQLBind.group(entryIDs.map(\.stored)))
            .all(decoding: Link.self, keyDecodingStrategy: .convertFromSnakeCase)
        guard !links.isEmpty else { return [:] }
        let documents = try await files.documents(
            files.select(on: store.sql).where("id", .in, SQLBind.group(Array(Set(links.map(\.documentId)))))
                .orderBy("kind", .descending).orderBy("title"))
        var result: [UUID: [DossierDocument]] = [:]
        for document in documents {
            for link in links where link.documentId == document.id.stored {
                if let entry = UUID(uuidString: link.entryId) { result[entry, default: []].append(document) }
            }
        }
        return result
    }

    /// Attaches a document of the entry's establishment to the entry: by the establishment's account
    /// or the round's organisers, before judging closes. Attaching it again changes nothing.
    public func attach(_ documentID: UUID, to entryID: UUID, by principal: Principal) async throws {
        let products = TypicalProductRepository(store: store)
        try await store.write { sql, audit in
            let bundle = try await products.bundle(try await products.roundID(ofEntry: entryID, sql: sql), sql: sql)
            guard let entry = bundle.entries.first(where: { $0.id == entryID }) else { throw DomainError.notFound }
            try SelectionAccess.checkMayEnter(
                establishment: bundle.entryAreas[entryID] ?? RecordArea(provinceCode: nil), roundArea: bundle.record.area, by: principal)
            if bundle.record.judgingClosed { throw DomainError(.conflict, .tpJudgingClosed) }
            guard
                let document = try await files.documents(files.select(on: sql).where("id", .equal, SQLBind(documentID.stored))).first
            else { throw DomainError.invalidFields([FieldError(field: "documentId", key: .notFound)]) }
            guard document.establishmentID == entry.establishmentID else {
                throw DomainError.invalidFields([FieldError(field: "documentId", key: .tpDossierOtherEstablishment)])
            }
            let present = try await sql.select().column("document_id").from("entry_documents")
                .where("entry_id", .equal, SQLBind(entryID.stored)).where("document_id", .equal, SQLBind(documentID.stored)).first()
            guard present == nil else { return }
            try await sql.insert(into: "entry_documents").columns("entry_id", "document_id")
                .values(SQLBind(entryID.stored), SQLBind(documentID.stored)).run()
            try await audit.record(
                actor: Actor(principal), action: "product_entry.attach_document", entityType: "product_entry", entityID: entryID.stored,
                provinceCode: bundle.entryAreas[entryID]?.provinceCode, before: nil, after: document)
        }
    }

    /// A file's bytes for `principal` (nil: a visitor). Unknown, or not theirs to read: `notFound`,
    /// so that a visitor cannot probe which documents exist.
    public func content(_ id: UUID, for principal: Principal?) async throws -> (DossierDocument, Data) {
        guard let (document, bytes) = try await files.content(id, on: store.sql) else { throw DomainError.notFound }
        if document.kind == .photo, try await isPublished(id) { return (document, bytes) }
        guard let principal else { throw DomainError.notFound }
        let establishment = try await establishment(document.establishmentID, sql: store.sql)
        if principal.scope.canRead(establishment.area) { return (document, bytes) }
        let onJury = try await store.sql.select().column(SQLColumn("round_id", table: "j")).from(SQLAlias(SQLIdentifier("entry_documents"), as: SQLIdentifier("d")))
            .join(SQLAlias(SQLIdentifier("product_entries"), as: SQLIdentifier("p")), on: SQLColumn("id", table: "p"), .equal, SQLColumn("entry_id", table: "d"))
            .join(SQLAlias(SQLIdentifier("selection_round_judges"), as: SQLIdentifier("j")), on: SQLColumn("round_id", table: "j"), .equal, SQLColumn("round_id", table: "p"))
            .where(SQLColumn("document_id", table: "d"), .equal, SQLBind(id.stored))
            .where(SQLColumn("user_id", table: "j"), .equal, SQLBind(principal.userID.stored)).first()
        guard onJury != nil else { throw DomainError.forbidden }
        return (document, bytes)
    }

    /// Whether the document is attached to an entry holding a published certificate.
    func isPublished(_ id: UUID) async throws -> Bool {
        try await store.sql.select().column(SQLColumn("entry_id", table: "d")).from(SQLAlias(SQLIdentifier("entry_documents"), as: SQLIdentifier("d")))
            .join(SQLAlias(SQLIdentifier("product_certificates"), as: SQLIdentifier("c")), on: SQLColumn("entry_id", table: "c"), .equal, SQLColumn("entry_id", table: "d"))
            .where(SQLColumn("document_id", table: "d"), .equal, SQLBind(id.stored))
            .where(SQLColumn("published", table: "c"), .equal, SQLBind(1)).first() != nil
    }

    /// The first photo of each entry, for the catalogue.
    public func photos(of entryIDs: [UUID]) async throws -> [UUID: UUID] {
        try await attached(to: entryIDs).compactMapValues { $0.first { $0.kind == .photo }?.id }
    }
}
