import Foundation

/// Where an entry stands, furthest step first: what its establishment and the council read on the
/// entry's page and in lists.
public enum EntryStatus: String, Sendable, Codable, CaseIterable {
    /// Registered; the eligibility checks are not all done.
    case registered
    /// Failed at least one eligibility check: not judged.
    case ineligible
    /// Cleared every check; being judged.
    case judging
    /// Judging closed and the aggregate reached the pass mark.
    case passed
    /// Judging closed below the pass mark (or with no counted sheet).
    case notPassed = "not_passed"
    /// The council's authority recognised it.
    case recognised
    /// A certificate was issued.
    case certified

    public static func of(
        eligibility: EntryEligibility, judgingClosed: Bool, result: EntryResult?, recognised: Bool, certified: Bool
    ) -> EntryStatus {
        if certified { return .certified }
        if recognised { return .recognised }
        if !eligibility.failed.isEmpty { return .ineligible }
        if !eligibility.isEligibleForJudging { return .registered }
        if judgingClosed { return result?.passed == true ? .passed : .notPassed }
        return .judging
    }

    public var labelKey: MessageKey {
        switch self {
        case .registered: .tpStatusRegistered
        case .ineligible: .tpStatusIneligible
        case .judging: .tpStatusJudging
        case .passed: .tpStatusPassed
        case .notPassed: .tpStatusNotPassed
        case .recognised: .tpStatusRecognised
        case .certified: .tpStatusCertified
        }
    }
}
