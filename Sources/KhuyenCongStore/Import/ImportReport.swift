import Foundation
import KhuyenCongCore

/// What an import did, or would do in a dry run: every rejected row with its column, value and
/// the reason, and whether anything was committed (all-or-nothing).
public struct ImportReport: Sendable, Hashable {
    public struct Rejection: Sendable, Hashable {
        /// The spreadsheet row: the header is row 1, the first data row is row 2.
        public let row: Int
        public let column: String
        public let value: String
        public let key: MessageKey
        public let arguments: [String: String]

        public init(row: Int, column: String, value: String, key: MessageKey, arguments: [String: String] = [:]) {
            self.row = row
            self.column = column
            self.value = value
            self.key = key
            self.arguments = arguments
        }

        public func message(in language: Language) -> String { Messages.text(key, language, arguments) }
    }

    public var rowsRead = 0
    public var created = 0
    public var updated = 0
    /// Rows that match the stored record exactly (re-importing an export, say).
    public var unchanged = 0
    public var rejected: [Rejection] = []
    public var committed = false
    /// Rejections beyond this many are counted but not listed, so a wholly wrong file cannot make
    /// the report itself unbounded.
    public static let maximumListed = 1000
    public var rejectedRows = 0

    public init() {}

    mutating func tally(_ outcomes: [EstablishmentImporter.Outcome]) {
        for outcome in outcomes {
            rowsRead += 1
            switch outcome {
            case .create: created += 1
            case .update: updated += 1
            case .unchanged: unchanged += 1
            case .reject(let rejections):
                rejectedRows += 1
                rejected.append(contentsOf: rejections.prefix(Self.maximumListed - rejected.count))
            }
        }
    }
}

/// Where the file comes from: CSV is streamed a row at a time; a workbook is memory-mapped and its
/// sheet inflated a chunk at a time, so neither is ever held in memory whole.
public struct ImportSource: Sendable {
    let open: @Sendable () -> InputStream?
    let sample: @Sendable () -> Data?
    /// The whole file, for workbooks (a ZIP is read from its end); a file is memory-mapped.
    let contents: @Sendable () -> Data?

    public static func file(_ url: URL) -> ImportSource {
        ImportSource(
            open: { InputStream(url: url) },
            sample: {
                guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
                defer { try? handle.close() }
                return try? handle.read(upToCount: 64 * 1024) ?? Data()
            },
            contents: { try? Data(contentsOf: url, options: .alwaysMapped) })
    }

    public static func data(_ data: Data) -> ImportSource {
        ImportSource(open: { InputStream(data: data) }, sample: { data.prefix(64 * 1024) }, contents: { data })
    }

    /// The rows of the file, after checking it is a kind of file we read.
    func rows() throws -> any SheetRowReader {
        guard let sample = sample() else { throw DomainError(.invalidInput, .importUnreadable) }
        switch try FileSniffing.kind(of: sample) {
        case .xlsx:
            guard let contents = contents() else { throw DomainError(.invalidInput, .importUnreadable) }
            do {
                return try XLSXReader(data: contents)
            } catch {
                throw DomainError(.invalidInput, .importXLSXUnreadable)
            }
        case .csv:
            guard let stream = open() else { throw DomainError(.invalidInput, .importUnreadable) }
            return CSVRowReader(stream: stream)
        }
    }
}

extension ImportReport {
    /// The labels of the two counts: what was written, or, when nothing was, what would have been
    /// (a refused file's "Created 24,998" read as if the rows had been added).
    public var createdLabel: MessageKey { committed ? .importCreated : .importWouldCreate }
    public var updatedLabel: MessageKey { committed ? .importUpdated : .importWouldUpdate }

    /// The sentence that ends the report: written, nothing to write (every row already as stored),
    /// refused, or checked only.
    public var outcomeKey: MessageKey {
        if committed { return created + updated > 0 ? .importCommitted : .importNothingToWrite }
        return rejectedRows > 0 ? .importNotCommitted : .importDryRunDone
    }
}
