import FluentKit

/// Establishments' dossiers (issue 5): photos and documents kept once, with their bytes in the
/// database so that backup, restore and access control cover them like every other record, and
/// the entries they are attached to.
struct M0022_CreateDossiers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("dossier_documents")
            .field("id", .string, .identifier(auto: false))
            .field("establishment_id", .string, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("media_type", .string, .required)
            .field("byte_count", .int, .required)
            .field("sha256", .string, .required)
            .field("content", .data, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_on", .string, .required)
            .unique(on: "establishment_id", "sha256")
            .create()
        try await database.schema("entry_documents")
            .field("entry_id", .string, .required)
            .field("document_id", .string, .required)
            .unique(on: "entry_id", "document_id")
            .create()
        try await database.createIndex("entry_documents_by_document", on: "entry_documents", columns: ["document_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("entry_documents").delete()
        try await database.schema("dossier_documents").delete()
    }
}
