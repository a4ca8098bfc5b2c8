import Foundation

/// One activity line of a scheme: what is done, how many cap units it covers, what it costs and
/// how much support is asked for it.
public struct SchemeLine: Sendable, Hashable, Codable {
    public var activityType: ActivityType
    public var description: String
    /// Number of the rule's cap units the line covers (models, establishments, rounds, persons…).
    public var quantity: Int
    public var eligibleCost: Int64
    public var requestedSupport: Int64

    public init(activityType: ActivityType, description: String, quantity: Int, eligibleCost: Int64, requestedSupport: Int64) {
        self.activityType = activityType
        self.description = description
        self.quantity = quantity
        self.eligibleCost = eligibleCost
        self.requestedSupport = requestedSupport
    }

    public var supportInput: SupportLineInput {
        SupportLineInput(activityType: activityType, eligibleCost: eligibleCost, quantity: quantity, requestedSupport: requestedSupport)
    }
}

/// Đề án khuyến công (domain §4.3).
public struct Scheme: Sendable, Hashable, Codable, Identifiable {
    public let id: UUID
    /// Human code, e.g. `KCQG-2026-01-0007` (level, plan year, province, sequence).
    public var code: String
    public var level: SchemeLevel
    public var kind: SchemeKind
    public var title: String
    public var planYear: Int
    public var startYear: Int
    public var endYear: Int
    /// Today's province code the scheme is counted under.
    public var provinceCode: String
    public var communeCodes: [String]
    public var implementingUnitID: UUID?
    public var cooperatingUnits: [String]
    public var beneficiaryIDs: [UUID]
    public var lines: [SchemeLine]
    /// Vốn đối ứng: what the beneficiaries put in.
    public var counterpartFunds: Int64
    public var otherFunds: Int64
    public var state: SchemeState
    /// Set by approval; the rules in force on this day govern the scheme from then on (domain R0).
    public var approvedOn: Day?
    /// The last facility acceptance, from which the settlement deadline runs.
    public var facilityAcceptedOn: Day?
    public var version: Int

    public init(
        id: UUID, code: String, level: SchemeLevel, kind: SchemeKind, title: String, planYear: Int, startYear: Int,
        endYear: Int, provinceCode: String, communeCodes: [String] = [], implementingUnitID: UUID? = nil,
        cooperatingUnits: [String] = [], beneficiaryIDs: [UUID] = [], lines: [SchemeLine], counterpartFunds: Int64 = 0,
        otherFunds: Int64 = 0, state: SchemeState = .draft, approvedOn: Day? = nil, facilityAcceptedOn: Day? = nil,
        version: Int = 1
    ) {
        self.id = id
        self.code = code
        self.level = level
        self.kind = kind
        self.title = title
        self.planYear = planYear
        self.startYear = startYear
        self.endYear = endYear
        self.provinceCode = provinceCode
        self.communeCodes = communeCodes
        self.implementingUnitID = implementingUnitID
        self.cooperatingUnits = cooperatingUnits
        self.beneficiaryIDs = beneficiaryIDs
        self.lines = lines
        self.counterpartFunds = counterpartFunds
        self.otherFunds = otherFunds
        self.state = state
        self.approvedOn = approvedOn
        self.facilityAcceptedOn = facilityAcceptedOn
        self.version = version
    }

    public var totalEligibleCost: Int64 { lines.reduce(0) { $0 + $1.eligibleCost } }
    public var totalRequested: Int64 { lines.reduce(0) { $0 + $1.requestedSupport } }
    public var durationYears: Int { endYear - startYear + 1 }

    /// The rate table a scheme is measured against: national schemes by the national table, local ones
    /// by their province's (domain §7.3: national caps never apply to local schemes).
    public var rateScope: RateScope {
        switch level {
        case .national: .national
        case .local: .province(provinceCode)
        }
    }

    /// The day whose rules apply: approval fixes it; before that, the rules of the day asked about.
    public func referenceDay(today: Day) -> Day { approvedOn ?? today }

    public var area: RecordArea {
        RecordArea(provinceCode: provinceCode, communeCode: communeCodes.first, organisationID: implementingUnitID)
    }
}
