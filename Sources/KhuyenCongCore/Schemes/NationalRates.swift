import Foundation

/// Seed data: the national support levels (domain §7.2).
///
/// `verified` follows the domain's status marks: [V1] and [V2] rows are verified, [U] rows are not
/// (R-SUP-1 keeps them as editable parameters until checked). "Verified" means checked against
/// TT 28/2018 as first issued; whether TT 64/2024/TT-BTC changed any of these numbers is unknown, which
/// the legal basis says.
public enum NationalRates {
    /// Where a level is unknown and must be entered by whoever holds the official text.
    static let toBeFilledIn =
        "Chưa có mức: cần nhập từ văn bản gốc (Thông tư 28/2018/TT-BTC, sửa đổi bởi Thông tư 64/2024/TT-BTC)"

    /// Thông tư 28/2018/TT-BTC Art.8, in force from 11 May 2018.
    public static let circular28of2018 = RateTable(
        code: "TT28-2018-BTC",
        scope: .national,
        title: "Mức hỗ trợ khuyến công quốc gia",
        legalBasis: "Thông tư 28/2018/TT-BTC, Điều 8 (sửa đổi bởi Thông tư 64/2024/TT-BTC — mức sửa đổi chưa đối chiếu)",
        validFrom: Day(year: 2018, month: 5, day: 11)!,
        validTo: nil,
        rules: [
            // Art.8 cl.2 — raised from 500 million under TTLT 26/2014.
            SupportRule(
                activityType: .demoModelNewTech, ratePercent: 3000, cap: 1_000_000_000, capUnit: .model, verified: true),
            // The 2018 text was cut off where it was read; 100 million is the 2014 level, and the 2014
            // rule gave no percentage.
            SupportRule(
                activityType: .demoModelReplication, ratePercent: nil, cap: 100_000_000, capUnit: .model, verified: false,
                note: "Mức 2014 (TTLT 26/2014), chưa đối chiếu TT 28/2018"),
            // Art.8 cl.4.
            SupportRule(
                activityType: .machinery, ratePercent: 5000, cap: 300_000_000, capUnit: .establishment, verified: true),
            // Art.8 cl.4 — a technology line may receive 1.5 times the machinery cap.
            SupportRule(
                activityType: .technologyLine, ratePercent: 5000, cap: 450_000_000, capUnit: .establishment,
                verified: true),
            // Art.8 cl.6 — priced by bidding or at a price the competent authority approves, hence no cap.
            SupportRule(
                activityType: .fairAbroad, ratePercent: 10_000, cap: nil, capUnit: .establishment, verified: true),
            // The number of travellers is set by the competent decision, hence no cap.
            SupportRule(
                activityType: .studyTourAbroadAirfare, ratePercent: 10_000, cap: nil, capUnit: .person, verified: true),
            SupportRule(
                activityType: .selectionRoundRegional, ratePercent: nil, cap: 200_000_000, capUnit: .round,
                verified: true),
            SupportRule(
                activityType: .selectionRoundNational, ratePercent: nil, cap: 400_000_000, capUnit: .round,
                verified: true),
            SupportRule(
                activityType: .clusterInfrastructure, ratePercent: nil, cap: 6_000_000_000, capUnit: .cluster,
                verified: true),
            SupportRule(
                activityType: .enterpriseFounding, ratePercent: nil, cap: 10_000_000, capUnit: .enterprise,
                verified: false, note: "Mức 2014 (TTLT 26/2014), chưa đối chiếu TT 28/2018"),
            SupportRule(
                activityType: .pollutionTreatmentUpgrade, ratePercent: 3000, cap: 300_000_000,
                capUnit: .establishment, verified: false, note: "Mức 2014 (TTLT 26/2014), chưa đối chiếu TT 28/2018"),
        ]
            + unknownLevels.map {
                SupportRule(activityType: $0, ratePercent: nil, cap: nil, verified: false, note: toBeFilledIn)
            }
    )

    /// Rows N11–N14, whose national levels were not found (domain §7.2).
    static let unknownLevels: [ActivityType] = [
        .cleanerProductionPilot, .cleanerProductionAssessment, .vocationalTraining, .fairDomestic, .showroom,
        .trademarkRegistration, .consultancy, .seminarForum, .associationClusterLink, .communication,
        .clusterDetailedPlanning, .clusterPollutionTreatment, .artisanSupport, .digitalTransformation,
        .managementCapacity,
    ]
}

/// Seed data: provinces' own levels (KCĐP), which are set by each provincial HĐND and must not be
/// replaced by the national ones (domain §7.3).
public enum ProvinceRateExamples {
    /// Đắk Lắk (code 66 in the 2025 table, merged with Phú Yên), resolution in force from
    /// 26 Jul 2025. Only the three levels the domain read are listed; the others (machinery among
    /// them) were cut off, so the calculation reports them as not set rather than borrowing national
    /// caps. The levels are [V2] in the domain, hence verified.
    public static let dakLak2025 = RateTable(
        code: "DL-2025-HDND",
        scope: .province("66"),
        title: "Mức chi khuyến công địa phương tỉnh Đắk Lắk",
        legalBasis: "Nghị quyết HĐND tỉnh Đắk Lắk 2025 về mức chi khuyến công địa phương",
        validFrom: Day(year: 2025, month: 7, day: 26)!,
        validTo: nil,
        rules: [
            SupportRule(
                activityType: .demoModelNewTech, ratePercent: 3000, cap: 800_000_000, capUnit: .model, verified: true),
            SupportRule(
                activityType: .cleanerProductionPilot, ratePercent: 3000, cap: 400_000_000, capUnit: .model,
                verified: true),
            SupportRule(
                activityType: .enterpriseFounding, ratePercent: nil, cap: 10_000_000, capUnit: .enterprise,
                verified: true),
        ]
    )
}

extension RateBook {
    /// The tables the system ships with: the national table and the Đắk Lắk example.
    public static let seed = RateBook(tables: [NationalRates.circular28of2018, ProvinceRateExamples.dakLak2025])
}
