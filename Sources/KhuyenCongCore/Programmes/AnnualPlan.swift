import Foundation

/// Kế hoạch khuyến công: one year's schemes and tasks for the nation or one province, and the money
/// set aside for them by funding source (Decree 45/2012 Art.2 cl.2; domain §4.1, §5.2).
///
/// The plan's schemes are not listed here: a scheme belongs to the plan of its plan year and scope
/// (`PlanBudget.belongs`), so the two can never disagree.
public struct AnnualPlan: Sendable, Hashable, Codable, Identifiable {
    public var id: UUID
    /// National (the KCQG plan) or one province.
    public var scope: RateScope
    public var year: Int
    public var title: String
    public var status: PlanStatus
    /// The decision assigning the plan, e.g. "1186/QĐ-BCT".
    public var decisionRef: String?
    public var approvedOn: Day?
    /// Đồng set aside per source; a source not listed has nothing set aside.
    public var envelopes: [FundingSource: Int64]
    public var version: Int

    public init(
        id: UUID = UUID(), scope: RateScope, year: Int, title: String, status: PlanStatus = .drafting,
        decisionRef: String? = nil, approvedOn: Day? = nil, envelopes: [FundingSource: Int64] = [:], version: Int = 1
    ) {
        self.id = id
        self.scope = scope
        self.year = year
        self.title = title
        self.status = status
        self.decisionRef = decisionRef
        self.approvedOn = approvedOn
        self.envelopes = envelopes
        self.version = version
    }

    /// The envelope of one source, zero when none is set.
    public func envelope(_ source: FundingSource) -> Int64 { envelopes[source] ?? 0 }
}

// Without this, a dictionary keyed by the enum encodes as a flat [key, value, …] array; with it,
// envelopes travel as {"central": …, "provincial": …}, which people and other tools can read.
extension FundingSource: CodingKeyRepresentable {}

/// A plan's lifecycle: the Department or the Cục drafts, submits, and the approver assigns it.
public enum PlanStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case drafting
    case submitted
    case approved

    public var labelKey: MessageKey {
        switch self {
        case .drafting: .planStatusDrafting
        case .submitted: .planStatusSubmitted
        case .approved: .planStatusApproved
        }
    }
}

/// The checks on a plan's own content.
public enum PlanValidation {
    /// The same years schemes may be planned for, so that every plan can hold its schemes.
    public static let years = SchemeValidation.planYears
    public static let titleMaxLength = 500
    /// 100 trillion đồng, the ceiling used for all amounts (`SchemeValidation.maxLineAmount`).
    public static let maxEnvelope = SchemeValidation.maxLineAmount

    public static func errors(in plan: AnnualPlan) -> [FieldError] {
        var errors: [FieldError] = []
        if case .province(let code) = plan.scope, RateScope("province:" + code) == nil {
            errors.append(.init(field: "scope", key: .rateScopeInvalid))
        }
        if !years.contains(plan.year) { errors.append(.init(field: "year", key: .schemeYearOutOfRange)) }
        let title = VietnameseText.trimmed(plan.title)
        if title.isEmpty { errors.append(.init(field: "title", key: .fieldRequired)) }
        if title.count > titleMaxLength { errors.append(.init(field: "title", key: .fieldTooLong)) }
        for source in FundingSource.allCases {
            if let amount = plan.envelopes[source], !(0...maxEnvelope).contains(amount) {
                errors.append(.init(field: "envelopes.\(source.rawValue)", key: .schemeAmountInvalid))
            }
        }
        errors += ProgrammeValidation.decisionErrors(
            approved: plan.status == .approved, decisionRef: plan.decisionRef, approvedOn: plan.approvedOn)
        return errors
    }
}

/// Who may change an annual plan.
public enum PlanEditing {
    /// National: the Cục consolidates the plan and the Minister assigns it (TT 36/2013; domain §2.1,
    /// §5.2). A province: the Department drafts, the provincial People's Committee approves
    /// (TT 46/2012 Art.8). Both sides of each pair work on the plan.
    public static func canEdit(_ scope: RateScope, by principal: Principal) -> Bool {
        switch scope {
        case .national: principal.role == .ministryAdmin || principal.role == .ministryLeader
        case .province(let code):
            (principal.role == .provinceDepartment || principal.role == .provinceCommittee)
                && principal.provinceCode == code
        }
    }
}
