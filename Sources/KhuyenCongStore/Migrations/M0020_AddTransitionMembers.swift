import FluentKit

/// Who sat on the appraisal council or team when a step records an appraisal (domain §4.3
/// AppraisalRecord), one name per line.
struct M0020_AddTransitionMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("scheme_transitions").field("members", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("scheme_transitions").deleteField("members").update()
    }
}
