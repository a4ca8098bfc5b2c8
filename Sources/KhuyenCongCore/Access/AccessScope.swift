import Foundation

/// Where a record lives, in today's units: the province it is counted under (re-aggregated for old
/// records), its commune if it has one, and the organisation that owns it.
public struct RecordArea: Sendable, Hashable {
    public let provinceCode: String?
    public let communeCode: String?
    public let organisationID: UUID?

    public init(provinceCode: String?, communeCode: String? = nil, organisationID: UUID? = nil) {
        self.provinceCode = provinceCode
        self.communeCode = communeCode
        self.organisationID = organisationID
    }
}

/// What a principal may see and change (design.md §4.2). Repositories turn it into a filter on
/// every query; handlers never decide access themselves.
public struct AccessScope: Sendable, Hashable {
    public enum Area: Sendable, Hashable {
        case nation
        case province(String)
        case commune(String)
        case organisation(UUID)
        /// Sees nothing by area (e.g. a jury member outside the rounds assigned to them).
        case nothing
    }

    public let area: Area
    public let readOnly: Bool
    /// Set for an implementing unit: within its province it sees the registry, but of schemes only
    /// those it implements (design.md §1: "their own schemes").
    public let implementingUnit: UUID?

    public init(area: Area, readOnly: Bool, implementingUnit: UUID? = nil) {
        self.area = area
        self.readOnly = readOnly
        self.implementingUnit = implementingUnit
    }

    public init(for principal: Principal) {
        let area: Area
        switch principal.role {
        case .ministryAdmin, .ministryLeader, .systemAdmin:
            area = .nation
        case .provinceDepartment, .provinceCommittee, .implementingUnit:
            area = principal.provinceCode.map(Area.province) ?? .nothing
        case .inspector:
            area = principal.provinceCode.map(Area.province) ?? .nation
        case .communeCommittee, .collaborator:
            area = principal.communeCode.map(Area.commune) ?? .nothing
        case .establishment, .juryMember:
            area = principal.organisationID.map(Area.organisation) ?? .nothing
        }
        self.init(
            area: area, readOnly: principal.role.isReadOnly,
            implementingUnit: principal.role == .implementingUnit ? principal.organisationID ?? UUID(uuidString: "00000000-0000-0000-0000-000000000000")! : nil)
    }

    public static let everything = AccessScope(area: .nation, readOnly: false)

    public func canRead(_ record: RecordArea) -> Bool {
        switch area {
        case .nation: true
        case .province(let code): record.provinceCode == code
        case .commune(let code): record.communeCode == code
        case .organisation(let id): record.organisationID == id
        case .nothing: false
        }
    }

    public func canWrite(_ record: RecordArea) -> Bool { !readOnly && canRead(record) }

    /// The audit trail is for those who oversee an area (the nation or a province), not for one
    /// establishment or commune.
    public var canReadAuditTrail: Bool {
        switch area {
        case .nation, .province: true
        case .commune, .organisation, .nothing: false
        }
    }

    /// Whether new records may be created in this area at all: by a writer over an area (the nation,
    /// a province, a commune). An establishment's account changes its own record but registers no others.
    public var canWriteAnything: Bool {
        guard !readOnly else { return false }
        switch area {
        case .nation, .province, .commune: return true
        case .organisation, .nothing: return false
        }
    }

    /// Refuses a caller who may not create records, saying "read-only" to those who are.
    public func checkCanCreate() throws(DomainError) {
        guard canWriteAnything else { throw writeRefusal }
    }

    /// Refuses a caller who may not change every one of `records`, saying "read-only" to those who are.
    public func checkCanWrite(_ records: RecordArea...) throws(DomainError) {
        guard records.allSatisfy(canWrite) else { throw writeRefusal }
    }

    private var writeRefusal: DomainError { readOnly ? DomainError(.forbidden, .readOnlyRole) : DomainError.forbidden }
}
