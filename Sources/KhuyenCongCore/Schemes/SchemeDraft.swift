import Foundation

/// What a user sends to create or revise a scheme, before it is checked.
public struct SchemeDraft: Sendable, Hashable {
    public var level: SchemeLevel
    public var kind: SchemeKind
    public var title: String
    public var planYear: Int
    public var startYear: Int
    public var endYear: Int
    public var provinceCode: String
    public var communeCodes: [String]
    public var implementingUnitID: UUID?
    public var cooperatingUnits: [String]
    public var beneficiaryIDs: [UUID]
    public var lines: [SchemeLine]
    public var counterpartFunds: Int64?
    public var otherFunds: Int64?

    public init(
        level: SchemeLevel, kind: SchemeKind, title: String, planYear: Int, startYear: Int? = nil, endYear: Int? = nil,
        provinceCode: String, communeCodes: [String] = [], implementingUnitID: UUID? = nil, cooperatingUnits: [String] = [],
        beneficiaryIDs: [UUID] = [], lines: [SchemeLine], counterpartFunds: Int64? = nil, otherFunds: Int64? = nil
    ) {
        self.level = level
        self.kind = kind
        self.title = title
        self.planYear = planYear
        self.startYear = startYear ?? planYear
        self.endYear = endYear ?? startYear ?? planYear
        self.provinceCode = provinceCode
        self.communeCodes = communeCodes
        self.implementingUnitID = implementingUnitID
        self.cooperatingUnits = cooperatingUnits
        self.beneficiaryIDs = beneficiaryIDs
        self.lines = lines
        self.counterpartFunds = counterpartFunds
        self.otherFunds = otherFunds
    }
}

/// The checks on a scheme's own content. Facts the store holds (province, communes, beneficiaries)
/// are checked there; everything here needs nothing but the draft.
public enum SchemeValidation {
    public static let titleMaxLength = 500
    public static let descriptionMaxLength = 2000
    /// Plan years the system accepts: the programme periods it knows, with room for history.
    public static let planYears = 2010...2040
    /// 100 trillion đồng: far above any scheme, and low enough that rate × amount in basis points fits `Int64`.
    public static let maxLineAmount: Int64 = 100_000_000_000_000

    public static func errors(in draft: SchemeDraft) -> [FieldError] {
        var errors: [FieldError] = []
        let title = VietnameseText.trimmed(draft.title)
        if title.isEmpty { errors.append(.init(field: "title", key: .fieldRequired)) }
        if title.count > titleMaxLength { errors.append(.init(field: "title", key: .fieldTooLong)) }
        if !planYears.contains(draft.planYear) { errors.append(.init(field: "planYear", key: .schemeYearOutOfRange)) }
        if draft.endYear < draft.startYear || !planYears.contains(draft.startYear) || !planYears.contains(draft.endYear) {
            errors.append(.init(field: "endYear", key: .schemeYearsInvalid))
        }
        if draft.lines.isEmpty { errors.append(.init(field: "lines", key: .schemeNeedsLines)) }
        for (index, line) in draft.lines.enumerated() {
            errors += lineErrors(line, at: index)
        }
        if Set(draft.beneficiaryIDs).count != draft.beneficiaryIDs.count {
            errors.append(.init(field: "beneficiaryIds", key: .schemeBeneficiaryRepeated))
        }
        for (field, amount) in [("counterpartFunds", draft.counterpartFunds), ("otherFunds", draft.otherFunds)] {
            if let amount, amount < 0 || amount > maxLineAmount { errors.append(.init(field: field, key: .fieldWholeNumber)) }
        }
        if errors.isEmpty, draft.counterpartFunds == nil {
            // Without a stated counterpart it is what remains, so support and other funds cannot exceed the cost.
            let lines = draft.lines.reduce(Int64(0)) { $0 + $1.eligibleCost }
            let asked = draft.lines.reduce(Int64(0)) { $0 + $1.requestedSupport }
            if asked + (draft.otherFunds ?? 0) > lines { errors.append(.init(field: "otherFunds", key: .schemeFundsDoNotAddUp)) }
        }
        if errors.isEmpty, let counterpart = draft.counterpartFunds {
            // Domain §7.1: counterpart = eligible cost − support − other funds.
            let lines = draft.lines.reduce(Int64(0)) { $0 + $1.eligibleCost }
            let asked = draft.lines.reduce(Int64(0)) { $0 + $1.requestedSupport }
            if asked + counterpart + (draft.otherFunds ?? 0) != lines {
                errors.append(.init(field: "counterpartFunds", key: .schemeFundsDoNotAddUp))
            }
        }
        if draft.kind == .pilot { errors += pilotErrors(draft) }
        return errors
    }

    static func lineErrors(_ line: SchemeLine, at index: Int) -> [FieldError] {
        let prefix = "lines[\(index + 1)]."
        var errors: [FieldError] = []
        let description = VietnameseText.trimmed(line.description)
        if description.isEmpty { errors.append(.init(field: prefix + "description", key: .fieldRequired)) }
        if description.count > descriptionMaxLength { errors.append(.init(field: prefix + "description", key: .fieldTooLong)) }
        if line.quantity < 1 || line.quantity > 100_000 { errors.append(.init(field: prefix + "quantity", key: .schemeQuantityInvalid)) }
        if line.eligibleCost <= 0 || line.eligibleCost > maxLineAmount {
            errors.append(.init(field: prefix + "eligibleCost", key: .schemeAmountInvalid))
        }
        if line.requestedSupport < 0 || line.requestedSupport > maxLineAmount {
            errors.append(.init(field: prefix + "requestedSupport", key: .schemeAmountInvalid))
        } else if line.requestedSupport > line.eligibleCost, line.eligibleCost > 0 {
            errors.append(.init(field: prefix + "requestedSupport", key: .schemeRequestExceedsCost))
        }
        return errors
    }

    /// Đề án điểm: at least two activity contents, at least two beneficiaries, two to three years
    /// (TT 36/2013 Art.2 cl.3 as amended by TT 17/2018 Art.1 cl.1). Whether the sector has a
    /// competitive advantage and the activities are linked is the appraiser's judgement.
    static func pilotErrors(_ draft: SchemeDraft) -> [FieldError] {
        var errors: [FieldError] = []
        if Set(draft.lines.map(\.activityType)).count < 2 { errors.append(.init(field: "lines", key: .pilotNeedsTwoActivities)) }
        if draft.beneficiaryIDs.count < 2 { errors.append(.init(field: "beneficiaryIds", key: .pilotNeedsTwoBeneficiaries)) }
        let years = draft.endYear - draft.startYear + 1
        if !(2...3).contains(years) { errors.append(.init(field: "endYear", key: .pilotNeedsTwoToThreeYears)) }
        return errors
    }
}

/// Who may write a scheme's content.
public enum SchemeAuthoring {
    /// The Cục drafts national tasks anywhere; a province's Department and implementing units draft
    /// both levels in their own province.
    public static func canAuthor(level: SchemeLevel, provinceCode: String, by principal: Principal) -> Bool {
        switch principal.role {
        case .ministryAdmin: level == .national
        case .provinceDepartment, .implementingUnit: principal.provinceCode == provinceCode
        default: false
        }
    }

    /// An implementing unit acts only on the schemes it implements.
    public static func actsFor(_ scheme: Scheme, principal: Principal) -> Bool {
        guard principal.role == .implementingUnit else { return true }
        return scheme.implementingUnitID != nil && scheme.implementingUnitID == principal.organisationID
    }
}
