import Foundation

/// Cấp hành chính.
public enum AdminLevel: String, Sendable, Codable, CaseIterable {
    case province, district, commune
}

/// The two official code tables. A code means a unit only together with its period: the 2025 table
/// reused many older codes for different units (Decision 19/2025/QĐ-TTg; see shared/data/README.md).
public enum AdminPeriod: String, Sendable, Codable, CaseIterable, Comparable {
    /// Three tiers (province, district, commune), QĐ 124/2004/QĐ-TTg codes, until 30 Jun 2025.
    case threeTier = "2008"
    /// Two tiers (province, commune) from 1 Jul 2025 — Resolution 202/2025/QH15, Law 72/2025/QH15.
    case twoTier = "2025"

    public var validFrom: Day {
        switch self {
        case .threeTier: Day(year: 2008, month: 1, day: 1)!
        case .twoTier: Day(year: 2025, month: 7, day: 1)!
        }
    }

    /// The last day the period's units were in force; nil while in force.
    public var validTo: Day? {
        switch self {
        case .threeTier: Day(year: 2025, month: 6, day: 30)!
        case .twoTier: nil
        }
    }

    public func contains(_ day: Day) -> Bool {
        day >= validFrom && (validTo.map { day <= $0 } ?? true)
    }

    /// The period in force on a day; days before 2008 map to the older table, the oldest we hold.
    public static func on(_ day: Day) -> AdminPeriod {
        day >= AdminPeriod.twoTier.validFrom ? .twoTier : .threeTier
    }

    public static func < (lhs: AdminPeriod, rhs: AdminPeriod) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Identity of a unit: its code within its period.
public struct AdminUnitRef: Hashable, Sendable, Codable, CustomStringConvertible {
    public let period: AdminPeriod
    public let code: String

    public init(period: AdminPeriod, code: String) {
        self.period = period
        self.code = code
    }

    /// `2025:01`, the form used in links and in stored references.
    public var description: String { "\(period.rawValue):\(code)" }

    public init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let period = AdminPeriod(rawValue: String(parts[0])) else { return nil }
        self.init(period: period, code: String(parts[1]))
    }
}

/// Đơn vị hành chính.
public struct AdminUnit: Hashable, Sendable {
    public let ref: AdminUnitRef
    public let level: AdminLevel
    public let name: String
    /// As published: tỉnh, thành phố trung ương, huyện, xã, phường, đặc khu …
    public let divisionType: String
    public let parentCode: String?
    public let codename: String
    public let foldedName: String
    public let sortKey: String

    public init(
        period: AdminPeriod, level: AdminLevel, code: String, name: String, divisionType: String,
        parentCode: String?, codename: String
    ) {
        self.ref = AdminUnitRef(period: period, code: code)
        self.level = level
        self.name = VietnameseText.normalized(name)
        self.divisionType = divisionType
        self.parentCode = parentCode?.isEmpty == true ? nil : parentCode
        self.codename = codename
        self.foldedName = VietnameseText.fold(name)
        self.sortKey = VietnameseCollation.sortKey(AdminUnit.nameWithoutPrefix(name))
    }

    public var code: String { ref.code }
    public var period: AdminPeriod { ref.period }
    public var validFrom: Day { period.validFrom }
    public var validTo: Day? { period.validTo }
    public var parentRef: AdminUnitRef? { parentCode.map { AdminUnitRef(period: period, code: $0) } }

    public func isValid(on day: Day) -> Bool { period.contains(day) }

    /// The older table prefixes provinces with "Tỉnh"/"Thành phố"; sorting ignores that prefix so that
    /// "Tỉnh An Giang" sorts by "An Giang".
    static func nameWithoutPrefix(_ name: String) -> String {
        for prefix in ["Thành phố ", "Tỉnh ", "Quận ", "Huyện ", "Thị xã ", "Thị trấn ", "Phường ", "Xã "]
        where name.hasPrefix(prefix) && name.count > prefix.count {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }
}
