import Foundation

/// What happened to a scheme's support money (domain §4.3 Payment, §7.4, §7.5).
public enum MoneyKind: String, Sendable, Codable, CaseIterable {
    /// The contract's value.
    case contracted
    /// Tạm ứng: paid before the work is done, within the advance rules.
    case advanced
    /// Paid against work done.
    case disbursed
    /// Nghiệm thu: the value of the work accepted.
    case accepted
    /// Quyết toán: the amount finally settled.
    case settled
    /// Thu hồi: paid money taken back (a stop, an unspent advance).
    case recovered

    public var labelKey: MessageKey {
        switch self {
        case .contracted: .moneyContracted
        case .advanced: .moneyAdvanced
        case .disbursed: .moneyDisbursed
        case .accepted: .moneyAccepted
        case .settled: .moneySettled
        case .recovered: .moneyRecovered
        }
    }

    /// The scheme states in which each kind of entry can be recorded.
    var allowedStates: Set<SchemeState> {
        switch self {
        case .contracted: [.contracted, .inProgress]
        case .advanced: [.contracted, .inProgress]
        case .disbursed: [.inProgress, .facilityAccepted, .settlementSubmitted]
        case .accepted: [.facilityAccepted, .settlementSubmitted, .closed]
        case .settled: [.settlementSubmitted, .closed]
        case .recovered: [.inProgress, .stopPending, .stopped, .facilityAccepted, .settlementSubmitted, .closed]
        }
    }
}

/// One recorded movement of a scheme's support money.
public struct MoneyEntry: Sendable, Hashable, Identifiable {
    public let id: UUID
    public let schemeID: UUID
    public let kind: MoneyKind
    public let source: FundingSource
    public let amount: Int64
    public let on: Day
    /// The document behind it: contract number, treasury voucher, minutes.
    public let reference: String
    public let recordedBy: String

    public init(id: UUID, schemeID: UUID, kind: MoneyKind, source: FundingSource, amount: Int64, on: Day, reference: String, recordedBy: String) {
        self.id = id
        self.schemeID = schemeID
        self.kind = kind
        self.source = source
        self.amount = amount
        self.on = on
        self.reference = reference
        self.recordedBy = recordedBy
    }
}

/// A scheme's money at a glance: what was approved and the sum of each kind of entry.
public struct SchemeMoney: Sendable, Hashable {
    public let source: FundingSource
    /// The support approved: the requested support of the approved content (zero before approval).
    public let approved: Int64
    public let totals: [MoneyKind: Int64]
    public let advanceLimit: Int64

    public init(scheme: Scheme, entries: [MoneyEntry]) {
        source = scheme.level.supportSource
        approved = scheme.approvedOn == nil ? 0 : scheme.totalRequested
        totals = Dictionary(entries.map { ($0.kind, $0.amount) }, uniquingKeysWith: +)
        advanceLimit = min(AdvanceRules.limit(for: scheme.lines), approved)
    }

    public subscript(kind: MoneyKind) -> Int64 { totals[kind] ?? 0 }

    /// Paid out and not taken back.
    public var paid: Int64 { self[.advanced] + self[.disbursed] - self[.recovered] }
}

/// The rules an entry must meet; the first broken one is the refusal.
public enum MoneyRules {
    /// The Cục pays national schemes; a province's Department pays its local ones.
    public static func payer(for level: SchemeLevel) -> Role {
        level == .national ? .ministryAdmin : .provinceDepartment
    }

