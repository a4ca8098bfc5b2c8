import Foundation

/// Chương trình khuyến công: the set of national and local khuyến công contents for a period,
/// usually five years (Decree 45/2012/NĐ-CP Art.2 cl.1), with the targets it sets (domain §4.1).
///
/// A national programme is approved by the Prime Minister until 2025 and by the Minister of Industry
/// and Trade since Decree 235/2025; a local one by the provincial People's Committee (domain §5.1).
public struct Programme: Sendable, Hashable, Codable, Identifiable {
    public var id: UUID
    /// Stable human code, e.g. "QD-1881-2020-TTg".
    public var code: String
    /// National, or one province by its two-digit code. `RateScope` is the system's one
    /// national-or-province scope: it serves rate tables, programmes and annual plans alike.
    public var scope: RateScope
    public var title: String
    public var firstYear: Int
    /// The last year covered (inclusive).
    public var lastYear: Int
    /// The approving decision as officials cite it, e.g. "1881/QĐ-TTg".
    public var decisionRef: String?
    /// Who signed the decision, as written in it: "Thủ tướng Chính phủ", "Bộ trưởng Bộ Công Thương", "UBND tỉnh".
    public var approvedBy: String?
    public var approvedOn: Day?
    public var status: ProgrammeStatus
    public var targets: [ProgrammeTarget]
    public var version: Int

    public init(
        id: UUID = UUID(), code: String, scope: RateScope, title: String, firstYear: Int, lastYear: Int,
        decisionRef: String? = nil, approvedBy: String? = nil, approvedOn: Day? = nil,
        status: ProgrammeStatus = .drafting,
        targets: [ProgrammeTarget] = [], version: Int = 1
    ) {
        self.id = id
        self.code = code
        self.scope = scope
        self.title = title
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.decisionRef = decisionRef
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
        self.status = status
        self.targets = targets
        self.version = version
    }

    /// Whether a plan year falls within the programme's period.
    public func covers(year: Int) -> Bool { firstYear <= year && year <= lastYear }

    /// The target set for a metric, if the programme sets one.
    public func target(for metric: ProgrammeMetric) -> ProgrammeTarget? {
        targets.first { $0.metric == metric }
    }
}

/// A programme's lifecycle (domain §5.1). "In force" and "mid-term review" are not states of their
/// own: an approved programme is in force during its years, and a review is an event within them.
public enum ProgrammeStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case drafting
    /// Lấy ý kiến: drafts go to localities and ministries for comment.
    case consultation
    case submitted
    case approved
    /// Final review done (tổng kết).
    case closed

    public var labelKey: MessageKey {
        switch self {
        case .drafting: .programmeStatusDrafting
        case .consultation: .programmeStatusConsultation
        case .submitted: .programmeStatusSubmitted
        case .approved: .programmeStatusApproved
        case .closed: .programmeStatusClosed
        }
    }

    /// An approved programme has gone through approval, and so has a closed one: both must name the decision.
    public var isApproved: Bool { self == .approved || self == .closed }
}

/// Chỉ tiêu: what a programme aims at for one metric. The value achieved is never stored here; it is
/// computed from schemes (`ProgrammeProgress`).
public struct ProgrammeTarget: Sendable, Hashable, Codable {
    public var metric: ProgrammeMetric
    /// Nil when not known yet and to be filled in from the decision, as for QĐ 2646/QĐ-BCT, whose
    /// annex was not read (domain §8.3).
    public var targetValue: Int?

    public init(metric: ProgrammeMetric, targetValue: Int?) {
        self.metric = metric
        self.targetValue = targetValue
    }
}

/// The checks on a programme's own content.
public enum ProgrammeValidation {
    public static let codeMaxLength = 60
    public static let titleMaxLength = 500
    public static let decisionRefMaxLength = 100
    public static let approvedByMaxLength = 200
    /// Years a programme may cover: history back to the 2000s and room for future periods.
    public static let years = 2000...2100
    /// Programmes are "usually five years" (Decree 45/2012 Art.2 cl.1); ten leaves room for exceptions.
    public static let maxYears = 10

    public static func errors(in programme: Programme) -> [FieldError] {
        var errors: [FieldError] = []
        if !isValidCode(programme.code) { errors.append(.init(field: "code", key: .programmeCodeInvalid)) }
        if case .province(let code) = programme.scope, RateScope("province:" + code) == nil {
            errors.append(.init(field: "scope", key: .rateScopeInvalid))
        }
        let title = VietnameseText.trimmed(programme.title)
        if title.isEmpty { errors.append(.init(field: "title", key: .fieldRequired)) }
        if title.count > titleMaxLength { errors.append(.init(field: "title", key: .fieldTooLong)) }
        if !years.contains(programme.firstYear) {
            errors.append(.init(field: "firstYear", key: .programmeYearsInvalid))
        }
        if !years.contains(programme.lastYear) || programme.lastYear < programme.firstYear
            || programme.lastYear - programme.firstYear + 1 > maxYears
        {
            errors.append(.init(field: "lastYear", key: .programmeYearsInvalid))
        }
        errors += decisionErrors(
            approved: programme.status.isApproved, decisionRef: programme.decisionRef, approvedOn: programme.approvedOn)
        if let approvedBy = programme.approvedBy, VietnameseText.trimmed(approvedBy).count > approvedByMaxLength {
            errors.append(.init(field: "approvedBy", key: .fieldTooLong))
        }
        if Set(programme.targets.map(\.metric)).count != programme.targets.count {
            errors.append(.init(field: "targets", key: .programmeTargetRepeated))
        }
        for target in programme.targets where (target.targetValue ?? 0) < 0 {
            errors.append(.init(field: "targets.\(target.metric.rawValue)", key: .programmeTargetNegative))
        }
        return errors
    }

    /// ASCII letters, digits, "-", "_" and "." only, so that codes survive URLs, file names and exports.
    static func isValidCode(_ code: String) -> Bool {
        !code.isEmpty && code.count <= codeMaxLength
            && code.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0))
            }
    }

    /// Approval is a decision: once approved, its number and date must be on record. Shared by plans.
    static func decisionErrors(approved: Bool, decisionRef: String?, approvedOn: Day?) -> [FieldError] {
        var errors: [FieldError] = []
        let reference = decisionRef.map(VietnameseText.trimmed) ?? ""
        if reference.count > decisionRefMaxLength { errors.append(.init(field: "decisionRef", key: .fieldTooLong)) }
        if approved, reference.isEmpty { errors.append(.init(field: "decisionRef", key: .approvalNeedsDecision)) }
        if approved, approvedOn == nil { errors.append(.init(field: "approvedOn", key: .approvalNeedsDecision)) }
        return errors
    }
}

/// Who may change a programme.
public enum ProgrammeEditing {
    /// The Cục drafts the national programme and, since Decree 235/2025, the Minister approves it
    /// (domain §5.1), so both work on it; for a local one the provincial Department of Industry and
    /// Trade drafts and the provincial People's Committee approves (TT 46/2012 Art.8).
    public static func canEdit(_ scope: RateScope, by principal: Principal) -> Bool {
        switch scope {
        case .national: principal.role == .ministryAdmin || principal.role == .ministryLeader
        case .province(let code):
            (principal.role == .provinceDepartment || principal.role == .provinceCommittee)
                && principal.provinceCode == code
        }
    }
}
