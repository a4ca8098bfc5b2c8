import FluentKit
import SQLKit

/// The one ordered list of schema changes. Append only: a migration that has shipped is never
/// edited or reordered (style.md §8); a change to the schema is a new migration at the end.
public enum StoreMigrations {
    public static let all: [any Migration] = [
        M0001_CreateAdminUnits(),
        M0002_CreateUnitSuccessions(),
        M0003_CreateReferenceDatasets(),
        M0004_CreateOrganisations(),
        M0005_CreateUsers(),
        M0006_CreateSessions(),
        M0007_CreateAuditLog(),
        M0008_CreateLoginFailures(),
        M0009_CreateEstablishments(),
        M0010_CreateCraftVillagesAndArtisans(),
        M0011_CreateSectors(),
        M0012_AddEstablishmentMergedInto(),
        M0013_CreateEstablishmentSearch(),
        M0014_CreateSchemes(),
        M0015_CreateRateTables(),
        M0016_CreateProvinceSchemeSettings(),
        M0017_CreateSchemeAdjustments(),
        M0018_CreateProgrammesAndPlans(),
        M0019_CreateSchemeMoney(),
        M0020_AddTransitionMembers(),
        M0021_CreateTypicalProducts(),
        M0022_CreateDossiers(),
        M0023_CreateSelectionParameters(),
        M0024_AddRoundCouncil(),
        M0025_DeferrableEstablishmentSearch(),
        M0026_CoveringSortIndex(),
        M0027_CreateSchemeDocuments(),
        M0028_RankedEstablishmentSearch(),
    ]
}

extension Database {
    var sql: any SQLDatabase { self as! any SQLDatabase }

    /// PostgreSQL and SQLite differ in a few DDL statements (triggers); those sit behind this check
    /// and are tested on both.
    var isPostgres: Bool { sql.dialect.name == "postgresql" }

    func createIndex(_ name: String, on table: String, columns: [String], unique: Bool = false) async throws {
        var builder = sql.create(index: name).on(table)
        if unique { builder = builder.unique() }
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }
}
