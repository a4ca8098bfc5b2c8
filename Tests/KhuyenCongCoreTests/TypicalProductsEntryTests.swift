import Foundation
import KhuyenCongCore
import Testing

/// Entering a product: its fields, the registration window, duplicates (domain §4.4, §8.1).
@Suite struct TypicalProductsEntryTests {
    private let round = TP.provinceRound()

    private func register(
        _ draft: ProductEntryDraft = TP.draft(), on text: String = "15/03/2026", existing: [ProductEntry] = [],
        recognitions: [PriorRecognition] = [TP.communeRecognition()]
    ) throws(DomainError) -> ProductEntry {
        try EntryRegistration.register(
            draft, in: round, id: TP.id(301), on: TP.day(text), existing: existing, recognitions: recognitions)
    }

    @Test func anEntryInsideTheWindowIsRecorded() throws {
        let entry = try register(TP.draft(name: "  Chè Tân Cương  "))

        #expect(entry.roundID == round.id)
        #expect(entry.productName == "Chè Tân Cương")
        #expect(entry.group == .processedAgroForestryFisheryAndFood)
        #expect(entry.registeredOn == TP.day("15/03/2026"))
        #expect(entry.admittedBy?.level == .commune)
    }

    @Test func theFirstAndLastDaysOfTheWindowAreOpen() throws {
        _ = try register(on: "01/03/2026")
        _ = try register(on: "30/04/2026")
    }

    @Test func registrationAfterTheWindowClosesIsRefusedWithTheClosingDate() {
        let error = #expect(throws: DomainError.self) { try register(on: "01/05/2026") }

        #expect(error == DomainError(.conflict, .tpRegistrationClosed, arguments: ["date": "30/04/2026"]))
        #expect(error?.message(in: .vi).contains("30/04/2026") == true)
        #expect(error?.message(in: .en) == "Registration is closed: the round accepted entries until 30/04/2026.")
    }

    @Test func registrationBeforeTheWindowOpensIsRefusedWithTheOpeningDate() {
        #expect(throws: DomainError(.conflict, .tpRegistrationNotOpen, arguments: ["date": "01/03/2026"])) {
            try register(on: "28/02/2026")
        }
    }

    @Test func theSameProductTwiceInARoundIsRefused() throws {
        let first = try register()

        let error = #expect(throws: DomainError.self) {
            try register(TP.draft(name: "CHE TAN  CUONG"), existing: [first])
        }

        #expect(error?.key == .tpEntryDuplicate)
        #expect(error?.arguments["name"] == "Chè Tân Cương")
        #expect(error?.fields == [FieldError(field: "productName", key: .tpEntryDuplicateField)])
    }

    @Test func anotherEstablishmentOrAnotherRoundMayEnterTheSameName() throws {
        let first = try register()
        let elsewhere = ProductEntry(
            id: TP.id(399), roundID: TP.id(77), establishmentID: TP.establishmentA, productName: "Chè Tân Cương",
            group: .processedAgroForestryFisheryAndFood, registeredOn: TP.day("01/02/2025"))

        _ = try register(TP.draft(TP.establishmentB), existing: [first])
        _ = try register(existing: [elsewhere])
    }

    @Test func theFieldsAreCheckedBeforeTheWindow() {
        let error = #expect(throws: DomainError.self) {
            try register(TP.draft(name: " ", group: 5), on: "01/05/2026")
        }

        #expect(error?.key == .invalidFields)
        #expect(
            error?.fields == [
                FieldError(field: "productName", key: .fieldRequired),
                FieldError(field: "group", key: .tpEntryGroupInvalid),
            ])
    }

    @Test func aGroupTheRoundDoesNotTakeIsRefused() {
        var handicraftsOnly = round
        handicraftsOnly.groups = [.handicrafts]

        let errors = EntryRegistration.errors(in: TP.draft(group: 3), round: handicraftsOnly)

        #expect(errors == [FieldError(field: "group", key: .tpEntryGroupNotInRound)])
    }

    @Test func productKeysFoldCaseDiacriticsAndSpaces() {
        let a = ProductKey(establishmentID: TP.establishmentA, productName: "Nón lá  Huế")
        let b = ProductKey(establishmentID: TP.establishmentA, productName: "NON LA HUE")
        let c = ProductKey(establishmentID: TP.establishmentB, productName: "Nón lá Huế")

        #expect(a == b)
        #expect(a != c)
    }
}

/// Eligibility checks of §8.1, recorded per entry with who checked.
@Suite struct TypicalProductsEligibilityTests {
    @Test func anEntryIsEligibleOnlyWhenEveryCriterionPassed() throws {
        var eligibility = EntryEligibility(entryID: TP.id(301))
        #expect(!eligibility.isEligibleForJudging)
        #expect(eligibility.undecided == EligibilityCriterion.allCases)

        for criterion in EligibilityCriterion.allCases where criterion != .massProducible {
            try eligibility.record(
                .init(criterion: criterion, outcome: .pass, checkedBy: "thu.ky", checkedOn: TP.day("10/05/2026")))
        }
        #expect(!eligibility.isEligibleForJudging, "an unknown holds the entry back")
        #expect(eligibility.undecided == [.massProducible])

        try eligibility.record(
            .init(
                criterion: .massProducible, outcome: .fail, checkedBy: "thu.ky", checkedOn: TP.day("11/05/2026"),
                note: "Sản phẩm độc bản"))
        #expect(eligibility.failed == [.massProducible])

        try eligibility.record(
            .init(
                criterion: .massProducible, outcome: .pass, checkedBy: "pho.chu.tich", checkedOn: TP.day("12/05/2026")))
        #expect(eligibility.isEligibleForJudging)
        #expect(eligibility.checks[.massProducible]?.checkedBy == "pho.chu.tich")
    }

    @Test func aCheckWithoutItsCheckerIsRefused() {
        var eligibility = EntryEligibility(entryID: TP.id(301))

        #expect(throws: DomainError.invalidFields([FieldError(field: "checkedBy", key: .fieldRequired)])) {
            try eligibility.record(
                .init(criterion: .standards, outcome: .pass, checkedBy: "  ", checkedOn: TP.day("10/05/2026")))
        }
        #expect(eligibility.outcome(of: .standards) == .unknown)
    }
}
