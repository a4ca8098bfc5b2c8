import FluentKit

/// Which version (checksum) of each shipped reference table is loaded, so loading is idempotent.
struct M0003_CreateReferenceDatasets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("reference_datasets")
            .field("name", .string, .identifier(auto: false))
            .field("checksum", .string, .required)
            .field("rows", .int, .required)
            .field("loaded_at", .int64, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("reference_datasets").delete()
    }
}
