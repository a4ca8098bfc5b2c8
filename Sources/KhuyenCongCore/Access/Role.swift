import Foundation

/// The roles of design.md §1. Raw values are the stable codes used by the CLI and the API.
public enum Role: String, Sendable, Codable, CaseIterable {
    /// Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công — ministry department staff.
    case ministryAdmin = "ministry_admin"
    /// Lãnh đạo Bộ — approves the national plan and major adjustments.
    case ministryLeader = "ministry_leader"
    /// Sở Công Thương.
    case provinceDepartment = "province_department"
    /// UBND tỉnh — approves the local programme and plan.
    case provinceCommittee = "province_committee"
    /// Đơn vị thực hiện đề án (e.g. Trung tâm Khuyến công).
    case implementingUnit = "implementing_unit"
    /// UBND cấp xã.
    case communeCommittee = "commune_committee"
    /// Cộng tác viên khuyến công.
    case collaborator
    /// Cơ sở công nghiệp nông thôn (beneficiary).
    case establishment
    /// Thành viên hội đồng / ban giám khảo.
    case juryMember = "jury_member"
    /// Thanh tra, kiểm tra — read-only.
    case inspector
    /// Quản trị hệ thống.
    case systemAdmin = "system_admin"

    /// Which area a user of this role must be tied to when created.
    public var requiredArea: AreaRequirement {
        switch self {
        case .ministryAdmin, .ministryLeader, .systemAdmin, .juryMember: .none
        case .provinceDepartment, .provinceCommittee, .implementingUnit: .province
        case .communeCommittee, .collaborator: .commune
        case .establishment: .organisation
        case .inspector: .optionalProvince
        }
    }

    public enum AreaRequirement: Sendable { case none, province, commune, organisation, optionalProvince }

    /// Roles that may never change data.
    public var isReadOnly: Bool { self == .inspector }

    /// Who records how administrative units succeeded one another: the ministry's and the system's
    /// administrators, and a province's Department for its own territory. Leaders, committees and
    /// centres read the geography; they do not keep it.
    public static let keepsGeography: Set<Role> = [.ministryAdmin, .systemAdmin, .provinceDepartment]
}
