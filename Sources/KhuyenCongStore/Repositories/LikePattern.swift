import SQLKit

/// `column LIKE '%word%'` where the word's own `%` and `_` match only themselves: a search for
/// "50%" must not find every title with a 50 in it. `!` escapes, on both databases.
func containsCondition(_ column: String, _ word: some StringProtocol) -> SQLQueryString {
    var escaped = ""
    for character in word {
        if character == "!" || character == "%" || character == "_" { escaped.append("!") }
        escaped.append(character)
    }
    return SQLQueryString("\(ident: column) LIKE \(bind: "%" + escaped + "%") ESCAPE '!'")
}
