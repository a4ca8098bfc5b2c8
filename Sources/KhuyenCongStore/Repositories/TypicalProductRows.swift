import Foundation
import KhuyenCongCore
import SQLKit

/// A round as stored: the domain round with what the store adds — its title, today's province of
/// its area, the closing of judging and the version.
public struct RoundRecord: Sendable, Hashable, Codable {
    public var round: SelectionRound
    public var title: String?
    /// The organising body as the plan names it, e.g. "Sở Công Thương Hà Nội".
    public var organiser: String?
    /// The selection council, one member per line ("Nguyễn Văn A — Phó Giám đốc Sở, Chủ tịch").
    public var council: [String] = []
    /// How many products the council may propose for recognition, when the plan sets a quota.
    public var quota: Int?
    public var provinceCode: String?
    public var judgingClosed: Bool
    public var version: Int

    public var area: RecordArea { SelectionAccess.area(of: round.scope, provinceCode: provinceCode) }

    public func phase(on day: Day) -> RoundPhase { RoundPhase.of(round, judgingClosed: judgingClosed, on: day) }
}

/// Everything about one round that judging and results need, read in a handful of queries.
public struct RoundBundle: Sendable {
    public let record: RoundRecord
    public let panel: JudgingPanel
    public let entries: [ProductEntry]
    public let eligibility: [UUID: EntryEligibility]
    public let scores: [JudgeScore]
    public let recognitions: [UUID: ProductRecognition]
    public let certificates: [UUID: ProductCertificate]
    /// Establishment names by id, for lists.
    public let establishmentNames: [UUID: String]
    /// Where each entry's establishment sits, for access.
    public let entryAreas: [UUID: RecordArea]
    /// The parameters in force when the bundle was read.
    public let parameters: SelectionParameters

    public var round: SelectionRound { record.round }

    public func eligibility(of entry: ProductEntry) -> EntryEligibility {
        eligibility[entry.id] ?? EntryEligibility(entryID: entry.id)
    }

    public func result(of entry: ProductEntry) -> EntryResult? {
        Aggregation.result(for: entry, in: round, scores: scores, panel: panel, rules: parameters.scoring)
    }

    /// The results of the entries cleared for judging, in registration order.
    public var clearedResults: [EntryResult] {
        entries.filter { eligibility(of: $0).isEligibleForJudging }.compactMap { result(of: $0) }
    }

    public func status(of entry: ProductEntry) -> EntryStatus {
        EntryStatus.of(
            eligibility: eligibility(of: entry), judgingClosed: record.judgingClosed, result: result(of: entry),
            recognised: recognitions[entry.id] != nil, certified: certificates[entry.id] != nil)
    }
}

enum TypicalProductRows {
    struct Round: Decodable {
        let id: String
        let level: String
        let areaCode: String?
        let provinceCode: String?
        let title: String?
        let year: Int
        let registrationOpens: String
        let registrationCloses: String
        let productGroups: String
        let budget: Int64?
        let judgingClosed: Int
        let version: Int
        let organiser: String?
        let council: String?
        let quota: Int?

        var record: RoundRecord? {
            guard let id = UUID(uuidString: id), let level = SelectionLevel(rawValue: level), let opens = Day(iso: registrationOpens),
                let closes = Day(iso: registrationCloses), let scope = TypicalProductRows.scope(level, areaCode)
            else { return nil }
            let groups = Set(productGroups.split(separator: ",").compactMap { Int($0).flatMap(ProductGroup.init(rawValue:)) })
            return RoundRecord(
                round: SelectionRound(
                    id: id, scope: scope, year: year, registrationOpens: opens, registrationCloses: closes, groups: groups,
                    budget: budget),
                title: title, organiser: organiser, council: (council ?? "").split(separator: "\n").map(String.init), quota: quota,
                provinceCode: provinceCode, judgingClosed: judgingClosed != 0, version: version)
        }
    }

    static let roundColumns = [
        "id", "level", "area_code", "province_code", "title", "year", "registration_opens", "registration_closes", "product_groups",
        "budget", "judging_closed", "version", "organiser", "council", "quota",
    ]

    static func scope(_ level: SelectionLevel, _ code: String?) -> SelectionScope? {
        switch level {
        case .national: return .national
        case .commune: return code.map(SelectionScope.commune)
        case .district: return code.map(SelectionScope.district)
        case .province: return code.map(SelectionScope.province)
        case .region: return code.map(SelectionScope.region)
        }
    }

    struct Judge: Decodable {
        let userId: String
        let username: String
        let name: String
        let organisationId: String?
    }

    struct Relation: Decodable {
        let judgeId: String
        let establishmentId: String
        let description: String
    }

