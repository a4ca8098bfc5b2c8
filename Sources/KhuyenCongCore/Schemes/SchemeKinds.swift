import Foundation

/// Cấp đề án: national schemes use central funds (KCQG) under TT 36/2013; local ones use the
/// province's funds (KCĐP) under its own rules (domain §5.3, §5.5).
public enum SchemeLevel: String, Sendable, Codable, CaseIterable {
    case national, local

    public var labelKey: MessageKey {
        switch self {
        case .national: .schemeLevelNational
        case .local: .schemeLevelLocal
        }
    }

    /// Where the support money comes from (domain §7.1).
    public var supportSource: FundingSource {
        switch self {
        case .national: .central
        case .local: .provincial
        }
    }
}

/// Loại đề án.
public enum SchemeKind: String, Sendable, Codable, CaseIterable {
    case single
    /// Đề án điểm (TT 36/2013 Art.2 cl.3 as amended by TT 17/2018).
    case pilot
    /// Đề án lập theo nhóm: beneficiaries may be named only after approval.
    case group

    public var labelKey: MessageKey {
        switch self {
        case .single: .schemeKindSingle
        case .pilot: .schemeKindPilot
        case .group: .schemeKindGroup
        }
    }
}

/// Nguồn kinh phí (domain §4.5, §7.1).
public enum FundingSource: String, Sendable, Codable, CaseIterable {
    /// Kinh phí khuyến công quốc gia (central budget).
    case central
    /// Kinh phí khuyến công địa phương (provincial budget).
    case provincial
    case commune
    /// Tài trợ, nguồn hợp pháp khác.
    case other

    public var labelKey: MessageKey {
        switch self {
        case .central: .sourceCentral
        case .provincial: .sourceProvincial
        case .commune: .sourceCommune
        case .other: .sourceOther
        }
    }
}
