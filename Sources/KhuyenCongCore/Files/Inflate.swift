import Foundation

/// A raw DEFLATE decoder (RFC 1951) that hands its output out in chunks, so that a large ZIP entry
/// is read with bounded memory: between calls it keeps only the 32 KiB a back-reference can reach.
///
/// Speed comes from table-driven Huffman decoding — one lookup in a 10-bit (literal/length) or
/// 8-bit (distance) table, plus a second-level table for the rare longer codes — and a 64-bit bit
/// buffer refilled a word at a time, so one refill covers a whole length/distance pair.
struct Inflater: Sendable {
    private enum State {
        case blockHeader
        case stored(remaining: Int)
        case huffman
        case done
    }

    private static let windowSize = 32_768
    private static let maximumMatch = 258

    private let input: Data
    private var inputPosition = 0
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    private var state = State.blockHeader
    private var isFinalBlock = false
    private var literalTable: [UInt32] = []
    private var distanceTable: [UInt32] = []
    private var tablesAreFixed = false
    /// The history a back-reference may reach, followed by the output of the current call.
    private var window: [UInt8] = []
    private var windowEnd = 0

    init(_ input: Data) { self.input = input }

    /// The next piece of output: at least `maxOutput` bytes unless the stream ends (a final
    /// back-reference may add up to 257 more), or nil once everything has been returned.
    mutating func next(maxOutput: Int = 1 << 16) throws -> [UInt8]? {
        if windowEnd > Self.windowSize {
            window.withUnsafeMutableBufferPointer { bytes in
                let base = bytes.baseAddress!
                _ = memmove(base, base + windowEnd - Self.windowSize, Self.windowSize)
            }
            windowEnd = Self.windowSize
        }
        let start = windowEnd
        let limit = start + max(maxOutput, 1)
        // Room for a match started just below the limit, plus the 8-byte overshoot of `copyMatch`.
        let needed = limit + Self.maximumMatch + 8
        if window.count < needed { window.append(contentsOf: repeatElement(0, count: needed - window.count)) }
        try inflate(until: limit)
        return windowEnd > start ? Array(window[start..<windowEnd]) : nil
    }

    private mutating func inflate(until limit: Int) throws {
        let input = self.input
        try input.withUnsafeBytes { raw in
            var bits = BitReader(bytes: raw, position: inputPosition, buffer: bitBuffer, count: bitCount)
            defer { (inputPosition, bitBuffer, bitCount) = (bits.position, bits.buffer, bits.count) }
            while true {
                switch state {
                case .done:
                    return
                case .blockHeader:
                    try bits.refill()
                    isFinalBlock = bits.take(1) == 1
                    switch bits.take(2) {
                    case 0: state = .stored(remaining: try bits.storedBlockLength())
                    case 1:
                        if !tablesAreFixed { try buildFixedTables() }
                        state = .huffman
                    case 2:
                        try readDynamicTables(&bits)
                        state = .huffman
                    default: throw Self.corrupt("reserved block type")
                    }
                case .stored(let remaining):
                    if remaining == 0 {
                        try endBlock(bits)
                        continue
                    }
                    guard windowEnd < limit else { return }
                    let count = min(remaining, limit - windowEnd, raw.count - bits.position)
                    guard count > 0 else { throw Self.corrupt("truncated stored block") }
                    let (source, destination) = (raw.baseAddress! + bits.position, windowEnd)
                    window.withUnsafeMutableBytes { output in
                        (output.baseAddress! + destination).copyMemory(from: source, byteCount: count)
                    }
                    bits.position += count
                    windowEnd += count
                    state = .stored(remaining: remaining - count)
                case .huffman:
                    let (literals, distances) = (literalTable, distanceTable)
                    var end = windowEnd
                    let endOfBlock = try window.withUnsafeMutableBufferPointer { output in
                        try literals.withUnsafeBufferPointer { literals in
                            try distances.withUnsafeBufferPointer { distances in
                                try Self.decodeSymbols(
                                    &bits, into: output.baseAddress!, at: &end, limit: limit,
                                    literals: literals.baseAddress!, distances: distances.baseAddress!)
                            }
                        }
                    }
                    windowEnd = end
                    if endOfBlock { try endBlock(bits) } else { return }
                }
            }
        }
    }

