import FluentKit

/// A round's organiser as named in its plan, its council (one member per line: name — position) and
/// the council's quota of recognitions, if any (domain §4.4, §8.1).
struct M0024_AddRoundCouncil: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("selection_rounds").field("organiser", .string).update()
        try await database.schema("selection_rounds").field("council", .string).update()
        try await database.schema("selection_rounds").field("quota", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("selection_rounds").deleteField("quota").update()
        try await database.schema("selection_rounds").deleteField("council").update()
        try await database.schema("selection_rounds").deleteField("organiser").update()
    }
}
