import Foundation

/// A score as an exact fraction of whole points, so that a mean of 69.999… never passes a mark of 70
/// through rounding; `value` is for display.
public struct AggregateScore: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let numerator: Int
    public let denominator: Int

    public init(_ numerator: Int, over denominator: Int) {
        precondition(denominator > 0, "a score's denominator is positive")
        let divisor = Self.gcd(abs(numerator), denominator)
        self.numerator = numerator / max(divisor, 1)
        self.denominator = denominator / max(divisor, 1)
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    public var value: Decimal { Decimal(numerator) / Decimal(denominator) }

    /// Rounded half away from zero to `places` decimals, as a score sheet shows it.
    public func rounded(places: Int = 2) -> Decimal {
        var exact = value
        var result = Decimal()
        NSDecimalRound(&result, &exact, places, .plain)
        return result
    }

    public func meets(passMark: Int) -> Bool { numerator >= passMark * denominator }

    public static func < (lhs: AggregateScore, rhs: AggregateScore) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    public var description: String { "\(rounded())" }
}

/// How far the judges stood apart on one entry, for the council to see disagreement.
public struct ScoreSpread: Sendable, Hashable {
    public let minimum: Int
    public let maximum: Int
    /// Population standard deviation of the counted totals (the judges are the whole jury, not a sample).
    public let standardDeviation: Double

    public var range: Int { maximum - minimum }
}

/// One entry's outcome before the council decides: its score and whether it reaches the pass mark.
public struct EntryResult: Sendable, Hashable {
    public let entryID: UUID
    /// The counted totals, in the order given.
    public let totals: [Int]
    public let score: AggregateScore?
    public let spread: ScoreSpread?
    public let rule: ScoringRule

    /// Passing is necessary for recognition, not sufficient: the council may recognise fewer
    /// (domain §8.1: Thái Nguyên 2023, 43 passed, 30 proposed).
    public var passed: Bool { score?.meets(passMark: rule.passMark) ?? false }
}

public enum Aggregation {
    /// The score `method` makes of `totals`; nil when no sheet counts.
    public static func aggregate(_ totals: [Int], method: AggregationMethod) -> AggregateScore? {
        guard !totals.isEmpty else { return nil }
        let sorted = totals.sorted()
        switch method {
        case .mean:
            return AggregateScore(sorted.reduce(0, +), over: sorted.count)
        case .median:
            let middle = sorted.count / 2
            return sorted.count.isMultiple(of: 2)
                ? AggregateScore(sorted[middle - 1] + sorted[middle], over: 2) : AggregateScore(sorted[middle], over: 1)
        case .trimmedMean(let minimum):
            guard sorted.count >= max(minimum, 3) else { return aggregate(totals, method: .mean) }
            let kept = sorted.dropFirst().dropLast()
            return AggregateScore(kept.reduce(0, +), over: kept.count)
        }
    }

    public static func spread(_ totals: [Int]) -> ScoreSpread? {
        guard let minimum = totals.min(), let maximum = totals.max() else { return nil }
        let mean = Double(totals.reduce(0, +)) / Double(totals.count)
        let variance = totals.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(totals.count)
        return ScoreSpread(minimum: minimum, maximum: maximum, standardDeviation: variance.squareRoot())
    }

    public static func result(entryID: UUID, totals: [Int], rule: ScoringRule) -> EntryResult {
        EntryResult(
            entryID: entryID, totals: totals, score: aggregate(totals, method: rule.method), spread: spread(totals),
            rule: rule)
    }

    /// An entry's result from the round's sheets: only submitted sheets of jury members not excluded
    /// from it count, under the rule for the round's level in force on its `rulesDay`.
    public static func result(
        for entry: ProductEntry, in round: SelectionRound, scores: [JudgeScore], panel: JudgingPanel,
        rules: ScoringRuleBook = .standard
    ) -> EntryResult? {
        guard let rule = rules.rule(for: round.level, on: round.rulesDay) else { return nil }
        let totals = panel.countedScores(for: entry, among: scores).map(\.sheet.total)
        return result(entryID: entry.id, totals: totals, rule: rule)
    }
}
