import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

struct MoneyEntryDTO: Content {
    let id: UUID
    let kind: String
    let kindLabel: String
    let source: String
    let amount: Int64
    let on: String
    let reference: String
    let recordedBy: String

    init(_ entry: MoneyEntry, language: UILanguage) {
        id = entry.id
        kind = entry.kind.rawValue
        kindLabel = Messages.text(entry.kind.labelKey, language)
        source = entry.source.rawValue
        amount = entry.amount
        on = entry.on.iso
        reference = entry.reference
        recordedBy = entry.recordedBy
    }
}

struct SchemeMoneyDTO: Content {
    let source: String
    let approved: Int64
    let advanceLimit: Int64
    let totals: [String: Int64]
    let paid: Int64
    let entries: [MoneyEntryDTO]

    init(scheme: Scheme, entries: [MoneyEntry], language: UILanguage) {
        let money = SchemeMoney(scheme: scheme, entries: entries)
        source = money.source.rawValue
        approved = money.approved
        advanceLimit = money.advanceLimit
        totals = Dictionary(MoneyKind.allCases.map { ($0.rawValue, money[$0]) }, uniquingKeysWith: +)
        paid = money.paid
        self.entries = entries.map { MoneyEntryDTO($0, language: language) }
    }
}

struct MoneyInput: Content {
    let kind: String
    let amount: Int64
    let on: String?
    let reference: String
}

struct RollupRowDTO: Content {
    let key: String
    let approved: Int64
    let contracted: Int64
    let advanced: Int64
    let disbursed: Int64
    let accepted: Int64
    let settled: Int64
    let recovered: Int64

    init(_ row: MoneyRollupRow) {
        key = row.key
        approved = row.approved
        contracted = row[.contracted]
        advanced = row[.advanced]
        disbursed = row[.disbursed]
        accepted = row[.accepted]
        settled = row[.settled]
        recovered = row[.recovered]
    }
}

struct RollupDTO: Content {
    let by: String
    let year: Int?
    let rows: [RollupRowDTO]
    let total: RollupRowDTO
}

/// A scheme's money (`/api/v1/schemes/{id}/money`) and roll-ups over schemes (`/api/v1/money/rollup`).
enum SchemeMoneyAPI {
    static func show(_ req: Request) async throws -> SchemeMoneyDTO {
        let principal = try req.requirePrincipal()
        let (scheme, entries) = try await req.services.schemes.money(of: try req.uuidParameter("id"), scope: principal.scope)
        return SchemeMoneyDTO(scheme: scheme, entries: entries, language: req.language)
    }

    static func record(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        let input = try req.decodeJSON(MoneyInput.self)
        guard let kind = MoneyKind(rawValue: input.kind) else { throw DomainError.invalidFields([FieldError(field: "kind", key: .moneyKindUnknown)]) }
        let day = try input.on.map { text in
            guard let day = Day(parsing: text) else { throw DomainError.invalidFields([FieldError(field: "on", key: .fieldInvalidDate)]) }
            return day
        } ?? req.services.today
        _ = try await req.services.schemes.recordMoney(on: id, kind: kind, amount: input.amount, day: day, reference: input.reference, by: principal)
        let (scheme, entries) = try await req.services.schemes.money(of: id, scope: principal.scope)
        let response = Response(status: .created)
        try response.content.encode(SchemeMoneyDTO(scheme: scheme, entries: entries, language: req.language), as: .json)
        return response
    }

    /// `GET /api/v1/money/rollup?by=province|year|source&year=`.
    static func rollup(_ req: Request) async throws -> RollupDTO {
        let principal = try req.requirePrincipal()
        guard let grouping = MoneyRollup.Grouping(rawValue: req.stringParameter("by") ?? "province") else {
            throw DomainError.invalidParameter("by", expected: .rollupGroupingInvalid)
        }
        let year = try req.yearParameter(in: SchemeValidation.planYears)
        let result = try await req.services.schemes.moneyRollup(by: grouping, year: year, scope: principal.scope)
        return RollupDTO(by: grouping.rawValue, year: year, rows: result.rows.map(RollupRowDTO.init), total: RollupRowDTO(result.total))
    }
}
