import Foundation

/// Cấp bình chọn sản phẩm công nghiệp nông thôn tiêu biểu: the tier a selection round is held at
/// (domain §5.6). Raw values are the stable codes used on the wire and in certificate numbers.
public enum SelectionLevel: String, Sendable, Codable, CaseIterable, Comparable {
    /// Cấp xã: commune, ward or special zone (TT 38/2025, from 1 Jul 2025).
    case commune
    /// Cấp huyện: only for rounds opened before 1 Jul 2025, when the district tier was abolished.
    case district
    /// Cấp tỉnh.
    case province
    /// Cấp khu vực: one of the regions of the `RegionTable`.
    case region
    /// Cấp quốc gia.
    case national

    /// Local government lost its district tier on this day (Law 72/2025/QH15; domain §3.1); district
    /// rounds must open before it and district selection moved to the commune (TT 38/2025; G4).
    public static let districtAbolishedOn = Day(year: 2025, month: 7, day: 1)!

    /// Bottom to top; commune and district are both the lowest tier of their own period.
    var rank: Int {
        switch self {
        case .commune: 0
        case .district: 1
        case .province: 2
        case .region: 3
        case .national: 4
        }
    }

    public static func < (lhs: SelectionLevel, rhs: SelectionLevel) -> Bool { lhs.rank < rhs.rank }

    /// Whether a round at this level may open on `day` (only the district level is time-bound).
    public func exists(on day: Day) -> Bool {
        self != .district || day < Self.districtAbolishedOn
    }

    /// Stable upper-case token used in certificate numbers.
    public var numberToken: String { rawValue.uppercased() }

    public var labelKey: MessageKey {
        switch self {
        case .commune: .tpLevelCommune
        case .district: .tpLevelDistrict
        case .province: .tpLevelProvince
        case .region: .tpLevelRegion
        case .national: .tpLevelNational
        }
    }
}

/// Who organises a round and over which area: the level together with the one code it needs.
/// Built only from a validated `SelectionRoundDraft`, so a round never has a code its level lacks.
public enum SelectionScope: Sendable, Hashable, Codable {
    /// A commune's five-digit code (QĐ 19/2025 table).
    case commune(String)
    /// A district's three-digit code of the 2008–2025 table.
    case district(String)
    /// A province's two-digit code.
    case province(String)
    /// A region's code in the `RegionTable` in use, e.g. "north".
    case region(String)
    case national

    public var level: SelectionLevel {
        switch self {
        case .commune: .commune
        case .district: .district
        case .province: .province
        case .region: .region
        case .national: .national
        }
    }

    /// The area's code, nil for the national level.
    public var code: String? {
        switch self {
        case .commune(let code), .district(let code), .province(let code), .region(let code): code
        case .national: nil
        }
    }
}
