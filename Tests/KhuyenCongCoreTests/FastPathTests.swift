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

    @Test func messagesAreFilledOnceAndUnknownNamesKept() {
        #expect(Messages.fill("{a} và {b}", ["a": "{b}", "b": "X"]) == "{b} và X")
        #expect(Messages.fill("{c} {a", ["a": "1"]) == "{c} {a")
    }

    @Test func slicedCRCMatchesTheStandardValueInAnyChunking() {
        #expect(CRC32.checksum(Data("123456789".utf8)) == 0xCBF4_3926)
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<1000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let whole = CRC32.checksum(Data(bytes))
        for size in [1, 3, 7, 8, 13, 999] {
            var crc: UInt32 = 0xFFFF_FFFF
            for start in stride(from: 0, to: bytes.count, by: size) { crc = CRC32.update(crc, Array(bytes[start..<min(start + size, bytes.count)])) }
            #expect(crc ^ 0xFFFF_FFFF == whole)
        }
    }
}
