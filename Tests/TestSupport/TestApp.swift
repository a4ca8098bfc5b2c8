import Foundation
import KhuyenCongCore
import KhuyenCongStore
import KhuyenCongWeb
import NIOCore
import Vapor
import VaporTesting

/// The whole application, configured exactly as `serve` does, on a fresh test database.
public enum TestApp {
    public static func with<T>(
        _ backend: TestBackend, demo: Bool = true, clock: TestClock? = nil,
        throttle: LoginThrottlePolicy = LoginThrottlePolicy(),
        _ body: (Application, Store) async throws -> T
    ) async throws -> T {
        try await TestDatabase.withStore(backend, clock: clock, migrate: false) { store in
            let app = try await Application.make(.testing)
            app.logger.logLevel = .warning
            do {
                // bcrypt's lowest cost keeps sign-in tests fast; production uses 12.
                let config = AppConfig(database: store.location, demo: demo, loginThrottle: throttle, bcryptCost: 4)
                try await configure(app, config: config, store: store)
                let result = try await body(app, store)
                try await app.asyncShutdown()
                return result
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
        }
    }
}

/// A JSON body for a test request.
public func jsonBody(_ object: [String: any Sendable]) throws -> ByteBuffer {
    ByteBuffer(bytes: Array(try JSONSerialization.data(withJSONObject: object)))
}

extension TestingHTTPResponse {
    /// The decoded JSON body as a dictionary (for assertions on the wire shape).
    public var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }

    public var text: String { body.getString(at: body.readerIndex, length: body.readableBytes) ?? "" }

    /// `error.message` of the one API error shape.
    public var errorMessage: String? { (json["error"] as? [String: Any])?["message"] as? String }
    public var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
}

extension Application {
    /// Signs in through the API and returns the bearer token.
    public func token(_ username: String, password: String = "demo") async throws -> String {
        let response = try await testing().sendRequest(
            .POST, "/api/v1/auth/token", headers: ["Content-Type": "application/json"],
            body: try jsonBody(["username": username, "password": password]))
        guard let token = response.json["token"] as? String else {
            throw Abort(.unauthorized, reason: "sign-in failed for \(username): \(response.status)")
        }
        return token
    }
}

/// A browser as the pages see it: it keeps cookies and echoes the CSRF token in forms.
public final class TestBrowser: @unchecked Sendable {
    let app: Application
    public private(set) var cookies: [String: String] = [:]

    public init(_ app: Application) {
        self.app = app
    }

    public var csrf: String { cookies["kc_csrf"] ?? "" }

    @discardableResult
    public func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers, form: nil)
    }

    @discardableResult
    public func post(_ path: String, form: [String: String], withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if withCSRF { fields["_csrf"] = csrf }
        return try await send(.POST, path, headers: [:], form: fields)
    }

    /// Posts a form with one file as `multipart/form-data`, as a browser's file input does.
    @discardableResult
    public func postFile(
        _ path: String, form: [String: String], file: (field: String, name: String, type: String, bytes: Data)
    ) async throws -> TestingHTTPResponse {
        let boundary = "kc-test-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in form.merging(["_csrf": csrf], uniquingKeysWith: { a, _ in a }) {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: \(file.type)\r\n\r\n"
                .utf8)
        body += file.bytes + Data("\r\n--\(boundary)--\r\n".utf8)
        return try await send(
            .POST, path, headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"], form: nil, body: ByteBuffer(bytes: Array(body)))
    }

    /// Opens the sign-in page (for the CSRF cookie) and signs in.
    @discardableResult
    public func signIn(_ username: String, password: String = "demo") async throws -> TestingHTTPResponse {
        try await get("/login")
        return try await post("/login", form: ["username": username, "password": password, "next": "/"])
    }

    private func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, form: [String: String]?, body: ByteBuffer? = nil) async throws
        -> TestingHTTPResponse
    {
        var headers = headers
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        var body = body
        if let form {
            var components = URLComponents()
            components.queryItems = form.map { URLQueryItem(name: $0.key, value: $0.value) }
            let encoded = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
            headers.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
            body = ByteBuffer(string: encoded)
        }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        for value in response.headers[.setCookie] {
            let pair = value.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if value.lowercased().contains("max-age=0") || parts[1].isEmpty {
                cookies[parts[0]] = nil
            } else {
                cookies[parts[0]] = parts[1]
            }
        }
        return response
    }
}
