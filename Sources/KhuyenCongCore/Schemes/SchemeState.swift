import Foundation

/// The states of a scheme (domain §5.3 for national schemes; local ones use a subset, §5.5).
public enum SchemeState: String, Sendable, Codable, CaseIterable {
    case draft
    /// Submitted to the Sở Công Thương (national) or to the province's appraiser (local).
    case submitted
    /// Passed grassroots appraisal (thẩm định cấp cơ sở), national only.
    case grassrootsApproved = "grassroots_approved"
    /// Forwarded to the Cục with Form 2, national only.
    case atMinistry = "at_ministry"
    /// Appraised and placed in the draft annual plan.
    case inDraftPlan = "in_draft_plan"
    /// In the approved plan; the scheme's content is frozen from here on.
    case approved
    case contracted
    case inProgress = "in_progress"
    case stopPending = "stop_pending"
    case stopped
    /// Nghiệm thu cơ sở done; the settlement dossier is due within 15 days.
    case facilityAccepted = "facility_accepted"
    case settlementSubmitted = "settlement_submitted"
    /// Liquidated and settled.
    case closed
    case rejected
    /// Appraised by the ministry but not placed in the plan; may register again next year.
    case notSelected = "not_selected"

    public var labelKey: MessageKey {
        switch self {
        case .draft: .stateDraft
        case .submitted: .stateSubmitted
        case .grassrootsApproved: .stateGrassrootsApproved
        case .atMinistry: .stateAtMinistry
        case .inDraftPlan: .stateInDraftPlan
        case .approved: .stateApproved
        case .contracted: .stateContracted
        case .inProgress: .stateInProgress
        case .stopPending: .stateStopPending
        case .stopped: .stateStopped
        case .facilityAccepted: .stateFacilityAccepted
        case .settlementSubmitted: .stateSettlementSubmitted
        case .closed: .stateClosed
        case .rejected: .stateRejected
        case .notSelected: .stateNotSelected
        }
    }

    /// Only a draft may have its content edited; after approval changes go through adjustments.
    public var isEditable: Bool { self == .draft }

    /// Approved and not yet finished: the states in which money moves and liquidation is due.
    public var isUnderImplementation: Bool {
        switch self {
        case .approved, .contracted, .inProgress, .stopPending, .facilityAccepted, .settlementSubmitted: true
        default: false
        }
    }

    public var isFinal: Bool { self == .closed || self == .rejected || self == .notSelected || self == .stopped }
}

/// What a user can do to a scheme. Raw values are the API's `{action}` path segment.
public enum SchemeAction: String, Sendable, Codable, CaseIterable {
    case submit
    /// Send back for revision; always with a reason.
    case returnForRevision = "return"
    case grassrootsApprove = "grassroots_approve"
    case forwardToMinistry = "forward_to_ministry"
    case ministryApprove = "ministry_approve"
    case notSelect = "not_select"
    /// Local appraisal by the province (council or advisory apparatus).
    case appraise
    case reject
    case approve
    case signContract = "sign_contract"
    case start
    case requestStop = "request_stop"
    case approveStop = "approve_stop"
    case refuseStop = "refuse_stop"
    case acceptFacility = "accept_facility"
    case submitSettlement = "submit_settlement"
    case close

    /// A step that moves the scheme on, as opposed to sending it back, refusing it or asking to stop
    /// it: the worklist shows a scheme to those whose forward step it waits for.
    public var isForwardStep: Bool {
        switch self {
        case .returnForRevision, .reject, .notSelect, .requestStop, .refuseStop: false
        default: true
        }
    }

    public var labelKey: MessageKey {
        switch self {
        case .submit: .actionSubmit
        case .returnForRevision: .actionReturn
        case .grassrootsApprove: .actionGrassrootsApprove
        case .forwardToMinistry: .actionForwardToMinistry
        case .ministryApprove: .actionMinistryApprove
        case .notSelect: .actionNotSelect
        case .appraise: .actionAppraise
        case .reject: .actionReject
        case .approve: .actionApprove
        case .signContract: .actionSignContract
        case .start: .actionStart
        case .requestStop: .actionRequestStop
        case .approveStop: .actionApproveStop
        case .refuseStop: .actionRefuseStop
        case .acceptFacility: .actionAcceptFacility
        case .submitSettlement: .actionSubmitSettlement
        case .close: .actionClose
        }
    }
}

extension DomainError {
    /// An action code that is not one of `Action`'s, answered with the codes there are.
    public static func unknownAction<Action: RawRepresentable & CaseIterable>(_ code: String?, of _: Action.Type) -> DomainError
    where Action.RawValue == String {
        DomainError(
            .notFound, .schemeActionUnknown,
            arguments: ["action": code ?? "", "actions": Action.allCases.map(\.rawValue).joined(separator: ", ")])
    }
}
