import Foundation

/// One activity line of a scheme as the calculation needs it. Whether the figures are acceptable
/// (requested ≥ 0, requested ≤ eligible cost) is checked where the line is entered, not here.
public struct SupportLineInput: Hashable, Sendable, Codable {
    public var activityType: ActivityType
    /// Chi phí hợp lệ, in đồng.
    public var eligibleCost: Int64
    /// How many cap units the line covers (models, establishments, rounds, clusters, persons …).
    public var quantity: Int
    /// Kinh phí đề nghị hỗ trợ, in đồng.
    public var requestedSupport: Int64

    public init(activityType: ActivityType, eligibleCost: Int64, quantity: Int = 1, requestedSupport: Int64) {
        self.activityType = activityType
        self.eligibleCost = eligibleCost
        self.quantity = quantity
        self.requestedSupport = requestedSupport
    }
}

/// The rate tables the system knows, national and provincial, across time.
public struct RateBook: Hashable, Sendable, Codable {
    public var tables: [RateTable]

    public init(tables: [RateTable]) {
        self.tables = tables
    }

    /// The table that governs a scheme of `scope` on `day`: the in-force table of that very scope
    /// with the latest `validFrom` (on a tie, the one listed last). A national scheme never uses a
    /// province's table and a local scheme never uses the national one (domain §7.3).
    public func table(for scope: RateScope, on day: Day) -> RateTable? {
        var chosen: RateTable?
        for table in tables where table.scope == scope && table.isInForce(on: day) {
            if let current = chosen, current.validFrom > table.validFrom { continue }
            chosen = table
        }
        return chosen
    }

    /// The rule for one activity. A table in force that does not list the activity yields a
    /// placeholder rule, because a newer instrument replaces the older one as a whole: falling back to
    /// an older table would apply a level no longer in force.
    public func rule(for activity: ActivityType, scope: RateScope, on day: Day) -> (table: RateTable, rule: SupportRule)? {
        guard let table = table(for: scope, on: day) else { return nil }
        return (table, table.rule(for: activity) ?? .notSet(activity))
    }
}

/// The verdict on one line: the most that may be supported and how it was reached.
public struct LineAssessment: Hashable, Sendable, Codable {
    public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
        case computed
        /// No table of the scheme's scope is in force on the reference day.
        case noTableInForce = "no_table_in_force"
        /// The table in force gives neither a rate nor a cap for the activity yet.
        case ruleNotSet = "rule_not_set"
    }

    public var activityType: ActivityType
    public var eligibleCost: Int64
    /// As entered; the cap is multiplied by `capUnits`, which is at least 1.
    public var quantity: Int
    public var requestedSupport: Int64
    /// Nil unless `outcome` is `.computed`.
    public var allowedSupport: Int64?
    public var scope: RateScope
    /// The reference day whose rules were applied.
    public var day: Day
    public var tableCode: String?
    public var legalBasis: String?
    public var ratePercent: Int?
    public var cap: Int64?
    public var capUnit: CapUnit
    public var ruleVerified: Bool
    public var ruleNote: String?
    /// Rate × eligible cost, rounded down; nil when the rule sets no percentage.
    public var rateAmount: Int64?
    /// Cap × units; nil when the rule sets no cap.
    public var capAmount: Int64?
    public var outcome: Outcome
    /// The request is above what the rules allow; false when nothing could be computed.
    public var exceedsAllowed: Bool
    /// Set when a per-establishment cap shared by the scheme's beneficiaries lowered this line.
    public var sharedCap: SharedCap?

    /// A cap stated per establishment applies per beneficiary (domain §7.2, R-SUP-2): the lines of
    /// one activity together receive at most cap × the scheme's beneficiaries, however many units
    /// each line states.
    public struct SharedCap: Hashable, Sendable, Codable {
        public var beneficiaries: Int
        /// Cap × beneficiaries: what all the activity's lines may receive together.
        public var pool: Int64
        /// Allowed to the activity's earlier lines.
        public var usedBefore: Int64
        /// What this line's own rate and cap would have allowed.
        public var lineAmount: Int64
    }

    public var capUnits: Int { max(1, quantity) }

    /// How far the request is above the allowed amount, or nil.
    public var excess: Int64? {
        guard exceedsAllowed, let allowedSupport else { return nil }
        return requestedSupport - allowedSupport
    }
}

/// All lines of a scheme together.
public struct SupportAssessment: Hashable, Sendable, Codable {
    public var lines: [LineAssessment]
    /// Nil if any line cannot be computed: a partial sum would pass for the scheme's ceiling.
    public var totalAllowed: Int64?
    public var totalRequested: Int64

