import Foundation

/// What an organiser sends to plan a round, before it is checked: one optional code per kind of
/// area, of which the level needs exactly one (none for a national round).
public struct SelectionRoundDraft: Sendable, Hashable {
    public var level: SelectionLevel
    public var year: Int
    public var communeCode: String?
    public var districtCode: String?
    public var provinceCode: String?
    public var regionCode: String?
    public var registrationOpens: Day
    public var registrationCloses: Day
    public var groups: Set<ProductGroup>
    /// Kinh phí in whole đồng, when the plan states it.
    public var budget: Int64?

    public init(
        level: SelectionLevel, year: Int, communeCode: String? = nil, districtCode: String? = nil,
        provinceCode: String? = nil, regionCode: String? = nil, registrationOpens: Day, registrationCloses: Day,
        groups: Set<ProductGroup> = Set(ProductGroup.allCases), budget: Int64? = nil
    ) {
        self.level = level
        self.year = year
        self.communeCode = communeCode
        self.districtCode = districtCode
        self.provinceCode = provinceCode
        self.regionCode = regionCode
        self.registrationOpens = registrationOpens
        self.registrationCloses = registrationCloses
        self.groups = groups
        self.budget = budget
    }
}

/// Đợt bình chọn sản phẩm CNNT tiêu biểu (domain §4.4, §5.6). Its organiser, council and quota, its
/// jury (`Jury`) and its progress through its steps are what the store records with it.
public struct SelectionRound: Sendable, Hashable, Identifiable, Codable {
    public let id: UUID
    public var scope: SelectionScope
    public var year: Int
    /// First and last day on which entries are accepted, both included.
    public var registrationOpens: Day
    public var registrationCloses: Day
    public var groups: Set<ProductGroup>
    public var budget: Int64?

    public var level: SelectionLevel { scope.level }

    public init(
        id: UUID, scope: SelectionScope, year: Int, registrationOpens: Day, registrationCloses: Day,
        groups: Set<ProductGroup> = Set(ProductGroup.allCases), budget: Int64? = nil
    ) {
        self.id = id
        self.scope = scope
        self.year = year
        self.registrationOpens = registrationOpens
        self.registrationCloses = registrationCloses
        self.groups = groups
        self.budget = budget
    }

    /// A round from a draft that passes `SelectionRoundValidation`, or the field errors.
    public init(
        id: UUID, validating draft: SelectionRoundDraft, regions: RegionTable = .historicThree
    ) throws(DomainError) {
        let errors = SelectionRoundValidation.errors(in: draft, regions: regions)
        guard errors.isEmpty else { throw DomainError.invalidFields(errors) }
        let scope: SelectionScope =
            switch draft.level {
            case .commune: .commune(SelectionRoundValidation.present(draft.communeCode)!)
            case .district: .district(SelectionRoundValidation.present(draft.districtCode)!)
            case .province: .province(SelectionRoundValidation.present(draft.provinceCode)!)
            case .region: .region(SelectionRoundValidation.present(draft.regionCode)!)
            case .national: .national
            }
        self.init(
            id: id, scope: scope, year: draft.year, registrationOpens: draft.registrationOpens,
            registrationCloses: draft.registrationCloses, groups: draft.groups, budget: draft.budget)
    }

    public func acceptsRegistration(on day: Day) -> Bool {
        registrationOpens <= day && day <= registrationCloses
    }

    /// The day whose parameters (aggregation, pass mark, nomination tiers) govern the whole round:
    /// the opening of registration, so that rules never change under a running round.
    public var rulesDay: Day { registrationOpens }
}
