import Foundation

/// Writing CSV (RFC 4180): a field is quoted when it holds a comma, a quote or a line break.
public enum CSVText {
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }

    /// A field a spreadsheet would run as a formula (=, +, -, @, tab, return first) is prefixed with
    /// an apostrophe, which spreadsheets show as text; `unprotected` takes it off again on import.
    public static func protected(_ field: String) -> String {
        guard let first = field.first, "=+-@\t\r".contains(first) else { return field }
        return "'" + field
    }

    public static func unprotected(_ field: String) -> String {
        guard field.hasPrefix("'"), let second = field.dropFirst().first, "=+-@\t\r".contains(second) else { return field }
        return String(field.dropFirst())
    }

    /// Excel opens a UTF-8 CSV as UTF-8 only when it starts with a byte-order mark.
    public static let byteOrderMark = "\u{FEFF}"
}