    /// Every line computed and no request above its allowed amount — the guard "support within the
    /// rate table" of the scheme workflow (design.md §4.3).
    public var withinRules: Bool {
        totalAllowed != nil && !lines.contains { $0.exceedsAllowed }
    }
}

public enum SupportCalculator {
    /// Applies the rules in force on `day` for `scope` to each line (domain §7.1). With
    /// `beneficiaries` (the scheme's count; nil or 0 when they are not fixed yet, as in a group
    /// scheme), a cap stated per establishment is shared by the lines of its activity (R-SUP-2).
    public static func assess(
        _ lines: [SupportLineInput], scope: RateScope, on day: Day, book: RateBook, beneficiaries: Int? = nil
    ) -> SupportAssessment {
        var assessed = lines.map { assess($0, scope: scope, on: day, book: book) }
        if let beneficiaries, beneficiaries > 0 { sharePerEstablishmentCaps(&assessed, beneficiaries: beneficiaries) }
        var totalAllowed: Int64? = 0
        var totalRequested: Int64 = 0
        for line in assessed {
            totalRequested = saturatingSum(totalRequested, line.requestedSupport)
            if let total = totalAllowed, let allowed = line.allowedSupport {
                totalAllowed = saturatingSum(total, allowed)
            } else {
                totalAllowed = nil
            }
        }
        return SupportAssessment(lines: assessed, totalAllowed: totalAllowed, totalRequested: totalRequested)
    }

    /// `min(rate × eligibleCost, cap × units)`; a missing rate means up to the whole cost, a missing
    /// cap means no ceiling but the rate.
    public static func assess(_ line: SupportLineInput, scope: RateScope, on day: Day, book: RateBook)
        -> LineAssessment
    {
        var result = LineAssessment(
            activityType: line.activityType, eligibleCost: line.eligibleCost, quantity: line.quantity,
            requestedSupport: line.requestedSupport, allowedSupport: nil, scope: scope, day: day, tableCode: nil,
            legalBasis: nil, ratePercent: nil, cap: nil, capUnit: line.activityType.defaultCapUnit,
            ruleVerified: false, ruleNote: nil, rateAmount: nil, capAmount: nil, outcome: .noTableInForce,
            exceedsAllowed: false, sharedCap: nil)
        guard let (table, rule) = book.rule(for: line.activityType, scope: scope, on: day) else { return result }
        result.tableCode = table.code
        result.legalBasis = table.legalBasis
        result.ratePercent = rule.ratePercent
        result.cap = rule.cap
        result.capUnit = rule.capUnit
        result.ruleVerified = rule.verified
        result.ruleNote = rule.note
        guard rule.isSet else {
            result.outcome = .ruleNotSet
            return result
        }
        let cost = max(0, line.eligibleCost)
        let rateAmount = rule.ratePercent.map { BasisPoints.share($0, of: cost) }
        let capAmount = rule.cap.map { cap in
            let (product, overflow) = cap.multipliedReportingOverflow(by: Int64(result.capUnits))
            return overflow ? Int64.max : product
        }
        let allowed = min(rateAmount ?? cost, capAmount ?? Int64.max)
        result.rateAmount = rateAmount
        result.capAmount = capAmount
        result.allowedSupport = allowed
        result.outcome = .computed
        result.exceedsAllowed = line.requestedSupport > allowed
        return result
    }

    /// Lowers, in line order, what the lines of each per-establishment activity are allowed so that
    /// together they stay within cap × beneficiaries.
    static func sharePerEstablishmentCaps(_ lines: inout [LineAssessment], beneficiaries: Int) {
        var used: [ActivityType: Int64] = [:]
        for index in lines.indices {
            let line = lines[index]
            guard line.outcome == .computed, line.capUnit == .establishment, let cap = line.cap, let own = line.allowedSupport else { continue }
            let (pool, overflow) = cap.multipliedReportingOverflow(by: Int64(beneficiaries))
            let limit = overflow ? Int64.max : pool
            let before = used[line.activityType, default: 0]
            let allowed = max(0, min(own, limit - before))
            used[line.activityType] = saturatingSum(before, allowed)
            guard allowed < own else { continue }
            lines[index].allowedSupport = allowed
            lines[index].exceedsAllowed = line.requestedSupport > allowed
            lines[index].sharedCap = LineAssessment.SharedCap(beneficiaries: beneficiaries, pool: limit, usedBefore: before, lineAmount: own)
        }
    }

    static func saturatingSum(_ a: Int64, _ b: Int64) -> Int64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? Int64.max : Int64.min) : sum
    }
}
