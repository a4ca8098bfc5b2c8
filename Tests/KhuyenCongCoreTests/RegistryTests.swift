import Foundation
import Testing
@testable import KhuyenCongCore

@Suite struct TaxCodeTests {
    let today = Day(iso: "2026-01-01")!

    @Test(arguments: ["0100109106", "0300588569", " 0101243150 ", "0100109106-001"])
    func acceptsRealCodes(_ text: String) throws {
        let code = try TaxCode.parse(text, on: today).get()
        #expect(code.value == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: [
        ("0100 109 106", "0100109106"), ("0100\u{00A0}109106", "0100109106"), ("\t0100109106-001\n", "0100109106-001"),
        ("0100109106", "0100109106"), ("", ""),
    ])
    func spacesTypedInsideACodeDoNotCount(_ text: String, _ compact: String) throws {
        #expect(TaxCode.compacted(text) == compact)
        if !compact.isEmpty { #expect(try TaxCode.parse(text, on: today).get().value == compact) }
    }

    @Test func rejectsAWrongCheckDigit() {
        #expect(TaxCode.parse("0100109107", on: today) == .failure(.checkDigit))
        #expect(TaxCode.parse("0100109107-001", on: today) == .failure(.checkDigit))
    }

    @Test func theCheckDigitIsTheOneEnterpriseCodeGives() {
        // Every tenth digit against the formula, over prefixes spread through the nine-digit range.
        for prefix in stride(from: 0, to: 999_999_999, by: 7_654_321) {
            let nine = String(String(prefix).reversed()).padding(toLength: 9, withPad: "0", startingAt: 0)
            let valid = TaxCode.enterpriseCode(leadingDigits: nine)
            for last in 0...9 {
                #expect(TaxCode.checkDigitIsValid(Substring(nine + String(last))) == (valid == nine + String(last)), "\(nine)\(last)")
            }
        }
        #expect(!TaxCode.checkDigitIsValid("01001091０6"))
    }

    @Test func rejectsCodesWhoseCheckWouldBeTen() {
        // Σ dᵢ·wᵢ ≡ 0 (mod 11) gives 10, which no code can carry.
        let nine = "000000000"
        #expect(TaxCode.parse(nine + "0", on: today) == .failure(.checkDigit))
    }

    @Test(arguments: ["01001091", "01001091060", "010010910A", "0100109106-01", "0100109106-", ""])
    func rejectsWrongShapes(_ text: String) {
        guard case .failure = TaxCode.parse(text, on: today) else {
            Issue.record("accepted \(text)")
            return
        }
    }

    @Test func personalIDOnlyFromJuly2025() {
        #expect((try? TaxCode.parse("001085012345", on: today).get())?.kind == .personalID)
        #expect(TaxCode.parse("001085012345", on: Day(iso: "2025-06-30")!) == .failure(.personalIDTooEarly))
    }
}

@Suite struct LegalFormTests {
    @Test func parsesCodesAndLabelsInBothLanguages() {
        #expect(LegalForm(parsing: "cooperative") == .cooperative)
        #expect(LegalForm(parsing: "Hợp tác xã") == .cooperative)
        #expect(LegalForm(parsing: "hop tac xa") == .cooperative)
        #expect(LegalForm(parsing: "Business household") == .businessHousehold)
        #expect(LegalForm(parsing: "hộ kinh doanh") == .businessHousehold)
        #expect(LegalForm(parsing: "bank") == nil)
        #expect(LegalForm(parsing: "other_enterprise") == .otherEnterprise)
        #expect(LegalForm(parsing: " Other  Enterprise ") == .otherEnterprise)
        #expect(LegalForm(parsing: "union_of_cooperatives") == .unionOfCooperatives)
        #expect(LegalForm(parsing: "Union of_cooperatives") == .unionOfCooperatives)
    }
}

@Suite struct EstablishmentDraftTests {
    let geography = GeographyFixture.geography
    let today = Day(iso: "2026-01-01")!

