import Foundation
import KhuyenCongCore
import SQLKit

/// A free-text search as SQL: every folded word must occur in the folded name, the tax code or the
/// folded address. A substring index (M0013) finds the candidates when a word is rare; when it is
/// common, walking the list in name order finds a page of matches sooner than sorting them all.
enum EstablishmentSearch {
    /// The text the PostgreSQL trigram index is built on; a query must use the same expression.
    static let postgresText = "folded_name || ' ' || tax_code || ' ' || folded_address"
    /// Trigram indexes only help words of three letters or more.
    static let indexedLength = 3
    /// Up to this many candidates are fetched and sorted (about 1 µs each); beyond it the words are
    /// common and a walk in name order meets a page of them sooner.
    static let candidateLimit = 20_000

    static func words(_ query: String?) -> [String] {
        VietnameseText.fold(query ?? "").split(separator: " ").map(String.init)
    }

    /// Adds the search for `words` to `query`.
    static func filter(_ query: SQLSelectBuilder, words: [String], sql: any SQLDatabase) async throws -> SQLSelectBuilder {
        guard !words.isEmpty else { return query }
        if sql.dialect.name == "postgresql" {
            // The planner picks the GIN index for rare words and the name order for common ones.
            for word in words { query.where(SQLRaw("(\(postgresText))"), .like, SQLBind("%\(word)%")) }
            return query
        }
        let indexed = words.filter { $0.count >= indexedLength }
        if !indexed.isEmpty {
            let match = indexed.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
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
                        "establishments.rowid IN (SELECT rowid FROM establishments_search WHERE establishments_search MATCH \(bind: match))"))
            }
        }
        for word in words {
            let pattern = SQLBind("%\(word)%")
            query.where {
                $0.where("folded_name", .like, pattern).orWhere("tax_code", .like, pattern).orWhere("folded_address", .like, pattern)
            }
        }
        return query
    }
}
