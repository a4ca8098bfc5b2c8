import Foundation
import KhuyenCongCore
@testable import KhuyenCongStore
import SQLKit
import TestSupport
import Testing

@Suite("Import: all-or-nothing, every bad row reported, tax code is the match key")
struct EstablishmentImporterTests {
    static let header = "Mã số thuế,Tên cơ sở,Loại hình,Mã xã,Địa chỉ,Ngành nghề,Số lao động,Lao động nữ,Lao động dân tộc thiểu số,Điện thoại,Ngày thành lập\n"

    func importer(_ store: Store, scope: AccessScope = .everything, province: String? = nil) async throws -> EstablishmentImporter {
        EstablishmentImporter(
            store: store, geography: try await GeographyRepository(store: store).load(),
            knownSectors: Set(try await SectorRepository(store: store).all().map(\.code)), today: .of("2026-01-01"),
            actor: .system, scope: scope, onlyProvince: province)
    }

    func source(_ text: String) -> ImportSource { .data(Data(text.utf8)) }

    @Test("a clean file is created, then re-importing updates by tax code", arguments: TestBackend.available)
    func createThenUpdate(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let file = "\u{FEFF}" + Self.header
                + "0100109106,Hợp tác xã Mây tre Phú Vinh,Hợp tác xã,00583,Thôn Phú Vinh,handicrafts,55,30,0,024 3333 4444,12/05/2004\n"
                + "0300588569,Công ty Gốm,sme,26506,,handicrafts;consumer_goods,20,5,0,,2001-03-01\n"
            let first = try await importer(store).run(source(file), dryRun: false)
            #expect(first.committed)
            #expect((first.rowsRead, first.created, first.updated, first.rejectedRows) == (2, 2, 0, 0))
            // The search index, filled once at the end of the import, finds the new rows by name words.
            let found = try await EstablishmentRepository(store: store).list(
                scope: .everything, filter: .init(query: "may tre phu"), limit: 5, after: nil)
            #expect(found.items.map(\.taxCode) == ["0100109106"])
            // Spaces typed inside the code do not hide the match.
            let changed = "tax_code,name,legal_form,commune_code,employees\n0100 109 106,Hợp tác xã Mây tre Phú Vinh,cooperative,00583,70\n"
            let second = try await importer(store).run(source(changed), dryRun: false)
            #expect((second.created, second.updated) == (0, 1))
            let repository = EstablishmentRepository(store: store)
            let page = try await repository.list(scope: .everything, filter: .init(query: "0100109106"), limit: 5, after: nil)
            let updated = try #require(page.items.first)
            #expect(updated.employees == 70)
            #expect(updated.version == 2)
            // Columns the second file lacked kept their values.
            #expect(updated.phone == "024 3333 4444")
            #expect(updated.address == "Thôn Phú Vinh")
            // The same file again says what is stored: nothing is written, the version stays.
            let auditBefore = try await AuditLog(store: store).count(scope: .everything)
            let third = try await importer(store).run(source(changed), dryRun: false)
            #expect((third.created, third.updated, third.unchanged, third.committed) == (0, 0, 1, true))
            #expect((second.outcomeKey, third.outcomeKey) == (.importCommitted, .importNothingToWrite))
            #expect(try await repository.list(scope: .everything, filter: .init(query: "0100109106"), limit: 5, after: nil).items.first?.version == 2)
            #expect(try await AuditLog(store: store).count(scope: .everything) == auditBefore)
            #expect(try await AuditLog(store: store).verify() == .intact(entries: try await AuditLog(store: store).count(scope: .everything)))
            let history = try #require(try await AuditLog(store: store).history(entityType: "establishment", entityID: updated.id.uuidString.lowercased(), scope: .everything))
            #expect(history.map(\.action) == ["establishment.create", "establishment.update"])
            #expect(history.last?.provinceCode == "01")
            if backend == .sqlite {
                // The index agrees with the table, and rows written after the import are indexed again
                // row by row (the import's deferral ended with it).
                try await store.sql.raw("INSERT INTO establishments_search (establishments_search) VALUES ('integrity-check')").run()
                #expect(try await store.sql.raw("SELECT COUNT(*) AS n FROM establishments_search_deferred").first(decodingColumn: "n", as: Int.self) == 0)
            }
        }
    }

    @Test("one bad row: every problem reported, nothing written", arguments: TestBackend.available)
    func allOrNothing(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let auditBefore = try await AuditLog(store: store).count(scope: .everything)
            let file = Self.header
                + "0100109106,Tốt,Hợp tác xã,00583,,,1,0,0,,\n"
                + "0100109107,Sai,ngân hàng,99999,,,5,9,0,abc,31/02/2020\n"
                + "0100 109106,Lặp,Hợp tác xã,00583,,,1,0,0,,\n"
            let report = try await importer(store).run(source(file), dryRun: false)
            #expect(!report.committed)
            #expect(report.rejectedRows == 2)
            let row3 = Set(report.rejected.filter { $0.row == 3 }.map(\.column))
            #expect(row3 == ["tax_code", "legal_form", "commune_code", "employees_female", "phone", "founded_on"])
            #expect(report.rejected.contains { $0.row == 4 && $0.key == .importDuplicateInFile && $0.arguments["row"] == "2" })
            #expect(try await EstablishmentRepository(store: store).count(scope: .everything) == 0)
            #expect(try await AuditLog(store: store).count(scope: .everything) == auditBefore)
        }
    }

    @Test("a dry run reports what would happen and writes nothing", arguments: [TestBackend.sqlite])
    func dryRun(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let file = Self.header + "0100109106,Tốt,Hợp tác xã,00583,,,1,0,0,,\n"
            let report = try await importer(store).run(source(file), dryRun: true)
            #expect((report.created, report.committed) == (1, false))
            #expect(try await EstablishmentRepository(store: store).count(scope: .everything) == 0)
        }
    }

    @Test("rows outside the importer's area are refused", arguments: [TestBackend.sqlite])
    func scope(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let file = Self.header + "0300588569,Sài Gòn,Hợp tác xã,26506,,,1,0,0,,\n"
            let report = try await importer(store, scope: AccessScope(area: .province("01"), readOnly: false)).run(source(file), dryRun: false)
            #expect(report.rejected.map(\.key) == [.importOutsideArea])
            let limited = try await importer(store, province: "01").run(source(file), dryRun: false)
            #expect(limited.rejected.map(\.key) == [.importOutsideArea])
        }
    }

    @Test("wrong files get one clear message", arguments: [TestBackend.sqlite])
    func wrongFiles(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let subject = try await importer(store)
            await #expect(throws: DomainError(.invalidInput, .importEmpty)) { try await subject.run(.data(Data()), dryRun: true) }
            await #expect(throws: DomainError(.invalidInput, .importEmpty)) { try await subject.run(self.source(Self.header), dryRun: true) }
            await #expect(throws: DomainError(.invalidInput, .importLegacyEncoding)) {
                // "Mã số thuế" in TCVN3 (ABC): single high bytes that are not UTF-8.
                try await subject.run(.data(Data([0x4D, 0xB8, 0x20, 0x73, 0xE8, 0x20, 0x74, 0x68, 0x75, 0xD5, 0x0A])), dryRun: true)
            }
            await #expect(throws: DomainError(.invalidInput, .importXLSXUnreadable)) {
                try await subject.run(.data(Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])), dryRun: true)
            }
            await #expect(throws: DomainError(.invalidInput, .importNotCSV)) {
                try await subject.run(.data(Data([0x00, 0x01, 0x02, 0xFF])), dryRun: true)
            }
            do {
                _ = try await subject.run(source("a,b\n1,2\n"), dryRun: true)
                Issue.record("a file without the required columns was accepted")
            } catch let error as DomainError {
                #expect(error.key == .importMissingColumns)
                #expect(error.arguments["columns"]?.contains("Mã số thuế") == true)
            }
        }
    }

    @Test("a file larger than one batch is checked and written whole", arguments: TestBackend.available)
    func manyBatches(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            func file(rows: Int, from first: Int, badLast: Bool = false) -> String {
                var file = Self.header
                var count = 0
                var leading = first
                while count < rows {
                    leading += 1
                    guard let code = TaxCode.enterpriseCode(leadingDigits: String(format: "%09d", leading)) else { continue }
                    count += 1
                    let commune = badLast && count == rows ? "99999" : "00583"
                    file += "\(code),Cơ sở số \(leading),Hộ kinh doanh,\(commune),,,\(count % 50),0,0,,\n"
                }
                return file
            }
            // A small threshold lets 2,500 rows show the large-import path: after 1,000 rows the
            // secondary indexes are dropped (SQLite) and built again before the commit.
            var importer = try await importer(store)
            importer.minimumIndexDeferral = 1_000
            let indexes = try await Self.indexDefinitions(store)
            let report = try await importer.run(source(file(rows: 2_500, from: 10_000_000)), dryRun: false)
            #expect((report.rowsRead, report.created, report.committed) == (2_500, 2_500, true))
            #expect(try await Self.indexDefinitions(store) == indexes)
            let repository = EstablishmentRepository(store: store)
            #expect(try await repository.count(scope: .everything) == 2_500)
            let found = try await repository.list(scope: .everything, filter: .init(query: "co so so 10000777"), limit: 5, after: nil)
            #expect(found.items.map(\.name) == ["Cơ sở số 10000777"])
            let log = AuditLog(store: store)
            #expect(try await log.verify() == .intact(entries: try await log.count(scope: .everything)))
            // A later large file with a bad last row is rolled back whole, indexes and all.
            let refused = try await importer.run(source(file(rows: 2_500, from: 20_000_000, badLast: true)), dryRun: false)
            #expect((refused.rejectedRows, refused.committed) == (1, false))
            #expect(try await repository.count(scope: .everything) == 2_500)
            #expect(try await Self.indexDefinitions(store) == indexes)
            if backend == .sqlite {
                #expect(try await store.sql.raw("PRAGMA integrity_check").first(decodingColumn: "integrity_check", as: String.self) == "ok")
            }
        }
    }

    /// The secondary indexes of the tables an import writes, as the database describes them.
    static func indexDefinitions(_ store: Store) async throws -> [String] {
        let query: SQLQueryString =
            store.sql.dialect.name == "sqlite"
            ? "SELECT sql AS d FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('establishments', 'audit_log') AND sql IS NOT NULL ORDER BY name"
            : "SELECT indexdef AS d FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('establishments', 'audit_log') ORDER BY indexname"
        let definitions = try await store.sql.raw(query).all(decodingColumn: "d", as: String.self)
        #expect(definitions.count >= 6)
        return definitions
    }
}
