import Foundation

/// Nhóm sản phẩm: the four product groups a round is judged in (TT 26/2014/TT-BCT; domain §8.1).
/// Raw values are the group numbers officials use.
public enum ProductGroup: Int, Sendable, Codable, CaseIterable, Comparable {
    /// Thủ công mỹ nghệ.
    case handicrafts = 1
    /// Chế biến nông, lâm, thủy sản và thực phẩm (some provinces add "và đồ uống").
    case processedAgroForestryFisheryAndFood = 2
    /// Thiết bị, máy móc, dụng cụ và phụ tùng cơ khí.
    case equipmentMachineryToolsAndParts = 3
    /// Sản phẩm khác.
    case other = 4

    public static func < (lhs: ProductGroup, rhs: ProductGroup) -> Bool { lhs.rawValue < rhs.rawValue }

    public var labelKey: MessageKey {
        switch self {
        case .handicrafts: .tpGroupHandicrafts
        case .processedAgroForestryFisheryAndFood: .tpGroupProcessedFood
        case .equipmentMachineryToolsAndParts: .tpGroupMachinery
        case .other: .tpGroupOther
        }
    }
}
