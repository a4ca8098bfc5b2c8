import Foundation

/// A source of spreadsheet rows, read one at a time so a million-row file never sits in memory:
/// CSV text or the first sheet of a workbook. `number` is the row as a spreadsheet shows it (the
/// header is row 1), so messages point at the right line.
public protocol SheetRowReader {
    mutating func nextRow() throws -> (number: Int, cells: [String])?
}

public enum CSVReadError: Error, Sendable, Equatable {
    /// The bytes are not UTF-8 (legacy Vietnamese encodings such as TCVN3 or VNI).
    case notUTF8(row: Int)
    /// A quoted field runs to the end of the file.
    case unterminatedQuote(row: Int)
}

/// Reads RFC 4180 CSV from a byte stream: quoted fields with doubled quotes and line breaks inside,
/// CRLF or LF line ends, a UTF-8 byte-order mark. The delimiter is taken from the header line —
/// Excel set up for Vietnamese writes `;` because `,` is the decimal separator there.
/// Works on bytes rather than Characters: importing is dominated by this loop.
public struct CSVRowReader: SheetRowReader {
    private let read: () throws -> [UInt8]?
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private var delimiter: UInt8?
    private var rowNumber = 0

    static let chunkSize = 256 * 1024

    /// `read` returns the next chunk of the file, or nil at its end.
    public init(read: @escaping () throws -> [UInt8]?) {
        self.read = read
    }

    public init(stream: InputStream) {
        let chunks = StreamChunks(stream)
        self.init { chunks.next() }
    }

    public init(text: String) {
        var pending: [UInt8]? = Array(text.utf8)
        self.init {
            defer { pending = nil }
            return pending
        }
    }

    /// Every row after the header of a small text (the reference tables shipped with the application).
    public static func dataRows(of text: String) throws -> [[String]] {
        var reader = CSVRowReader(text: text)
        var rows: [[String]] = []
        _ = try reader.nextRow()
        while let row = try reader.nextRow() { rows.append(row.cells) }
        return rows
    }

    public mutating func nextRow() throws -> (number: Int, cells: [String])? {
        if delimiter == nil { try start() }
        var cells: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var fieldStarted = false
        rowNumber += 1
        while true {
            if position == buffer.count, !(try refill()) {
                if quoted { throw CSVReadError.unterminatedQuote(row: rowNumber) }
                guard fieldStarted || !cells.isEmpty || !field.isEmpty else { return nil }
                cells.append(try text(field))
                return (rowNumber, cells)
            }
            let byte = buffer[position]
            position += 1
            if quoted {
                if byte == Self.quote {
                    if position == buffer.count, !(try refill()) {
                        quoted = false
                        continue
                    }
                    if buffer[position] == Self.quote {
                        field.append(Self.quote)
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case delimiter:
                cells.append(try text(field))
                field.removeAll(keepingCapacity: true)
                fieldStarted = true
            case Self.lineFeed:
                cells.append(try text(field))
                return (rowNumber, cells)
            case Self.carriageReturn:
                if position == buffer.count { _ = try refill() }
                if position < buffer.count, buffer[position] == Self.lineFeed { position += 1 }
                cells.append(try text(field))
                return (rowNumber, cells)
            case Self.quote where field.isEmpty:
                quoted = true
                fieldStarted = true
            default:
                field.append(byte)
                fieldStarted = true
            }
        }
    }

    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// Skips a byte-order mark and picks the delimiter the header line uses most.
    private mutating func start() throws {
        while !buffer.contains(Self.lineFeed), !buffer.contains(Self.carriageReturn), buffer.count < 1 << 20, try refill() {}
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        for byte in buffer[position...] {
            if byte == Self.quote { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == Self.lineFeed || byte == Self.carriageReturn { break }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\t") { counts[byte, default: 0] += 1 }
        }
        delimiter = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key != UInt8(ascii: ",")) }?.key ?? UInt8(ascii: ",")
    }

    /// Appends the next chunk, dropping what has been consumed; false at the end of the input.
    private mutating func refill() throws -> Bool {
        guard !finished else { return false }
        guard let chunk = try read(), !chunk.isEmpty else {
            finished = true
            return false
        }
        buffer.removeFirst(position)
        position = 0
        buffer.append(contentsOf: chunk)
        return true
    }

    private func text(_ bytes: [UInt8]) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw CSVReadError.notUTF8(row: rowNumber) }
        return text
    }
}

/// Reads an input stream a chunk at a time and closes it when the reader is gone.
private final class StreamChunks {
    let stream: InputStream

    init(_ stream: InputStream) {
        self.stream = stream
        stream.open()
    }

    deinit { stream.close() }

    func next() -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: CSVRowReader.chunkSize)
        let count = stream.read(&chunk, maxLength: chunk.count)
        guard count > 0 else { return nil }
        chunk.removeLast(chunk.count - count)
        return chunk
    }
}
