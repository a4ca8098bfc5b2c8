import Foundation
import KhuyenCongCore
import SQLKit

/// Demo schemes in every step of the lifecycle, so that each demo role has a worklist: drafts,
/// schemes waiting for the Department, the Cục, the leadership and the provincial committee, some
/// under way, some overdue, some closed, in Hà Nội, Hồ Chí Minh City and Đắk Lắk. Each is created
/// and moved on through the repository, by the demo account whose step it is, so the timelines
/// and the audit trail are what real use would leave. Idempotent by reference key.
struct DemoSchemes {
    let store: Store

    struct Plan {
        let key: String
        let author: String
        let draft: SchemeDraft
        /// The steps to take after creation: action, who, on which day.
        let steps: [(SchemeAction, String, Day)]
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    static func line(_ type: ActivityType, _ text: String, cost: Int64, support: Int64, quantity: Int = 1) -> SchemeLine {
        SchemeLine(activityType: type, description: text, quantity: quantity, eligibleCost: cost, requestedSupport: support)
    }

    /// A demonstration table for Hà Nội, marked unverified: the real levels are set by the city's
    /// People's Council and have not been read.
    static let hanoiDemoTable = RateTable(
        code: "HN-DEMO-2026", scope: .province("01"), title: "Mức chi khuyến công địa phương Hà Nội (dữ liệu minh họa)",
        legalBasis: "Dữ liệu minh họa cho bản demo — thay bằng Nghị quyết HĐND thành phố", validFrom: day(2026, 1, 1),
        rules: [
            SupportRule(activityType: .demoModelNewTech, ratePercent: 3000, cap: 800_000_000, verified: false, note: "Minh họa"),
            SupportRule(activityType: .machinery, ratePercent: 5000, cap: 250_000_000, verified: false, note: "Minh họa"),
            SupportRule(activityType: .vocationalTraining, ratePercent: 10000, cap: 3_000_000, capUnit: .person, verified: false, note: "Minh họa"),
            SupportRule(activityType: .trademarkRegistration, ratePercent: 5000, cap: 40_000_000, verified: false, note: "Minh họa"),
        ])

    func loadIfNeeded() async throws {
        let schemes = SchemeRepository(store: store)
        let users = UserRepository(store: store)
        if try await RateTableRepository(store: store).get(Self.hanoiDemoTable.code) == nil {
            try await RateTableRepository(store: store).seedIfAbsent([Self.hanoiDemoTable])
        }
        let hanoi = try await store.sql.select().column("id").from("establishments").where("province_code", .equal, SQLBind("01"))
            .where("merged_into", .is, SQLLiteral.null).orderBy("sort_key").limit(6)
            .all(decodingColumn: "id", as: String.self).compactMap(UUID.init(uuidString:))
        var missing: [Plan] = []
        for plan in Self.plans(hanoiEstablishments: hanoi) where try await !schemes.exists(referenceKey: plan.key) {
            missing.append(plan)
        }
        guard !missing.isEmpty else { return }
        let today = Day(store.now())
        for plan in missing {
            guard let author = try await users.credentials(username: plan.author)?.principal else { continue }
            let created = try await schemes.create(plan.draft, by: author, today: today, referenceKey: plan.key)
            for (action, username, day) in plan.steps {
                guard let actor = try await users.credentials(username: username)?.principal else { break }
                let reason: String? =
                    switch action {
                    case .returnForRevision: "Bổ sung báo giá thiết bị và hồ sơ pháp lý của cơ sở thụ hưởng."
                    case .reject: "Nội dung trùng với đề án đã được hỗ trợ năm 2024 cho cùng cơ sở."
                    case .notSelect: "Không đủ kinh phí năm kế hoạch; có thể đăng ký lại năm sau."
                    default: nil
                    }
                try await fileDocuments(before: action, scheme: created, by: author, leaveOut: plan.key == "demo-scheme-submitted")
                let after = try await schemes.perform(action, on: created.id, expectedVersion: nil, reason: reason, by: actor, today: day)
                try await recordMoney(after: action, scheme: after, day: day, users: users)
            }
        }
        try await adjustContractedScheme(users: users)
    }

    /// One adjusted scheme: the Department moved part of a contracted scheme to a second commune
    /// within the year, which the Cục approved (TT 36/2013 Art.11: a within-year change is the Cục's).
    func adjustContractedScheme(users: UserRepository) async throws {
        let schemes = SchemeRepository(store: store)
        guard let department = try await users.credentials(username: "sct-01")?.principal,
            let cuc = try await users.credentials(username: "bo-admin")?.principal,
            let id = try await store.sql.select().column("id").from("schemes")
                .where("reference_key", .equal, SQLBind("demo-scheme-contracted")).first(decodingColumn: "id", as: String.self)
                .flatMap(UUID.init(uuidString:)),
            try await schemes.adjustments(of: id, scope: .everything).isEmpty
        else { return }
        let scheme = try await schemes.get(id, scope: .everything)
        guard AdjustmentFlow.canRequest(in: scheme.state) else { return }
        var revision = SchemeRevision(scheme)
        revision.communeCodes = scheme.communeCodes + ["00541"]
        let today = Day(store.now())
        let request = try await schemes.requestAdjustment(
            of: id, revision: revision, reason: "Mở rộng trình diễn sang xã Phù Đổng cùng năm kế hoạch.", by: department, today: today)
        _ = try await schemes.decideAdjustment(request.id, action: .approve, expectedVersion: nil, reason: nil, by: cuc, today: today)
    }

