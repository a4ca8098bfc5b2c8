import Foundation

/// What a cap is stated per: "1.000.000.000 ₫ / mô hình". Caps apply per unit (domain §7.2, R-SUP-2),
/// so a line with two models may receive twice the cap.
public enum CapUnit: String, Sendable, Codable, CaseIterable, Hashable {
    /// Mô hình (demonstration or pilot model).
    case model
    /// Cơ sở (establishment).
    case establishment
    /// Doanh nghiệp (enterprise founded).
    case enterprise
    /// Cuộc bình chọn (selection round).
    case round
    /// Cụm công nghiệp (industrial cluster).
    case cluster
    /// Người (person, e.g. per air ticket or trainee).
    case person
    /// Đề án (the whole scheme).
    case scheme

    /// The singular label, as in "/ mô hình" and "per model".
    public var labelKey: MessageKey {
        switch self {
        case .model: .capUnitModel
        case .establishment: .capUnitEstablishment
        case .enterprise: .capUnitEnterprise
        case .round: .capUnitRound
        case .cluster: .capUnitCluster
        case .person: .capUnitPerson
        case .scheme: .capUnitScheme
        }
    }

    /// The plural label; Vietnamese nouns do not change, English ones do ("2 models").
    public var pluralLabelKey: MessageKey {
        switch self {
        case .model: .capUnitModels
        case .establishment: .capUnitEstablishments
        case .enterprise: .capUnitEnterprises
        case .round: .capUnitRounds
        case .cluster: .capUnitClusters
        case .person: .capUnitPersons
        case .scheme: .capUnitSchemes
        }
    }

    /// "1 model", "2 models", "2 mô hình".
    public func quantity(_ count: Int, in language: Language) -> String {
        Money.formatCount(count) + " " + Messages.text(count == 1 ? labelKey : pluralLabelKey, language)
    }
}
