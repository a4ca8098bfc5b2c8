import Foundation
import KhuyenCongCore
import Testing

/// Entry to a level from recognition at the level below (domain §5.6).
@Suite struct TypicalProductsNominationTests {
    private func round(
        _ level: SelectionLevel, year: Int, opens: String, closes: String, code: String? = nil
    ) -> SelectionRound {
        TP.round(
            SelectionRoundDraft(
                level: level, year: year, communeCode: level == .commune ? code : nil,
                districtCode: level == .district ? code : nil, provinceCode: level == .province ? code : nil,
                regionCode: level == .region ? code : nil, registrationOpens: TP.day(opens),
                registrationCloses: TP.day(closes)))
    }

    @Test func eachLevelIsFedByTheOneBelow() {
        let commune = round(.commune, year: 2026, opens: "01/02/2026", closes: "28/02/2026", code: "05977")
        let oldDistrict = round(.district, year: 2024, opens: "01/03/2024", closes: "30/04/2024", code: "164")
        let oldProvince = round(.province, year: 2024, opens: "01/06/2024", closes: "31/07/2024", code: "19")
        let province = round(.province, year: 2026, opens: "01/03/2026", closes: "30/04/2026", code: "19")
        let region = round(.region, year: 2026, opens: "01/08/2026", closes: "30/09/2026", code: "north")
        let national = round(.national, year: 2027, opens: "01/03/2027", closes: "30/04/2027")

        #expect(Nomination.feederLevels(for: commune) == [])
        #expect(Nomination.feederLevels(for: oldDistrict) == [])
        #expect(Nomination.feederLevels(for: oldProvince) == [.district])
        #expect(Nomination.feederLevels(for: province) == [.commune, .district])
        #expect(Nomination.feederLevels(for: region) == [.province])
        #expect(Nomination.feederLevels(for: national) == [.region])
    }

    @Test func theLowestLevelTakesDirectEntries() throws {
        let commune = round(.commune, year: 2026, opens: "01/02/2026", closes: "28/02/2026", code: "05977")

        try Nomination.check(round: commune, recognitions: [], on: TP.day("10/02/2026"))
    }

    @Test func aProductNotRecognisedBelowIsRefusedNamingBothLevels() {
        let region = TP.northRound()
        let onlyCommune = [TP.communeRecognition()]

        let error = #expect(throws: DomainError.self) {
            try Nomination.check(round: region, recognitions: onlyCommune, on: TP.day("15/08/2026"))
        }

        #expect(
            error
                == DomainError(
                    .conflict, .tpNominationNeedsRecognition,
                    labels: ["level": .tpLevelRegion, "below": .tpLevelProvince]))
        #expect(
            error?.message(in: .vi)
                == "Sản phẩm dự bình chọn cấp khu vực phải là sản phẩm CNNT tiêu biểu đã được công nhận cấp tỉnh.")
    }

    @Test func aDistrictRecognitionFromBeforeTheReformStillFeedsAProvincialRound() throws {
        let province = TP.provinceRound()
        let district = PriorRecognition(level: .district, year: 2024, reference: "12/QĐ-UBND huyện Đại Từ")

        try Nomination.check(round: province, recognitions: [district], on: TP.day("15/03/2026"))
    }

    @Test func aLapsedRecognitionIsRefusedWithItsLastValidDay() {
        let national = round(.national, year: 2030, opens: "01/03/2030", closes: "30/04/2030")
        let regional = PriorRecognition(level: .region, year: 2026, reference: "TB-REGION-NORTH-2026-0001")

        let error = #expect(throws: DomainError.self) {
            try Nomination.check(round: national, recognitions: [regional], on: TP.day("10/03/2030"))
        }

        #expect(error?.key == .tpNominationRecognitionExpired)
        #expect(error?.arguments["date"] == "31/12/2029")
        #expect(error?.labels["below"] == .tpLevelRegion)
    }

    @Test func aCertificatesOwnValidityWinsOverTheYearsReading() throws {
        let national = round(.national, year: 2027, opens: "01/03/2027", closes: "30/04/2027")
        let shortened = PriorRecognition(
            level: .region, year: 2024, reference: "TB-REGION-NORTH-2024-0003", validUntil: TP.day("31/12/2026"))

        #expect(throws: DomainError.self) {
            try Nomination.check(round: national, recognitions: [shortened], on: TP.day("01/03/2027"))
        }
    }

    @Test func aRecognitionLaterThanTheRoundDoesNotCount() {
        let national = round(.national, year: 2027, opens: "01/03/2027", closes: "30/04/2027")
        let later = PriorRecognition(level: .region, year: 2028, reference: "x")

        #expect(Nomination.admittingRecognition(for: national, among: [later], on: TP.day("01/03/2027")) == nil)
    }
}
