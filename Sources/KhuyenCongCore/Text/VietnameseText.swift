import Foundation

/// Vietnamese text handling shared by search and sorting (design.md §4.5).
public enum VietnameseText {
    /// Stores text in NFC so that the same visible word is always the same bytes.
    public static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// The search key: diacritics removed, đ → d, lower-case, runs of spaces collapsed.
    /// `khuyen cong` and `KHUYẾN CÔNG` both fold to `khuyen cong`.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let mapped: Unicode.Scalar
            switch scalar {
            case "đ", "Đ": mapped = "d"
            default: mapped = scalar
            }
            if mapped.properties.isWhitespace {
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            for lower in mapped.properties.lowercaseMapping.unicodeScalars { scalars.append(lower) }
        }
        var folded = String(scalars)
        if folded.hasSuffix(" ") { folded.removeLast() }
        return folded
    }

    /// True when every word of `query` occurs, folded, in `text` (already folded or not).
    public static func matches(query: String, in text: String) -> Bool {
        let haystack = fold(text)
        return fold(query).split(separator: " ").allSatisfy { haystack.contains($0) }
    }
}
