import Foundation
import KhuyenCongCore
import Vapor

/// The body of `POST /api/v1/schemes` and `PUT /api/v1/schemes/{id}`. Codes arrive as strings so
/// that an unknown one is reported on its field rather than as unreadable JSON.
struct SchemeInput: Content {
    struct Line: Content {
        let activityType: String
        let description: String?
        let quantity: Int?
        let eligibleCost: Int64
        let requestedSupport: Int64
    }

    let level: String
    let kind: String
    let title: String
    let planYear: Int
    let startYear: Int?
    let endYear: Int?
    let provinceCode: String
    let communeCodes: [String]?
    let implementingUnitId: UUID?
    let cooperatingUnits: [String]?
    let beneficiaryIds: [UUID]?
    let lines: [Line]
    let counterpartFunds: Int64?
    let otherFunds: Int64?
    let version: Int?

    func draft() throws -> SchemeDraft {
        var errors: [FieldError] = []
        let level = SchemeLevel(rawValue: level)
        if level == nil { errors.append(FieldError(field: "level", key: .schemeLevelUnknown)) }
        let kind = SchemeKind(rawValue: kind)
        if kind == nil { errors.append(FieldError(field: "kind", key: .schemeKindUnknown)) }
        let parsed: [SchemeLine]
        do {
            parsed = try Self.parse(lines)
        } catch let error as DomainError {
            errors += error.fields
            parsed = []
        }
        guard errors.isEmpty, let level, let kind else { throw DomainError.invalidFields(errors) }
        return SchemeDraft(
            level: level, kind: kind, title: title, planYear: planYear, startYear: startYear, endYear: endYear,
            provinceCode: provinceCode, communeCodes: communeCodes ?? [], implementingUnitID: implementingUnitId,
            cooperatingUnits: cooperatingUnits ?? [], beneficiaryIDs: beneficiaryIds ?? [], lines: parsed,
            counterpartFunds: counterpartFunds, otherFunds: otherFunds)
    }
}

extension SchemeInput {
    /// Activity lines from the wire; an unknown activity code is reported on its line.
    static func parse(_ lines: [Line]) throws -> [SchemeLine] {
        var errors: [FieldError] = []
        var parsed: [SchemeLine] = []
        for (index, line) in lines.enumerated() {
            guard let activity = ActivityType(rawValue: line.activityType) else {
                errors.append(FieldError(field: "lines[\(index + 1)].activityType", key: .schemeActivityUnknown))
                continue
            }
            parsed.append(
                SchemeLine(
                    activityType: activity, description: line.description ?? "", quantity: line.quantity ?? 1,
                    eligibleCost: line.eligibleCost, requestedSupport: line.requestedSupport))
        }
        guard errors.isEmpty else { throw DomainError.invalidFields(errors) }
        return parsed
    }
}

/// `POST /api/v1/schemes/{id}/actions/{action}`.
struct SchemeActionInput: Content {
    let reason: String?
    let version: Int?
    /// The appraisal council or team, for a step that records an appraisal.
    var members: [String]? = nil
}
