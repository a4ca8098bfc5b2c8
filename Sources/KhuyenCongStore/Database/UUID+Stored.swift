import Foundation
import KhuyenCongCore

extension UUID {
    /// Reads an id as the store writes it (36 characters, hex in 8-4-4-4-12 groups, either case).
    /// Foundation's `UUID(uuidString:)` goes through `sscanf`, which was a visible share of a 50-row
    /// page; anything else falls back to it.
    init?(stored text: String) {
        var text = text
        let parsed: UUID? = text.withUTF8 { utf8 -> UUID? in
            guard utf8.count == 36 else { return nil }
            var bytes = [UInt8](repeating: 0, count: 16)
            var index = 0
            var high: UInt8?
            for (position, character) in utf8.enumerated() {
                if position == 8 || position == 13 || position == 18 || position == 23 {
                    guard character == UInt8(ascii: "-") else { return nil }
                    continue
                }
                let nibble: UInt8
                switch character {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = character - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = character - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = character - UInt8(ascii: "A") + 10
                default: return nil
                }
                if let first = high {
                    bytes[index] = first << 4 | nibble
                    index += 1
                    high = nil
                } else {
                    high = nibble
                }
            }
            return UUID(bytes: bytes)
        }
        guard let value = parsed ?? UUID(uuidString: text) else { return nil }
        self = value
    }
}