    @Test func validDraftResolvesCommuneAndProvince() throws {
        let draft = EstablishmentDraft(
            taxCode: "0100109106", name: "  Hợp tác xã Gốm  ", legalForm: "Hợp tác xã", communeCode: "00583",
            sectors: ["handicrafts"], employees: "60", employeesFemale: "30", founded: "15/03/2010")
        let establishment = try draft.validated(id: UUID(), version: 1, geography: geography, knownSectors: ["handicrafts"], today: today).get()
        #expect(establishment.name == "Hợp tác xã Gốm")
        #expect(establishment.commune == AdminUnitRef(period: .twoTier, code: "00583"))
        #expect(establishment.provinceCode == "01")
        #expect(establishment.foundedOn == Day(iso: "2010-03-15"))
    }

    @Test func everyProblemIsReportedWithItsField() {
        let draft = EstablishmentDraft(
            taxCode: "0100109107", name: "", legalForm: "bank", sizeClass: "huge", communeCode: "99999",
            sectors: ["mining-on-mars"], employees: "10", employeesFemale: "11", phone: "call me", founded: "2030-01-01")
        guard case .failure(let error) = draft.validated(id: UUID(), version: 1, geography: geography, knownSectors: [], today: today) else {
            Issue.record("accepted an invalid draft")
            return
        }
        #expect(Set(error.fields.map(\.field)) == [
            "tax_code", "name", "legal_form", "size_class", "commune_code", "sectors", "employees_female", "phone", "founded_on",
        ])
    }

    @Test func sameContentIgnoresOnlyTheVersion() throws {
        let draft = EstablishmentDraft(taxCode: "0100109106", name: "Cơ sở", legalForm: "cooperative", communeCode: "00583", employees: "5")
        let stored = try draft.validated(id: UUID(), version: 3, geography: geography, knownSectors: [], today: today).get()
        var edited = stored
        edited.version = 4
        #expect(edited.hasSameContent(as: stored))
        edited.employees = 6
        #expect(!edited.hasSameContent(as: stored))
    }

    @Test func anUnreadableTotalIsOneErrorNotAlsoItsParts() {
        let draft = EstablishmentDraft(
            taxCode: "0100109106", name: "Cơ sở", legalForm: "cooperative", communeCode: "00583", employees: "abc", employeesFemale: "2")
        guard case .failure(let error) = draft.validated(id: UUID(), version: 1, geography: geography, knownSectors: [], today: today) else {
            Issue.record("accepted an unreadable total")
            return
        }
        #expect(error.fields == [FieldError(field: "employees", key: .fieldWholeNumber)])
    }
}

extension EstablishmentDraft {
    init(
        taxCode: String, name: String, legalForm: String, sizeClass: String = "micro", communeCode: String,
        sectors: [String] = [], employees: String = "", employeesFemale: String = "", phone: String = "", founded: String = ""
    ) {
        self.init(
            taxCode: taxCode, name: name, legalForm: legalForm, sizeClass: sizeClass, communeCode: communeCode,
            sectors: sectors, employees: employees, employeesFemale: employeesFemale, phone: phone, foundedOn: founded)
    }
}

@Suite struct EligibilityTests {
    let geography = GeographyFixture.geography

    func establishment(
        _ commune: AdminUnitRef, form: LegalForm = .cooperative, size: SizeClass = .small, cleaner: Bool = false
    ) -> Establishment {
        Establishment(
            id: UUID(), taxCode: "0100109106", name: "Cơ sở", legalForm: form, sizeClass: size, commune: commune,
            provinceCode: "01", appliesCleanerProduction: cleaner)
    }

    let ward2025 = AdminUnitRef(period: .twoTier, code: "00004")  // Phường Ba Đình, Hà Nội (central city)
    let provinceWard2025 = AdminUnitRef(period: .twoTier, code: "02200")  // a ward of Tuyên Quang province
    let commune2025 = AdminUnitRef(period: .twoTier, code: "00583")

