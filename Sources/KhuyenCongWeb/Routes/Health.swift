import KhuyenCongStore
import Prometheus
import Vapor

/// `/livez` answers while the process serves and touches nothing; `/healthz` also asks the
/// database; `/metrics` is Prometheus text.
enum Health {
    struct Status: Content {
        let status: String
    }

    static func live(_ req: Request) -> Status { Status(status: "ok") }

    static func health(_ req: Request) async throws -> Response {
        do {
            try await req.services.store.ping()
            return try await Status(status: "ok").encodeResponse(for: req)
        } catch {
            req.logger.error("Health check failed: \(String(reflecting: error))")
            let response = try await Status(status: "unavailable").encodeResponse(for: req)
            response.status = .serviceUnavailable
            return response
        }
    }

    static func metrics(_ req: Request) -> Response {
        var buffer: [UInt8] = []
        req.services.metrics.emit(into: &buffer)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(data: Data(buffer)))
    }

    static func stylesheet(_ req: Request) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/css; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}
