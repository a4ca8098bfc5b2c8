import Foundation

/// A minimal ZIP writer (stored entries, no compression) — enough for an XLSX workbook, which is a
/// ZIP of XML parts, without a compression library. Entries are added in order; `finish` writes
/// the central directory (PKWARE APPNOTE 6.3, sections 4.3.7 and 4.3.12).
public struct ZipWriter {
    private var output = Data()
    private var central = Data()
    private var count: UInt16 = 0

    public init() {}

    public mutating func add(_ name: String, _ contents: Data) {
        let nameBytes = Data(name.utf8)
        let crc = CRC32.checksum(contents)
        let offset = UInt32(output.count)
        // Local file header.
        output.append(le32: 0x0403_4B50)
        output.append(le16: 20)  // version needed
        output.append(le16: 0x0800)  // UTF-8 names
        output.append(le16: 0)  // stored
        output.append(le16: 0)  // time
        output.append(le16: 0x21)  // date: 1980-01-01
        output.append(le32: crc)
        output.append(le32: UInt32(contents.count))
        output.append(le32: UInt32(contents.count))
        output.append(le16: UInt16(nameBytes.count))
        output.append(le16: 0)
        output.append(nameBytes)
        output.append(contents)
        // Central directory record.
        central.append(le32: 0x0201_4B50)
        central.append(le16: 20)
        central.append(le16: 20)
        central.append(le16: 0x0800)
        central.append(le16: 0)
        central.append(le16: 0)
        central.append(le16: 0x21)
        central.append(le32: crc)
        central.append(le32: UInt32(contents.count))
        central.append(le32: UInt32(contents.count))
        central.append(le16: UInt16(nameBytes.count))
        central.append(le16: 0)  // extra
        central.append(le16: 0)  // comment
        central.append(le16: 0)  // disk
        central.append(le16: 0)  // internal attributes
        central.append(le32: 0)  // external attributes
        central.append(le32: offset)
        central.append(nameBytes)
        count += 1
    }

    public mutating func finish() -> Data {
        let start = UInt32(output.count)
        output.append(central)
        output.append(le32: 0x0605_4B50)
        output.append(le16: 0)
        output.append(le16: 0)
        output.append(le16: count)
        output.append(le16: count)
        output.append(le32: UInt32(central.count))
        output.append(le32: start)
        output.append(le16: 0)
        return output
    }
}

extension Data {
    fileprivate mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
