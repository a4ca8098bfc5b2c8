import Foundation

/// The conditions an entry must meet before it is judged [V2; S-NN-2014, S-BRVT-2022; domain §8.1].
public enum EligibilityCriterion: String, Sendable, Codable, CaseIterable {
    /// Produced by the registering rural industrial establishment itself.
    case ownProduct = "own_product"
    /// No infringement of intellectual or industrial property rights (the establishment's declaration).
    case intellectualProperty = "intellectual_property"
    /// Complies with standards and technical regulations on quality, labour safety, occupational
    /// hygiene, food safety and environmental protection.
    case standards
    /// Can be made in large quantities — not a one-off piece (không phải sản phẩm độc bản).
    case massProducible = "mass_producible"
    case marketDemand = "market_demand"

    public var labelKey: MessageKey {
        switch self {
        case .ownProduct: .tpCriterionOwnProduct
        case .intellectualProperty: .tpCriterionIntellectualProperty
        case .standards: .tpCriterionStandards
        case .massProducible: .tpCriterionMassProducible
        case .marketDemand: .tpCriterionMarketDemand
        }
    }
}

public enum CheckOutcome: String, Sendable, Codable, CaseIterable {
    case pass, fail
    /// Not checked yet, or the checker could not tell.
    case unknown

    public var labelKey: MessageKey {
        switch self {
        case .pass: .tpOutcomePass
        case .fail: .tpOutcomeFail
        case .unknown: .tpOutcomeUnknown
        }
    }
}

/// One criterion checked on one entry, with who checked it and when.
public struct EligibilityCheck: Sendable, Hashable, Codable {
    public let criterion: EligibilityCriterion
    public let outcome: CheckOutcome
    public let checkedBy: String
    public let checkedOn: Day
    public let note: String

    public init(
        criterion: EligibilityCriterion, outcome: CheckOutcome, checkedBy: String, checkedOn: Day, note: String = ""
    ) {
        self.criterion = criterion
        self.outcome = outcome
        self.checkedBy = checkedBy
        self.checkedOn = checkedOn
        self.note = note
    }
}

/// The latest check of each criterion on one entry. An entry goes to the jury only when every
/// criterion has passed; an unknown holds it back as surely as a failure.
public struct EntryEligibility: Sendable, Hashable {
    public let entryID: UUID
    public private(set) var checks: [EligibilityCriterion: EligibilityCheck]

    public init(entryID: UUID, checks: [EligibilityCheck] = []) {
        self.entryID = entryID
        self.checks = [:]
        for check in checks { self.checks[check.criterion] = check }
    }

    /// Records a check, replacing the earlier one of the same criterion; refuses one without a checker.
    public mutating func record(_ check: EligibilityCheck) throws(DomainError) {
        if VietnameseText.trimmed(check.checkedBy).isEmpty {
            throw DomainError.invalidFields([FieldError(field: "checkedBy", key: .fieldRequired)])
        }
        checks[check.criterion] = check
    }

    public func outcome(of criterion: EligibilityCriterion) -> CheckOutcome { checks[criterion]?.outcome ?? .unknown }

    public var isEligibleForJudging: Bool { EligibilityCriterion.allCases.allSatisfy { outcome(of: $0) == .pass } }

    public var failed: [EligibilityCriterion] { EligibilityCriterion.allCases.filter { outcome(of: $0) == .fail } }

    public var undecided: [EligibilityCriterion] {
        EligibilityCriterion.allCases.filter { outcome(of: $0) == .unknown }
    }
}