    private mutating func endBlock(_ bits: BitReader) throws {
        guard isFinalBlock else {
            state = .blockHeader
            return
        }
        // The zero bits fed in past the end must not have been used.
        guard !bits.isOverrun else { throw Self.corrupt("truncated data") }
        state = .done
    }

    /// Decodes literals and matches until the end-of-block code (true) or until `limit` (false).
    @inline(__always)
    private static func decodeSymbols(
        _ bits: inout BitReader, into output: UnsafeMutablePointer<UInt8>, at end: inout Int, limit: Int,
        literals: UnsafePointer<UInt32>, distances: UnsafePointer<UInt32>
    ) throws -> Bool {
        var position = end
        defer { end = position }
        while position < limit {
            try bits.refill()
            let entry = bits.decode(literals, primaryBits: literalBits)
            switch entry & Entry.kindMask {
            case Entry.literal:
                output[position] = UInt8(truncatingIfNeeded: entry >> 16)
                position &+= 1
            case Entry.baseAndExtra:
                let length = Int(entry >> 16) &+ bits.take(Int((entry >> 8) & 0xF))
                let code = bits.decode(distances, primaryBits: distanceBits)
                guard code & Entry.kindMask == Entry.baseAndExtra else { throw corrupt("invalid distance code") }
                let distance = Int(code >> 16) &+ bits.take(Int((code >> 8) & 0xF))
                guard distance <= position else { throw corrupt("distance too far back") }
                copyMatch(output + position, distance: distance, length: length)
                position &+= length
            case Entry.endOfBlock:
                return true
            default:
                throw corrupt("invalid literal/length code")
            }
        }
        return false
    }

    /// Copies an LZ77 match; it may write up to 7 bytes past its end, which the window leaves room for.
    @inline(__always)
    private static func copyMatch(_ destination: UnsafeMutablePointer<UInt8>, distance: Int, length: Int) {
        let source = destination - distance
        if distance >= 8 {
            // Each 8-byte step reads only bytes already written, even when the match overlaps itself.
            var offset = 0
            repeat {
                let word = UnsafeRawPointer(source + offset).loadUnaligned(as: UInt64.self)
                UnsafeMutableRawPointer(destination + offset).storeBytes(of: word, as: UInt64.self)
                offset &+= 8
            } while offset < length
        } else if distance == 1 {
            destination.update(repeating: source.pointee, count: length)
        } else {
            for offset in 0..<length { destination[offset] = source[offset] }
        }
    }

    // MARK: Huffman tables

    private static let literalBits = 10
    private static let distanceBits = 8

    /// A table entry: bits 0–4 the code bits to drop, 8–11 the extra bits to read (or a second-level
    /// table's index bits), 12–15 the kind, 16–31 the literal, base length, base distance or offset.
    private enum Entry {
        static let kindMask: UInt32 = 0xF000
        static let literal: UInt32 = 0x0000
        static let baseAndExtra: UInt32 = 0x1000
        static let endOfBlock: UInt32 = 0x2000
        static let subtable: UInt32 = 0x3000
        static let invalid: UInt32 = 0x4000

        static func value(_ value: Int, extra: Int = 0, kind: UInt32) -> UInt32 {
            UInt32(value) << 16 | UInt32(extra) << 8 | kind
        }
    }

