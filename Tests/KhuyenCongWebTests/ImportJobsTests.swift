import Foundation
import KhuyenCongStore
import Testing

@testable import KhuyenCongWeb

@Suite("Page imports stop when the server shuts down")
struct ImportJobsTests {
    @Test("cancelAll stops a running import and waits for it; the job ends as failed, not running")
    func cancelAll() async throws {
        let jobs = ImportJobs()
        let owner = UUID()
        let id = await jobs.start(owner: owner, fileName: "big.csv", dryRun: false) { progress in
            var rows = 0
            while true {
                try Task.checkCancellation()
                rows += 1
                progress(rows)
                try await Task.sleep(for: .milliseconds(5))
            }
        }
        try await Task.sleep(for: .milliseconds(50))
        await jobs.cancelAll()
        let job = try #require(await jobs.job(id, owner: owner))
        guard case .failed = job.state else {
            Issue.record("the import is still \(job.state)")
            return
        }
    }
}
