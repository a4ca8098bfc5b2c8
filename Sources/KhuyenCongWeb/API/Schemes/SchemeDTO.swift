import Foundation
import KhuyenCongCore
import Vapor

struct SchemeLineDTO: Content {
    let activityType: String
    let activityLabel: String
    let description: String
    let quantity: Int
    let eligibleCost: Int64
    let requestedSupport: Int64
}

struct DeadlineDTO: Content {
    let kind: String
    let label: String
    let due: String
    let overdue: Bool
}

struct SchemeSummaryDTO: Content {
    let id: UUID
    let code: String
    let level: String
    let kind: String
    let title: String
    let planYear: Int
    let provinceCode: String
    let state: String
    let stateLabel: String
    let totalEligibleCost: Int64
    let totalRequested: Int64
    let version: Int

    init(_ scheme: SchemeSummary, language: UILanguage) {
        id = scheme.id
        code = scheme.code
        level = scheme.level.rawValue
        kind = scheme.kind.rawValue
        title = scheme.title
        planYear = scheme.planYear
        provinceCode = scheme.provinceCode
        state = scheme.state.rawValue
        stateLabel = Messages.text(scheme.state.labelKey, language)
        totalEligibleCost = scheme.totalEligible
        totalRequested = scheme.totalRequested
        version = scheme.version
    }
}

struct TransitionDTO: Content {
    let seq: Int
    let action: String
    let from: String
    let to: String
    let by: String
    let at: String
    let reason: String?
    let snapshotHash: String
    let members: [String]
}

struct SchemeDTO: Content {
    let id: UUID
    let code: String
    let level: String
    let kind: String
    let title: String
    let planYear: Int
    let startYear: Int
    let endYear: Int
    let provinceCode: String
    let communeCodes: [String]
    let implementingUnitId: UUID?
    let cooperatingUnits: [String]
    let beneficiaryIds: [UUID]
    let lines: [SchemeLineDTO]
    let totalEligibleCost: Int64
    let totalRequested: Int64
    let counterpartFunds: Int64
    let otherFunds: Int64
    let state: String
    let stateLabel: String
    let approvedOn: String?
    let facilityAcceptedOn: String?
    let deadlines: [DeadlineDTO]
    let timeline: [TransitionDTO]?
    let version: Int

    init(_ scheme: Scheme, deadlines: [SchemeDeadline], timeline: [SchemeTransitionRecord]?, language: UILanguage) {
        id = scheme.id
        code = scheme.code
        level = scheme.level.rawValue
        kind = scheme.kind.rawValue
        title = scheme.title
        planYear = scheme.planYear
        startYear = scheme.startYear
        endYear = scheme.endYear
        provinceCode = scheme.provinceCode
        communeCodes = scheme.communeCodes
        implementingUnitId = scheme.implementingUnitID
        cooperatingUnits = scheme.cooperatingUnits
        beneficiaryIds = scheme.beneficiaryIDs
        lines = scheme.lines.map {
            SchemeLineDTO(
                activityType: $0.activityType.rawValue, activityLabel: Messages.text($0.activityType.labelKey, language),
                description: $0.description, quantity: $0.quantity, eligibleCost: $0.eligibleCost, requestedSupport: $0.requestedSupport)
        }
        totalEligibleCost = scheme.totalEligibleCost
        totalRequested = scheme.totalRequested
        counterpartFunds = scheme.counterpartFunds
        otherFunds = scheme.otherFunds
        state = scheme.state.rawValue
        stateLabel = Messages.text(scheme.state.labelKey, language)
        approvedOn = scheme.approvedOn?.iso
        facilityAcceptedOn = scheme.facilityAcceptedOn?.iso
        self.deadlines = deadlines.map {
            DeadlineDTO(kind: $0.kind.rawValue, label: Messages.text($0.kind.labelKey, language), due: $0.due.iso, overdue: $0.isOverdue)
        }
        self.timeline = timeline?.map {
            TransitionDTO(
                seq: $0.seq, action: $0.action.rawValue, from: $0.from.rawValue, to: $0.to.rawValue, by: $0.actorName,
                at: ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double($0.atMillis) / 1000)), reason: $0.reason,
                snapshotHash: $0.snapshotHash, members: $0.members)
        }
        version = scheme.version
    }
}

struct SupportRuleDTO: Content {
    let table: String?
    let legalBasis: String?
    let ratePercent: Double?
    let rateBasisPoints: Int?
    let cap: Int64?
    let capUnit: String
    let verified: Bool
}

struct SupportLineDTO: Content {
    let activityType: String
    let quantity: Int
    let eligibleCost: Int64
    let allowedSupport: Int64?
    let requestedSupport: Int64
    let exceedsAllowed: Bool
    let outcome: String
    let rule: SupportRuleDTO
    let explanation: String
}

/// `GET /api/v1/schemes/{id}/support`: the amount each line may receive and why.
struct SupportDTO: Content {
    let referenceDate: String
    let lines: [SupportLineDTO]
    let totalAllowed: Int64?
    let totalRequested: Int64
    let withinRules: Bool

    init(_ assessment: SupportAssessment, on day: Day, language: UILanguage, provinceName: String?) {
        referenceDate = day.iso
        lines = assessment.lines.map { line in
            SupportLineDTO(
                activityType: line.activityType.rawValue, quantity: line.quantity, eligibleCost: line.eligibleCost,
                allowedSupport: line.allowedSupport, requestedSupport: line.requestedSupport, exceedsAllowed: line.exceedsAllowed,
                outcome: line.outcome.rawValue,
                rule: SupportRuleDTO(
                    table: line.tableCode, legalBasis: line.legalBasis, ratePercent: line.ratePercent.map { Double($0) / 100 },
                    rateBasisPoints: line.ratePercent, cap: line.cap, capUnit: line.capUnit.rawValue, verified: line.ruleVerified),
                explanation: line.explanation(in: language, provinceName: provinceName))
        }
        totalAllowed = assessment.totalAllowed
        totalRequested = assessment.totalRequested
        withinRules = assessment.withinRules
    }
}

struct ActionOptionDTO: Content {
    struct Block: Content {
        let check: String
        let message: String
    }

    let action: String
    let label: String
    let targetState: String
    let requiresReason: Bool
    let allowed: Bool
    let blockedBy: [Block]
}

struct ActionsDTO: Content {
    let state: String
    let version: Int
    let items: [ActionOptionDTO]

    init(scheme: Scheme, options: [SchemeActionOption], language: UILanguage) {
        state = scheme.state.rawValue
        version = scheme.version
        items = options.map { option in
            ActionOptionDTO(
                action: option.action.rawValue, label: Messages.text(option.action.labelKey, language), targetState: option.to.rawValue,
                requiresReason: option.requiresReason, allowed: option.isAllowed,
                blockedBy: option.blockedBy.map {
                    .init(check: $0.rawValue, message: Messages.text($0.failureKey, language, ["action": Messages.text(option.action.labelKey, language)]))
                })
        }
    }
}

/// `GET /api/v1/schemes/{id}/checklist`: what the appraiser checks, computed where the system can.
struct ChecklistDTO: Content {
    struct Item: Content {
        let check: String
        let label: String
        let status: String
        let details: [String]
    }

    let referenceDate: String
    let items: [Item]

    init(_ checklist: AppraisalChecklist, on day: Day, language: UILanguage) {
        referenceDate = day.iso
        items = checklist.items.map {
            Item(check: $0.check.rawValue, label: Messages.text($0.check.labelKey, language), status: $0.status.rawValue, details: $0.details)
        }
    }
}