    @Test func wardOfACentralCityIsExcludedFromOctober2025() {
        let answer = Eligibility.evaluate(establishment(ward2025), on: Day(iso: "2026-03-01")!, geography: geography, craftVillage: nil)
        #expect(answer.rule == .decree235)
        #expect(answer.verdict == .notEligible)
        #expect(answer.explanation(in: .en).hasPrefix("Not eligible on 01/03/2026 because"))
        #expect(answer.explanation(in: .en).contains("ward of the centrally-run city"))
    }

    @Test func aRecognisedCraftVillageMakesTheWardEligible() {
        let village = CraftVillageFacts(name: "Làng lụa", recognisedOn: Day(iso: "2020-01-01"))
        let answer = Eligibility.evaluate(establishment(ward2025), on: Day(iso: "2026-03-01")!, geography: geography, craftVillage: village)
        #expect(answer.verdict == .eligible)
        #expect(answer.explanation(in: .vi).contains("Làng lụa"))
    }

    @Test func wardOfAProvinceAndCommuneOfACityAreEligible() {
        let day = Day(iso: "2026-03-01")!
        #expect(Eligibility.evaluate(establishment(provinceWard2025), on: day, geography: geography, craftVillage: nil).verdict == .eligible)
        #expect(Eligibility.evaluate(establishment(commune2025), on: day, geography: geography, craftVillage: nil).verdict == .eligible)
    }

    @Test func the2012RuleAppliesBefore15October2025() {
        let day = Day(iso: "2025-10-14")!
        let urbanWard = Eligibility.evaluate(
            establishment(AdminUnitRef(period: .threeTier, code: "00118")), on: day, geography: geography, craftVillage: nil)
        #expect(urbanWard.rule == .decree45)
        #expect(urbanWard.verdict == .notEligible)
        let townWard = Eligibility.evaluate(
            establishment(AdminUnitRef(period: .threeTier, code: "09574")), on: day, geography: geography, craftVillage: nil)
        #expect(townWard.verdict == .eligible)
        // The interim: a 2025 ward under the 2012 rule depends on a city class we do not hold.
        let interim = Eligibility.evaluate(establishment(provinceWard2025), on: day, geography: geography, craftVillage: nil)
        #expect(interim.verdict == .undetermined)
    }

    @Test func oldRecordsAreJudgedOnTheirSuccessorUnderTheNewRule() {
        // Old Bát Tràng (2008) → new Bát Tràng (2025), a commune of a central city: eligible.
        let answer = Eligibility.evaluate(
            establishment(AdminUnitRef(period: .threeTier, code: "00583")), on: Day(iso: "2026-01-01")!, geography: geography,
            craftVillage: nil)
        #expect(answer.verdict == .eligible)
        // Old Phường Lê Lợi has no recorded successor: a person must decide.
        let unlinked = Eligibility.evaluate(
            establishment(AdminUnitRef(period: .threeTier, code: "09574")), on: Day(iso: "2026-01-01")!, geography: geography,
            craftVillage: nil)
        #expect(unlinked.verdict == .undetermined)
    }

    @Test func formRuleAndBasisB() {
        let day = Day(iso: "2026-03-01")!
        #expect(Eligibility.evaluate(establishment(commune2025, form: .otherEnterprise, size: .large), on: day, geography: geography, craftVillage: nil).verdict == .notEligible)
        #expect(Eligibility.evaluate(establishment(ward2025, form: .otherEnterprise, size: .large, cleaner: true), on: day, geography: geography, craftVillage: nil).verdict == .eligible)
    }

    @Test func priorityFlagsCarryTheirEvidence() {
        var subject = establishment(commune2025)
        subject.employees = 55
        subject.employeesEthnicMinority = 3
        subject.womanOwned = true
        let flags = Priority.flags(subject, craftVillage: nil)
        #expect(flags.map(\.key) == [.priorityLabourIntensive, .priorityWomanOwned, .priorityEmploysEthnicMinority])
        #expect(flags.first?.arguments["count"] == "55")
    }
}
