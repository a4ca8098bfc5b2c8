import FluentKit

/// The one versioned record of typical-product selection parameters (regions, scoring rules,
/// certificate validity), kept as JSON: absent until the Cục first changes the defaults.
struct M0023_CreateSelectionParameters: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("selection_parameters")
            .field("id", .int, .identifier(auto: false))
            .field("value", .string, .required)
            .field("version", .int, .required)
            .field("updated_at", .int64, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("selection_parameters").delete()
    }
}