    public static func check(_ entry: MoneyEntry, scheme: Scheme, existing: [MoneyEntry], role: Role) throws(DomainError) {
        guard role == payer(for: scheme.level) else {
            throw DomainError(.forbidden, .moneyNotYours, labels: ["role": payer(for: scheme.level).messageKey])
        }
        var errors: [FieldError] = []
        if entry.amount <= 0 || entry.amount > SchemeValidation.maxLineAmount { errors.append(.init(field: "amount", key: .schemeAmountInvalid)) }
        if entry.source != scheme.level.supportSource { errors.append(.init(field: "source", key: .moneyWrongSource)) }
        if VietnameseText.trimmed(entry.reference).isEmpty { errors.append(.init(field: "reference", key: .fieldRequired)) }
        guard errors.isEmpty else { throw DomainError.invalidFields(errors) }
        guard entry.kind.allowedStates.contains(scheme.state) else {
            throw DomainError(.conflict, .moneyNotInState, labels: ["kind": entry.kind.labelKey, "state": scheme.state.labelKey])
        }
        let before = SchemeMoney(scheme: scheme, entries: existing)
        let after = SchemeMoney(scheme: scheme, entries: existing + [entry])
        func refuse(_ key: MessageKey, _ limit: Int64) throws(DomainError) {
            throw DomainError(.conflict, key, arguments: ["limit": Money.format(limit)])
        }
        switch entry.kind {
        case .contracted:
            if before[.contracted] > 0 { throw DomainError(.conflict, .moneyContractRecorded) }
            if after[.contracted] > after.approved { try refuse(.moneyAboveApproved, after.approved) }
        case .advanced:
            // TT 36/2013: 30 % or 70 % of the support by kind of activity; none where the text gives none.
            if after[.advanced] > after.advanceLimit { try refuse(.moneyAboveAdvanceLimit, after.advanceLimit) }
        case .disbursed:
            if after.paid > after.approved { try refuse(.moneyAboveApproved, after.approved) }
        case .accepted:
            if after[.accepted] > after.approved { try refuse(.moneyAboveApproved, after.approved) }
        case .settled:
            if after[.settled] > after[.accepted] { try refuse(.moneyAboveAccepted, after[.accepted]) }
        case .recovered:
            if after[.recovered] > after[.advanced] + after[.disbursed] { try refuse(.moneyAbovePaid, after[.advanced] + after[.disbursed]) }
        }
    }
}

/// Support money summed by one grouping (province, year or source) over many schemes; every row
/// and the total come from the same entries, so they add up by construction — and tests check it.
public struct MoneyRollupRow: Sendable, Hashable {
    public let key: String
    public var approved: Int64
    public var amounts: [MoneyKind: Int64]

    public init(key: String, approved: Int64 = 0, amounts: [MoneyKind: Int64] = [:]) {
        self.key = key
        self.approved = approved
        self.amounts = amounts
    }

    public subscript(kind: MoneyKind) -> Int64 { amounts[kind] ?? 0 }
}

/// Roll-ups of support money by province, plan year or funding source.
public enum MoneyRollup {
    public enum Grouping: String, Sendable, CaseIterable {
        case province, year, source
    }

    /// The facts about one scheme that the roll-up needs.
    public struct SchemeFacts: Sendable, Hashable {
        public let id: UUID
        public let planYear: Int
        /// Today's province: schemes are stored under it, so old ones count where they are now.
        public let provinceCode: String
        public let level: SchemeLevel
        public let approved: Int64

        public init(id: UUID, planYear: Int, provinceCode: String, level: SchemeLevel, approved: Int64) {
            self.id = id
            self.planYear = planYear
            self.provinceCode = provinceCode
            self.level = level
            self.approved = approved
        }
    }

    /// Rows in key order and their total. Money of schemes not in `schemes` is ignored, so an
    /// access scope applied to the schemes applies to their money too.
    public static func compute(
        _ schemes: [SchemeFacts], sums: [(schemeID: UUID, kind: MoneyKind, amount: Int64)], by grouping: Grouping
    ) -> (rows: [MoneyRollupRow], total: MoneyRollupRow) {
        func key(_ scheme: SchemeFacts) -> String {
            switch grouping {
            case .province: scheme.provinceCode
            case .year: String(scheme.planYear)
            case .source: scheme.level.supportSource.rawValue
            }
        }
        let byID = Dictionary(schemes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [String: MoneyRollupRow] = [:]
        var total = MoneyRollupRow(key: "total")
        for scheme in schemes {
            rows[key(scheme), default: MoneyRollupRow(key: key(scheme))].approved += scheme.approved
            total.approved += scheme.approved
        }
        for sum in sums {
            guard let scheme = byID[sum.schemeID] else { continue }
            rows[key(scheme), default: MoneyRollupRow(key: key(scheme))].amounts[sum.kind, default: 0] += sum.amount
            total.amounts[sum.kind, default: 0] += sum.amount
        }
        return (rows.values.sorted { $0.key < $1.key }, total)
    }
}
