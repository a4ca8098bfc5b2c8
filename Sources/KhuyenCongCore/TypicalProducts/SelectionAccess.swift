import Foundation

/// Who organises a round, who may enter it, and where a round sits for access (design.md §1:
/// provinces run their rounds, the ministry the regional and national ones).
public enum SelectionAccess {
    /// Roles that organise rounds within their area: the Cục and the system's administrators anywhere,
    /// a province's Department in its province, a commune's committee in its commune [U: TT 26/2014
    /// names the organising level's authority; who keys it into the system is this system's choice].
    public static let organiserRoles: Set<Role> = [.ministryAdmin, .systemAdmin, .provinceDepartment, .communeCommittee]

    /// The area a round belongs to, in today's units: regional and national rounds belong to no
    /// province, so only those who see the whole nation organise or oversee them.
    public static func area(of scope: SelectionScope, provinceCode: String?) -> RecordArea {
        switch scope {
        case .commune(let code): RecordArea(provinceCode: provinceCode, communeCode: code)
        case .district, .province: RecordArea(provinceCode: provinceCode)
        case .region, .national: RecordArea(provinceCode: nil)
        }
    }

    public static func canOrganise(_ area: RecordArea, by principal: Principal) -> Bool {
        organiserRoles.contains(principal.role) && principal.scope.canWrite(area)
    }

    /// Refuses anyone but the round's organisers, telling an inspector that the role is read-only.
    public static func checkOrganiser(_ area: RecordArea, by principal: Principal) throws(DomainError) {
        guard canOrganise(area, by: principal) else { throw refusal(for: principal) }
    }

    private static func refusal(for principal: Principal) -> DomainError {
        principal.role.isReadOnly ? DomainError(.forbidden, .readOnlyRole) : DomainError(.forbidden, .tpNotOrganiser)
    }

    /// Who may enter a product for an establishment: its own account, or the round's organisers.
    public static func checkMayEnter(
        establishment: RecordArea, roundArea: RecordArea, by principal: Principal
    ) throws(DomainError) {
        if canOrganise(roundArea, by: principal) { return }
        if case .organisation(let id) = principal.scope.area, id == establishment.organisationID, !principal.role.isReadOnly {
            return
        }
        throw refusal(for: principal)
    }

    /// Whether an establishment in today's `provinceCode` and `communeCode` lies within the round's
    /// area. A district round is checked by province only: today's communes no longer say which old
    /// district they belonged to.
    public static func covers(
        _ round: SelectionRound, roundProvinceCode: String?, provinceCode: String, communeCode: String, regions: RegionTable
    ) -> Bool {
        switch round.scope {
        case .commune(let code): communeCode == code
        case .district: provinceCode == roundProvinceCode
        case .province(let code): provinceCode == code
        case .region(let code): regions.regionOf(provinceCode: provinceCode)?.code == code
        case .national: true
        }
    }
}

/// Where a round stands on a day, derived from its window and the organiser's closing of judging.
public enum RoundPhase: String, Sendable, Codable, CaseIterable {
    /// Registration has not opened yet.
    case announced
    case registration
    /// Registration closed; checks and judging under way.
    case judging
    /// Judging closed: results are final and the council decides.
    case closed

    public static func of(_ round: SelectionRound, judgingClosed: Bool, on day: Day) -> RoundPhase {
        if judgingClosed { return .closed }
        if day < round.registrationOpens { return .announced }
        return day <= round.registrationCloses ? .registration : .judging
    }

    public var labelKey: MessageKey {
        switch self {
        case .announced: .tpPhaseAnnounced
        case .registration: .tpPhaseRegistration
        case .judging: .tpPhaseJudging
        case .closed: .tpPhaseClosed
        }
    }
}

/// How a principal looks at an entry, which decides what of its judging they see.
public enum EntryViewer: Sendable, Hashable {
    /// Organises the round: checks, closes judging, sees every sheet once judging has closed.
    case organiser
    /// Sits on the round's jury.
    case judge(UUID)
    /// Oversees the round's or the establishment's area, or is the establishment: sees the entry,
    /// and its total and status once judging has closed.
    case reader

    /// The viewer a principal is, or nil when the entry is none of their business.
    public static func of(
        entryArea: RecordArea, roundArea: RecordArea, jury: Jury, principal: Principal
    ) -> EntryViewer? {
        if SelectionAccess.canOrganise(roundArea, by: principal) { return .organiser }
        if jury.judge(principal.userID) != nil { return .judge(principal.userID) }
        let scope = principal.scope
        if scope.canRead(roundArea) || scope.canRead(entryArea) { return .reader }
        return nil
    }

    /// The judge's id, when the viewer is one.
    public var judgeID: UUID? {
        if case .judge(let id) = self { return id }
        return nil
    }

    /// The sheets this viewer may read.
    public func visibleScores(_ scores: [JudgeScore], judgingClosed: Bool) -> [JudgeScore] {
        switch self {
        case .organiser: ScoreVisibility.visibleScores(for: .council, scores: scores, judgingClosed: judgingClosed)
        case .judge(let id): ScoreVisibility.visibleScores(for: .judge(id), scores: scores, judgingClosed: judgingClosed)
        case .reader: []
        }
    }

    /// Totals and results are shown to everyone with access once judging has closed, never before,
    /// so that a running judging cannot be steered.
    public func seesResult(judgingClosed: Bool) -> Bool { judgingClosed }
}
