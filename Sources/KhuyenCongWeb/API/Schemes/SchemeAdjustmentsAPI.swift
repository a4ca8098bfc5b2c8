import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

struct AdjustmentDTO: Content {
    struct Kind: Content {
        let code: String
        let label: String
    }

    let id: UUID
    let schemeId: UUID
    let kinds: [Kind]
    let decider: String
    let deciderLabel: String
    let state: String
    let stateLabel: String
    let reason: String
    let requestedBy: String
    let requestedAt: Int64
    let decidedBy: String?
    let decidedAt: Int64?
    let decisionReason: String?
    let proposedLines: [SchemeLineDTO]
    let proposedTotalRequested: Int64
    let proposedEndYear: Int
    let version: Int

    init(_ request: AdjustmentRequest, language: UILanguage) {
        id = request.id
        schemeId = request.schemeID
        kinds = request.kinds.map { Kind(code: $0.rawValue, label: Messages.text($0.labelKey, language)) }
        decider = request.decider.rawValue
        deciderLabel = Messages.text(request.decider.messageKey, language)
        state = request.state.rawValue
        stateLabel = Messages.text(request.state.labelKey, language)
        reason = request.reason
        requestedBy = request.requestedBy
        requestedAt = request.requestedAtMillis
        decidedBy = request.decidedBy
        decidedAt = request.decidedAtMillis
        decisionReason = request.decisionReason
        proposedLines = request.revision.lines.map {
            SchemeLineDTO(
                activityType: $0.activityType.rawValue, activityLabel: Messages.text($0.activityType.labelKey, language),
                description: $0.description, quantity: $0.quantity, eligibleCost: $0.eligibleCost, requestedSupport: $0.requestedSupport)
        }
        proposedTotalRequested = request.revision.lines.reduce(0) { $0 + $1.requestedSupport }
        proposedEndYear = request.revision.endYear
        version = request.version
    }
}

/// `POST /api/v1/schemes/{id}/adjustments`: only the fields given change; the rest stay as approved.
struct AdjustmentInput: Content {
    let reason: String
    let title: String?
    let startYear: Int?
    let endYear: Int?
    let communeCodes: [String]?
    let cooperatingUnits: [String]?
    let beneficiaryIds: [UUID]?
    let lines: [SchemeInput.Line]?

    func revision(of scheme: Scheme) throws -> SchemeRevision {
        var revision = SchemeRevision(scheme)
        if let title { revision.title = title }
        if let startYear { revision.startYear = startYear }
        if let endYear { revision.endYear = endYear }
        if let communeCodes { revision.communeCodes = communeCodes }
        if let cooperatingUnits { revision.cooperatingUnits = cooperatingUnits }
        if let beneficiaryIds { revision.beneficiaryIDs = beneficiaryIds }
        if let lines { revision.lines = try SchemeInput.parse(lines) }
        return revision
    }
}

/// Adjustments of approved schemes, routed by what they change (TT 36/2013 Art.11).
enum SchemeAdjustmentsAPI {
    static func list(_ req: Request) async throws -> ItemsDTO<AdjustmentDTO> {
        let principal = try req.requirePrincipal()
        let items = try await req.services.schemes.adjustments(of: try req.uuidParameter("id"), scope: principal.scope)
        return ItemsDTO(items: items.map { AdjustmentDTO($0, language: req.language) }, nextCursor: nil)
    }

    static func request(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let schemeID = try req.uuidParameter("id")
        let input = try req.decodeJSON(AdjustmentInput.self)
        let scheme = try await req.services.schemes.get(schemeID, scope: principal.scope)
        let request = try await req.services.schemes.requestAdjustment(
            of: schemeID, revision: try input.revision(of: scheme), reason: input.reason, by: principal, today: req.services.today)
        let response = Response(status: .created)
        try response.content.encode(AdjustmentDTO(request, language: req.language), as: .json)
        return response
    }

    /// `POST /api/v1/adjustments/{id}/{confirm|approve|reject|withdraw}` `{"reason", "version"}`.
    static func decide(_ req: Request) async throws -> AdjustmentDTO {
        let principal = try req.requirePrincipal()
        guard let action = req.parameters.get("action").flatMap(AdjustmentAction.init(rawValue:)) else {
            throw DomainError.unknownAction(req.parameters.get("action"), of: AdjustmentAction.self)
        }
        let input = req.body.data == nil ? SchemeActionInput(reason: nil, version: nil) : try req.decodeJSON(SchemeActionInput.self)
        let decided = try await req.services.schemes.decideAdjustment(
            try req.uuidParameter("id"), action: action, expectedVersion: input.version, reason: input.reason, by: principal,
            today: req.services.today)
        return AdjustmentDTO(decided, language: req.language)
    }
}
