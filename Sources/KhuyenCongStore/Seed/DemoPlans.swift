import Foundation
import KhuyenCongCore
import SQLKit

/// Demo programmes and plans: Hà Nội's local programme 2026–2030, the national plans of 2025 and
/// 2026 and Hà Nội's local plan of 2026, made by the demo accounts whose job they are. The figures
/// are illustrations, not the real decisions. Idempotent: nothing is added twice.
struct DemoPlans {
    let store: Store

    static let hanoiProgrammeCode = "HN-CTKC-2026-2030-DEMO"

    func loadIfNeeded() async throws {
        let users = UserRepository(store: store)
        // Approved records are saved by their approvers: the leadership and the People's Committee.
        guard let cuc = try await users.credentials(username: "lanhdao-bo")?.principal,
            let hanoi = try await users.credentials(username: "sct-01")?.principal,
            let committee = try await users.credentials(username: "ubnd-01")?.principal
        else { return }
        let programmes = ProgrammeRepository(store: store)
        if try await !programmes.programmes().contains(where: { $0.code == Self.hanoiProgrammeCode }) {
            try await programmes.save(
                Programme(
                    code: Self.hanoiProgrammeCode, scope: .province("01"),
                    title: "Chương trình khuyến công thành phố Hà Nội giai đoạn 2026–2030 (minh họa)", firstYear: 2026, lastYear: 2030,
                    decisionRef: "DEMO/QĐ-UBND", approvedBy: "UBND thành phố Hà Nội", approvedOn: Day(year: 2026, month: 3, day: 15)!,
                    status: .approved,
                    targets: [
                        ProgrammeTarget(metric: .demoModels, targetValue: 20), ProgrammeTarget(metric: .machines, targetValue: 150),
                        ProgrammeTarget(metric: .workersTrained, targetValue: 1_500),
                        ProgrammeTarget(metric: .establishmentsSupported, targetValue: 120),
                    ]),
                expectedVersion: nil, by: committee)
        }
        let plans = PlanRepository(store: store)
        let wanted: [(Principal, AnnualPlan)] = [
            (
                cuc,
                AnnualPlan(
                    scope: .national, year: 2025, title: "Kế hoạch khuyến công quốc gia năm 2025 (minh họa)", status: .approved,
                    decisionRef: "DEMO/QĐ-BCT", approvedOn: Day(year: 2025, month: 2, day: 20)!, envelopes: [.central: 95_000_000_000])
            ),
            (
                cuc,
                AnnualPlan(
                    scope: .national, year: 2026, title: "Kế hoạch khuyến công quốc gia năm 2026 (minh họa)", status: .approved,
                    decisionRef: "DEMO/QĐ-BCT", approvedOn: Day(year: 2026, month: 2, day: 25)!, envelopes: [.central: 100_000_000_000])
            ),
            (
                hanoi,
                AnnualPlan(
                    scope: .province("01"), year: 2026, title: "Kế hoạch khuyến công thành phố Hà Nội năm 2026 (minh họa)",
                    status: .drafting, envelopes: [.provincial: 12_000_000_000, .commune: 500_000_000, .other: 300_000_000])
            ),
        ]
        for (principal, plan) in wanted where try await plans.plans(year: plan.year, scope: plan.scope).isEmpty {
            try await plans.save(plan, expectedVersion: nil, by: principal)
        }
    }
}
