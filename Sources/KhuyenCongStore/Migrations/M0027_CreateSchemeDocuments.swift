import FluentKit

/// Schemes' dossiers (issue 4): the registration papers of TT 36/2013 and each later step's, with
/// their bytes in the database like the establishments' dossiers, so that backup, restore and access
/// control cover them. Filed documents are never deleted; a corrected paper is filed again.
struct M0027_CreateSchemeDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("scheme_documents")
            .field("id", .string, .identifier(auto: false))
            .field("scheme_id", .string, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("media_type", .string, .required)
            .field("byte_count", .int, .required)
            .field("sha256", .string, .required)
            .field("content", .data, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_on", .string, .required)
            .unique(on: "scheme_id", "sha256")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("scheme_documents").delete()
    }
}
