import Foundation
import KhuyenCongCore
import SQLKit

/// Imports establishments from CSV or XLSX (domain §4.2, issue #3): the tax code is the match key, every bad
/// row is reported with its column, value and reason, and nothing is written unless every row is
/// good (all-or-nothing) and it is not a dry run. The file is streamed twice — once to check, once
/// to write — in batches, so memory does not grow with the file.
public struct EstablishmentImporter: Sendable {
    let store: Store
    let geography: Geography
    let knownSectors: Set<String>
    let today: Day
    let actor: Actor
    let scope: AccessScope
    /// Rows outside this province are refused (the CLI's `--province`).
    let onlyProvince: String?

    static let batchSize = 1000
    /// The fewest rows written before a table's secondary indexes are deferred (see `ImportWriter`);
    /// tests lower it to see the deferral on small files.
    var minimumIndexDeferral = 20_000

    public init(
        store: Store, geography: Geography, knownSectors: Set<String>, today: Day, actor: Actor, scope: AccessScope,
        onlyProvince: String? = nil
    ) {
        self.store = store
        self.geography = geography
        self.knownSectors = knownSectors
        self.today = today
        self.actor = actor
        self.scope = scope
        self.onlyProvince = onlyProvince
    }

    public func run(_ source: ImportSource, dryRun: Bool, progress: @escaping @Sendable (Int) -> Void = { _ in }) async throws
        -> ImportReport
    {
        try scope.checkCanCreate()
        // One pass: every batch is checked, and written while no row has been rejected. A rejected
        // row or an empty file rolls the transaction back, so nothing is half-imported and the report
        // always covers the whole file. A dry run reads outside any transaction and writes nothing.
        if dryRun { return try await pass(source, sql: store.sql, audit: nil, progress: progress) }
        do {
            return try await store.write { sql, audit in
                let searchIndex = try await SearchIndexDeferral.begin(on: sql)
                var report = try await pass(source, sql: sql, audit: audit, progress: progress)
                guard report.rejectedRows == 0 else { throw Rollback(report: report) }
                try await searchIndex.finish()
                report.committed = true
                return report
            }
        } catch let rollback as Rollback {
            return rollback.report
        }
    }

    /// Thrown out of the transaction to undo it while keeping the report.
    struct Rollback: Error {
        let report: ImportReport
    }

    /// Checks every row, writing batches through `audit`'s transaction while none has been rejected.
    /// Writing a batch overlaps reading and checking the next (see `ImportWriter`).
    func pass(_ source: ImportSource, sql: any SQLDatabase, audit: AuditRecorder?, progress: (Int) -> Void) async throws
        -> ImportReport
    {
        var report = ImportReport()
        var seen: [String: Int] = [:]
        var writer: ImportWriter?
        if let audit { writer = try await ImportWriter.begin(importer: self, sql: sql, audit: audit) }
        do {
            try await forEachBatch(source) { batch in
                // A server shutting down cancels the import between batches; its transaction is undone.
                try Task.checkCancellation()
                // The connection is free once the write in flight is done; the lookup goes before the
                // queued batch's write, which then runs while this batch is checked.
                try await writer?.settle()
                let existing = try await existingRows(taxCodes: Self.taxCodes(of: batch), sql: sql)
                try await writer?.startQueued()
                let outcomes = check(batch, existing: existing, seen: &seen)
                report.tally(outcomes)
                if report.rejectedRows == 0 {
                    writer?.queue(ImportWriter.Batch(outcomes, rows: batch, atMillis: store.nowMillis))
                } else {
                    writer?.discardQueued()
                }
                progress(report.rowsRead)
            }
            guard report.rowsRead > 0 else { throw DomainError(.invalidInput, .importEmpty) }
            if report.rejectedRows == 0 { try await writer?.finish() }
        } catch {
            // Nothing may still be writing when the caller rolls the transaction back.
            await writer?.abandon()
            throw error
        }
        await writer?.abandon()
        return report
    }

    // MARK: Reading

    struct RawRow: Sendable {
        let number: Int
        let fields: [EstablishmentColumn: String]
    }