    /// What each literal/length symbol decodes to (RFC 1951 §3.2.5); 286 and 287 never occur.
    private static let literalEntries: [UInt32] = {
        let bases = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227, 258,
        ]
        let extras = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        let literals = (0..<256).map { Entry.value($0, kind: Entry.literal) }
        let lengths = zip(bases, extras).map { Entry.value($0, extra: $1, kind: Entry.baseAndExtra) }
        return literals + [Entry.endOfBlock] + lengths + [Entry.invalid, Entry.invalid]
    }()

    /// What each distance symbol decodes to; 30 and 31 never occur.
    private static let distanceEntries: [UInt32] = {
        let bases = [
            1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
            6145, 8193, 12289, 16385, 24577,
        ]
        return bases.enumerated().map { Entry.value($1, extra: max(0, $0 / 2 - 1), kind: Entry.baseAndExtra) }
            + [Entry.invalid, Entry.invalid]
    }()

    private static let codeLengthEntries: [UInt32] = (0..<19).map { Entry.value($0, kind: Entry.literal) }
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func buildFixedTables() throws {
        let lengths =
            [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
            + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8)
        try Self.buildTable(
            &literalTable, lengths: lengths[...], entries: Self.literalEntries, primaryBits: Self.literalBits)
        try Self.buildTable(
            &distanceTable, lengths: [UInt8](repeating: 5, count: 32)[...], entries: Self.distanceEntries,
            primaryBits: Self.distanceBits)
        tablesAreFixed = true
    }

    /// Reads a dynamic block's code lengths (RFC 1951 §3.2.7) and builds its tables.
    private mutating func readDynamicTables(_ bits: inout BitReader) throws {
        try bits.refill()
        let literalCount = bits.take(5) + 257
        let distanceCount = bits.take(5) + 1
        let codeLengthCount = bits.take(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw Self.corrupt("too many codes") }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            try bits.refill()
            codeLengthLengths[Self.codeLengthOrder[index]] = UInt8(bits.take(3))
        }
        var codeLengthTable: [UInt32] = []
        try Self.buildTable(
            &codeLengthTable, lengths: codeLengthLengths[...], entries: Self.codeLengthEntries, primaryBits: 7)

        var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
        var index = 0
        while index < lengths.count {
            try bits.refill()
            let entry = codeLengthTable[bits.peek(7)]
            guard entry & Entry.kindMask == Entry.literal else { throw Self.corrupt("invalid code length code") }
            bits.drop(Int(entry & 0x1F))
            let symbol = Int(entry >> 16)
            let (value, repeats): (UInt8, Int)
            switch symbol {
            case 16:
                guard index > 0 else { throw Self.corrupt("repeat with no previous length") }
                (value, repeats) = (lengths[index - 1], 3 + bits.take(2))
            case 17: (value, repeats) = (0, 3 + bits.take(3))
            case 18: (value, repeats) = (0, 11 + bits.take(7))
            default: (value, repeats) = (UInt8(symbol), 1)
            }
            guard index + repeats <= lengths.count else { throw Self.corrupt("code lengths overflow") }
            for offset in index..<index + repeats { lengths[offset] = value }
            index += repeats
        }
        guard lengths[256] != 0 else { throw Self.corrupt("no end-of-block code") }
        try Self.buildTable(
            &literalTable, lengths: lengths[..<literalCount], entries: Self.literalEntries,
            primaryBits: Self.literalBits)
        try Self.buildTable(
            &distanceTable, lengths: lengths[literalCount...], entries: Self.distanceEntries,
            primaryBits: Self.distanceBits)
        tablesAreFixed = false
    }

    /// Builds the decoding table of a canonical Huffman code (RFC 1951 §3.2.2). Codes longer than
    /// `primaryBits` go to second-level tables, indexed by the bits after the first `primaryBits`.
    /// Unused slots of an incomplete code decode as invalid; an over-subscribed code is refused.
    private static func buildTable(
        _ table: inout [UInt32], lengths: ArraySlice<UInt8>, entries: [UInt32], primaryBits: Int
    ) throws {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var nextCode = [Int](repeating: 0, count: 16)
        var unused = 1
        for length in 1...15 {
            unused = unused << 1 - counts[length]
            guard unused >= 0 else { throw corrupt("over-subscribed Huffman code") }
            nextCode[length] = (nextCode[length - 1] + counts[length - 1]) << 1
        }
        let longest = Int(lengths.max() ?? 0)
        let subtableBits = max(0, longest - primaryBits)
        table.removeAll(keepingCapacity: true)
        table.append(contentsOf: repeatElement(Entry.invalid, count: 1 << primaryBits))
        var subtableStart = [Int](repeating: 0, count: subtableBits > 0 ? 1 << primaryBits : 0)

        for (symbol, length) in zip(lengths.indices, lengths) where length > 0 {
            let length = Int(length)
            let code = nextCode[length]
            nextCode[length] += 1
            // Codes are sent most significant bit first, but the bit buffer is read from the bottom.
            var reversed = 0
            for bit in 0..<length { reversed |= (code >> bit & 1) << (length - 1 - bit) }
            let entry = entries[symbol - lengths.startIndex]
            if length <= primaryBits {
                for slot in stride(from: reversed, to: 1 << primaryBits, by: 1 << length) {
                    table[slot] = entry | UInt32(length)
                }
            } else {
                let prefix = reversed & (1 << primaryBits - 1)
                if subtableStart[prefix] == 0 {
                    subtableStart[prefix] = table.count
                    table[prefix] =
                        Entry.value(table.count, extra: subtableBits, kind: Entry.subtable) | UInt32(primaryBits)
                    table.append(contentsOf: repeatElement(Entry.invalid, count: 1 << subtableBits))
                }
                let rest = length - primaryBits
                for slot in stride(from: reversed >> primaryBits, to: 1 << subtableBits, by: 1 << rest) {
                    table[subtableStart[prefix] + slot] = entry | UInt32(rest)
                }
            }
        }
    }

    fileprivate static func corrupt(_ detail: String) -> XLSXReadError { .corrupt("DEFLATE data: \(detail)") }
}

