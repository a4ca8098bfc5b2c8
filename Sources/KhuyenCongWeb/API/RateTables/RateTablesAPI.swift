import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

struct RateRuleDTO: Content {
    let activityType: String
    let activityLabel: String?
    let rateRow: String?
    let ratePercent: Double?
    let rateBasisPoints: Int?
    let cap: Int64?
    let capUnit: String
    let verified: Bool
    let note: String?
}

struct RateTableDTO: Content {
    let code: String
    let scope: String
    let title: String
    let legalBasis: String
    let validFrom: String
    let validTo: String?
    let rules: [RateRuleDTO]
    let version: Int?

    init(_ stored: RateTableRepository.Stored, language: UILanguage) {
        let table = stored.table
        code = table.code
        scope = table.scope.description
        title = table.title
        legalBasis = table.legalBasis
        validFrom = table.validFrom.iso
        validTo = table.validTo?.iso
        rules = table.rules.map {
            RateRuleDTO(
                activityType: $0.activityType.rawValue, activityLabel: Messages.text($0.activityType.labelKey, language),
                rateRow: $0.activityType.rateRow, ratePercent: $0.ratePercent.map { Double($0) / 100 }, rateBasisPoints: $0.ratePercent,
                cap: $0.cap, capUnit: $0.capUnit.rawValue, verified: $0.verified, note: $0.note)
        }
        version = stored.version
    }

    /// The table a `PUT` describes. Rates arrive in basis points (`rateBasisPoints`) or percent.
    func table() throws -> RateTable {
        var errors: [FieldError] = []
        let scope = RateScope(scope)
        if scope == nil { errors.append(FieldError(field: "scope", key: .rateScopeInvalid)) }
        let from = Day(iso: validFrom)
        if from == nil { errors.append(FieldError(field: "validFrom", key: .invalidDate)) }
        let to = try validTo.map { text in
            guard let day = Day(iso: text) else { throw DomainError.invalidFields([FieldError(field: "validTo", key: .invalidDate)]) }
            return day
        }
        var parsed: [SupportRule] = []
        for rule in rules {
            guard let activity = ActivityType(rawValue: rule.activityType) else {
                errors.append(FieldError(field: "rules.\(rule.activityType)", key: .schemeActivityUnknown))
                continue
            }
            guard let unit = CapUnit(rawValue: rule.capUnit) else {
                errors.append(FieldError(field: "rules.\(rule.activityType).capUnit", key: .rateCapUnitInvalid))
                continue
            }
            // A percentage far out of range must be refused, not converted (Int(_:) traps on overflow).
            let basisPoints = rule.rateBasisPoints ?? rule.ratePercent.map { percent in
                percent.isFinite && abs(percent) <= 1_000_000 ? Int((percent * 100).rounded()) : -1
            }
            parsed.append(SupportRule(activityType: activity, ratePercent: basisPoints, cap: rule.cap, capUnit: unit, verified: rule.verified, note: rule.note))
        }
        guard errors.isEmpty, let scope, let from else { throw DomainError.invalidFields(errors) }
        return RateTable(code: code, scope: scope, title: title, legalBasis: legalBasis, validFrom: from, validTo: to, rules: parsed)
    }
}

struct ActivityTypeDTO: Content {
    let code: String
    let label: String
    let rateRow: String
    let content: String
    let contentLabel: String
    let defaultCapUnit: String
}

/// `/api/v1/rate-tables` and `/api/v1/activity-types`: public legal data, readable by every
/// signed-in user; each table is written only by the body that keeps it.
enum RateTablesAPI {
    static func list(_ req: Request) async throws -> ItemsDTO<RateTableDTO> {
        _ = try req.requirePrincipal()
        let scope = try req.stringParameter("scope").map { text in
            guard let scope = RateScope(text) else { throw DomainError.invalidParameter("scope", expected: .rateScopeInvalid) }
            return scope
        }
        let tables = try await req.services.rateTables.all().filter { scope == nil || $0.table.scope == scope }
        return ItemsDTO(items: tables.map { RateTableDTO($0, language: req.language) }, nextCursor: nil)
    }

    static func show(_ req: Request) async throws -> RateTableDTO {
        _ = try req.requirePrincipal()
        guard let stored = try await req.services.rateTables.get(req.parameters.get("code") ?? "") else { throw DomainError.notFound }
        return RateTableDTO(stored, language: req.language)
    }

    /// `PUT /api/v1/rate-tables/{code}`: creates the table (no `version`) or replaces it (`version`).
    /// Creates (no `version`: 201) or replaces (the version read: 200) the table at its code.
    static func save(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let input = try req.decodeJSON(RateTableDTO.self)
        guard input.code == req.parameters.get("code") else {
            throw DomainError.invalidFields([FieldError(field: "code", key: .rateCodeInvalid)])
        }
        let saved = try await req.services.rateTables.save(try input.table(), expectedVersion: input.version, by: principal)
        let response = Response(status: input.version == nil ? .created : .ok)
        try response.content.encode(RateTableDTO(saved, language: req.language), as: .json)
        return response
    }

    static func activityTypes(_ req: Request) throws -> ItemsDTO<ActivityTypeDTO> {
        _ = try req.requirePrincipal()
        return ItemsDTO(
            items: ActivityType.allCases.map {
                ActivityTypeDTO(
                    code: $0.rawValue, label: req.text($0.labelKey), rateRow: $0.rateRow, content: $0.content.rawValue,
                    contentLabel: req.text($0.content.labelKey), defaultCapUnit: $0.defaultCapUnit.rawValue)
            }, nextCursor: nil)
    }
}
