import Foundation

/// CRC-32 (the ZIP polynomial) for writing and checking archive entries.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ data: Data) -> UInt32 {
        update(0xFFFF_FFFF, [UInt8](data)) ^ 0xFFFF_FFFF
    }

    /// `table` extended to eight tables, so that eight bytes are folded in per step (slicing-by-8):
    /// a worksheet can be hundreds of megabytes.
    private static let slicedTable: [UInt32] = {
        var tables = table + [UInt32](repeating: 0, count: 7 * 256)
        for index in 256..<8 * 256 {
            let previous = tables[index - 256]
            tables[index] = previous >> 8 ^ table[Int(previous & 0xFF)]
        }
        return tables
    }()

    /// Continues a CRC-32: `crc` starts at 0xFFFFFFFF and is inverted at the end.
    static func update(_ crc: UInt32, _ bytes: [UInt8]) -> UInt32 {
        slicedTable.withUnsafeBufferPointer { table in
            bytes.withUnsafeBytes { bytes in
                var crc = crc
                var index = 0
                while index + 8 <= bytes.count {
                    let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    let low = UInt32(truncatingIfNeeded: word) ^ crc
                    let high = UInt32(truncatingIfNeeded: word >> 32)
                    let first =
                        table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int(low >> 8 & 0xFF)]
                        ^ table[5 * 256 + Int(low >> 16 & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
                    let second =
                        table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int(high >> 8 & 0xFF)]
                        ^ table[256 + Int(high >> 16 & 0xFF)] ^ table[Int(high >> 24)]
                    crc = first ^ second
                    index += 8
                }
                for byte in bytes[index...] { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ crc >> 8 }
                return crc
            }
        }
    }
}
