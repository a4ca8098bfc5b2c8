import Foundation

/// A scheme as lists and worklists show it: no lines, the totals instead.
public struct SchemeSummary: Sendable, Hashable, Identifiable {
    public let id: UUID
    public let code: String
    public let level: SchemeLevel
    public let kind: SchemeKind
    public let title: String
    public let planYear: Int
    public let provinceCode: String
    public let implementingUnitID: UUID?
    public let state: SchemeState
    public let totalEligible: Int64
    public let totalRequested: Int64
    public let approvedOn: Day?
    public let facilityAcceptedOn: Day?
    public let version: Int

    public init(
        id: UUID, code: String, level: SchemeLevel, kind: SchemeKind, title: String, planYear: Int, provinceCode: String,
        implementingUnitID: UUID? = nil, state: SchemeState, totalEligible: Int64, totalRequested: Int64, approvedOn: Day?, facilityAcceptedOn: Day?, version: Int
    ) {
        self.id = id
        self.code = code
        self.level = level
        self.kind = kind
        self.title = title
        self.planYear = planYear
        self.provinceCode = provinceCode
        self.implementingUnitID = implementingUnitID
        self.state = state
        self.totalEligible = totalEligible
        self.totalRequested = totalRequested
        self.approvedOn = approvedOn
        self.facilityAcceptedOn = facilityAcceptedOn
        self.version = version
    }
}

/// One step of a scheme's recorded lifecycle.
public struct SchemeTransitionRecord: Sendable, Hashable {
    public let seq: Int
    public let action: SchemeAction
    public let from: SchemeState
    public let to: SchemeState
    public let actorName: String
    public let atMillis: Int64
    public let reason: String?
    /// SHA-256 of the scheme's content right after the step; approval also keeps the content itself.
    public let snapshotHash: String
    /// The appraisal council or team, when the step records an appraisal.
    public let members: [String]

    public init(
        seq: Int, action: SchemeAction, from: SchemeState, to: SchemeState, actorName: String, atMillis: Int64, reason: String?,
        snapshotHash: String, members: [String] = []
    ) {
        self.seq = seq
        self.action = action
        self.from = from
        self.to = to
        self.actorName = actorName
        self.atMillis = atMillis
        self.reason = reason
        self.snapshotHash = snapshotHash
        self.members = members
    }
}
