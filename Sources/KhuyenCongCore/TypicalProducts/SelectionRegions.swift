import Foundation

/// Khu vực: a region regional rounds are held for.
public struct SelectionRegion: Sendable, Hashable, Codable, Identifiable {
    /// Stable lower-case code, used in rounds and certificate numbers ("north").
    public let code: String
    /// The name as decisions write it.
    public let name: String
    public let englishName: String
    /// Two-digit province codes of the table in force (QĐ 19/2025 since 1 Jul 2025).
    public let provinceCodes: [String]

    public var id: String { code }

    public init(code: String, name: String, englishName: String, provinceCodes: [String]) {
        self.code = code
        self.name = name
        self.englishName = englishName
        self.provinceCodes = provinceCodes
    }

    public func name(in language: Language) -> String { language == .en ? englishName : name }
}

/// Which province belongs to which region, as data: the Cục may regroup provinces, so regions are
/// configuration, never constants in rules (domain G6, open question 7).
public struct RegionTable: Sendable, Hashable, Codable {
    public let regions: [SelectionRegion]
    /// False until the grouping is confirmed against a decision of the Cục.
    public let verified: Bool
    public let note: String

    public init(regions: [SelectionRegion], verified: Bool, note: String = "") {
        self.regions = regions
        self.verified = verified
        self.note = note
    }

    public func region(code: String) -> SelectionRegion? { regions.first { $0.code == code } }

    /// The region a province belongs to, if the table assigns it.
    public func regionOf(provinceCode: String) -> SelectionRegion? {
        regions.first { $0.provinceCodes.contains(provinceCode) }
    }

    /// Province codes the table puts in more than one region: a table must have none.
    public var provincesInSeveralRegions: [String] {
        let all = regions.flatMap(\.provinceCodes)
        return Array(Set(all.filter { code in all.filter { $0 == code }.count > 1 })).sorted()
    }

    /// The default: the three historic regions — North, Central–Central Highlands, South [V2;
    /// S-NN-2014] — with the 34 provinces of the 2025 table (QĐ 19/2025, shared/data/admin-units-2025.csv)
    /// assigned by geography.
    ///
    /// Domain-unverified [U]: no grouping of the 34 provinces has been published that we could read
    /// (domain G6, open question 7). This is a default to be confirmed by the Cục and edited here (or
    /// replaced in configuration), not a legal fact. Choices worth confirming: Thanh Hóa, Nghệ An and
    /// Hà Tĩnh (North Central Coast) are put in the Central region, as the historic Central–Central
    /// Highlands region ran from Thanh Hóa southwards; Lâm Đồng (now with Bình Thuận and Đắk Nông) in
    /// the Central region; Đồng Nai (now with Bình Phước) in the South.
    public static let historicThree = RegionTable(
        regions: [
            SelectionRegion(
                code: "north", name: "Khu vực phía Bắc", englishName: "Northern region",
                provinceCodes: [
                    "01",  // Hà Nội
                    "04",  // Cao Bằng
                    "08",  // Tuyên Quang (with Hà Giang)
                    "11",  // Điện Biên
                    "12",  // Lai Châu
                    "14",  // Sơn La
                    "15",  // Lào Cai (with Yên Bái)
                    "19",  // Thái Nguyên (with Bắc Kạn)
                    "20",  // Lạng Sơn
                    "22",  // Quảng Ninh
                    "24",  // Bắc Ninh (with Bắc Giang)
                    "25",  // Phú Thọ (with Vĩnh Phúc, Hòa Bình)
                    "31",  // Hải Phòng (with Hải Dương)
                    "33",  // Hưng Yên (with Thái Bình)
                    "37",  // Ninh Bình (with Hà Nam, Nam Định)
                ]),
            SelectionRegion(
                code: "central", name: "Khu vực miền Trung – Tây Nguyên",
                englishName: "Central and Central Highlands region",
                provinceCodes: [
                    "38",  // Thanh Hóa
                    "40",  // Nghệ An
                    "42",  // Hà Tĩnh
                    "44",  // Quảng Trị (with Quảng Bình)
                    "46",  // Huế
                    "48",  // Đà Nẵng (with Quảng Nam)
                    "51",  // Quảng Ngãi (with Kon Tum)
                    "52",  // Gia Lai (with Bình Định)
                    "56",  // Khánh Hòa (with Ninh Thuận)
                    "66",  // Đắk Lắk (with Phú Yên)
                    "68",  // Lâm Đồng (with Đắk Nông, Bình Thuận)
                ]),
            SelectionRegion(
                code: "south", name: "Khu vực phía Nam", englishName: "Southern region",
                provinceCodes: [
                    "75",  // Đồng Nai (with Bình Phước)
                    "79",  // TP Hồ Chí Minh (with Bình Dương, Bà Rịa – Vũng Tàu)
                    "80",  // Tây Ninh (with Long An)
                    "82",  // Đồng Tháp (with Tiền Giang)
                    "86",  // Vĩnh Long (with Bến Tre, Trà Vinh)
                    "91",  // An Giang (with Kiên Giang)
                    "92",  // Cần Thơ (with Sóc Trăng, Hậu Giang)
                    "96",  // Cà Mau (with Bạc Liêu)
                ]),
        ],
        verified: false,
        note: "Mặc định theo địa lý, chưa có văn bản xác nhận cách chia 34 tỉnh, thành phố vào 3 khu vực")
}