    struct Entry: Decodable {
        let id: String
        let roundId: String
        let establishmentId: String
        let establishmentOrganisationId: String?
        let productName: String
        let productGroup: Int
        let isProductSet: Int
        let description: String
        let registeredOn: String
        let admittedBy: String?
        let provinceCode: String
        let communeCode: String

        var entry: ProductEntry? {
            guard let id = UUID(uuidString: id), let round = UUID(uuidString: roundId),
                let establishment = UUID(uuidString: establishmentId), let group = ProductGroup(rawValue: productGroup),
                let registered = Day(iso: registeredOn)
            else { return nil }
            return ProductEntry(
                id: id, roundID: round, establishmentID: establishment,
                establishmentOrganisationID: establishmentOrganisationId.flatMap(UUID.init(uuidString:)), productName: productName,
                group: group, isProductSet: isProductSet != 0, description: description, registeredOn: registered,
                admittedBy: admittedBy.flatMap { try? JSONDecoder().decode(PriorRecognition.self, from: Data($0.utf8)) })
        }

        var area: RecordArea {
            RecordArea(
                provinceCode: provinceCode, communeCode: communeCode,
                organisationID: establishmentOrganisationId.flatMap(UUID.init(uuidString:)))
        }
    }

    static let entryColumns = [
        "id", "round_id", "establishment_id", "establishment_organisation_id", "product_name", "product_group", "is_product_set",
        "description", "registered_on", "admitted_by", "province_code", "commune_code",
    ]

    struct Check: Decodable {
        let entryId: String
        let criterion: String
        let outcome: String
        let checkedBy: String
        let checkedOn: String
        let note: String
    }

    struct Score: Decodable {
        let entryId: String
        let judgeId: String
        let market: Int
        let economicTechnical: Int
        let culturalAesthetic: Int
        let other: Int
        let remarks: String
        let submittedOn: String?

        var score: JudgeScore? {
            guard let entry = UUID(uuidString: entryId), let judge = UUID(uuidString: judgeId) else { return nil }
            return JudgeScore(
                judgeID: judge, entryID: entry,
                sheet: ScoreSheet(
                    market: market, economicTechnicalSocialEnvironmental: economicTechnical, culturalAesthetic: culturalAesthetic,
                    other: other, remarks: remarks),
                submittedOn: submittedOn.flatMap(Day.init(iso:)))
        }
    }

    struct Conflict: Decodable {
        let entryId: String
        let judgeId: String
        let reason: String
        let declaredOn: String
    }

    struct Recognition: Decodable {
        let id: String
        let roundId: String
        let entryId: String
        let establishmentId: String
        let productName: String
        let level: String
        let areaCode: String?
        let year: Int
        let decisionRef: String
        let decidedOn: String
        let rank: Int?
        let award: String?

        var recognition: ProductRecognition? {
            guard let id = UUID(uuidString: id), let round = UUID(uuidString: roundId), let entry = UUID(uuidString: entryId),
                let establishment = UUID(uuidString: establishmentId), let level = SelectionLevel(rawValue: level),
                let scope = TypicalProductRows.scope(level, areaCode), let decided = Day(iso: decidedOn)
            else { return nil }
            return ProductRecognition(
                id: id, roundID: round, entryID: entry, establishmentID: establishment, productName: productName, scope: scope,
                year: year, decisionRef: decisionRef, decidedOn: decided, rank: rank, award: award)
        }
    }

    static let recognitionColumns = [
        "id", "round_id", "entry_id", "establishment_id", "product_name", "level", "area_code", "year", "decision_ref", "decided_on",
        "rank", "award",
    ]

    struct Certificate: Decodable {
        let id: String
        let recognitionId: String
        let entryId: String
        let establishmentId: String
        let productName: String
        let level: String
        let areaCode: String?
        let number: String
        let issuedOn: String
        let issuedBy: String
        let validUntil: String
        let published: Int

        var certificate: ProductCertificate? {
            guard let id = UUID(uuidString: id), let recognition = UUID(uuidString: recognitionId),
                let entry = UUID(uuidString: entryId), let establishment = UUID(uuidString: establishmentId),
                let level = SelectionLevel(rawValue: level), let scope = TypicalProductRows.scope(level, areaCode),
                let issued = Day(iso: issuedOn), let until = Day(iso: validUntil)
            else { return nil }
            return ProductCertificate(
                id: id, recognitionID: recognition, entryID: entry, establishmentID: establishment, productName: productName,
                scope: scope, number: number, issuedOn: issued, issuedBy: issuedBy, validUntil: until)
        }
    }

    static let certificateColumns = [
        "id", "recognition_id", "entry_id", "establishment_id", "product_name", "level", "area_code", "number", "issued_on",
        "issued_by", "valid_until", "published",
    ]
}

extension UUID {
    /// Ids are stored in lower case.
    var stored: String { text(lowercase: true) }
}