    /// The papers a real unit would have filed before this step: the registration dossier before
    /// submission (one scheme lacks the beneficiary's request, so that its checklist shows it), the
    /// contract before starting, the acceptance minutes before the settlement.
    func fileDocuments(before action: SchemeAction, scheme: Scheme, by author: Principal, leaveOut: Bool) async throws {
        let kinds: [SchemeDocumentKind] =
            switch action {
            case .submit: SchemeDossier.registration(for: scheme).filter { !(leaveOut && $0 == .beneficiaryRequest) }
            case .start: [.contract]
            case .submitSettlement: [.acceptanceMinutes, .settlement]
            default: []
            }
        let documents = SchemeDocumentRepository(store: store)
        for kind in kinds {
            let title = Messages.text(kind.labelKey, .vi) + " — " + scheme.code
            _ = try await documents.upload(
                DemoPDF.document(lines: [title, scheme.title, "Tai lieu minh hoa cua ban demo KhuyenCong."]), kind: kind, title: title,
                schemeID: scheme.id, by: author)
        }
    }

    /// The money a real scheme would have recorded at this step: the contract when signed, the
    /// allowed advance at the start, payment and acceptance at the facility acceptance, the
    /// settlement when submitted.
    func recordMoney(after action: SchemeAction, scheme: Scheme, day: Day, users: UserRepository) async throws {
        let payerName = scheme.level == .national ? "bo-admin" : "sct-\(scheme.provinceCode)"
        guard let payer = try await users.credentials(username: payerName)?.principal else { return }
        let money = SchemeMoney(scheme: scheme, entries: [])
        let entries: [(MoneyKind, Int64, String)] =
            switch action {
            case .signContract: [(.contracted, money.approved, "HĐ \(scheme.code)")]
            case .start where money.advanceLimit > 0: [(.advanced, money.advanceLimit, "Giấy rút dự toán tạm ứng \(scheme.code)")]
            case .acceptFacility:
                [(.disbursed, money.approved - money.advanceLimit, "Ủy nhiệm chi \(scheme.code)"), (.accepted, money.approved, "BBNT \(scheme.code)")]
            case .submitSettlement: [(.settled, money.approved, "Quyết toán \(scheme.code)")]
            default: []
            }
        for (kind, amount, reference) in entries where amount > 0 {
            _ = try await SchemeRepository(store: store).recordMoney(
                on: scheme.id, kind: kind, amount: amount, day: day, reference: reference, by: payer)
        }
    }

