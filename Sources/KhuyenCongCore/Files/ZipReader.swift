import Foundation

/// Reads a ZIP archive held in memory (PKWARE APPNOTE 6.3) — possibly a memory-mapped file — far
/// enough for an XLSX workbook: the central directory, and each entry's contents, stored (method 0)
/// or deflated (method 8), either whole or as a stream of chunks so that a large worksheet is
/// never inflated at once. ZIP64, encrypted entries and other methods are refused, not misread.
struct ZipReader: Sendable {
    struct Entry: Sendable {
        let name: String
        let method: UInt16
        let flags: UInt16
        let crc32: UInt32
        let compressedSize: UInt32
        let uncompressedSize: UInt32
        let localHeaderOffset: UInt32
    }

    let entries: [Entry]
    private let data: Data

    init(data: Data) throws {
        self.data = data
        let end = try Self.endOfCentralDirectory(in: data)
        let count = Int(data.le16(at: end + 10))
        let directorySize = data.le32(at: end + 12)
        let directoryOffset = data.le32(at: end + 16)
        guard count != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF else {
            throw XLSXReadError.unsupported("ZIP64 archive")
        }
        guard Int(directoryOffset) + Int(directorySize) <= end else {
            throw XLSXReadError.corrupt("ZIP central directory")
        }
        var entries: [Entry] = []
        var offset = Int(directoryOffset)
        for _ in 0..<count {
            guard offset + 46 <= end, data.le32(at: offset) == 0x0201_4B50 else {
                throw XLSXReadError.corrupt("ZIP central directory")
            }
            let nameLength = Int(data.le16(at: offset + 28))
            let skipped = Int(data.le16(at: offset + 30)) + Int(data.le16(at: offset + 32))
            guard offset + 46 + nameLength + skipped <= end else {
                throw XLSXReadError.corrupt("ZIP central directory")
            }
            let nameStart = data.startIndex + offset + 46
            entries.append(
                Entry(
                    name: String(decoding: data[nameStart..<nameStart + nameLength], as: UTF8.self),
                    method: data.le16(at: offset + 10), flags: data.le16(at: offset + 8),
                    crc32: data.le32(at: offset + 16),
                    compressedSize: data.le32(at: offset + 20), uncompressedSize: data.le32(at: offset + 24),
                    localHeaderOffset: data.le32(at: offset + 42)))
            offset += 46 + nameLength + skipped
        }
        self.entries = entries
    }

    /// The end-of-central-directory record: the last one in the final 64 KiB + 22 bytes (it ends
    /// with a comment of up to 64 KiB) whose comment reaches no further than the archive.
    private static func endOfCentralDirectory(in data: Data) throws -> Int {
        guard data.count >= 22 else { throw XLSXReadError.notZip }
        var offset = data.count - 22
        let lowest = max(0, offset - 0xFFFF)
        while offset >= lowest {
            if data.le32(at: offset) == 0x0605_4B50, offset + 22 + Int(data.le16(at: offset + 20)) <= data.count {
                return offset
            }
            offset -= 1
        }
        throw XLSXReadError.notZip
    }

    /// The entry with this name; OPC part names are case-insensitive, so a differently cased name is
    /// accepted when there is no exact match.
    func entry(named name: String) -> Entry? {
        entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The whole contents, checked against the recorded size and CRC-32.
    func data(of entry: Entry) throws -> Data {
        var stream = try self.stream(of: entry)
        // The recorded size is only a hint until checked: a damaged one must not reserve gigabytes.
        var contents = Data(capacity: min(Int(entry.uncompressedSize), 1 << 24))
        while let chunk = try stream.next() { contents.append(contentsOf: chunk) }
        return contents
    }

    /// The contents as chunks; the size and CRC-32 are checked when the stream ends.
    func stream(of entry: Entry) throws -> ZipEntryStream {
        guard entry.flags & 1 == 0 else { throw XLSXReadError.unsupported("encrypted ZIP entry \(entry.name)") }
        guard entry.compressedSize != 0xFFFF_FFFF, entry.uncompressedSize != 0xFFFF_FFFF,
            entry.localHeaderOffset != 0xFFFF_FFFF
        else { throw XLSXReadError.unsupported("ZIP64 entry \(entry.name)") }
        guard entry.method == 0 || entry.method == 8 else {
            throw XLSXReadError.unsupported("ZIP compression method \(entry.method) in \(entry.name)")
        }
        let header = Int(entry.localHeaderOffset)
        guard header + 30 <= data.count, data.le32(at: header) == 0x0403_4B50 else {
            throw XLSXReadError.corrupt("ZIP local header of \(entry.name)")
        }
        // The local header's own name and extra-field lengths say where the data starts; its sizes
        // may be zero (they follow the data when flag bit 3 is set), so the central directory's are used.
        let start = header + 30 + Int(data.le16(at: header + 26)) + Int(data.le16(at: header + 28))
        let end = start + Int(entry.compressedSize)
        guard end <= data.count else { throw XLSXReadError.corrupt("ZIP entry \(entry.name) runs past the end") }
        let contents = data[data.startIndex + start..<data.startIndex + end]
        if entry.method == 0, entry.compressedSize != entry.uncompressedSize {
            throw XLSXReadError.corrupt("ZIP entry \(entry.name): stored sizes differ")
        }
        return ZipEntryStream(entry: entry, contents: contents)
    }
}

/// One entry's contents, chunk by chunk. Output beyond the recorded size is refused at once (a
/// decompression bomb stops there); a short or altered entry fails its size or CRC-32 check at the end.
struct ZipEntryStream: Sendable {
    private let entry: ZipReader.Entry
    private var stored: Data
    private var inflater: Inflater?
    private var produced = 0
    private var crc: UInt32 = 0xFFFF_FFFF

    fileprivate init(entry: ZipReader.Entry, contents: Data) {
        self.entry = entry
        if entry.method == 8 {
            (stored, inflater) = (Data(), Inflater(contents))
        } else {
            (stored, inflater) = (contents, nil)
        }
    }

    mutating func next(maxOutput: Int = 1 << 16) throws -> [UInt8]? {
        let chunk: [UInt8]?
        if inflater != nil {
            chunk = try inflater!.next(maxOutput: maxOutput)
        } else if stored.isEmpty {
            chunk = nil
        } else {
            let end = stored.startIndex + min(maxOutput, stored.count)
            chunk = [UInt8](stored[..<end])
            stored = stored[end...]
        }
        guard let chunk else {
            guard produced == Int(entry.uncompressedSize), crc ^ 0xFFFF_FFFF == entry.crc32 else {
                throw XLSXReadError.corrupt("ZIP entry \(entry.name) fails its size or CRC-32 check")
            }
            return nil
        }
        produced += chunk.count
        guard produced <= Int(entry.uncompressedSize) else {
            throw XLSXReadError.corrupt("ZIP entry \(entry.name) is larger than recorded")
        }
        crc = CRC32.update(crc, chunk)
        return chunk
    }
}

extension Data {
    /// Little-endian integers at an offset from `startIndex`; callers check the bounds.
    fileprivate func le16(at offset: Int) -> UInt16 {
        UInt16(self[startIndex + offset]) | UInt16(self[startIndex + offset + 1]) << 8
    }

    fileprivate func le32(at offset: Int) -> UInt32 {
        UInt32(le16(at: offset)) | UInt32(le16(at: offset + 2)) << 16
    }
}
