import Foundation
import KhuyenCongCore

/// Fixed days, ids and builders shared by the typical-product suites.
enum TP {
    /// A day typed as officials do, dd/MM/yyyy.
    static func day(_ text: String) -> Day { Day(vietnamese: text)! }

    static func id(_ number: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))!
    }

    static let thaiNguyen = "19"
    static let establishmentA = id(101)
    static let establishmentB = id(102)
    static let establishmentC = id(103)
    static let organisationA = id(201)
    static let organisationB = id(202)

    static func round(
        _ draft: SelectionRoundDraft, id: UUID = TP.id(1), regions: RegionTable = .historicThree
    ) -> SelectionRound {
        try! SelectionRound(id: id, validating: draft, regions: regions)
    }

    /// Thái Nguyên's 2026 round, registration 01/03–30/04/2026.
    static func provinceRound(
        id: UUID = TP.id(1), opens: String = "01/03/2026", closes: String = "30/04/2026"
    ) -> SelectionRound {
        round(
            SelectionRoundDraft(
                level: .province, year: day(closes).year, provinceCode: thaiNguyen, registrationOpens: day(opens),
                registrationCloses: day(closes), budget: 300_000_000),
            id: id)
    }

    /// The northern regional round of 2026, registration 01/08–30/09/2026.
    static func northRound(id: UUID = TP.id(2)) -> SelectionRound {
        round(
            SelectionRoundDraft(
                level: .region, year: 2026, regionCode: "north", registrationOpens: day("01/08/2026"),
                registrationCloses: day("30/09/2026")),
            id: id)
    }

    static func draft(
        _ establishment: UUID = establishmentA, name: String = "Chè Tân Cương", group: Int = 2,
        organisation: UUID? = nil
    ) -> ProductEntryDraft {
        ProductEntryDraft(
            establishmentID: establishment, establishmentOrganisationID: organisation, productName: name, group: group,
            description: "Chè xanh sao suốt thủ công")
    }

    static func entry(
        id: UUID = TP.id(301), round: UUID = TP.id(1), establishment: UUID = establishmentA,
        name: String = "Chè Tân Cương",
        organisation: UUID? = nil
    ) -> ProductEntry {
        ProductEntry(
            id: id, roundID: round, establishmentID: establishment, establishmentOrganisationID: organisation,
            productName: name, group: .processedAgroForestryFisheryAndFood, registeredOn: day("15/03/2026"))
    }

    static func communeRecognition(_ year: Int = 2025) -> PriorRecognition {
        PriorRecognition(level: .commune, year: year, reference: "45/QĐ-UBND xã Tân Cương")
    }

    /// Every criterion checked and passed by the council's secretary.
    static func eligible(_ entryID: UUID, on text: String = "10/05/2026") -> EntryEligibility {
        EntryEligibility(
            entryID: entryID,
            checks: EligibilityCriterion.allCases.map {
                EligibilityCheck(criterion: $0, outcome: .pass, checkedBy: "thu.ky", checkedOn: day(text))
            })
    }

    static func judge(_ number: Int, organisation: UUID? = nil) -> Judge {
        Judge(
            id: id(400 + number), username: "giamkhao\(number)", name: "Giám khảo \(number)",
            organisationID: organisation)
    }

    static func jury(_ count: Int, round: UUID = TP.id(1)) -> Jury {
        Jury(roundID: round, judges: (1...count).map { judge($0) })
    }

    /// A valid sheet adding up to `total`, filled criterion by criterion.
    static func sheet(total: Int) -> ScoreSheet {
        let market = min(40, total)
        let economic = min(40, total - market)
        let cultural = min(10, total - market - economic)
        return ScoreSheet(
            market: market, economicTechnicalSocialEnvironmental: economic, culturalAesthetic: cultural,
            other: total - market - economic - cultural)
    }

    static func submitted(_ judge: Int, _ entry: UUID, total: Int, on text: String = "20/05/2026") -> JudgeScore {
        JudgeScore(judgeID: id(400 + judge), entryID: entry, sheet: sheet(total: total), submittedOn: day(text))
    }
}
