import Foundation

/// The content an adjustment proposes: what a scheme's approved content becomes if it is granted.
public struct SchemeRevision: Sendable, Hashable, Codable {
    public var title: String
    public var startYear: Int
    public var endYear: Int
    public var communeCodes: [String]
    public var cooperatingUnits: [String]
    public var beneficiaryIDs: [UUID]
    public var lines: [SchemeLine]

    public init(
        title: String, startYear: Int, endYear: Int, communeCodes: [String], cooperatingUnits: [String], beneficiaryIDs: [UUID],
        lines: [SchemeLine]
    ) {
        self.title = title
        self.startYear = startYear
        self.endYear = endYear
        self.communeCodes = communeCodes
        self.cooperatingUnits = cooperatingUnits
        self.beneficiaryIDs = beneficiaryIDs
        self.lines = lines
    }

    /// The scheme's current content, the starting point of a proposal.
    public init(_ scheme: Scheme) {
        self.init(
            title: scheme.title, startYear: scheme.startYear, endYear: scheme.endYear, communeCodes: scheme.communeCodes,
            cooperatingUnits: scheme.cooperatingUnits, beneficiaryIDs: scheme.beneficiaryIDs, lines: scheme.lines)
    }

    /// The scheme as it would be once adjusted. Counterpart funds follow the new lines (domain §7.1).
    public func applied(to scheme: Scheme) -> Scheme {
        var adjusted = scheme
        adjusted.title = VietnameseText.trimmed(title)
        adjusted.startYear = startYear
        adjusted.endYear = endYear
        adjusted.communeCodes = Array(Set(communeCodes)).sorted()
        adjusted.cooperatingUnits = cooperatingUnits.map(VietnameseText.trimmed).filter { !$0.isEmpty }
        adjusted.beneficiaryIDs = beneficiaryIDs
        adjusted.lines = lines
        adjusted.counterpartFunds = max(0, adjusted.totalEligibleCost - adjusted.totalRequested - adjusted.otherFunds)
        return adjusted
    }
}

/// Where an adjustment request stands (domain §5.4: drafted → confirmed by the Sở → decided).
public enum AdjustmentState: String, Sendable, Codable, CaseIterable {
    /// Waiting for the Sở Công Thương's confirmation (national schemes of a province).
    case requested
    /// Confirmed where needed; waiting for the decider.
    case confirmed
    case approved
    case rejected
    /// Taken back by whoever asked, before a decision.
    case withdrawn

    public var labelKey: MessageKey {
        switch self {
        case .requested: .adjStateRequested
        case .confirmed: .adjStateConfirmed
        case .approved: .adjStateApproved
        case .rejected: .adjStateRejected
        case .withdrawn: .adjStateWithdrawn
        }
    }

    public var isOpen: Bool { self == .requested || self == .confirmed }
}

public enum AdjustmentAction: String, Sendable, Codable, CaseIterable {
    case confirm, approve, reject, withdraw

    public var labelKey: MessageKey {
        switch self {
        case .confirm: .adjActionConfirm
        case .approve: .adjActionApprove
        case .reject: .adjActionReject
        case .withdraw: .adjActionWithdraw
        }
    }
}

/// A request to change an approved scheme, routed by what it changes.
public struct AdjustmentRequest: Sendable, Hashable, Identifiable {
    public let id: UUID
    public let schemeID: UUID
    public let kinds: [AdjustmentKind]
    public let reason: String
    public let revision: SchemeRevision
    public var state: AdjustmentState
    /// Who decides, fixed when the request is made from what it changes.
    public let decider: Role
    public let requestedBy: String
    public let requestedAtMillis: Int64
    public var decidedBy: String?
    public var decidedAtMillis: Int64?
    public var decisionReason: String?
    public var version: Int

    public init(
        id: UUID, schemeID: UUID, kinds: [AdjustmentKind], reason: String, revision: SchemeRevision, state: AdjustmentState,
        decider: Role, requestedBy: String, requestedAtMillis: Int64, decidedBy: String? = nil, decidedAtMillis: Int64? = nil,
        decisionReason: String? = nil, version: Int = 1
    ) {
        self.id = id
        self.schemeID = schemeID
        self.kinds = kinds
        self.reason = reason
        self.revision = revision
        self.state = state
        self.decider = decider
        self.requestedBy = requestedBy
        self.requestedAtMillis = requestedAtMillis
        self.decidedBy = decidedBy
        self.decidedAtMillis = decidedAtMillis
        self.decisionReason = decisionReason
        self.version = version
    }
}

