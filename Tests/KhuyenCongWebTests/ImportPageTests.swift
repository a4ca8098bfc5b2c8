import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing
import Vapor
import VaporTesting

@testable import KhuyenCongWeb

@Suite("Import from the page: runs in the background, shows its progress, only to its owner")
struct ImportPageTests {
    /// Posts `csv` to the import form as a browser does (multipart, with the CSRF field) and returns
    /// the job page the browser is sent to.
    static func startImport(_ app: Application, _ browser: TestBrowser, csv: String, dryRun: Bool) async throws -> String {
        _ = try await browser.get("/establishments/import")
        let boundary = "kc-test-boundary"
        var text = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(browser.csrf)\r\n"
        if dryRun { text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\non\r\n" }
        text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"co-so.csv\"\r\n"
        text += "Content-Type: text/csv\r\n\r\n\(csv)\r\n--\(boundary)--\r\n"
        let headers: HTTPHeaders = [
            "Content-Type": "multipart/form-data; boundary=\(boundary)",
            "Cookie": browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "),
        ]
        let response = try await app.testing().sendRequest(.POST, "/establishments/import", headers: headers, body: ByteBuffer(string: text))
        #expect(response.status == .seeOther)
        return try #require(response.headers.first(name: .location))
    }

    /// Reloads the job page, as the page itself does, until the import has ended.
    static func waitForReport(_ browser: TestBrowser, _ path: String) async throws -> TestingHTTPResponse {
        for _ in 0..<200 {
            let page = try await browser.get(path)
            if !page.text.contains("http-equiv=\"refresh\"") { return page }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the import did not end")
        return try await browser.get(path)
    }

    @Test("a page import ends in its report; another account cannot see it", arguments: TestBackend.available)
    func pageImport(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let browser = TestBrowser(app)
            try await browser.signIn("sct-01")
            let before = try await EstablishmentRepository(store: store).count(scope: .everything)
            let csv = "Mã số thuế,Tên cơ sở,Loại hình,Mã xã\n712345678901,Hộ kinh doanh Gốm Thử,Hộ kinh doanh,00583\n123,Sai,Hợp tác xã,99999\n"
            let job = try await Self.startImport(app, browser, csv: csv, dryRun: false)
            #expect(job.hasPrefix("/establishments/import/jobs/"))
            let report = try await Self.waitForReport(browser, job)
            #expect(report.status == .unprocessableEntity)
            #expect(report.text.contains("99999"))
            // Nothing was written, so the counts say what would have been.
            #expect(report.text.contains("Sẽ thêm mới (chưa ghi)") && !report.text.contains(">Thêm mới<"))
            #expect(try await EstablishmentRepository(store: store).count(scope: .everything) == before)

            let other = TestBrowser(app)
            try await other.signIn("sct-79")
            let refused = try await other.get(job)
            #expect(refused.status == .notFound)
            #expect(!refused.text.contains("99999"))

            let good = try await Self.startImport(app, browser, csv: String(csv.split(separator: "\n").prefix(2).joined(separator: "\n")) + "\n", dryRun: false)
            let committed = try await Self.waitForReport(browser, good)
            #expect(committed.status == .ok)
            #expect(committed.text.contains(">Thêm mới<") && !committed.text.contains("Sẽ thêm mới"))
            #expect(try await EstablishmentRepository(store: store).count(scope: .everything) == before + 1)
            #expect(try await browser.get("/establishments/import/jobs/not-a-job").status == .notFound)
        }
    }

    @Test("a job reports the rows read while it runs, then its report, to its owner only")
    func progress() async throws {
        let jobs = ImportJobs()
        let owner = UUID()
        let (gate, opener) = AsyncStream.makeStream(of: Void.self)
        var report = ImportReport()
        report.rowsRead = 1200
        report.created = 1200
        report.committed = true
        let finalReport = report
        let id = await jobs.start(owner: owner, fileName: "co-so.csv", dryRun: false) { progress in
            progress(1000)
            for await _ in gate { break }
            return finalReport
        }
        var seen = 0
        for _ in 0..<100 where seen < 1000 {
            seen = await jobs.job(id, owner: owner)?.rowsRead ?? 0
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(seen == 1000)
        guard case .running? = await jobs.job(id, owner: owner)?.state else {
            Issue.record("the job should still be running")
            return
        }
        #expect(await jobs.job(id, owner: UUID()) == nil, "another account sees no job")
        opener.yield()
        for _ in 0..<100 {
            if case .finished? = await jobs.job(id, owner: owner)?.state { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        guard case .finished(let final)? = await jobs.job(id, owner: owner)?.state else {
            Issue.record("the job should have finished")
            return
        }
        #expect(final.rowsRead == 1200)
    }
}
