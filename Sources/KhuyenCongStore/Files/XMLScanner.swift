import Foundation

/// A pull tokenizer for the XML of an OOXML part, fed a chunk at a time from its ZIP entry so a
/// worksheet is never held whole. It knows what these parts use — tags, attributes, text, CDATA,
/// entities — and skips comments, processing instructions and DOCTYPE. Names are compared without
/// their namespace prefix (`<x:c>` is `c`). Ranges index the buffer and last until the next `next()`.
struct XMLScanner: Sendable {
    enum Token { case open, close, text, end }

    private let source: ZipEntryStream
    private var bytes: [UInt8] = []
    private var position = 0
    private var sourceEnded = false
    private var name = 0..<0
    private var attributes = 0..<0
    private var text = 0..<0
    private var textIsCDATA = false
    /// For an open tag: whether it is also its own end (`<c r="B1"/>`), with no close token to follow.
    private(set) var isSelfClosing = false

    /// Longer than any real token (Excel caps a cell at 32,767 characters): a broken or hostile part.
    private static let longestToken = 1 << 24

    init(_ source: ZipEntryStream) { self.source = source }

    mutating func next() throws -> Token {
        while true {
            if position == bytes.count {
                guard try fill() else { return .end }
            }
            if bytes[position] != UInt8(ascii: "<") {
                if let end = find(UInt8(ascii: "<"), from: position) {
                    text = position..<end
                } else if try fill() {
                    continue
                } else {
                    text = position..<bytes.count
                }
                position = text.upperBound
                textIsCDATA = false
                return .text
            }
            if let token = try markup() { return token }
        }
    }

    /// The construct at `position` ("<…"): a token, or nil when it was skipped or more input was read.
    private mutating func markup() throws -> Token? {
        let start = position
        func incomplete() throws -> Token? {
            guard try fill() else { throw XLSXReadError.corrupt("unterminated XML markup") }
            return nil
        }
        guard start + 1 < bytes.count else { return try incomplete() }
        switch bytes[start + 1] {
        case UInt8(ascii: "/"):
            guard let end = find(UInt8(ascii: ">"), from: start + 2) else { return try incomplete() }
            var nameEnd = start + 2
            while nameEnd < end, !Self.isSpace(bytes[nameEnd]) { nameEnd += 1 }
            name = localName(start + 2..<nameEnd)
            position = end + 1
            return .close
        case UInt8(ascii: "?"):
            guard let end = find("?>", from: start + 2) else { return try incomplete() }
            position = end + 2
            return nil
        case UInt8(ascii: "!"):
            if hasPrefix("<!--", at: start) {
                guard let end = find("-->", from: start + 4) else { return try incomplete() }
                position = end + 3
                return nil
            }
            if hasPrefix("<![CDATA[", at: start) {
                guard let end = find("]]>", from: start + 9) else { return try incomplete() }
                (text, textIsCDATA, position) = (start + 9..<end, true, end + 3)
                return .text
            }
            // Too short yet to tell a comment or CDATA from a declaration such as DOCTYPE.
            guard bytes.count - start >= 9, let end = tagEnd(from: start + 2) else { return try incomplete() }
            position = end + 1
            return nil
        default:
            guard let end = tagEnd(from: start + 1) else { return try incomplete() }
            isSelfClosing = bytes[end - 1] == UInt8(ascii: "/")
            var nameEnd = start + 1
            while nameEnd < end, !Self.isSpace(bytes[nameEnd]), bytes[nameEnd] != UInt8(ascii: "/") { nameEnd += 1 }
            name = localName(start + 1..<nameEnd)
            attributes = nameEnd..<(isSelfClosing ? end - 1 : end)
            position = end + 1
            return .open
        }
    }

    /// Appends more input after dropping what has been consumed; false at the end of the part.
    private mutating func fill() throws -> Bool {
        guard !sourceEnded else { return false }
        let pending = bytes.count - position
        guard pending < Self.longestToken else { throw XLSXReadError.corrupt("XML token longer than 16 MiB") }
        guard let chunk = try source.next() else {
            sourceEnded = true
            return false
        }
        // A byte-order mark on the first chunk: OOXML allows UTF-16 parts, which no writer seems to use.
        if bytes.isEmpty, chunk.starts(with: [0xFE, 0xFF]) || chunk.starts(with: [0xFF, 0xFE]) {
            throw XLSXReadError.unsupported("UTF-16 XML")
        }
        bytes.removeSubrange(0..<position)
        position = 0
        bytes.append(contentsOf: chunk)
        return true
    }

    // MARK: Names and attributes

    func nameIs(_ expected: StaticString) -> Bool { matches(name, expected) }

    /// The value of the attribute with this local name, undecoded; namespace declarations are skipped.
    func attribute(_ wanted: StaticString) -> Range<Int>? { attributes(wanted, "", "").0 }

    typealias AttributeValues = (Range<Int>?, Range<Int>?, Range<Int>?)

