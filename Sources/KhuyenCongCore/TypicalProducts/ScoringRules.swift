import Foundation

/// How the judges' totals for one entry become its score. TT 26/2014 as read does not say
/// (domain §8.1, open question 6), hence a parameter.
public enum AggregationMethod: Sendable, Hashable {
    /// The average of the counted totals.
    case mean
    case median
    /// The average after dropping one highest and one lowest total, once at least `minimumJudges`
    /// totals count (at least 3); below that, the plain mean.
    case trimmedMean(minimumJudges: Int)

    public var labelKey: MessageKey {
        switch self {
        case .mean: .tpMethodMean
        case .median: .tpMethodMedian
        case .trimmedMean: .tpMethodTrimmedMean
        }
    }
}

/// On the wire: `{"kind": "mean" | "median" | "trimmed_mean", "minimumJudges": n}` (the last only
/// for a trimmed mean).
extension AggregationMethod: Codable {
    private enum CodingKeys: String, CodingKey { case kind, minimumJudges }

    public static let kinds = ["mean", "median", "trimmed_mean"]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "mean": self = .mean
        case "median": self = .median
        case "trimmed_mean": self = .trimmedMean(minimumJudges: try container.decode(Int.self, forKey: .minimumJudges))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown aggregation method")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .mean: try container.encode("mean", forKey: .kind)
        case .median: try container.encode("median", forKey: .kind)
        case .trimmedMean(let minimum):
            try container.encode("trimmed_mean", forKey: .kind)
            try container.encode(minimum, forKey: .minimumJudges)
        }
    }
}

/// How one level's entries are scored from a day on: a row of a small versioned table, edited like
/// the rate tables rather than written into code.
public struct ScoringRule: Sendable, Hashable, Codable {
    public let validFrom: Day
    public let level: SelectionLevel
    public let method: AggregationMethod
    /// The lowest score that passes (score ≥ passMark), on the 100-point sheet.
    public let passMark: Int
    public let methodVerified: Bool
    public let passMarkVerified: Bool
    public let note: String

    public init(
        validFrom: Day, level: SelectionLevel, method: AggregationMethod, passMark: Int, methodVerified: Bool,
        passMarkVerified: Bool, note: String = ""
    ) {
        self.validFrom = validFrom
        self.level = level
        self.method = method
        self.passMark = passMark
        self.methodVerified = methodVerified
        self.passMarkVerified = passMarkVerified
        self.note = note
    }

    public var errors: [FieldError] {
        var errors: [FieldError] = []
        if !(0...ScoreCriterion.maxTotal).contains(passMark) {
            errors.append(.init(field: "passMark", key: .tpPassMarkInvalid))
        }
        if case .trimmedMean(let minimum) = method, minimum < 3 {
            errors.append(.init(field: "method", key: .tpTrimNeedsThreeJudges))
        }
        return errors
    }
}

/// The scoring rules of every level through time.
public struct ScoringRuleBook: Sendable, Hashable, Codable {
    public let rules: [ScoringRule]

    public init(rules: [ScoringRule]) { self.rules = rules }

    /// The rule for `level` in force on `day` (for a round: its `rulesDay`).
    public func rule(for level: SelectionLevel, on day: Day) -> ScoringRule? {
        rules.filter { $0.level == level && $0.validFrom <= day }.max { $0.validFrom < $1.validFrom }
    }

    /// Rows that cannot be applied, and two rows for one level and day, which would make the choice
    /// arbitrary.
    public var errors: [FieldError] {
        var errors = rules.enumerated().flatMap { index, rule in
            rule.errors.map { FieldError(field: "rules[\(index + 1)].\($0.field)", key: $0.key) }
        }
        for (index, rule) in rules.enumerated()
        where rules[..<index].contains(where: { $0.level == rule.level && $0.validFrom == rule.validFrom }) {
            errors.append(.init(field: "rules[\(index + 1)].validFrom", key: .tpRuleRepeated))
        }
        return errors
    }

    /// TT 26/2014/TT-BCT, which introduced the 100-point sheet, in force from 21 Oct 2014 [V2; domain §1 L9].
    /// Rounds under TT 35/2010 before it have no rule here.
    static let circular26InForce = Day(year: 2014, month: 10, day: 21)!

    /// The default table. The provincial pass mark of 70 is observed in decisions [OBS→V2; S-TN-2023,
    /// S-QN-2014]; the other levels' marks and every aggregation method are domain-unverified [U] and
    /// set to the same 70 and the mean until the official text is read (domain §8.1).
    public static let standard = ScoringRuleBook(
        rules: SelectionLevel.allCases.map { level in
            ScoringRule(
                validFrom: circular26InForce, level: level, method: .mean, passMark: 70, methodVerified: false,
                passMarkVerified: level == .province,
                note: level == .province
                    ? "Điểm đạt 70 theo thực tiễn các tỉnh; cách tổng hợp điểm chưa đối chiếu TT 26/2014"
                    : "Chưa đối chiếu TT 26/2014 (sửa đổi bởi TT 14/2018, TT 38/2025): điểm đạt và cách tổng hợp")
        })
}
