import Foundation
import KhuyenCongCore

/// Realistic, deterministic establishments for demos and benchmarks: Vietnamese names built from
/// legal forms, trades and places, valid tax codes, spread over the given communes. The same seed
/// gives the same registry on every machine.
public struct SyntheticEstablishments: Sendable {
    private var random: SplitMix64

    public init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    static let trades: [(name: String, sector: String)] = [
        ("Gốm sứ", "handicrafts"), ("Mây tre đan", "handicrafts"), ("Dệt lụa", "consumer_goods"),
        ("Sơn mài", "handicrafts"), ("Đồ gỗ mỹ nghệ", "handicrafts"), ("Chế biến nông sản", "agro_processing"),
        ("Chè", "agro_processing"), ("Nước mắm", "agro_processing"), ("Cơ khí", "machinery_parts"),
        ("Bánh đa nem", "agro_processing"), ("Thêu ren", "handicrafts"), ("Gạch không nung", "rural_chemicals_materials"),
        ("Rượu truyền thống", "agro_processing"), ("Chế biến cà phê", "agro_processing"), ("Đúc đồng", "handicrafts"),
        ("Sửa chữa máy nông nghiệp", "machinery_parts"), ("May mặc", "consumer_goods"), ("Dược liệu", "agro_processing"),
    ]
    static let familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
    static let middleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Xuân", "Hồng"]
    static let givenNames = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Yến"]
    static let streets = ["Thôn Đông", "Thôn Tây", "Thôn Trung", "Xóm Mới", "Thôn Thượng", "Thôn Hạ", "Ấp 1", "Ấp 2", "Khu phố 3", "Bản Nà"]

    /// One establishment in `commune` (a unit in force today), counted under `provinceCode`.
    public mutating func next(commune: AdminUnit, provinceCode: String, provinceName: String, today: Day) -> Establishment {
        let trade = pick(Self.trades)
        let form: LegalForm = pick([.businessHousehold, .businessHousehold, .cooperative, .sme, .sme, .cooperativeGroup])
        let place = commune.name.replacingOccurrences(of: "Xã ", with: "").replacingOccurrences(of: "Phường ", with: "")
            .replacingOccurrences(of: "Đặc khu ", with: "")
        let owner = "\(pick(Self.familyNames)) \(pick(Self.middleNames)) \(pick(Self.givenNames))"
        let name: String =
            switch form {
            case .businessHousehold: "Hộ kinh doanh \(trade.name) \(owner)"
            case .cooperative: "Hợp tác xã \(trade.name) \(place)"
            case .cooperativeGroup: "Tổ hợp tác \(trade.name) \(place)"
            default: "Công ty TNHH \(trade.name) \(place) \(pick(["Phát Đạt", "Thành Công", "Hưng Thịnh", "An Phú", "Minh Long", "Việt Tiến"]))"
            }
        let employees = form == .businessHousehold ? Int(random.next() % 12) + 1 : Int(random.next() % 120) + 5
        var taxCode: String?
        while taxCode == nil {
            let leading = String(format: "%02d%07d", Int(provinceCode) ?? 1, Int(random.next() % 10_000_000))
            taxCode = TaxCode.enterpriseCode(leadingDigits: leading)
        }
        let founded = Day(year: 1990 + Int(random.next() % 34), month: Int(random.next() % 12) + 1, day: Int(random.next() % 28) + 1)
        return Establishment(
            id: random.uuid(), taxCode: taxCode!, name: name, legalForm: form,
            sizeClass: employees > 100 ? .small : .micro, commune: commune.ref, provinceCode: provinceCode,
            address: "\(pick(Self.streets)), \(commune.name), \(provinceName)", sectors: [trade.sector], employees: employees,
            employeesFemale: Int(random.next() % UInt64(employees + 1)), employeesEthnicMinority: random.next() % 5 == 0 ? Int(random.next() % UInt64(employees + 1)) : 0,
            womanOwned: random.next() % 3 == 0, ethnicMinorityOwned: random.next() % 10 == 0,
            appliesCleanerProduction: random.next() % 25 == 0, isClusterInvestor: false,
            phone: String(format: "0%09d", Int(random.next() % 1_000_000_000)), foundedOn: founded.flatMap { $0 <= today ? $0 : nil })
    }

    private mutating func pick<T>(_ choices: [T]) -> T { choices[Int(random.next() % UInt64(choices.count))] }
}

/// A small, fast, well-mixed generator with a seed (Steele, Lea & Flood 2014), so that synthetic data
/// is the same everywhere; never used for secrets.
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func uuid() -> UUID {
        let a = next()
        let b = next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * i))
            bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * i))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40  // version 4 layout
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(bytes: bytes)
    }
}
