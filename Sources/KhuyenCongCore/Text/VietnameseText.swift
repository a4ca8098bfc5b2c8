import Foundation

/// Vietnamese text handling shared by search and sorting (design.md §4.5).
public enum VietnameseText {
    /// Stores text in NFC so that the same visible word is always the same bytes.
    public static func normalized(_ text: String) -> String {
        isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Text made only of scalars below the combining marks (U+0300) or of the precomposed Vietnamese
    /// letters (U+1E00–U+1EFF) is already NFC; checking that is far cheaper than Foundation's
    /// normalisation, which imports would otherwise run millions of times.
    static func isSurelyNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }
    }

    /// The search key: diacritics removed, đ → d, lower-case, runs of spaces collapsed.
    /// `khuyen cong` and `KHUYẾN CÔNG` both fold to `khuyen cong`.
    public static func fold(_ text: String) -> String {
        foldByScalars(text) ?? foldByCharacters(text)
    }

    /// `fold` for text the scalar table covers (nearly every name and address), else nil.
    static func foldByScalars(_ text: String) -> String? {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            let covered = foldScalars.withBytes(of: scalar) { piece in
                if piece.count == 1, piece.first == 0x20 {
                    if !lastWasSpace { folded.append(0x20) }
                    lastWasSpace = true
                } else {
                    folded.append(contentsOf: piece)
                    lastWasSpace = false
                }
            }
            guard covered else { return nil }
        }
        if folded.last == 0x20 { folded.removeLast() }
        return String(decoding: folded, as: UTF8.self)
    }

    static let foldScalars = ScalarTable { Array(foldCharacter(Character($0)).utf8) }

    static func foldByCharacters(_ text: String) -> String {
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for character in text {
            // Imports fold millions of names: the letters of Vietnamese and ASCII come from a table
            // built once by `foldCharacter`, anything else is folded on the spot.
            let piece = foldTable[character] ?? foldCharacter(character)
            if piece == " " {
                if !lastWasSpace { folded.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            folded += piece
        }
        if folded.hasSuffix(" ") { folded.removeLast() }
        return folded
    }

    /// One character folded: marks dropped, đ → d, lower-case; any whitespace becomes " ".
    static func foldCharacter(_ character: Character) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isWhitespace { return " " }
            let mapped: Unicode.Scalar = (scalar == "đ" || scalar == "Đ") ? "d" : scalar
            for lower in mapped.properties.lowercaseMapping.unicodeScalars { scalars.append(lower) }
        }
        return String(scalars)
    }

    static let foldTable: [Character: String] = Dictionary(
        uniqueKeysWithValues: commonCharacters.map { ($0, foldCharacter($0)) })

    /// ASCII and every Vietnamese letter with every tone, in both cases.
    static let commonCharacters: [Character] = {
        var characters = (0x20...0x7E).compactMap { Unicode.Scalar($0).map(Character.init) }
        characters += ["\t", "\n", "\r", "đ", "Đ"]
        let bases: [String] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
        let tones = ["", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}"]
        for base in bases + bases.map({ $0.uppercased() }) {
            for tone in tones { characters.append(Character((base + tone).precomposedStringWithCanonicalMapping)) }
        }
        return Array(Set(characters))
    }()

    /// `text` without leading and trailing whitespace (a fast stand-in for Foundation's trimming,
    /// which bridges through NSString).
    public static func trimmed(_ text: String) -> String {
        // Most fields start and end with a visible ASCII character and need no work at all.
        if let first = text.utf8.first, let last = text.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return text
        }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// True when every word of `query` occurs, folded, in `text` (already folded or not).
    public static func matches(query: String, in text: String) -> Bool {
        let haystack = fold(text)
        return fold(query).split(separator: " ").allSatisfy { haystack.contains($0) }
    }
}