    /// The values of up to three attributes, found in one pass over the tag (a cell's r, t and s).
    func attributes(_ first: StaticString, _ second: StaticString, _ third: StaticString) -> AttributeValues {
        var found: AttributeValues = (nil, nil, nil)
        let end = attributes.upperBound
        bytes.withUnsafeBufferPointer { bytes in
            var index = attributes.lowerBound
            while true {
                while index < end, Self.isSpace(bytes[index]) { index += 1 }
                guard index < end else { return }
                let nameStart = index
                while index < end, bytes[index] != UInt8(ascii: "="), !Self.isSpace(bytes[index]) { index += 1 }
                let name = Self.localName(nameStart..<index, in: bytes)
                while index < end, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "'") { index += 1 }
                guard index < end else { return }
                let quote = bytes[index]
                let valueStart = index + 1
                repeat { index += 1 } while index < end && bytes[index] != quote
                guard index < end else { return }
                index += 1
                let value = valueStart..<index - 1
                if name.lowerBound > nameStart, Self.matches(nameStart..<name.lowerBound - 1, "xmlns", in: bytes) {
                    continue
                }
                if Self.matches(name, first, in: bytes) {
                    found.0 = value
                } else if Self.matches(name, second, in: bytes) {
                    found.1 = value
                } else if Self.matches(name, third, in: bytes) {
                    found.2 = value
                }
            }
        }
        return found
    }

    func attributeString(_ wanted: StaticString) -> String? {
        guard let range = attribute(wanted) else { return nil }
        var decoded: [UInt8] = []
        decode(range, into: &decoded)
        return String(decoding: decoded, as: UTF8.self)
    }

    func integer(_ range: Range<Int>) -> Int? { Self.integer(bytes[range]) }

    static func integer(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }

    /// The 0-based column of a cell reference ("C5" → 2), or nil if it has no column letters.
    func column(_ reference: Range<Int>) throws -> Int? {
        var column = 0
        var index = reference.lowerBound
        while index < reference.upperBound, case let letter = bytes[index] | 0x20, letter >= UInt8(ascii: "a"),
            letter <= UInt8(ascii: "z")
        {
            column = column * 26 + Int(letter - UInt8(ascii: "a")) + 1
            guard column <= 16_384 else { throw XLSXReadError.corrupt("cell reference beyond column XFD") }
            index += 1
        }
        return column == 0 ? nil : column - 1
    }

    func matches(_ range: Range<Int>, _ expected: StaticString) -> Bool {
        bytes.withUnsafeBufferPointer { Self.matches(range, expected, in: $0) }
    }

    private static func matches(
        _ range: Range<Int>, _ expected: StaticString, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        range.count == expected.utf8CodeUnitCount
            && memcmp(bytes.baseAddress! + range.lowerBound, expected.utf8Start, range.count) == 0
    }

    // MARK: Text

    /// Appends the current text token with entities decoded (CDATA as it is).
    func appendText(to output: inout [UInt8]) {
        if textIsCDATA { output += bytes[text] } else { decode(text, into: &output) }
    }

    /// Decodes the five predefined entities and character references; anything else is kept as written.
    private func decode(_ range: Range<Int>, into output: inout [UInt8]) {
        var index = range.lowerBound
        while let ampersand = find(UInt8(ascii: "&"), from: index, before: range.upperBound) {
            output += bytes[index..<ampersand]
            index = ampersand + 1
            guard let semicolon = find(UInt8(ascii: ";"), from: index, before: min(range.upperBound, index + 10)),
                let scalar = Self.entity(String(decoding: bytes[index..<semicolon], as: UTF8.self))
            else {
                output.append(UInt8(ascii: "&"))
                continue
            }
            UTF8.encode(scalar) { output.append($0) }
            index = semicolon + 1
        }
        output += bytes[index..<range.upperBound]
    }

    private static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let number =
                name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst(), radix: 10)
            return number.flatMap(Unicode.Scalar.init)
        }
    }

    // MARK: Searching the buffer

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// The name after its namespace prefix, if any.
    private func localName(_ range: Range<Int>) -> Range<Int> {
        bytes.withUnsafeBufferPointer { Self.localName(range, in: $0) }
    }

    private static func localName(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            if bytes[index] == UInt8(ascii: ":") { return index + 1..<range.upperBound }
        }
        return range
    }

    private func find(_ byte: UInt8, from start: Int, before end: Int? = nil) -> Int? {
        let end = end ?? bytes.count
        guard start < end else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            memchr(buffer.baseAddress! + start, Int32(byte), end - start)
                .map { UnsafeRawPointer($0) - UnsafeRawPointer(buffer.baseAddress!) }
        }
    }

    /// Where `terminator` next starts (every terminator searched for ends in ">").
    private func find(_ terminator: StaticString, from start: Int) -> Int? {
        let length = terminator.utf8CodeUnitCount
        var from = start + length - 1
        while let end = find(UInt8(ascii: ">"), from: from) {
            if matches(end + 1 - length..<end + 1, terminator) { return end + 1 - length }
            from = end + 1
        }
        return nil
    }

    private func hasPrefix(_ prefix: StaticString, at start: Int) -> Bool {
        start + prefix.utf8CodeUnitCount <= bytes.count && matches(start..<start + prefix.utf8CodeUnitCount, prefix)
    }

    /// The ">" closing a tag, skipping quoted attribute values (which may contain ">").
    private func tagEnd(from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            var (index, quote): (Int, UInt8?) = (start, nil)
            while index < bytes.count {
                let byte = bytes[index]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: ">") {
                    return index
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                }
                index += 1
            }
            return nil
        }
    }
}
