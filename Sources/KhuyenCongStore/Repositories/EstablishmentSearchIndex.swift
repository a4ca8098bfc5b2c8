import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// The SQLite search index in name order (M0028): an FTS5 trigram table over the folded name, tax
/// code and folded address whose rowid is an establishment's *search position*,
/// `bucket << 32 | establishments.rowid`. Buckets are runs of about `rowsPerBucket` establishments
/// in Vietnamese order of name, cut where the sort key changes and recorded by their lowest key in
/// `establishments_search_buckets`; a key below every recorded one is in bucket 0.
///
/// Why: FTS5 returns matches in rowid order and can stop after a page of them, so with this rowid
/// the first page of a common word is found without sorting every match, and a rare word's
/// matches are still few. With the plain rowid, a word that half the registry contains ("to hop
/// tac": matches from 80 % of the way down the name order) meant walking the name index or sorting
/// half a million rows, 0.2–0.5 s a search over 1,000,000 establishments.
///
/// Correctness needs only that a bucket never holds a key greater than one in a later bucket,
/// which the boundaries guarantee however rows are added afterwards; uneven buckets only cost time.
/// The boundaries change only in `rebuild`, together with every position, because the triggers
/// find an old row's position from the boundaries in force. M0028's triggers are written from
/// `position(of:)` and `texts(of:)`: a change to either needs a migration that recreates them and
/// rebuilds.
enum EstablishmentSearchIndex {
    /// Establishments per bucket when the index is rebuilt: a search selects and sorts whole
    /// buckets, so this bounds the extra rows a page reads.
    static let rowsPerBucket = 1024
    /// `rowid & rowidMask` is the establishment's rowid.
    static let rowidMask: Int64 = 0xFFFF_FFFF

    /// The search position of `row` (`new` or `old` in a trigger, or the table itself), in SQL.
    static func position(of row: String) -> String {
        "((\(bucket(ofKey: "\(row).sort_key"))) << 32) | \(row).rowid"
    }

    /// The indexed columns of `row`, in SQL: the texts, each after a space so that every word
    /// starts after one, and the area as `#province# @commune@` (see `areaMatch`).
    static func texts(of row: String) -> String {
        "' ' || \(row).folded_name, ' ' || \(row).tax_code, ' ' || \(row).folded_address, '#' || \(row).province_code || '# @' || \(row).commune_code || '@'"
    }

    /// FTS5 query text for establishments in the province, and in one of the communes, given.
    static func areaMatch(province: String?, communes: [String]?) -> String {
        var terms: [String] = []
        if let province { terms.append("area : \"#\(quoted(province))#\"") }
        if let communes { terms.append("(" + communes.map { "area : \"@\(quoted($0))@\"" }.joined(separator: " OR ") + ")") }
        return terms.joined(separator: " AND ")
    }

    /// Text inside an FTS5 phrase: quotes doubled, control characters (which end FTS5's parse
    /// of a query, a NUL in particular) left out.
    static func quoted(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
            .replacingOccurrences(of: "\"", with: "\"\"")
    }

    /// The bucket of a sort key given as SQL.
    static func bucket(ofKey key: String) -> String {
        "COALESCE((SELECT bucket FROM establishments_search_buckets WHERE lower_key <= \(key) ORDER BY lower_key DESC LIMIT 1), 0)"
    }

    /// Pending index data FTS5 may hold in memory before writing a segment.
    static let pendingBytes = 32 << 20

    /// Rows indexed per statement. FTS5 writes its pending terms out at every statement (its
    /// savepoint), so few large statements make few segments to merge; each one sorts its rows by
    /// position in memory (about 150 bytes a row).
    static let rowsPerStatement: Int64 = 65_536

    /// Cuts the registry into buckets again and indexes every establishment: after a large import,
    /// after `VACUUM` (which may renumber rowids), or on an operator's request. Runs inside the
    /// caller's transaction.
    static func rebuild(on sql: any SQLDatabase, rowsPerBucket: Int = rowsPerBucket) async throws {
        try await sql.raw("INSERT INTO establishments_search (establishments_search) VALUES ('delete-all')").run()
        // Pending terms are written out as a segment whenever they pass this size, and segments are
        // merged four at a time; FTS5's default of 1 MB made merging half of a rebuild's time.
        try await sql.raw("INSERT INTO establishments_search (establishments_search, rank) VALUES ('hashsize', \(bind: pendingBytes))").run()
        try await sql.raw("DELETE FROM establishments_search_buckets").run()
        let cutter = NIOLockedValueBox(BucketCutter(rowsPerBucket: rowsPerBucket))
        try await sql.raw("SELECT sort_key AS k FROM establishments ORDER BY sort_key").run { row in
            let key = Result { try row.decode(column: "k", as: String.self) }
            cutter.withLockedValue { $0.add(key: key) }
        }
        let boundaries = try cutter.withLockedValue { try $0.result() }
        for chunk in boundaries.chunked(into: 500) {
            let values = SQLList(chunk.map { SQLGroupExpression([SQLBind($0.bucket), SQLBind($0.key)]) })
            try await sql.raw("INSERT INTO establishments_search_buckets (bucket, lower_key) VALUES \(values)").run()
        }
        try await index(after: 0, on: sql)
    }

