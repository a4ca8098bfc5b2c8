import Foundation
import KhuyenCongCore
import Testing

/// Planning a selection round: window, year, the level's area code, the end of district rounds
/// (domain §4.4, §5.6; G4).
@Suite struct TypicalProductsRoundTests {
    private func draft(
        _ level: SelectionLevel = .province, year: Int = 2026, commune: String? = nil, district: String? = nil,
        province: String? = "19", region: String? = nil, opens: String = "01/03/2026", closes: String = "30/04/2026"
    ) -> SelectionRoundDraft {
        SelectionRoundDraft(
            level: level, year: year, communeCode: commune, districtCode: district, provinceCode: province,
            regionCode: region, registrationOpens: TP.day(opens), registrationCloses: TP.day(closes))
    }

    private func fields(_ draft: SelectionRoundDraft) -> [String: MessageKey] {
        Dictionary(
            SelectionRoundValidation.errors(in: draft, regions: .historicThree).map { ($0.field, $0.key) },
            uniquingKeysWith: { first, _ in first })
    }

    @Test func aProvincialRoundIsBuiltWithItsProvince() throws {
        let round = try SelectionRound(id: TP.id(1), validating: draft())

        #expect(round.scope == .province("19"))
        #expect(round.level == .province)
        #expect(round.groups == Set(ProductGroup.allCases))
        #expect(round.acceptsRegistration(on: TP.day("01/03/2026")))
        #expect(round.acceptsRegistration(on: TP.day("30/04/2026")))
        #expect(!round.acceptsRegistration(on: TP.day("01/05/2026")))
    }

    @Test func theWindowMustNotCloseBeforeItOpens() {
        let errors = fields(draft(opens: "30/04/2026", closes: "01/03/2026"))

        #expect(errors["registrationCloses"] == .tpRoundWindowOrder)
    }

    @Test func theWindowMustFitTheRoundsYear() {
        #expect(fields(draft(year: 2027))["registrationCloses"] == .tpRoundWindowOutsideYear)
        #expect(
            fields(draft(year: 2026, opens: "01/12/2024", closes: "30/01/2026"))["registrationOpens"]
                == .tpRoundWindowOutsideYear)
        // A plan issued in December may open registration for next year's round.
        #expect(fields(draft(year: 2026, opens: "15/12/2025", closes: "31/03/2026")).isEmpty)
    }

    @Test func theYearMustBeOneTheSystemKnows() {
        #expect(fields(draft(year: 2050, opens: "01/03/2050", closes: "30/04/2050"))["year"] == .tpRoundYearOutOfRange)
    }

    @Test func eachLevelNeedsItsOwnCodeAndNoOther() {
        let national = fields(draft(.national, province: "19"))
        let commune = fields(draft(.commune, commune: nil, province: nil))
        let region = fields(draft(.region, province: nil, region: "west"))
        let provinceShape = fields(draft(province: "019"))
        let communeWithProvince = fields(draft(.commune, commune: "05977", province: "19"))

        #expect(national == ["provinceCode": .tpRoundCodeNotForLevel])
        #expect(commune == ["communeCode": .fieldRequired])
        #expect(region == ["regionCode": .tpRoundRegionUnknown])
        #expect(provinceShape == ["provinceCode": .tpRoundCodeShape])
        #expect(communeWithProvince == ["provinceCode": .tpRoundCodeNotForLevel])
        #expect(fields(draft(.national, province: " ")).isEmpty, "a blank code counts as absent")
    }

    @Test func districtRoundsEndWithTheDistrictTier() throws {
        let before = draft(
            .district, year: 2025, district: "164", province: nil, opens: "02/01/2025", closes: "30/06/2025")
        let onTheDay = draft(
            .district, year: 2025, district: "164", province: nil, opens: "01/07/2025", closes: "30/09/2025")

        let round = try SelectionRound(id: TP.id(9), validating: before)
        let error = #expect(throws: DomainError.self) { try SelectionRound(id: TP.id(9), validating: onTheDay) }

        #expect(round.scope == .district("164"))
        #expect(error?.fields == [FieldError(field: "level", key: .tpRoundDistrictAbolished)])
        #expect(!SelectionLevel.district.exists(on: TP.day("01/07/2025")))
        #expect(SelectionLevel.district.exists(on: TP.day("30/06/2025")))
    }

    @Test func aRoundNeedsAGroupAndAWholeBudget() {
        var empty = draft()
        empty.groups = []
        empty.budget = -1

        let errors = fields(empty)

        #expect(errors["groups"] == .tpRoundNeedsGroups)
        #expect(errors["budget"] == .fieldWholeNumber)
    }

    @Test func everyErrorIsReportedAtOnce() {
        let errors = SelectionRoundValidation.errors(
            in: draft(.region, province: "19", region: nil, opens: "01/05/2026", closes: "01/03/2026"),
            regions: .historicThree)

        #expect(Set(errors.map(\.field)) == ["registrationCloses", "provinceCode", "regionCode"])
    }
}

/// The default grouping of today's 34 provinces into the three historic regions (domain G6) [U].
@Suite struct TypicalProductsRegionTests {
    /// The 34 province codes of QĐ 19/2025 (shared/data/admin-units-2025.csv).
    static let provinces2025 = [
        "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40",
        "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96",
    ]

    @Test func everyProvinceIsInExactlyOneRegion() {
        let table = RegionTable.historicThree

        #expect(table.regions.map(\.code) == ["north", "central", "south"])
        #expect(table.provincesInSeveralRegions == [])
        #expect(table.regions.flatMap(\.provinceCodes).sorted() == Self.provinces2025)
        #expect(!table.verified, "the grouping awaits confirmation by the Cục")
    }

    @Test func regionOfFindsTheProvincesRegion() {
        let table = RegionTable.historicThree

        #expect(table.regionOf(provinceCode: "19")?.code == "north")
        #expect(table.regionOf(provinceCode: "48")?.code == "central")
        #expect(table.regionOf(provinceCode: "68")?.code == "central")
        #expect(table.regionOf(provinceCode: "79")?.code == "south")
        #expect(table.regionOf(provinceCode: "99") == nil)
        #expect(table.region(code: "south")?.name(in: .en) == "Southern region")
    }

    @Test func anotherTableCanRegroupTheProvinces() throws {
        let table = RegionTable(
            regions: [
                SelectionRegion(
                    code: "highlands", name: "Tây Nguyên", englishName: "Central Highlands",
                    provinceCodes: ["52", "66"]),
                SelectionRegion(code: "coast", name: "Duyên hải", englishName: "Coast", provinceCodes: ["48", "66"]),
            ],
            verified: false)
        let draft = SelectionRoundDraft(
            level: .region, year: 2026, regionCode: "highlands", registrationOpens: TP.day("01/08/2026"),
            registrationCloses: TP.day("30/09/2026"))

        let round = try SelectionRound(id: TP.id(7), validating: draft, regions: table)

        #expect(round.scope == .region("highlands"))
        #expect(table.provincesInSeveralRegions == ["66"])
        #expect(SelectionRoundValidation.errors(in: draft, regions: .historicThree).map(\.field) == ["regionCode"])
    }
}
