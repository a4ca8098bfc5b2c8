import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// Imports started from the page run in the background, so that the browser can show how far a
/// large file has got instead of waiting on one long request. A job is seen only by the account that
/// started it, and kept for an hour after it ends. One account runs one import at a time: a second
/// upload while the first runs is sent to the first (each holds its file in memory until it ends).
public actor ImportJobs {
    public enum State: Sendable {
        case running
        case finished(ImportReport)
        case failed(DomainError)
    }

    public struct Job: Sendable {
        public let id: UUID
        public let owner: UUID
        public let fileName: String
        public let dryRun: Bool
        public let startedAt: Date
        public var rowsRead = 0
        public var state = State.running
        public var endedAt: Date?

        var isRunning: Bool {
            if case .running = state { return true }
            return false
        }
    }

    private var jobs: [UUID: Job] = [:]
    /// The running imports' tasks, so that shutting down can stop them.
    private var tasks: [UUID: Task<Void, Never>] = [:]
    static let keptFor: TimeInterval = 3600
    private let logger: Logger

    public init(logger: Logger = Logger(label: "khuyencong.import")) {
        self.logger = logger
    }

    /// Starts `work` in the background; it reports rows read through the closure it is given.
    public func start(
        owner: UUID, fileName: String, dryRun: Bool,
        work: @escaping @Sendable (_ progress: @escaping @Sendable (Int) -> Void) async throws -> ImportReport
    ) -> UUID {
        prune()
        if let running = jobs.values.first(where: { $0.owner == owner && $0.isRunning }) { return running.id }
        let id = UUID()
        jobs[id] = Job(id: id, owner: owner, fileName: fileName, dryRun: dryRun, startedAt: Date())
        tasks[id] = Task.detached {
            let state: State
            do {
                state = .finished(try await work { rows in Task { await self.progress(id, rows) } })
            } catch is CancellationError {
                state = .failed(DomainError(.internalFailure, .serverError))
            } catch let error as DomainError {
                state = .failed(error)
            } catch {
                await self.logUnexpected(error)
                state = .failed(DomainError(.internalFailure, .serverError))
            }
            await self.end(id, state)
        }
        return id
    }

    /// The job, for its owner only.
    public func job(_ id: UUID, owner: UUID) -> Job? {
        prune()
        guard let job = jobs[id], job.owner == owner else { return nil }
        return job
    }

    private func progress(_ id: UUID, _ rows: Int) {
        guard var job = jobs[id], case .running = job.state else { return }
        job.rowsRead = max(job.rowsRead, rows)
        jobs[id] = job
    }

    /// Stops every running import (each undoes its transaction) and waits for them, before the
    /// store they write to is closed.
    public func cancelAll() async {
        let running = tasks.values
        for task in running { task.cancel() }
        for task in running { await task.value }
    }

    private func end(_ id: UUID, _ state: State) {
        tasks[id] = nil
        guard var job = jobs[id] else { return }
        job.state = state
        job.endedAt = Date()
        if case .finished(let report) = state { job.rowsRead = report.rowsRead }
        jobs[id] = job
    }

    private func logUnexpected(_ error: any Error) {
        logger.error("import failed: \(String(reflecting: error))")
    }

    private func prune() {
        let cutoff = Date().addingTimeInterval(-Self.keptFor)
        jobs = jobs.filter { ($0.value.endedAt ?? .distantFuture) > cutoff }
    }
}
