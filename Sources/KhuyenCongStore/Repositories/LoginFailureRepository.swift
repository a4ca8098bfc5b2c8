import Foundation
import KhuyenCongCore
import SQLKit

/// Failed sign-ins, for throttling (see `LoginThrottlePolicy`).
public struct LoginFailureRepository: Sendable {
    let store: Store
    let policy: LoginThrottlePolicy

    public init(store: Store, policy: LoginThrottlePolicy) {
        self.store = store
        self.policy = policy
    }

    /// Whether further attempts for this username, or from this address, are refused now.
    /// An address gets more room than one name, since an office shares one public address.
    public func isThrottled(username: String, address: String) async throws -> Bool {
        let since = store.nowMillis - Int64(policy.windowSeconds) * 1000
        let byName = try await count(column: "username_key", value: username.lowercased(), since: since)
        if policy.isThrottled(recentFailures: byName) { return true }
        let byAddress = try await count(column: "address", value: address, since: since)
        return policy.isThrottled(recentFailures: byAddress / 4)
    }

    public func recordFailure(username: String, address: String) async throws {
        try await store.sql.insert(into: "login_failures").columns("id", "username_key", "address", "at_millis")
            .values(
                SQLBind(UUID().uuidString.lowercased()), SQLBind(String(username.lowercased().prefix(100))),
                SQLBind(address), SQLBind(store.nowMillis)
            ).run()
    }

    public func clear(username: String) async throws {
        try await store.sql.delete(from: "login_failures").where("username_key", .equal, SQLBind(username.lowercased()))
            .run()
    }

    private func count(column: String, value: String, since: Int64) async throws -> Int {
        try await store.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("login_failures")
            .where(SQLIdentifier(column), .equal, SQLBind(value)).where("at_millis", .greaterThan, SQLBind(since))
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }
}
