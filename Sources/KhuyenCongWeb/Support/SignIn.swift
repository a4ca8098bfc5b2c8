import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// Password checking shared by the sign-in page and the token endpoint: one message for an
/// unknown user and a wrong password, throttling per username and per address, bcrypt off the
/// event loop.
enum SignIn {
    static func verify(username rawUsername: String, password: String, request: Request) async throws -> Principal {
        let username = rawUsername.trimmingCharacters(in: .whitespaces).lowercased()
        let failures = request.services.loginFailures
        let address = request.clientAddress
        if try await failures.isThrottled(username: username, address: address) {
            let minutes = request.services.config.loginThrottle.windowMinutes
            throw DomainError(.throttled, .loginThrottled, arguments: ["minutes": String(minutes)])
        }
        let found = try await request.services.users.credentials(username: username)
        // Hash even for an unknown user so the answer takes as long either way.
        let hash = found?.passwordHash ?? request.services.decoyPasswordHash
        let matches = (try? await request.password.async.verify(password, created: hash)) ?? false
        guard let found, matches else {
            try await failures.recordFailure(username: username, address: address)
            throw DomainError(.unauthenticated, .loginFailed)
        }
        try await failures.clear(username: username)
        return found.principal
    }

}