    static func plans(hanoiEstablishments ids: [UUID]) -> [Plan] {
        let first = Array(ids.prefix(1))
        let pair = Array(ids.prefix(2))
        let nationalPath: [(SchemeAction, String)] = [
            (.submit, "ttkc-01"), (.grassrootsApprove, "sct-01"), (.forwardToMinistry, "sct-01"), (.ministryApprove, "bo-admin"),
            (.approve, "lanhdao-bo"), (.signContract, "bo-admin"), (.start, "ttkc-01"), (.acceptFacility, "ttkc-01"),
            (.submitSettlement, "ttkc-01"), (.close, "bo-admin"),
        ]
        /// The national path up to `count` steps, spread over the months of `year`.
        func national(_ count: Int, year: Int, acceptedOn: Day? = nil) -> [(SchemeAction, String, Day)] {
            nationalPath.prefix(count).enumerated().map { index, step in
                let date = step.0 == .acceptFacility ? (acceptedOn ?? day(year, 10, 1)) : day(year, min(12, 3 + index), 10)
                return (step.0, step.1, date)
            }
        }
        func draft(_ title: String, level: SchemeLevel = .national, kind: SchemeKind = .single, year: Int, province: String = "01",
                   communes: [String] = ["00583"], beneficiaries: [UUID] = [], endYear: Int? = nil, lines: [SchemeLine]) -> SchemeDraft {
            SchemeDraft(
                level: level, kind: kind, title: title, planYear: year, endYear: endYear, provinceCode: province,
                communeCodes: province == "01" ? communes : [], beneficiaryIDs: beneficiaries, lines: lines)
        }
        let kiln = line(.demoModelNewTech, "Mô hình lò nung gốm bằng khí hóa lỏng tiết kiệm năng lượng", cost: 2_400_000_000, support: 720_000_000)
        let lathe = line(.machinery, "Máy tiện CNC cho cơ sở cơ khí", cost: 500_000_000, support: 250_000_000)
        let training = line(.vocationalTraining, "Đào tạo nghề gốm cho 30 lao động nông thôn", cost: 90_000_000, support: 90_000_000, quantity: 30)
        let brand = line(.trademarkRegistration, "Xây dựng và đăng ký nhãn hiệu gốm Bát Tràng", cost: 80_000_000, support: 40_000_000)
        // National rows N11–N14 are still to be filled in, so national demo schemes use N1–N10.
        let glazeLine = line(.technologyLine, "Dây chuyền tráng men tự động", cost: 900_000_000, support: 450_000_000)
        return [
            Plan(
                key: "demo-scheme-draft-2027", author: "ttkc-01",
                draft: draft("Ứng dụng máy CNC trong sản xuất đồ gỗ mỹ nghệ", year: 2027, beneficiaries: first, lines: [lathe]), steps: []),
            Plan(
                key: "demo-scheme-submitted", author: "ttkc-01",
                draft: draft("Mô hình trình diễn lò nung gốm tiết kiệm năng lượng", year: 2026, beneficiaries: first, lines: [kiln]),
                steps: national(1, year: 2025)),
            Plan(
                key: "demo-scheme-at-ministry", author: "ttkc-01",
                draft: draft("Hỗ trợ ứng dụng máy cắt laser cho cơ sở cơ khí", year: 2026, beneficiaries: first, lines: [lathe]),
                steps: national(3, year: 2025)),
            Plan(
                key: "demo-scheme-in-draft-plan", author: "ttkc-01",
                draft: draft(
                    "Đề án điểm phát triển làng nghề gốm Bát Tràng gắn với du lịch", kind: .pilot, year: 2026, beneficiaries: pair,
                    endYear: 2027, lines: [kiln, glazeLine]),
                steps: national(4, year: 2025)),
            Plan(
                key: "demo-scheme-contracted", author: "ttkc-01",
                draft: draft("Dây chuyền sơn mài tự động cho hàng mỹ nghệ", year: 2026, beneficiaries: first, lines: [glazeLine]),
                steps: national(6, year: 2026)),
            Plan(
                key: "demo-scheme-overdue-liquidation", author: "ttkc-01",
                draft: draft("Máy chẻ nan và vót nan tự động cho làng nghề mây tre", year: 2025, beneficiaries: first, lines: [lathe]),
                steps: national(7, year: 2025)),
            Plan(
                key: "demo-scheme-overdue-settlement", author: "ttkc-01",
                draft: draft("Hỗ trợ máy ép gạch không nung", year: 2026, beneficiaries: first, lines: [lathe]),
                steps: national(8, year: 2026, acceptedOn: day(2026, 10, 1))),
            Plan(
                key: "demo-scheme-closed", author: "ttkc-01",
                draft: draft("Mô hình sấy nông sản bằng năng lượng mặt trời", year: 2025, beneficiaries: first, lines: [kiln]),
                steps: national(10, year: 2025, acceptedOn: day(2025, 11, 20))),
            Plan(
                key: "demo-scheme-returned", author: "ttkc-01",
                draft: draft("Hỗ trợ dây chuyền sản xuất gốm men lam", year: 2026, beneficiaries: first, lines: [lathe]),
                steps: [(.submit, "ttkc-01", day(2025, 5, 5)), (.returnForRevision, "sct-01", day(2025, 5, 12))]),
            Plan(
                key: "demo-scheme-rejected", author: "ttkc-01",
                draft: draft("Hỗ trợ máy đánh bóng gốm", year: 2026, beneficiaries: first, lines: [lathe]),
                steps: [(.submit, "ttkc-01", day(2025, 5, 5)), (.reject, "sct-01", day(2025, 5, 15))]),
            Plan(
                key: "demo-scheme-local-submitted", author: "ttkc-01",
                draft: draft("Đào tạo nghề gốm cho thanh niên xã Bát Tràng", level: .local, year: 2026, beneficiaries: first, lines: [training]),
                steps: [(.submit, "ttkc-01", day(2026, 3, 2))]),
            Plan(
                key: "demo-scheme-local-in-plan", author: "sct-01",
                draft: draft("Đăng ký nhãn hiệu gốm Bát Tràng", level: .local, year: 2026, beneficiaries: first, lines: [brand]),
                steps: [(.submit, "sct-01", day(2026, 2, 2)), (.appraise, "sct-01", day(2026, 2, 20))]),
            Plan(
                key: "demo-scheme-hcm-submitted", author: "sct-79",
                draft: draft(
                    "Mô hình trình diễn máy may công nghiệp tự động", year: 2026, province: "79",
                    lines: [line(.demoModelNewTech, "Dây chuyền may tự động", cost: 1_800_000_000, support: 540_000_000)]),
                steps: [(.submit, "sct-79", day(2025, 5, 10))]),
        ]
    }
}
