import Foundation

/// The kind of unit, which eligibility rules depend on (domain §3.2 G3, §6.1).
/// The 2025 table states it in `divisionType`; the older table's type column says only
/// tỉnh/huyện/xã, so there the kind is read from the name's prefix ("Quận …", "Thị trấn …").
public enum AdminUnitKind: String, Sendable, Hashable, CaseIterable {
    case province, centralCity
    case urbanDistrict, ruralDistrict, town, provincialCity
    case commune, ward, township, specialZone
}

extension AdminUnit {
    public var kind: AdminUnitKind {
        let type = VietnameseText.fold(divisionType)
        switch (level, period) {
        case (.province, .twoTier): return type.contains("thanh pho") ? .centralCity : .province
        case (.province, .threeTier): return name.hasPrefix("Thành phố") ? .centralCity : .province
        case (.district, _):
            if name.hasPrefix("Quận") { return .urbanDistrict }
            if name.hasPrefix("Thị xã") { return .town }
            if name.hasPrefix("Thành phố") { return .provincialCity }
            return .ruralDistrict
        case (.commune, .twoTier):
            if type == "phuong" { return .ward }
            if type == "dac khu" { return .specialZone }
            return .commune
        case (.commune, .threeTier):
            if name.hasPrefix("Phường") { return .ward }
            if name.hasPrefix("Thị trấn") { return .township }
            return .commune
        }
    }
}