/// The rules of adjustment requests (TT 36/2013 Art.11 as amended by TT 17/2018).
public enum AdjustmentFlow {
    /// Only an approved scheme not yet finished is adjusted; before approval the draft is edited.
    public static func canRequest(in state: SchemeState) -> Bool {
        state == .approved || state == .contracted || state == .inProgress
    }

    public static let requesters: Set<Role> = [.implementingUnit, .provinceDepartment]

    /// A national scheme's request from its implementing unit needs the Sở's confirmation first;
    /// one from the Sở itself, or for a local scheme, goes straight to the decider.
    public static func initialState(level: SchemeLevel, requester: Role) -> AdjustmentState {
        level == .national && requester != .provinceDepartment ? .requested : .confirmed
    }

    /// Who may ever take `action` on `request`: the Sở confirms (or declines) what awaits it, the
    /// decider approves or rejects, the account that asked withdraws.
    public static func takers(of action: AdjustmentAction, on request: AdjustmentRequest) -> Set<Role> {
        switch action {
        case .confirm: [.provinceDepartment]
        case .approve: [request.decider]
        case .reject: [.provinceDepartment, request.decider]
        case .withdraw: requesters
        }
    }

    /// Refuses a role that could not take `action` on `request` in any state.
    public static func checkRole(_ action: AdjustmentAction, on request: AdjustmentRequest, role: Role) throws(DomainError) {
        if action == .withdraw, !requesters.contains(role) {
            throw DomainError(.forbidden, .adjustmentOnlyRequester, arguments: ["name": request.requestedBy])
        }
        guard takers(of: action, on: request).contains(role) else {
            let named = action == .confirm ? Role.provinceDepartment : request.decider
            throw DomainError(.forbidden, .adjustmentNotYourDecision, labels: ["role": named.messageKey])
        }
    }

    /// The state `action` leads to, or why not. `byRequester`: the caller is the account that made
    /// the request, the only one that may withdraw it.
    public static func decide(
        _ action: AdjustmentAction, on request: AdjustmentRequest, role: Role, reason: String?, byRequester: Bool = false
    ) throws(DomainError) -> AdjustmentState {
        switch (action, request.state) {
        case (.withdraw, .requested), (.withdraw, .confirmed):
            guard byRequester else { throw DomainError(.forbidden, .adjustmentOnlyRequester, arguments: ["name": request.requestedBy]) }
            return .withdrawn
        case (.confirm, .requested):
            guard role == .provinceDepartment else {
                throw DomainError(.forbidden, .adjustmentNotYourDecision, labels: ["role": Role.provinceDepartment.messageKey])
            }
            return .confirmed
        case (.reject, .requested):
            // The Sở may decline to confirm: the request ends there, with its reason.
            guard role == .provinceDepartment else {
                throw DomainError(.forbidden, .adjustmentNotYourDecision, labels: ["role": Role.provinceDepartment.messageKey])
            }
            if VietnameseText.trimmed(reason ?? "").isEmpty {
                throw DomainError(.invalidInput, .reasonRequired, fields: [FieldError(field: "reason", key: .fieldRequired)])
            }
            return .rejected
        case (.approve, .confirmed), (.reject, .confirmed):
            // The decider was fixed from the content: the Cục cannot take the Minister's decision.
            guard role == request.decider else {
                throw DomainError(.forbidden, .adjustmentNotYourDecision, labels: ["role": request.decider.messageKey])
            }
            if action == .reject, VietnameseText.trimmed(reason ?? "").isEmpty {
                throw DomainError(.invalidInput, .reasonRequired, fields: [FieldError(field: "reason", key: .fieldRequired)])
            }
            return action == .approve ? .approved : .rejected
        default:
            throw DomainError(.conflict, .adjustmentNotFromState, labels: ["action": action.labelKey, "state": request.state.labelKey])
        }
    }
}
