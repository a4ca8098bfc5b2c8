import Foundation

/// Seed data: the national khuyến công programmes (domain §1 rows L12, L13; §8.3).
///
/// Ids are fixed so that seeding is deterministic and repeatable: the same programme gets the same
/// id on every machine, and a second seed finds the first instead of adding a copy.
public enum NationalProgrammes {
    /// The twelve metrics a national programme sets targets for (domain §8.3).
    public static let nationalMetrics: [ProgrammeMetric] = [
        .demoModels, .machines, .technologyLines, .cleanerProductionAssessments, .cleanerProductionPilots,
        .pollutionTreatmentUpgrades, .trademarks, .clusterDetailedPlans, .clusterUpgrades, .fairsDomestic, .fairsAbroad,
        .workersTrained,
    ]

    /// KCQG 2021–2025. QĐ 1881/QĐ-TTg of 20 Nov 2020 — targets [V2] from news reports (domain §8.3).
    public static let programme2021to2025 = Programme(
        id: UUID(uuidString: "00001881-2020-4c00-8000-000000000001")!,
        code: "QD-1881-2020-TTg",
        scope: .national,
        title: "Chương trình khuyến công quốc gia giai đoạn 2021–2025",
        firstYear: 2021,
        lastYear: 2025,
        decisionRef: "1881/QĐ-TTg",
        approvedBy: "Thủ tướng Chính phủ",
        approvedOn: Day(year: 2020, month: 11, day: 20)!,
        status: .approved,
        targets: [
            ProgrammeTarget(metric: .demoModels, targetValue: 340),
            ProgrammeTarget(metric: .machines, targetValue: 1_600),
            ProgrammeTarget(metric: .technologyLines, targetValue: 300),
            ProgrammeTarget(metric: .cleanerProductionAssessments, targetValue: 300),
            ProgrammeTarget(metric: .cleanerProductionPilots, targetValue: 100),
            ProgrammeTarget(metric: .pollutionTreatmentUpgrades, targetValue: 50),
            ProgrammeTarget(metric: .trademarks, targetValue: 350),
            ProgrammeTarget(metric: .clusterDetailedPlans, targetValue: 50),
            // The source text was cut off after "60" (domain §8.3); to be checked against the decision.
            ProgrammeTarget(metric: .clusterUpgrades, targetValue: 60),
            ProgrammeTarget(metric: .fairsDomestic, targetValue: 15),
            ProgrammeTarget(metric: .fairsAbroad, targetValue: 5),
            ProgrammeTarget(metric: .workersTrained, targetValue: 10_000),
        ],
        version: 1)

    /// KCQG 2026–2030. QĐ 2646/QĐ-BCT of 23 Sep 2025, approved by the Minister since Decree 235/2025
    /// moved the power from the Prime Minister [V1]. Its annex was not read, so every target is
    /// left to be filled in (domain §8.3) rather than guessed from the previous period.
    public static let programme2026to2030 = Programme(
        id: UUID(uuidString: "00002646-2025-4c00-8000-000000000001")!,
        code: "QD-2646-2025-BCT",
        scope: .national,
        title: "Chương trình khuyến công quốc gia giai đoạn 2026–2030",
        firstYear: 2026,
        lastYear: 2030,
        decisionRef: "2646/QĐ-BCT",
        approvedBy: "Bộ trưởng Bộ Công Thương",
        approvedOn: Day(year: 2025, month: 9, day: 23)!,
        status: .approved,
        targets: nationalMetrics.map { ProgrammeTarget(metric: $0, targetValue: nil) },
        version: 1)

    public static let all: [Programme] = [programme2021to2025, programme2026to2030]

    /// The national programme whose period covers a year, if any.
    public static func covering(year: Int) -> Programme? {
        all.first { $0.covers(year: year) }
    }
}
