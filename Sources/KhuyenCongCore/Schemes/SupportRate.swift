import Foundation

/// Whose money a rate table governs: national khuyến công funds (KCQG) or one province's local funds
/// (KCĐP). Local levels are set by each provincial HĐND and may be lower than the national ones, so a
/// table applies to its own scope only (domain §7.1, §7.3).
public enum RateScope: Hashable, Sendable, Codable, LosslessStringConvertible {
    case national
    /// A province by its two-digit code, in the table in force when the rates were set.
    case province(String)

    /// The stable form stored and sent on the wire: "national" or "province:66".
    public var description: String {
        switch self {
        case .national: "national"
        case .province(let code): "province:" + code
        }
    }

    /// Parses the stable form; a province code is two ASCII digits, as in the official tables.
    public init?(_ description: String) {
        if description == "national" {
            self = .national
            return
        }
        let prefix = "province:"
        guard description.hasPrefix(prefix) else { return nil }
        let code = description.dropFirst(prefix.count)
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self = .province(String(code))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let scope = RateScope(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected national or province:NN")
        }
        self = scope
    }
}

/// Percentages are basis points (design.md §3): 30 % = 3000, so that shares stay whole numbers.
public enum BasisPoints {
    /// 100 %.
    public static let whole = 10_000

    /// `basisPoints` of `amount`, rounded down to the đồng — the one rounding rule for support
    /// amounts (design.md §3). Integer arithmetic throughout, split so that no intermediate product
    /// can overflow for any `Int64` amount at rates up to 100 %; larger rates saturate. Amounts below
    /// zero count as zero: a share of a negative cost is never support.
    public static func share(_ basisPoints: Int, of amount: Int64) -> Int64 {
        guard amount > 0, basisPoints > 0 else { return 0 }
        let rate = Int64(basisPoints)
        let denominator = Int64(whole)
        let (quotientPart, quotientOverflow) = (amount / denominator).multipliedReportingOverflow(by: rate)
        let (remainderPart, remainderOverflow) = (amount % denominator).multipliedReportingOverflow(by: rate)
        let (sum, sumOverflow) = quotientPart.addingReportingOverflow(remainderPart / denominator)
        return quotientOverflow || remainderOverflow || sumOverflow ? Int64.max : sum
    }

    /// "30 %", "12,5 %" in Vietnamese and "12.5 %" in English.
    public static func format(_ basisPoints: Int, in language: Language) -> String {
        let magnitude = basisPoints.magnitude
        var fraction = String(format: "%02d", Int(magnitude % 100))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let separator = language == .vi ? "," : "."
        let number = String(magnitude / 100) + (fraction.isEmpty ? "" : separator + fraction)
        return (basisPoints < 0 ? "-" : "") + number + " %"
    }
}

/// One row of a rate table: the most that may be supported for one activity type.
///
/// The general form is `min(rate × eligible cost, cap × units)` (domain §7.1). A rule without a
/// percentage (N6–N8) allows up to the whole eligible cost within its cap; one without a cap (N4,
/// N5: priced by bidding or by the number of people decided) allows the rate of the cost. A rule with
/// neither is a placeholder to be filled in from the official text, and no amount can be computed
/// from it (R-SUP-1).
public struct SupportRule: Hashable, Sendable, Codable {
    public var activityType: ActivityType
    /// Basis points (30 % = 3000); nil when the rule sets no percentage.
    public var ratePercent: Int?
    /// Đồng per `capUnit`; nil when there is no cap.
    public var cap: Int64?
    public var capUnit: CapUnit
    /// Whether the level was checked against the legal text. Domain.md's [V1] and [V2] count as
    /// verified, [U] as not; an unverified level is still applied but shown as such (design.md §4.4).
    public var verified: Bool
    /// Where an unverified level comes from, or what remains to be checked.
    public var note: String?

    public init(
        activityType: ActivityType, ratePercent: Int?, cap: Int64?, capUnit: CapUnit? = nil, verified: Bool,
        note: String? = nil
    ) {
        self.activityType = activityType
        self.ratePercent = ratePercent
        self.cap = cap
        self.capUnit = capUnit ?? activityType.defaultCapUnit
        self.verified = verified
        self.note = note
    }

    /// False for a placeholder that gives neither a percentage nor a cap.
    public var isSet: Bool { ratePercent != nil || cap != nil }

    /// The placeholder used when a table in force does not list an activity at all.
    public static func notSet(_ activityType: ActivityType) -> SupportRule {
        SupportRule(activityType: activityType, ratePercent: nil, cap: nil, verified: false)
    }
}

/// A table of support levels as one legal instrument sets them, for one scope and period
/// (design.md §4.4). A newer instrument replaces an older one as a whole, so a table should list
/// every activity its instrument prices.
public struct RateTable: Hashable, Sendable, Codable {
    /// Stable code, e.g. "TT28-2018-BTC".
    public var code: String
    public var scope: RateScope
    public var title: String
    /// The instrument and article, as officials cite it.
    public var legalBasis: String
    public var validFrom: Day
    /// The last day in force (inclusive), or nil while in force.
    public var validTo: Day?
    public var rules: [SupportRule]

    public init(
        code: String, scope: RateScope, title: String, legalBasis: String, validFrom: Day, validTo: Day? = nil,
        rules: [SupportRule]
    ) {
        self.code = code
        self.scope = scope
        self.title = title
        self.legalBasis = legalBasis
        self.validFrom = validFrom
        self.validTo = validTo
        self.rules = rules
    }

    /// The rule for an activity; the first one if a table lists it twice.
    public func rule(for activity: ActivityType) -> SupportRule? {
        rules.first { $0.activityType == activity }
    }

    public func isInForce(on day: Day) -> Bool {
        validFrom <= day && (validTo.map { day <= $0 } ?? true)
    }
}
