import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

struct JudgeDTO: Content {
    let id: UUID
    let username: String
    let name: String
}

struct SelectionRoundDTO: Content {
    let id: UUID
    let level: String
    let levelLabel: String
    let year: Int
    let title: String
    let areaCode: String?
    let areaName: String?
    let provinceCode: String?
    let registrationOpens: String
    let registrationCloses: String
    let groups: [Int]
    let budget: Int64?
    let phase: String
    let phaseLabel: String
    let judgingClosed: Bool
    let jury: [JudgeDTO]
    let organiser: String?
    let council: [String]
    let quota: Int?
    let version: Int

    init(_ record: RoundRecord, jury: Jury?, naming: RoundNaming, today: Day) {
        let round = record.round
        id = round.id
        level = round.level.rawValue
        levelLabel = naming.text(round.level.labelKey)
        year = round.year
        title = naming.title(of: record)
        areaCode = round.scope.code
        areaName = naming.areaName(of: record)
        provinceCode = record.provinceCode
        registrationOpens = round.registrationOpens.iso
        registrationCloses = round.registrationCloses.iso
        groups = round.groups.map(\.rawValue).sorted()
        budget = round.budget
        let phase = record.phase(on: today)
        self.phase = phase.rawValue
        phaseLabel = naming.text(phase.labelKey)
        judgingClosed = record.judgingClosed
        self.jury = (jury?.judges ?? []).map { JudgeDTO(id: $0.id, username: $0.username, name: $0.name) }
        organiser = record.organiser
        council = record.council
        quota = record.quota
        version = record.version
    }
}

/// `POST /api/v1/selection-rounds`.
struct SelectionRoundInput: Content {
    let level: String
    let year: Int
    let title: String?
    let provinceCode: String?
    let communeCode: String?
    let districtCode: String?
    let regionCode: String?
    let registrationOpens: String
    let registrationCloses: String
    let groups: [Int]?
    let budget: Int64?
    let organiser: String?
    let council: [String]?
    let quota: Int?
    /// Required when revising: the version read.
    let version: Int?

    var plan: TypicalProductRepository.Plan {
        TypicalProductRepository.Plan(title: title, organiser: organiser, council: council ?? [], quota: quota)
    }

    func draft() throws -> SelectionRoundDraft {
        var errors: [FieldError] = []
        let level = SelectionLevel(rawValue: level)
        if level == nil { errors.append(FieldError(field: "level", key: .tpLevelUnknown)) }
        let opens = Day(iso: registrationOpens)
        if opens == nil { errors.append(FieldError(field: "registrationOpens", key: .invalidDate)) }
        let closes = Day(iso: registrationCloses)
        if closes == nil { errors.append(FieldError(field: "registrationCloses", key: .invalidDate)) }
        var parsedGroups = Set(ProductGroup.allCases)
        if let groups {
            parsedGroups = Set(groups.compactMap(ProductGroup.init(rawValue:)))
            if parsedGroups.count != Set(groups).count { errors.append(FieldError(field: "groups", key: .tpEntryGroupInvalid)) }
        }
        guard errors.isEmpty, let level, let opens, let closes else { throw DomainError.invalidFields(errors) }
        return SelectionRoundDraft(
            level: level, year: year, communeCode: communeCode, districtCode: districtCode, provinceCode: provinceCode,
            regionCode: regionCode, registrationOpens: opens, registrationCloses: closes, groups: parsedGroups, budget: budget)
    }
}

/// `POST /api/v1/selection-rounds/{id}/jury`.
struct JudgeInput: Content {
    struct Relation: Content {
        let establishmentId: UUID
        let description: String
    }

    let username: String
    let relations: [Relation]?
}

/// `POST /api/v1/selection-rounds/{id}/close`.
struct VersionInput: Content {
    let version: Int
}

struct ScoreSpreadDTO: Content {
    let minimum: Int
    let maximum: Int
    let range: Int
    let standardDeviation: Double

    init(_ spread: ScoreSpread) {
        minimum = spread.minimum
        maximum = spread.maximum
        range = spread.range
        standardDeviation = (spread.standardDeviation * 100).rounded() / 100
    }
}

struct EntryResultDTO: Content {
    /// The aggregate to two places; nil when no sheet counted.
    let score: Double?
    let totals: [Int]
    let passMark: Int
    let method: String
    let passed: Bool
    let spread: ScoreSpreadDTO?

    init(_ result: EntryResult, language: UILanguage) {
        score = result.score.map { NSDecimalNumber(decimal: $0.rounded()).doubleValue }
        totals = result.totals
        passMark = result.rule.passMark
        method = Messages.text(result.rule.method.labelKey, language)
        passed = result.passed
        spread = result.spread.map(ScoreSpreadDTO.init)
    }
}

struct RankedEntryDTO: Content {
    let entryId: UUID
    let productName: String
    let establishmentName: String
    let rank: Int?
    let status: String
    let result: EntryResultDTO
}

/// `GET /api/v1/selection-rounds/{id}/results`: for the council, once judging has closed.
struct RoundResultsDTO: Content {
    let round: SelectionRoundDTO
    let entries: [RankedEntryDTO]

    init(_ results: RoundResults, naming: RoundNaming, today: Day) {
        let bundle = results.bundle
        round = SelectionRoundDTO(bundle.record, jury: bundle.panel.jury, naming: naming, today: today)
        entries = results.results.compactMap { result in
            guard let entry = bundle.entries.first(where: { $0.id == result.entryID }) else { return nil }
            return RankedEntryDTO(
                entryId: entry.id, productName: entry.productName, establishmentName: bundle.establishmentNames[entry.establishmentID] ?? "",
                rank: results.rank(of: entry.id), status: bundle.status(of: entry).rawValue,
                result: EntryResultDTO(result, language: naming.language))
        }
        .sorted { ($0.rank ?? Int.max, $0.productName) < ($1.rank ?? Int.max, $1.productName) }
    }
}
