import Foundation
import Testing

@testable import KhuyenCongCore

/// The shortcuts taken for speed must give what the slow, obvious code gives.
@Suite struct FastPathTests {
    static let samples = [
        "", " ", "x", "  Hà Nội ", "\tGốm sứ Bát Tràng\n", "ảnh ", " Ủy ban", "Đắk Lắk", "\u{00A0}Huế\u{00A0}",
        "Hợp tác xã \"Mây tre\"", "Cà Mau (Ấp 1)", "Nguyễn Thị Ngọc Ánh", "ØRSTED", "東京", "Hà Nội".decomposedStringWithCanonicalMapping,
    ]

    @Test func trimmingMatchesFoundation() {
        for text in Self.samples {
            #expect(VietnameseText.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }

    @Test func normalisingMatchesFoundation() {
        for text in Self.samples + VietnameseText.commonCharacters.map(String.init) {
            #expect(VietnameseText.normalized(text) == text.precomposedStringWithCanonicalMapping, "\(text.debugDescription)")
            if VietnameseText.isSurelyNFC(text) { #expect(text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars)) }
        }
    }

    @Test func foldingMatchesFoundation() {
        for text in Self.samples {
            let slow = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
                .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(VietnameseText.fold(text) == slow, "\(text.debugDescription)")
        }
    }

    /// Every scalar the tables cover, alone and in company, and text they do not cover.
    static var keyedTexts: [String] {
        let covered = (Array(0x0...0x2FF) + Array(0x1E00...0x1EFF)).compactMap { Unicode.Scalar(UInt32($0)).map { String($0) } }
        var generator = SystemRandomNumberGenerator()
        let mixtures = (0..<300).map { _ in String((0..<12).map { _ in covered.randomElement(using: &generator)!.first! }) }
        return samples + covered + mixtures + ["a\r\nb", "\r", "Hà\u{0300} Nội", "Huế  \t 東京 ", "  \u{00AD}x  "]
    }

    @Test func foldingByScalarsMatchesByCharacters() {
        for text in Self.keyedTexts {
            #expect(VietnameseText.fold(text) == VietnameseText.foldByCharacters(text), "\(text.debugDescription)")
        }
        #expect(VietnameseText.foldByScalars("a\r\nb") == nil)
        #expect(VietnameseText.foldByScalars("Nguyễn Thị Ánh") == "nguyen thi anh")
    }

    @Test func sortKeysByScalarsMatchByCharacters() {
        for text in Self.keyedTexts {
            #expect(VietnameseCollation.sortKey(text) == VietnameseCollation.sortKeyByCharacters(text), "\(text.debugDescription)")
        }
        #expect(VietnameseCollation.sortKeyByScalars("東京") == nil)
    }

    @Test func base64URLIsFoundationsBase64WithTheURLAlphabetAndNoPadding() {
        for length in 0..<40 {
            let data = Data((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 251) })
            let expected = data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            #expect(Base64URL.encode(data) == expected)
            #expect(Base64URL.decode(expected) == data)
        }
        #expect(Base64URL.decode("a b") == nil)
    }

    @Test func uuidTextIsFoundationsUUIDString() {
        var ids = [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))]
        ids.append(UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255)))
        ids += (0..<200).map { _ in UUID() } + (0..<50).map { _ in UUID.timeOrdered() }
        for id in ids {
            #expect(id.text() == id.uuidString)
            #expect(id.text(lowercase: true) == id.uuidString.lowercased())
        }
    }

    @Test func messagesAreFilledOnceAndUnknownNamesKept() {
        #expect(Messages.fill("{a} và {b}", ["a": "{b}", "b": "X"]) == "{b} và X")
        #expect(Messages.fill("{c} {a", ["a": "1"]) == "{c} {a")
    }
}

@Suite("Money as people type it")
struct MoneyParseTests {
    @Test(arguments: [("1.234.567", Int64(1_234_567)), ("1 234 567 ₫", 1_234_567), ("1,234,567", 1_234_567), ("0", 0)])
    func readsGroupedAmounts(_ text: String, _ value: Int64) {
        #expect(Money.parse(text) == value)
    }

    @Test(arguments: ["", "12abc", "-5", "1.5e3", "١٢", "₫"])
    func refusesWhatIsNotWholeDong(_ text: String) {
        #expect(Money.parse(text) == nil)
    }
}

/// JSONWriter against Foundation's JSONSerialization: what it writes parses back to the same values.
@Suite struct JSONWriterTests {
    @Test func writesWhatFoundationReadsBack() throws {
        var json = JSONWriter()
        json.beginObject()
        json.field("name", "Hợp tác xã \"Mây tre\" \\ 1/2\n\t\u{01}\u{1F}")
        json.field("absent", nil as String?)
        json.field("count", -12)
        json.field("flag", true)
        json.field("tags", ["a", "", "đ"])
        json.key("nested")
        json.beginArray()
        json.beginObject()
        json.endObject()
        json.null()
        json.value(false)
        json.endArray()
        json.endObject()
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
        #expect(parsed["name"] as? String == "Hợp tác xã \"Mây tre\" \\ 1/2\n\t\u{01}\u{1F}")
        #expect(parsed["absent"] == nil)
        #expect(parsed["count"] as? Int == -12)
        #expect(parsed["flag"] as? Bool == true)
        #expect(parsed["tags"] as? [String] == ["a", "", "đ"])
        let nested = try #require(parsed["nested"] as? [Any])
        #expect(nested.count == 3)
        #expect((nested[0] as? [String: Any])?.isEmpty == true)
        #expect(nested[1] is NSNull)
        #expect(json.text.hasPrefix("{\"name\":\"Hợp tác xã \\\"Mây tre\\\" \\\\ 1/2\\n\\t\\u0001\\u001f\","))
    }

    @Test func datesWrittenDigitByDigit() {
        #expect(Day(year: 1905, month: 3, day: 7)?.iso == "1905-03-07")
        #expect(Day(year: 2026, month: 11, day: 30)?.vietnamese == "30/11/2026")
    }

    @Test func cursorsAreBase64URLAsFoundationWouldWriteThem() throws {
        // "?>~" and "đ" make base64's "+" and "/"; the lengths give every amount of padding.
        for (sortKey, id) in [("", "x"), ("gom su bat trang", "0f8c-1"), ("đ?>~", "a"), ("ab", "c"), ("abc", "de"), ("a", "bcd")] {
            let cursor = KeysetCursor(sortKey: sortKey, id: id)
            let slow = Data("\(sortKey)\u{1F}\(id)".utf8).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            #expect(cursor.encoded == slow)
            #expect(KeysetCursor(encoded: cursor.encoded) == cursor)
        }
        #expect(KeysetCursor(encoded: "%%%") == nil)
        #expect(KeysetCursor(encoded: "") == nil)
    }
}
