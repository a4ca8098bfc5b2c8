import SQLKit

/// `column LIKE '%word%'` where the word's own `%` and `_` match only themselves: a search for
/// "50%" must not find every title with a 50 in it. `!` escapes, on both databases.
func containsCondition(_ column: String, _ word: some StringProtocol) -> SQLQueryString {
    SQLQueryString("\(ident: column) LIKE \(bind: "%" + likeEscaped(word) + "%") ESCAPE '!'")
}

/// `text LIKE '%word%'`, where `text` is SQL (a column, or the expression a trigram index covers).
func substringCondition(_ text: String, _ word: some StringProtocol) -> SQLQueryString {
    SQLQueryString("\(unsafeRaw: text) LIKE \(bind: "%" + likeEscaped(word) + "%") ESCAPE '!'")
}

/// `text LIKE '% word%'` over `' ' || text`, where `text` is SQL: the word at the start of one of
/// the text's words (after a space, or first).
func wordStartCondition(_ text: String, _ word: some StringProtocol) -> SQLQueryString {
    SQLQueryString("(' ' || \(unsafeRaw: text)) LIKE \(bind: "% " + likeEscaped(word) + "%") ESCAPE '!'")
}

private func likeEscaped(_ word: some StringProtocol) -> String {
    var escaped = ""
    for character in word {
        if character == "!" || character == "%" || character == "_" { escaped.append("!") }
        escaped.append(character)
    }
    return escaped
}