    /// Indexes establishments with rowid above `rowid` (a bulk load's new rows), or rebuilds the
    /// whole index when the load left the buckets twice as large as intended.
    static func indexRows(after rowid: Int64, on sql: any SQLDatabase) async throws {
        if try await size(on: sql).needsRebuild {
            try await rebuild(on: sql)
        } else {
            try await index(after: rowid, on: sql)
        }
    }

    /// How many establishments and buckets there are.
    struct Size: Decodable {
        let rows: Int
        let buckets: Int

        /// The buckets have grown to twice the intended size (or a registry entered by hand has
        /// outgrown having none).
        var needsRebuild: Bool { rows > 2 * EstablishmentSearchIndex.rowsPerBucket * (buckets + 1) }
    }

    static func size(on sql: any SQLDatabase) async throws -> Size {
        try await sql.raw(
            "SELECT (SELECT COUNT(*) FROM establishments) AS rows, (SELECT COUNT(*) FROM establishments_search_buckets) AS buckets"
        ).first(decoding: Size.self) ?? Size(rows: 0, buckets: 0)
    }

    /// Adds the establishments with rowid above `rowid` to the FTS table, a run of rowids per
    /// statement, each run in increasing position: FTS5 appends increasing rowids to its pending
    /// terms and writes them out early at a decrease.
    private static func index(after rowid: Int64, on sql: any SQLDatabase) async throws {
        let last = try await sql.raw("SELECT COALESCE(MAX(rowid), 0) AS n FROM establishments").first(decodingColumn: "n", as: Int64.self) ?? 0
        // A position holds the rowid in 32 bits; SQLite numbers rows max + 1, so this takes four
        // billion establishments written in the table's life.
        guard last <= rowidMask else { throw StoreError.configuration("establishment rowid \(last) does not fit a search position") }
        var low = rowid
        while low < last {
            try await sql.raw(
                """
                INSERT INTO establishments_search (rowid, folded_name, tax_code, folded_address, area)
                  SELECT \(unsafeRaw: position(of: "establishments")) AS p, \(unsafeRaw: texts(of: "establishments")) FROM establishments
                  WHERE rowid > \(bind: low) AND rowid <= \(bind: low + rowsPerStatement) ORDER BY p
                """
            ).run()
            low += rowsPerStatement
        }
    }
}

/// Cuts rows arriving in name order into buckets. A bucket closes only where the key changes, so
/// equal keys share a bucket and the recorded lower keys increase strictly.
private struct BucketCutter {
    let rowsPerBucket: Int
    private var boundaries: [(bucket: Int, key: String)] = []
    private var failure: (any Error)?
    private var bucket = 0
    private var inBucket: Int
    private var previousKey: String?

    init(rowsPerBucket: Int) {
        self.rowsPerBucket = rowsPerBucket
        inBucket = rowsPerBucket  // the first row opens bucket 1
    }

    /// Adds the next row's key, or keeps the first error reading one.
    mutating func add(key read: Result<String, any Error>) {
        guard failure == nil else { return }
        let key: String
        switch read {
        case .success(let value): key = value
        case .failure(let error):
            failure = error
            return
        }
        if inBucket >= rowsPerBucket && key != previousKey {
            bucket += 1
            inBucket = 0
            boundaries.append((bucket, key))
        }
        inBucket += 1
        previousKey = key
    }

    func result() throws -> [(bucket: Int, key: String)] {
        if let failure { throw failure }
        return boundaries
    }
}

extension EstablishmentRepository {
    /// What `rebuildSearchIndex` did.
    public struct SearchIndexSummary: Sendable {
        public let establishments: Int
        public let buckets: Int
    }

    /// Rebuilds the SQLite search index in one transaction (searches go on meanwhile, on the last
    /// committed index); nil on PostgreSQL, whose trigram index needs no rebuilding.
    public func rebuildSearchIndex() async throws -> SearchIndexSummary? {
        guard store.sql.dialect.name == "sqlite" else { return nil }
        return try await store.write { sql, _ in
            try await EstablishmentSearchIndex.rebuild(on: sql)
            let size = try await EstablishmentSearchIndex.size(on: sql)
            return SearchIndexSummary(establishments: size.rows, buckets: size.buckets)
        }
    }

    /// Rebuilds the SQLite search index when its buckets have grown to twice their size, as a
    /// registry entered by hand does (imports recut them themselves): run as the store opens.
    func rebuildSearchIndexIfOutgrown() async throws {
        guard store.sql.dialect.name == "sqlite", try await EstablishmentSearchIndex.size(on: store.sql).needsRebuild else { return }
        try await store.write { sql, _ in
            if try await EstablishmentSearchIndex.size(on: sql).needsRebuild { try await EstablishmentSearchIndex.rebuild(on: sql) }
        }
    }
}
