import FluentKit
import KhuyenCongCore
import KhuyenCongStore
import SQLKit
import TestSupport
import Testing

@Suite("Reference data: the official unit tables")
struct ReferenceDataTests {
    @Test("both tables load with the official counts", arguments: TestBackend.available)
    func counts(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let geography = try await GeographyRepository(store: store).load()
            #expect(geography.units(level: .province, on: .of("2026-01-01")).count == 34)
            #expect(geography.units(level: .commune, on: .of("2026-01-01")).count == 3321)
            #expect(geography.units(level: .province, on: .of("2025-06-30")).count == 63)
            #expect(geography.units(level: .district, on: .of("2025-06-30")).count == 696)
            #expect(geography.units(level: .commune, on: .of("2025-06-30")).count == 10051)
        }
    }

    @Test("loading again changes nothing", arguments: TestBackend.available)
    func idempotent(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let auditBefore = try await AuditLog(store: store).count(scope: .everything)
            try await store.migrate()
            let rows = try await store.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from("admin_units").first(decodingColumn: "n", as: Int.self)
            #expect(rows == 63 + 696 + 10051 + 34 + 3321)
            #expect(try await AuditLog(store: store).count(scope: .everything) == auditBefore)
        }
    }

    @Test("province succession re-aggregates old records onto today's provinces", arguments: TestBackend.available)
    func succession(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let geography = try await GeographyRepository(store: store).load()
            let today = Day.of("2026-01-01")
            // Old Hà Giang (02) went into Tuyên Quang (08); old Quảng Bình (44) into Quảng Trị, which took code 44.
            let haGiang = try #require(geography.unit(AdminUnitRef(period: .threeTier, code: "02")))
            #expect(geography.successors(of: haGiang, on: today).map(\.name) == ["Tuyên Quang"])
            let oldQuangTri = try #require(geography.unit(AdminUnitRef(period: .threeTier, code: "45")))
            #expect(geography.currentProvince(of: oldQuangTri, on: today)?.ref == AdminUnitRef(period: .twoTier, code: "44"))
            // Any commune of old Hà Giang counts under Tuyên Quang today.
            let oldDistrict = try #require(geography.children(of: haGiang).first)
            let oldCommune = try #require(geography.children(of: oldDistrict).first)
            #expect(geography.currentProvince(of: oldCommune, on: today)?.code == "08")
            // Before the reform the unit stands for itself.
            #expect(geography.successors(of: haGiang, on: .of("2025-06-30")) == [haGiang])
        }
    }

    @Test("reference organisations exist for every current province", arguments: TestBackend.available)
    func organisations(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let count = try await OrganisationRepository(store: store).count(scope: .everything)
            #expect(count == 1 + 3 + 34 * 2)
        }
    }
}
