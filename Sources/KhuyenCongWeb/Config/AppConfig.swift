import Foundation
import KhuyenCongCore
import KhuyenCongStore

/// Typed configuration, read from the environment in one place (style.md §11).
public struct AppConfig: Sendable {
    public var database: DatabaseLocation
    /// Loads the demo organisations and accounts; never set in production.
    public var demo: Bool
    /// Mark cookies `Secure` and send HSTS: set when served over HTTPS (behind a proxy).
    public var secureCookies: Bool
    public var loginThrottle: LoginThrottlePolicy
    /// Largest request body accepted, in bytes.
    public var maxBodyBytes: Int
    /// bcrypt cost; lowered only in tests to keep them fast.
    public var bcryptCost: Int

    public init(
        database: DatabaseLocation, demo: Bool = false, secureCookies: Bool = false,
        loginThrottle: LoginThrottlePolicy = LoginThrottlePolicy(), maxBodyBytes: Int = 10 * 1024 * 1024,
        bcryptCost: Int = 12
    ) {
        self.database = database
        self.demo = demo
        self.secureCookies = secureCookies
        self.loginThrottle = loginThrottle
        self.maxBodyBytes = maxBodyBytes
        self.bcryptCost = bcryptCost
    }

    /// `DATABASE_URL`, `KHUYENCONG_DATA_DIR`, `KHUYENCONG_SECURE_COOKIES`, `KHUYENCONG_MAX_BODY_MB`,
    /// `KHUYENCONG_LOGIN_MAX_FAILURES`, `KHUYENCONG_LOGIN_WINDOW_MINUTES`.
    public static func fromEnvironment(_ environment: [String: String], demo: Bool) throws -> AppConfig {
        func int(_ name: String, _ fallback: Int) throws -> Int {
            guard let text = environment[name], !text.isEmpty else { return fallback }
            guard let value = Int(text), value > 0 else {
                throw StoreError.configuration("\(name) must be a positive whole number (got \(text))")
            }
            return value
        }
        return AppConfig(
            database: try DatabaseLocation.fromEnvironment(environment), demo: demo,
            secureCookies: ["1", "true", "yes"].contains(environment["KHUYENCONG_SECURE_COOKIES"]?.lowercased() ?? ""),
            loginThrottle: LoginThrottlePolicy(
                maxFailures: try int("KHUYENCONG_LOGIN_MAX_FAILURES", 5),
                windowSeconds: try int("KHUYENCONG_LOGIN_WINDOW_MINUTES", 15) * 60),
            maxBodyBytes: try int("KHUYENCONG_MAX_BODY_MB", 10) * 1024 * 1024)
    }
}
