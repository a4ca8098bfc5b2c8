import Foundation

/// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
/// letters compared first, then tones in dictionary order (ngang, huyền, hỏi, ngã, sắc, nặng),
/// then case. Byte order of `sortKey` equals that order, so the key can be stored in a column and
/// sorted by any database without a Vietnamese collation.
public enum VietnameseCollation {
    private static let letters: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let letterRank: [String: Int] = Dictionary(
        uniqueKeysWithValues: letters.enumerated().map { ($1, $0) })

    /// Combining tone marks in dictionary order; 0 is "no tone" (ngang).
    private static let toneRank: [Unicode.Scalar: Int] = [
        "\u{0300}": 1,  // huyền
        "\u{0309}": 2,  // hỏi
        "\u{0303}": 3,  // ngã
        "\u{0301}": 4,  // sắc
        "\u{0323}": 5,  // nặng
    ]
    /// Marks that make a different letter (ă â ê ô ơ ư), not a tone.
    private static let letterMarks: Set<Unicode.Scalar> = ["\u{0306}", "\u{0302}", "\u{031B}"]

    private static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz")

    /// A key whose plain byte order is Vietnamese order.
    public static func sortKey(_ text: String) -> String {
        sortKeyByScalars(text) ?? sortKeyByCharacters(text)
    }

    /// `sortKey` for text the scalar tables cover (nearly every name), else nil.
    static func sortKeyByScalars(_ text: String) -> String? {
        var primary: [UInt8] = []
        var levels: [UInt8] = []
        primary.reserveCapacity(text.utf8.count * 2 + 2)
        levels.reserveCapacity(text.utf8.count * 2 + 1)
        for scalar in text.unicodeScalars {
            guard primaryScalars.withBytes(of: scalar, { primary.append(contentsOf: $0) }) else { return nil }
        }
        primary.append(contentsOf: [0x30, 0x30])
        for scalar in text.unicodeScalars { _ = toneScalars.withBytes(of: scalar) { levels.append(contentsOf: $0) } }
        levels.append(0x30)
        for scalar in text.unicodeScalars { _ = caseScalars.withBytes(of: scalar) { levels.append(contentsOf: $0) } }
        return String(decoding: primary + levels, as: UTF8.self)
    }

    /// The three levels of each covered scalar; a character without parts adds nothing to any.
    static let primaryScalars = ScalarTable { parts(of: Character($0)).map { Array($0.token.utf8) } ?? [] }
    static let toneScalars = ScalarTable { parts(of: Character($0)).map { Array(String($0.tone).utf8) } ?? [] }
    static let caseScalars = ScalarTable { parts(of: Character($0)).map { Array(String($0.upper).utf8) } ?? [] }

    static func sortKeyByCharacters(_ text: String) -> String {
        var primary = ""
        var tones = ""
        var cases = ""
        for character in text {
            guard let parts = partsTable[character] ?? parts(of: character) else { continue }
            primary += parts.token
            tones.append(parts.tone)
            cases.append(parts.upper)
        }
        // "00" ends the letters so that a prefix sorts before its extensions.
        return primary + "00" + tones + "0" + cases
    }

    /// One character's contribution to the three levels of the key.
    struct Parts: Sendable {
        let token: String
        let tone: Character
        let upper: Character
    }

    static func parts(of character: Character) -> Parts? {
        let decomposed = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let base = decomposed.first else { return nil }
        var letter = String(base).lowercased()
        var tone = 0
        for mark in decomposed.dropFirst() {
            if letterMarks.contains(mark) {
                letter = String(String.UnicodeScalarView([base] + [mark])).precomposedStringWithCanonicalMapping.lowercased()
            } else if let rank = toneRank[mark] {
                tone = rank
            }
        }
        if base == "đ" || base == "Đ" { letter = "đ" }
        return Parts(token: token(for: letter), tone: digits[tone], upper: base.properties.isUppercase ? "1" : "0")
    }

    /// Parts of the common characters, computed once by `parts(of:)` (sorting keys are made for
    /// every imported name).
    static let partsTable: [Character: Parts] = Dictionary(
        uniqueKeysWithValues: VietnameseText.commonCharacters.compactMap { character in parts(of: character).map { (character, $0) } })

    /// Vietnamese order for two strings.
    public static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        sortKey(lhs) < sortKey(rhs)
    }

    private static func token(for letter: String) -> String {
        let rank: Int
        if let letterIndex = letterRank[letter] {
            // Letters after spaces, punctuation and digits, as in a dictionary.
            rank = 200 + letterIndex
        } else if letter == " " {
            rank = 1
        } else if let scalar = letter.unicodeScalars.first, scalar.properties.numericType != nil,
            let value = scalar.properties.numericValue, value >= 0, value < 10
        {
            rank = 100 + Int(value)
        } else if let scalar = letter.unicodeScalars.first, scalar.isASCII {
            rank = 2 + Int(scalar.value % 90)
        } else {
            rank = 300 + Int((letter.unicodeScalars.first?.value ?? 0) % 996)
        }
        return String(digits[rank / 36]) + String(digits[rank % 36])
    }
}
