import Foundation
import Prometheus
import Vapor

/// Counts requests and their durations for `/metrics`, labelled by method and status class
/// (not by path, which would let a crawler grow the label set without bound).
struct MetricsMiddleware: AsyncMiddleware {
    let registry: PrometheusCollectorRegistry

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let status: UInt
        do {
            let response = try await next.respond(to: request)
            status = response.status.code
            record(request, status: status, since: start)
            return response
        } catch {
            record(request, status: 500, since: start)
            throw error
        }
    }

    private func record(_ request: Request, status: UInt, since start: ContinuousClock.Instant) {
        let labels = [("method", request.method.rawValue), ("status", "\(status / 100)xx")]
        registry.makeCounter(name: "http_requests_total", labels: labels).increment()
        registry.makeDurationHistogram(
            name: "http_request_duration_seconds", labels: [("method", request.method.rawValue)],
            buckets: [.milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(500), .seconds(2)]
        ).record(ContinuousClock.now - start)
    }
}
