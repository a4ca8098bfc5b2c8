import Foundation

/// Công nhận sản phẩm CNNT tiêu biểu: the chairing authority's decision recognising an entry,
/// separate from passing (domain §8.1) — the council may propose fewer than passed, by quota or rank.
public struct ProductRecognition: Sendable, Hashable, Identifiable, Codable {
    public let id: UUID
    public let roundID: UUID
    public let entryID: UUID
    public let establishmentID: UUID
    public let productName: String
    /// The round's scope: level, and the area whose certificate series the product joins.
    public let scope: SelectionScope
    public let year: Int
    /// The recognising decision as officials cite it, e.g. "1234/QĐ-UBND".
    public let decisionRef: String
    public let decidedOn: Day
    /// Place in the council's ranking, when it ranked.
    public let rank: Int?
    /// A prize or class the decision awards, as written (some provinces give A/B/C) [OBS; S-QN-2014].
    public let award: String?

    public var level: SelectionLevel { scope.level }

    public init(
        id: UUID, roundID: UUID, entryID: UUID, establishmentID: UUID, productName: String, scope: SelectionScope,
        year: Int, decisionRef: String, decidedOn: Day, rank: Int? = nil, award: String? = nil
    ) {
        self.id = id
        self.roundID = roundID
        self.entryID = entryID
        self.establishmentID = establishmentID
        self.productName = productName
        self.scope = scope
        self.year = year
        self.decisionRef = decisionRef
        self.decidedOn = decidedOn
        self.rank = rank
        self.award = award
    }
}

/// A passed entry's place in the council's ranking. Ties share a place and the next place is skipped
/// (1, 2, 2, 4).
public struct RankedResult: Sendable, Hashable {
    public let rank: Int
    public let result: EntryResult
}

public enum Recognitions {
    /// The passed entries, best first; entries with equal scores keep their given order.
    public static func ranking(_ results: [EntryResult]) -> [RankedResult] {
        var scored: [(order: Int, score: AggregateScore, result: EntryResult)] = []
        for (order, result) in results.enumerated() where result.passed {
            if let score = result.score { scored.append((order, score, result)) }
        }
        scored.sort { lhs, rhs in lhs.score != rhs.score ? lhs.score > rhs.score : lhs.order < rhs.order }
        var ranked: [RankedResult] = []
        for (index, entry) in scored.enumerated() {
            let tiedWithPrevious = index > 0 && scored[index - 1].score == entry.score
            ranked.append(
                RankedResult(rank: tiedWithPrevious ? ranked[index - 1].rank : index + 1, result: entry.result))
        }
        return ranked
    }

    /// What the council may propose under a quota: the ranking cut after `quota` places, keeping
    /// entries tied at the cut together for the council to decide between [U: quotas are practice,
    /// domain §8.1]. No quota proposes every passed entry.
    public static func proposal(_ results: [EntryResult], quota: Int?) -> [RankedResult] {
        let ranked = ranking(results)
        guard let quota else { return ranked }
        return ranked.filter { $0.rank <= max(quota, 0) }
    }

    /// The recognition of `entry` by decision `decisionRef`, refused for an entry that did not pass,
    /// belongs to another round, or has no decision reference.
    public static func recognise(
        _ entry: ProductEntry, result: EntryResult, in round: SelectionRound, id: UUID, decisionRef: String,
        decidedOn: Day, rank: Int? = nil, award: String? = nil
    ) throws(DomainError) -> ProductRecognition {
        let reference = VietnameseText.trimmed(decisionRef)
        if reference.isEmpty {
            throw DomainError.invalidFields([FieldError(field: "decisionRef", key: .fieldRequired)])
        }
        guard entry.roundID == round.id, result.entryID == entry.id else { throw DomainError.notFound }
        guard result.passed else {
            throw DomainError(
                .conflict, .tpRecognitionNeedsPass,
                arguments: ["name": entry.productName, "mark": String(result.rule.passMark)])
        }
        let trimmedAward = award.map(VietnameseText.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        return ProductRecognition(
            id: id, roundID: round.id, entryID: entry.id, establishmentID: entry.establishmentID,
            productName: entry.productName, scope: round.scope, year: round.year, decisionRef: reference,
            decidedOn: decidedOn, rank: rank, award: trimmedAward)
    }
}
