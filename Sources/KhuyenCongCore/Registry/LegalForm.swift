import Foundation

/// Loại hình of a beneficiary (domain §4.2).
public enum LegalForm: String, Sendable, Codable, CaseIterable, Hashable {
    /// Doanh nghiệp nhỏ và vừa.
    case sme
    /// Tổ hợp tác.
    case cooperativeGroup = "cooperative_group"
    /// Hợp tác xã.
    case cooperative
    /// Liên hiệp hợp tác xã.
    case unionOfCooperatives = "union_of_cooperatives"
    /// Hộ kinh doanh.
    case businessHousehold = "business_household"
    /// Doanh nghiệp khác (not small or medium).
    case otherEnterprise = "other_enterprise"

    public var messageKey: MessageKey {
        switch self {
        case .sme: .formSME
        case .cooperativeGroup: .formCooperativeGroup
        case .cooperative: .formCooperative
        case .unionOfCooperatives: .formUnionOfCooperatives
        case .businessHousehold: .formBusinessHousehold
        case .otherEnterprise: .formOtherEnterprise
        }
    }

    /// The code (`_` written as a space) and every label in both languages, folded, to its form.
    static let byFoldedLabel: [String: LegalForm] = Dictionary(
        allCases.flatMap { form in
            [(spaced(form.rawValue), form)] + Language.allCases.map { (VietnameseText.fold(Messages.text(form.messageKey, $0)), form) }
        },
        uniquingKeysWith: { first, _ in first })

    /// Accepts the code or the label in either language, ignoring case and diacritics, so that an
    /// import file may say `cooperative`, `union_of_cooperatives`, `Hợp tác xã` or `hop tac xa`.
    public init?(parsing text: String) {
        guard let match = Self.byFoldedLabel[Self.spaced(VietnameseText.fold(text))] else { return nil }
        self = match
    }

    /// `_` as a space, checked on bytes first: most labels have none.
    private static func spaced(_ text: String) -> String {
        text.utf8.contains(0x5F) ? String(text.map { $0 == "_" ? " " : $0 }) : text
    }
}

/// Quy mô (Decree 80/2021/NĐ-CP size classes).
public enum SizeClass: String, Sendable, Codable, CaseIterable, Hashable {
    case micro, small, medium, large

    public var messageKey: MessageKey {
        switch self {
        case .micro: .sizeMicro
        case .small: .sizeSmall
        case .medium: .sizeMedium
        case .large: .sizeLarge
        }
    }
}
