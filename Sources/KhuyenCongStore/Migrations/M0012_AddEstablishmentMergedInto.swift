import FluentKit

/// A probable duplicate confirmed by a person is merged into the record that stays: it keeps its
/// row and its audit history, points at the survivor, and drops out of lists and counts.
struct M0012_AddEstablishmentMergedInto: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("establishments").field("merged_into", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("establishments").deleteField("merged_into").update()
    }
}
