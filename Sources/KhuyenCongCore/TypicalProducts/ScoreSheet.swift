import Foundation

/// The four criteria of the scoring sheet (Phiếu chấm điểm, Appendix 4 to TT 26/2014/TT-BCT) [V2;
/// S-LMK-PL4, S-TN-2023; domain §8.1]. Points are whole numbers: the sheet states maxima only and no
/// source read shows half points, so decimals are refused [U — widen to tenths if a council uses them].
public enum ScoreCriterion: String, Sendable, Codable, CaseIterable {
    /// Đáp ứng thị trường và khả năng phát triển sản xuất.
    case market
    /// Kinh tế – kỹ thuật – xã hội và môi trường.
    case economicTechnicalSocialEnvironmental = "economic_technical_social_environmental"
    /// Tính văn hóa, tính thẩm mỹ.
    case culturalAesthetic = "cultural_aesthetic"
    /// Một số tiêu chí khác.
    case other

    public var maxPoints: Int {
        switch self {
        case .market, .economicTechnicalSocialEnvironmental: 40
        case .culturalAesthetic, .other: 10
        }
    }

    /// The field name a form or the API uses for the criterion (issue 5: `economicTechnical`).
    public var field: String {
        switch self {
        case .market: "market"
        case .economicTechnicalSocialEnvironmental: "economicTechnical"
        case .culturalAesthetic: "culturalAesthetic"
        case .other: "other"
        }
    }

    public var labelKey: MessageKey {
        switch self {
        case .market: .tpScoreMarket
        case .economicTechnicalSocialEnvironmental: .tpScoreEconomic
        case .culturalAesthetic: .tpScoreCultural
        case .other: .tpScoreOther
        }
    }

    /// The field error for a value outside 0…max.
    var rangeKey: MessageKey { maxPoints == 40 ? .tpScoreRange40 : .tpScoreRange10 }

    public static let maxTotal = allCases.reduce(0) { $0 + $1.maxPoints }
}

/// One judge's marks for one entry.
public struct ScoreSheet: Sendable, Hashable, Codable {
    public var market: Int
    public var economicTechnicalSocialEnvironmental: Int
    public var culturalAesthetic: Int
    public var other: Int
    public var remarks: String

    public init(
        market: Int, economicTechnicalSocialEnvironmental: Int, culturalAesthetic: Int, other: Int, remarks: String = ""
    ) {
        self.market = market
        self.economicTechnicalSocialEnvironmental = economicTechnicalSocialEnvironmental
        self.culturalAesthetic = culturalAesthetic
        self.other = other
        self.remarks = remarks
    }

    public func points(_ criterion: ScoreCriterion) -> Int {
        switch criterion {
        case .market: market
        case .economicTechnicalSocialEnvironmental: economicTechnicalSocialEnvironmental
        case .culturalAesthetic: culturalAesthetic
        case .other: other
        }
    }

    /// Out of 100.
    public var total: Int { ScoreCriterion.allCases.reduce(0) { $0 + points($1) } }

    public static let remarksMaxLength = 4000

    /// One error per criterion out of its range, each naming its field.
    public var errors: [FieldError] {
        var errors = ScoreCriterion.allCases.filter { !(0...$0.maxPoints).contains(points($0)) }
            .map { FieldError(field: $0.field, key: $0.rangeKey) }
        if remarks.count > Self.remarksMaxLength { errors.append(.init(field: "remarks", key: .fieldTooLong)) }
        return errors
    }

    public func validate() throws(DomainError) {
        let errors = errors
        if !errors.isEmpty { throw DomainError.invalidFields(errors) }
    }
}
