import Foundation
import KhuyenCongCore
import SQLKit

/// A free-text search as SQL: every folded word must occur in the folded name, the tax code or the
/// folded address — a word of three letters or more anywhere, a shorter one at the start of a word
/// ("to" finds "Tổ hợp tác" but not "Photo"; Vietnamese syllables are short, and inside other words
/// they matched nearly everything).
///
/// On SQLite the search index in name order (EstablishmentSearchIndex) yields a page of matches
/// directly (`namedOrderPage`), in the whole country, a province or communes. Elsewhere (an
/// establishment's own scope, a search of one-letter words) `filter` narrows by the index when the
/// words are rare and otherwise walks the list in name order.
enum EstablishmentSearch {
    /// The text the PostgreSQL trigram index is built on; a query must use the same expression.
    static let postgresText = "folded_name || ' ' || tax_code || ' ' || folded_address"
    /// Words this long are found anywhere; shorter ones at the start of a word.
    static let substringLength = 3
    /// Up to this many candidates are fetched and sorted (about 1 µs each); beyond it the words are
    /// common and a walk in name order meets a page of them sooner.
    static let candidateLimit = 20_000

    /// At most this many different words are searched for; more only make the query longer.
    static let maximumWords = 16

    /// The query's different folded words, in order. Control characters separate words: a NUL
    /// ends an FTS5 query and PostgreSQL refuses it in text.
    static func words(_ query: String?) -> [String] {
        let folded = VietnameseText.fold(query ?? "")
        var seen = Set<String>()
        let words = folded.split { $0 == " " || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } }
            .map(String.init).filter { seen.insert($0).inserted }
        return Array(words.prefix(maximumWords))
    }

    /// Adds the search for `words` to `query`.
    static func filter(_ query: SQLSelectBuilder, words: [String], sql: any SQLDatabase) async throws -> SQLSelectBuilder {
        guard !words.isEmpty else { return query }
        if sql.dialect.name == "postgresql" {
            // The planner picks the GIN index for rare words and the name order for common ones.
            for word in words { query.where(condition(word, in: "(\(postgresText))")) }
            return query
        }
        if let match = matchExpression(words) {
            let candidates =
                try await sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM (SELECT rowid FROM establishments_search WHERE establishments_search MATCH \(bind: match)
                    LIMIT \(unsafeRaw: String(candidateLimit + 1)))
                    """
                ).first(decodingColumn: "n", as: Int.self) ?? 0
            if candidates <= candidateLimit {
                query.where(
                    SQLQueryString(
                        """
                        establishments.rowid IN (SELECT rowid & \(unsafeRaw: mask) FROM establishments_search
                          WHERE establishments_search MATCH \(bind: match))
                        """))
            }
        }
        return requireWords(words, in: query)
    }

    /// Every word in the name, tax code or address, tested on the row.
    private static func requireWords(_ words: [String], in query: SQLSelectBuilder) -> SQLSelectBuilder {
        for word in words {
            query.where {
                $0.where(condition(word, in: "folded_name")).orWhere(condition(word, in: "tax_code"))
                    .orWhere(condition(word, in: "folded_address"))
            }
        }
        return query
    }

    private static func condition(_ word: String, in text: String) -> SQLQueryString {
        word.count >= substringLength ? substringCondition(text, word) : wordStartCondition(text, word)
    }

    /// The FTS5 query for the words the trigram index can find: each one a quoted phrase, all
    /// required. The index holds every text after a space (EstablishmentSearchIndex), so a
    /// two-letter word is the trigram of a space and the word: exactly a word that starts with it.
    /// One-letter words have no trigram; nil when no word has.
    private static func matchExpression(_ words: [String]) -> String? {
        let phrases = words.filter { $0.count >= 2 }.map { word in
            "{folded_name tax_code folded_address} : \"" + (word.count < substringLength ? " " : "")
                + EstablishmentSearchIndex.quoted(word) + "\""
        }
        return phrases.isEmpty ? nil : phrases.joined(separator: " AND ")
    }

    private static let mask = String(EstablishmentSearchIndex.rowidMask)

    /// The first `count` establishments in name order that `base` selects and that contain every
    /// word, read through the SQLite search index in name order; nil where that index does not
    /// serve (PostgreSQL, or only one-letter words). `area` narrows the index to the province or
    /// communes `base` keeps to (EstablishmentSearchIndex.areaMatch), empty for the whole country.
    /// `base` builds the select with its filters and the keyset condition after `cursorKey`,
    /// without order or limit.
    ///
    /// The index is read in rounds: a round takes the buckets up to and including the one holding
    /// the `reach`-th match after the previous round, selects and sorts their matches, and keeps the
    /// rows the other filters pass. Matches in a later bucket never sort before those of an earlier
    /// one, so the rounds' rows follow one another in order. A round that falls short (filters or
    /// merged records left too few) reaches four times further.
    static func namedOrderPage(
        words: [String], area: String, cursorKey: String?, count: Int, store: Store, base: () -> SQLSelectBuilder
    ) async throws -> [EstablishmentRow]? {
        guard store.sql.dialect.name == "sqlite", let wordMatch = matchExpression(words), count > 0 else { return nil }
        let match = area.isEmpty ? wordMatch : wordMatch + " AND " + area
        var low: Int64 = 0
        if let cursorKey {
            let bucket = try await integer(
                SQLQueryString(
                    "SELECT \(unsafeRaw: EstablishmentSearchIndex.bucket(ofKey: "k.key")) AS p FROM (SELECT \(bind: cursorKey) AS key) AS k"
                ), store: store)
            low = (bucket ?? 0) << 32
        }
        var rows: [EstablishmentRow] = []
        var reach = count
        while true {
            let reached = try await integer(
                SQLQueryString(
                    """
                    SELECT rowid AS p FROM establishments_search WHERE establishments_search MATCH \(bind: match) AND rowid >= \(bind: low)
                    ORDER BY rowid LIMIT 1 OFFSET \(bind: reach - 1)
                    """), store: store)
            // The end of the bucket that holds the reach-th match; none when fewer remain.
            let high = reached.map { (($0 >> 32) + 1) << 32 }
            // Every word is tested on the rows as well: cheap on a round's few rows, and a row the
            // index holds wrongly is then left out rather than shown.
            let query = requireWords(words, in: base())
                .where(
                    SQLQueryString(
                        """
                        establishments.rowid IN (SELECT rowid & \(unsafeRaw: mask) FROM establishments_search
                          WHERE establishments_search MATCH \(bind: match) AND rowid >= \(bind: low) AND rowid < \(bind: high ?? Int64.max))
                        """))
            // After the last row kept, so that a row edited into a later bucket between two rounds
            // is neither shown twice nor passed over.
            if let last = rows.last { keyset(query, after: last.sortKey, id: last.id) }
            rows += try await EstablishmentRow.committed(
                query.orderBy("sort_key").orderBy("id").limit(count - rows.count), in: store, length: .mayBeLong)
            guard rows.count < count, let high else { return rows }
            low = high
            reach = min(reach * 4, 1 << 20)
        }
    }

    /// Keeps to rows after (`key`, `id`) in name order: keyset pagination.
    @discardableResult
    static func keyset(_ query: SQLSelectBuilder, after key: String, id: String) -> SQLSelectBuilder {
        query.where {
            $0.where("sort_key", .greaterThan, SQLBind(key)).orWhere {
                $0.where("sort_key", .equal, SQLBind(key)).where("id", .greaterThan, SQLBind(id))
            }
        }
    }

    /// One integer from a committed read, or nil when the query returns no row.
    private static func integer(_ query: SQLQueryString, store: Store) async throws -> Int64? {
        try await store.committedRows(query, columns: ["p"], as: Position.self, length: .mayBeLong).first.map { Int64($0.value) }
    }

    private struct Position: PositionallyDecodable {
        let value: Int

        init<Row: RowColumns>(row: Row) throws {
            value = try row.int(0)
        }
    }
}