    /// Reads the header, then hands rows to `body` a batch at a time.
    func forEachBatch(_ source: ImportSource, _ body: ([RawRow]) async throws -> Void) async throws {
        var reader = try source.rows()
        do {
            guard let header = try reader.nextRow() else { throw DomainError(.invalidInput, .importEmpty) }
            let columns = header.cells.map(EstablishmentColumn.init(header:))
            let missing = EstablishmentColumn.allCases.filter { $0.isRequired && !columns.contains($0) }
            guard missing.isEmpty else {
                throw DomainError(
                    .invalidInput, .importMissingColumns,
                    arguments: ["columns": missing.map { "\($0.rawValue) (\($0.vietnameseHeader))" }.joined(separator: ", ")])
            }
            var batch: [RawRow] = []
            batch.reserveCapacity(Self.batchSize)
            while let row = try reader.nextRow() {
                if row.cells.allSatisfy({ $0.isEmpty }) { continue }
                var fields: [EstablishmentColumn: String] = [:]
                for (index, column) in columns.enumerated() {
                    if let column, index < row.cells.count {
                        fields[column] = column.restoringLeadingZeros(CSVText.unprotected(VietnameseText.trimmed(row.cells[index])))
                    }
                }
                batch.append(RawRow(number: row.number, fields: fields))
                if batch.count == Self.batchSize {
                    try await body(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try await body(batch) }
        } catch CSVReadError.notUTF8 {
            // Vietnamese text that is not UTF-8 is almost always TCVN3 (ABC) or VNI from older Office
            // files; a wrong guess would corrupt every name, so the file is refused with the remedy.
            throw DomainError(.invalidInput, .importLegacyEncoding)
        } catch CSVReadError.unterminatedQuote(let row) {
            throw DomainError(.invalidInput, .importUnterminatedQuote, arguments: ["row": String(row)])
        } catch is XLSXReadError {
            throw DomainError(.invalidInput, .importXLSXUnreadable)
        }
    }

    // MARK: Checking

    enum Outcome: Sendable {
        case create(Establishment)
        case update(before: Establishment, after: Establishment)
        /// The row says what is stored already: nothing is written, so the version does not move
        /// under someone editing the record and the audit trail gets no empty change.
        case unchanged
        case reject([ImportReport.Rejection])
    }

    static func taxCodes(of batch: [RawRow]) -> [String] {
        batch.map(taxCode(of:)).filter { !$0.isEmpty }
    }

    /// The row's tax code as codes are compared, the import's match key.
    static func taxCode(of row: RawRow) -> String {
        TaxCode.compacted(row.fields[.taxCode] ?? "")
    }

    /// Each row's outcome; `existing` holds the stored records of the batch's tax codes, `seen` the
    /// tax codes of earlier rows of the file.
    func check(_ batch: [RawRow], existing: [String: EstablishmentRow], seen: inout [String: Int]) -> [Outcome] {
        batch.map { row in
            let taxCode = Self.taxCode(of: row)
            if let first = seen[taxCode], !taxCode.isEmpty {
                return .reject([
                    .init(row: row.number, column: EstablishmentColumn.taxCode.rawValue, value: taxCode, key: .importDuplicateInFile, arguments: ["row": String(first)])
                ])
            }
            if !taxCode.isEmpty { seen[taxCode] = row.number }
            let current = existing[taxCode]
            if current?.mergedInto != nil {
                return .reject([
                    .init(row: row.number, column: EstablishmentColumn.taxCode.rawValue, value: taxCode, key: .importMergedRecord)
                ])
            }
            if let current, !scope.canWrite(current.establishment.area) {
                return .reject([
                    .init(row: row.number, column: EstablishmentColumn.taxCode.rawValue, value: taxCode, key: .importTaxCodeOutsideArea)
                ])
            }
            let draft = Self.draft(row, over: current?.establishment)
            switch draft.validated(
                id: current?.establishment.id ?? UUID.timeOrdered(), version: current?.establishment.version ?? 1, geography: geography,
                knownSectors: knownSectors, today: today)
            {
            case .failure(let error):
                return .reject(error.fields.map { field in
                    let column = EstablishmentColumn(rawValue: field.field)
                    return .init(
                        row: row.number, column: field.field, value: column.flatMap { row.fields[$0] } ?? "", key: field.key,
                        arguments: error.arguments)
                })
            case .success(let establishment):
                let area = RecordArea(provinceCode: establishment.provinceCode, communeCode: establishment.commune.code)
                if !scope.canWrite(area) || (onlyProvince != nil && establishment.provinceCode != onlyProvince) {
                    return .reject([
                        .init(
                            row: row.number, column: EstablishmentColumn.communeCode.rawValue, value: row.fields[.communeCode] ?? "",
                            key: .importOutsideArea)
                    ])
                }
                guard let current else { return .create(establishment) }
                let after = EstablishmentRepository.edited(current.establishment, by: establishment)
                return after.hasSameContent(as: current.establishment) ? .unchanged : .update(before: current.establishment, after: after)
            }
        }
    }

    /// A draft from the row; columns the file does not have keep the current values.
    static func draft(_ row: RawRow, over current: Establishment?) -> EstablishmentDraft {
        func value(_ column: EstablishmentColumn, _ fallback: String) -> String { row.fields[column] ?? fallback }
        let sectors = row.fields[.sectors].map { $0.split(whereSeparator: { $0 == ";" || $0 == "," }).map(String.init) }
        return EstablishmentDraft(
            taxCode: value(.taxCode, ""), name: value(.name, current?.name ?? ""),
            legalForm: value(.legalForm, current?.legalForm.rawValue ?? ""), sizeClass: current?.sizeClass.rawValue ?? "micro",
            communeCode: value(.communeCode, current?.commune.code ?? ""), address: value(.address, current?.address ?? ""),
            sectors: sectors ?? current?.sectors ?? [], employees: value(.employees, current.map { String($0.employees) } ?? ""),
            employeesFemale: value(.employeesFemale, current.map { String($0.employeesFemale) } ?? ""),
            employeesEthnicMinority: value(.employeesEthnicMinority, current.map { String($0.employeesEthnicMinority) } ?? ""),
            womanOwned: current?.womanOwned ?? false, ethnicMinorityOwned: current?.ethnicMinorityOwned ?? false,
            appliesCleanerProduction: current?.appliesCleanerProduction ?? false,
            isClusterInvestor: current?.isClusterInvestor ?? false, phone: value(.phone, current?.phone ?? ""),
            foundedOn: value(.foundedOn, current?.foundedOn?.iso ?? ""))
    }

    func existingRows(taxCodes: [String], sql: any SQLDatabase) async throws -> [String: EstablishmentRow] {
        guard !taxCodes.isEmpty else { return [:] }
        let rows = try await EstablishmentRow.all(
            sql.select().column(EstablishmentRow.selectList).from("establishments").where("tax_code", .in, SQLBind.group(taxCodes)),
            on: sql)
        return Dictionary(rows.map { ($0.taxCode, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
