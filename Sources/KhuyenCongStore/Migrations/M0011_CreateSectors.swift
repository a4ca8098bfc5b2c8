import FluentKit

/// Ngành nghề: the list of sectors is reference data, editable, because the legal list is only known
/// from secondary sources (domain §6.2 [U]).
struct M0011_CreateSectors: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sectors")
            .field("code", .string, .identifier(auto: false))
            .field("name_vi", .string, .required)
            .field("name_en", .string, .required)
            .field("legal_basis", .string, .required)
            .field("verified", .bool, .required)
            .field("valid_from", .string, .required)
            .field("valid_to", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sectors").delete()
    }
}
