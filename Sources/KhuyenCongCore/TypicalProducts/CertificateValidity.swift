import Foundation

/// How long a certificate issued from a day on stays valid: until 31 December of the n-th year,
/// counting the year of issue as the first.
public struct CertificateValidityRule: Sendable, Hashable, Codable {
    public let validFrom: Day
    public let yearsCountingIssueYear: Int
    public let verified: Bool
    public let legalBasis: String

    public init(validFrom: Day, yearsCountingIssueYear: Int, verified: Bool, legalBasis: String) {
        self.validFrom = validFrom
        self.yearsCountingIssueYear = yearsCountingIssueYear
        self.verified = verified
        self.legalBasis = legalBasis
    }
}

/// The validity rules through time, chosen by the day of issue.
public struct CertificateValidityBook: Sendable, Hashable, Codable {
    public let rules: [CertificateValidityRule]

    public init(rules: [CertificateValidityRule]) {
        precondition(!rules.isEmpty, "a validity book needs a rule")
        self.rules = rules.sorted { $0.validFrom < $1.validFrom }
    }

    /// Decoded books keep the same promise as built ones: at least one rule, in date order.
    public init(from decoder: any Decoder) throws {
        enum Keys: String, CodingKey { case rules }
        let container = try decoder.container(keyedBy: Keys.self)
        let rules = try container.decode([CertificateValidityRule].self, forKey: .rules)
        guard !rules.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .rules, in: container, debugDescription: "a validity book needs a rule")
        }
        self.init(rules: rules)
    }

    /// The rule in force on the day of issue; certificates older than every rule (TT 35/2010) are
    /// read with the oldest.
    public func rule(issuedOn day: Day) -> CertificateValidityRule {
        rules.last { $0.validFrom <= day } ?? rules[0]
    }

    /// 31 December of the last year: issued 2026 under a four-year rule → 31/12/2029.
    public func validUntil(issuedOn day: Day) -> Day {
        Day(year: day.year + rule(issuedOn: day).yearsCountingIssueYear - 1, month: 12, day: 31)!
    }

    public static let standard = CertificateValidityBook(rules: [
        // TT 26/2014 (eff. 21 Oct 2014): three years — inferred from TT 14/2018 adding one [U].
        CertificateValidityRule(
            validFrom: Day(year: 2014, month: 10, day: 21)!, yearsCountingIssueYear: 3, verified: false,
            legalBasis: "Thông tư 26/2014/TT-BCT (thời hạn 3 năm suy ra, chưa đối chiếu văn bản)"),
        // TT 14/2018 (eff. 16 Aug 2018): until 31 Dec of the 4th year counting the year of issue [V2; S-TT14-SUM].
        CertificateValidityRule(
            validFrom: Day(year: 2018, month: 8, day: 16)!, yearsCountingIssueYear: 4, verified: true,
            legalBasis: "Thông tư 26/2014/TT-BCT sửa đổi bởi Thông tư 14/2018/TT-BCT"),
    ])
}

/// Where a certificate stands on a day. Revocation is not modelled: its grounds are unknown (domain §5.7).
public enum CertificateStatus: String, Sendable, Codable, CaseIterable {
    /// Dated later than the day asked about.
    case notYetValid = "not_yet_valid"
    case valid
    case expired

    public var labelKey: MessageKey {
        switch self {
        case .notYetValid: .tpCertificateNotYetValid
        case .valid: .tpCertificateValid
        case .expired: .tpCertificateExpired
        }
    }
}
