import Foundation

extension UUID {
    /// The 8-4-4-4-12 hex form, as `uuidString` writes it (upper case) or as the store keeps ids
    /// (lower case). Foundation formats through `printf`, which was a visible share of a 50-row page.
    public func text(lowercase: Bool = false) -> String {
        let digits = lowercase ? Self.lowerDigits : Self.upperDigits
        return withUnsafeBytes(of: uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { text in
                var position = 0
                for (index, byte) in bytes.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        text[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    text[position] = digits[Int(byte >> 4)]
                    text[position + 1] = digits[Int(byte & 0x0F)]
                    position += 2
                }
                return position
            }
        }
    }

    private static let upperDigits = Array("0123456789ABCDEF".utf8)
    private static let lowerDigits = Array("0123456789abcdef".utf8)
}
