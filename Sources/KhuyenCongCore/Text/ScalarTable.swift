/// Byte strings looked up by Unicode scalar, for the text keys computed for every imported row
/// (`VietnameseText.fold`, `VietnameseCollation.sortKey`).
///
/// It covers the scalars below the combining marks (U+0300) and the precomposed Vietnamese letters
/// (U+1E00–U+1EFF). In text made only of those, except CR (which pairs with LF into one
/// character), every scalar is a whole character: walking scalars through a flat table gives what
/// walking `Character`s through a dictionary gives, without grapheme breaking or hashing strings.
struct ScalarTable: Sendable {
    private let starts: [Int32]
    private let bytes: [UInt8]

    /// `entry(scalar)` for every covered scalar; nil leaves the scalar out (the caller falls back).
    init(_ entry: (Unicode.Scalar) -> [UInt8]?) {
        var starts: [Int32] = []
        var bytes: [UInt8] = []
        starts.reserveCapacity(Self.slots + 1)
        for slot in 0..<Self.slots {
            starts.append(Int32(bytes.count))
            if let scalar = Unicode.Scalar(Self.value(ofSlot: slot)), scalar != "\r", let piece = entry(scalar) {
                bytes.append(contentsOf: piece)
            } else {
                bytes.append(0xFF)  // never valid UTF-8: marks "not covered"
            }
        }
        starts.append(Int32(bytes.count))
        self.starts = starts
        self.bytes = bytes
    }

    private static let slots = 0x400

    private static func value(ofSlot slot: Int) -> UInt32 {
        slot < 0x300 ? UInt32(slot) : UInt32(0x1E00 + slot - 0x300)
    }

    private static func slot(of scalar: Unicode.Scalar) -> Int? {
        let value = Int(scalar.value)
        if value < 0x300 { return value }
        if (0x1E00...0x1EFF).contains(value) { return value - 0x1E00 + 0x300 }
        return nil
    }

    /// Calls `body` with the scalar's bytes; false when the scalar is not covered.
    @inline(__always)
    func withBytes(of scalar: Unicode.Scalar, _ body: (ArraySlice<UInt8>) -> Void) -> Bool {
        guard let slot = Self.slot(of: scalar) else { return false }
        let piece = bytes[Int(starts[slot])..<Int(starts[slot + 1])]
        if piece.first == 0xFF { return false }
        body(piece)
        return true
    }
}