/// Reads the bit stream least significant bit first. Past the end of the input it feeds zero bits
/// rather than checking on every read; `isOverrun` (checked at each slow refill and at the end of
/// the stream) then rejects a stream that used them.
private struct BitReader {
    let bytes: UnsafeRawBufferPointer
    var position: Int
    var buffer: UInt64
    var count: Int

    var isOverrun: Bool { position * 8 - count > bytes.count * 8 }

    /// Leaves at least 56 bits in the buffer: enough for a length code, its extra bits, a distance
    /// code and its extra bits (15 + 5 + 15 + 13).
    @inline(__always)
    mutating func refill() throws {
        if position &+ 8 <= bytes.count {
            // Bits above `count` are the next input bytes; loading them again later ORs in the same values.
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            buffer |= word &<< UInt64(count)
            position &+= (63 &- count) >> 3
            count |= 56
        } else {
            try refillNearEnd()
        }
    }

    private mutating func refillNearEnd() throws {
        guard !isOverrun else { throw Inflater.corrupt("truncated data") }
        while count < 56 {
            if position < bytes.count { buffer |= UInt64(bytes[position]) &<< UInt64(count) }
            position += 1
            count += 8
        }
    }

    @inline(__always)
    func peek(_ bitCount: Int) -> Int { Int(truncatingIfNeeded: buffer & (1 &<< UInt64(bitCount) &- 1)) }

    @inline(__always)
    mutating func drop(_ bitCount: Int) {
        buffer &>>= UInt64(bitCount)
        count &-= bitCount
    }

    @inline(__always)
    mutating func take(_ bitCount: Int) -> Int {
        let value = peek(bitCount)
        drop(bitCount)
        return value
    }

    /// Looks a symbol up in a table made by `Inflater.buildTable` and drops its bits.
    @inline(__always)
    mutating func decode(_ table: UnsafePointer<UInt32>, primaryBits: Int) -> UInt32 {
        var entry = table[peek(primaryBits)]
        if entry & 0xF000 == 0x3000 {
            drop(primaryBits)
            entry = table[Int(entry >> 16) &+ peek(Int((entry >> 8) & 0xF))]
        }
        drop(Int(entry & 0x1F))
        return entry
    }

    /// Skips to a byte boundary and reads a stored block's LEN and NLEN; the block's bytes are then
    /// copied straight from `position`.
    mutating func storedBlockLength() throws -> Int {
        drop(count & 7)
        position -= count >> 3
        (buffer, count) = (0, 0)
        guard position + 4 <= bytes.count else { throw Inflater.corrupt("truncated stored block") }
        let length = Int(bytes[position]) | Int(bytes[position + 1]) << 8
        let complement = Int(bytes[position + 2]) | Int(bytes[position + 3]) << 8
        guard length ^ complement == 0xFFFF else { throw Inflater.corrupt("stored block length mismatch") }
        position += 4
        return length
    }
}
