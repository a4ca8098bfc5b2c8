import Foundation
import ZIPFoundation

/// ZIP archives held in memory, through ZIPFoundation (design.md's choice), for workbooks: the
/// reader's entries and their contents as pull streams, and the writer's deflated archive.
struct ZipArchive {
    struct Entry: Sendable {
        let path: String
        let uncompressedSize: UInt64
    }

    let entries: [Entry]
    private let data: Data

    init(data: Data) throws {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw XLSXReadError.notZip }
        self.data = data
        entries = archive.map { Entry(path: $0.path, uncompressedSize: $0.uncompressedSize) }
    }

    func entry(named path: String) -> Entry? { entries.first { $0.path == path } }

    func stream(of entry: Entry) -> ZipEntryStream { ZipEntryStream(archive: data, entry: entry) }

    /// The whole contents of an entry (small parts).
    func data(of entry: Entry) throws -> Data {
        let stream = stream(of: entry)
        var contents = Data()
        while let chunk = try stream.next() { contents.append(contentsOf: chunk) }
        return contents
    }

    /// A deflated archive of `parts`, in order; `compressed: false` stores them as they are.
    static func archive(_ parts: [(path: String, contents: Data)], compressed: Bool = true) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(part.contents.count),
                modificationDate: Date(timeIntervalSince1970: 1_577_836_800),
                compressionMethod: compressed ? .deflate : .none
            ) { position, size in
                part.contents.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw XLSXReadError.corrupt("archive not written") }
        return data
    }
}

/// An entry's contents as a pull stream of chunks, so a worksheet of a million rows is never held
/// whole. ZIPFoundation pushes what it inflates to a closure; extraction therefore runs on a thread
/// of its own that waits while the reader is behind, holding at most `ChunkQueue.capacity` chunks.
/// The CRC and the recorded size are checked as the entry is read; a failure reaches the reader
/// after the chunks before it.
final class ZipEntryStream: Sendable {
    private let queue = ChunkQueue()

    init(archive: Data, entry: ZipArchive.Entry) {
        let queue = self.queue
        Thread {
            do {
                let archive = try Archive(data: archive, accessMode: .read)
                guard let found = archive[entry.path] else { throw XLSXReadError.corrupt("ZIP entry \(entry.path)") }
                var total: UInt64 = 0
                let checksum = try archive.extract(found, bufferSize: 1 << 16) { chunk in
                    total += UInt64(chunk.count)
                    // A deflate bomb stops at the size the archive declares.
                    guard total <= entry.uncompressedSize else { throw XLSXReadError.corrupt("ZIP entry larger than recorded") }
                    try queue.put(chunk)
                }
                // ZIPFoundation computes the CRC while extracting; comparing it is left to the caller.
                guard checksum == found.checksum else { throw XLSXReadError.corrupt("ZIP entry \(entry.path) fails its CRC-32") }
                queue.finish(nil)
            } catch let error as XLSXReadError {
                queue.finish(error)
            } catch {
                queue.finish(XLSXReadError.corrupt(String(describing: error)))
            }
        }.start()
    }

    /// Stops the extraction if the reader leaves early.
    deinit { queue.cancel() }

    /// The next chunk, or nil after the last.
    func next() throws -> [UInt8]? { try queue.take().map { [UInt8]($0) } }
}

/// A bounded hand-over between the extracting thread and the reader.
private final class ChunkQueue: @unchecked Sendable {
    static let capacity = 4
    private let condition = NSCondition()
    private var chunks: [Data] = []
    private var ended = false
    private var failure: XLSXReadError?
    private var cancelled = false

    struct Cancelled: Error {}

    func put(_ chunk: Data) throws {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= Self.capacity, !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        chunks.append(chunk)
        condition.broadcast()
    }

    func finish(_ error: XLSXReadError?) {
        condition.lock()
        defer { condition.unlock() }
        ended = true
        failure = error
        condition.broadcast()
    }

    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        chunks.removeAll()
        condition.broadcast()
    }

    func take() throws -> Data? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty, !ended { condition.wait() }
        if !chunks.isEmpty {
            condition.broadcast()
            return chunks.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }
}
