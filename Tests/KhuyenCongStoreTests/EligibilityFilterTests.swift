import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing

@Suite("Eligibility filter: the SQL form of the rule agrees with Eligibility.evaluate")
struct EligibilityFilterTests {
    @Test("every establishment is listed under exactly the verdict evaluate gives it", arguments: TestBackend.available)
    func agrees(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let geography = try await GeographyRepository(store: store).load()
            let today = Day(year: 2026, month: 3, day: 1)!
            let repository = EstablishmentRepository(store: store)
            _ = try await repository.seedSynthetic(count: 150, seed: 7, provinceCode: "01", geography: geography, today: today, actor: .system)
            // A ward of Hà Nội (a central city: not eligible by location) holding a recognised craft
            // village, a large enterprise, a form that is never rural, and basis (b) in a ward.
            let ward = try #require(geography.units(level: .commune, on: today, provinceCode: "01").first { $0.kind == .ward })
            let village = try await CraftVillageRepository(store: store).create(
                CraftVillage(
                    id: UUID(), name: "Làng nghề thử", commune: ward.ref, provinceCode: "01", decisionRef: "QĐ 1/2020",
                    recognisedOn: Day(year: 2020, month: 1, day: 1)),
                referenceKey: nil, actor: .system)
            func make(_ tax: String, _ form: LegalForm, size: SizeClass = .small, cleaner: Bool = false, village: UUID? = nil) -> Establishment {
                var e = Establishment(
                    id: UUID(), taxCode: tax, name: "Cơ sở \(tax)", legalForm: form, sizeClass: size, commune: ward.ref,
                    provinceCode: "01", address: "", sectors: [], employees: 5, appliesCleanerProduction: cleaner)
                e.craftVillageID = village
                return e
            }
            let admin = try await UserRepository(store: store).create(
                AccountDraft(username: "admin", displayName: "A", role: .ministryAdmin, provinceCode: nil), provinceCode: nil,
                passwordHash: "x", actor: .system)
            for establishment in [
                make("0100109106", .cooperative, village: village.id), make("0300588569", .sme, size: .large),
                make("0101243150", .otherEnterprise), make("0100100079", .businessHousehold, cleaner: true),
                make("0100100008", .businessHousehold),
            ] {
                try await repository.create(establishment, by: admin)
            }

            let all = try await repository.list(scope: .everything, limit: 1000, after: nil).items
            for day in [today, Day(year: 2025, month: 3, day: 1)!] {
                var expected: [EligibilityAnswer.Verdict: Set<UUID>] = [:]
                for establishment in all {
                    let facts = try await CraftVillageRepository(store: store).facts(for: establishment)
                    let verdict = Eligibility.evaluate(establishment, on: day, geography: geography, craftVillage: facts).verdict
                    expected[verdict, default: []].insert(establishment.id)
                }
                for verdict in [EligibilityAnswer.Verdict.eligible, .notEligible, .undetermined] {
                    let filter = EligibilityFilter(verdict: verdict, on: day, geography: geography)
                    let listed = try await repository.list(scope: .everything, filter: .init(eligibility: filter), limit: 1000, after: nil)
                    #expect(Set(listed.items.map(\.id)) == expected[verdict] ?? [], "\(verdict) on \(day.iso)")
                }
                #expect(expected.values.map(\.count).reduce(0, +) == all.count)
            }
            #expect(all.count == 155)
        }
    }
}
