import Foundation

/// A product's recognition as a typical product at some level, as an entry presents it: from a
/// `ProductRecognition` the system holds, or typed from a decision or certificate made before it.
public struct PriorRecognition: Sendable, Hashable, Codable {
    public let level: SelectionLevel
    public let year: Int
    /// The recognising decision or the certificate number, as written on it.
    public let reference: String
    /// The certificate's last valid day when known; otherwise derived from `year`.
    public let validUntil: Day?

    public init(level: SelectionLevel, year: Int, reference: String, validUntil: Day? = nil) {
        self.level = level
        self.year = year
        self.reference = reference
        self.validUntil = validUntil
    }

    public init(_ recognition: ProductRecognition, certificate: ProductCertificate? = nil) {
        self.init(
            level: recognition.level, year: recognition.year, reference: certificate?.number ?? recognition.decisionRef,
            validUntil: certificate?.validUntil)
    }

    /// The last day the recognition counts. Without a certificate at hand the rule in force at the end
    /// of the recognition year is used, the reading most favourable to the product.
    public func lastValidDay(validity: CertificateValidityBook) -> Day {
        validUntil ?? validity.validUntil(issuedOn: Day(year: year, month: 12, day: 31)!)
    }
}

/// Who may enter a round: products recognised at the tier below; the lowest tier takes direct
/// entries (domain §5.6: regional entries are provincial typical products, national entries regional
/// ones) [OBS; S-HT-2020, S-ARIT-2021, S-CLCS-2023].
public enum Nomination {
    /// The levels whose recognition admits a product to `round`; empty when anyone may register.
    ///
    /// Before 1 Jul 2025 the district was the lowest tier (domain §5.6), so district rounds took direct
    /// entries and provincial rounds took district-recognised products. From then on commune rounds
    /// take direct entries and provincial rounds take commune-recognised products — and, while they
    /// are still valid, products recognised at district level before the reform, since district
    /// selection moved to the commune (TT 38/2025; G4). That transitional reading is [U].
    public static func feederLevels(for round: SelectionRound) -> [SelectionLevel] {
        switch round.level {
        case .commune, .district: []
        case .province: SelectionLevel.district.exists(on: round.rulesDay) ? [.district] : [.commune, .district]
        case .region: [.province]
        case .national: [.region]
        }
    }

    /// The recognition that admits the product to `round` on `day`: at a feeder level, made no later
    /// than the round's year, and still valid on `day` [U: that it must still be valid is inferred
    /// from the certificate's validity (TT 14/2018), no rule on nominations was found].
    public static func admittingRecognition(
        for round: SelectionRound, among recognitions: [PriorRecognition], on day: Day,
        validity: CertificateValidityBook = .standard
    ) -> PriorRecognition? {
        let feeders = feederLevels(for: round)
        return recognitions.first { recognition in
            feeders.contains(recognition.level) && recognition.year <= round.year
                && day <= recognition.lastValidDay(validity: validity)
        }
    }

    /// Refuses an entry whose product holds no recognition that admits it.
    public static func check(
        round: SelectionRound, recognitions: [PriorRecognition], on day: Day,
        validity: CertificateValidityBook = .standard
    ) throws(DomainError) {
        let feeders = feederLevels(for: round)
        guard let below = feeders.first,
            admittingRecognition(for: round, among: recognitions, on: day, validity: validity) == nil
        else { return }
        // A recognition at the right level that has lapsed deserves its own explanation.
        let lapsed = recognitions.filter { feeders.contains($0.level) && $0.year <= round.year }
            .max { $0.lastValidDay(validity: validity) < $1.lastValidDay(validity: validity) }
        if let lapsed {
            let lastDay = lapsed.lastValidDay(validity: validity)
            throw DomainError(
                .conflict, .tpNominationRecognitionExpired,
                arguments: ["reference": lapsed.reference, "date": lastDay.vietnamese],
                labels: ["below": lapsed.level.labelKey])
        }
        throw DomainError(
            .conflict, .tpNominationNeedsRecognition, labels: ["level": round.level.labelKey, "below": below.labelKey])
    }
}
