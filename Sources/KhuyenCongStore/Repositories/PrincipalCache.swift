import Foundation
import KhuyenCongCore
import NIOConcurrencyHelpers

/// Who a secret belongs to, remembered for a few seconds: every API call authenticates, and two
/// queries per call (session, then user) would cost more than the record being asked for. Signing
/// out forgets the secret at once; other changes to an account reach the cache within `lifetime`.
final class PrincipalCache: Sendable {
    struct Entry: Sendable {
        let principal: Principal
        let expiresAtMillis: Int64
        let cachedAtMillis: Int64
    }

    static let lifetimeMillis: Int64 = 5_000
    /// A bound on memory however many secrets are presented; past it the cache starts afresh.
    static let capacity = 10_000

    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    func principal(tokenHash: String, nowMillis: Int64) -> Principal? {
        entries.withLockedValue { entries in
            guard let entry = entries[tokenHash] else { return nil }
            guard nowMillis < entry.expiresAtMillis, nowMillis - entry.cachedAtMillis < Self.lifetimeMillis else {
                entries[tokenHash] = nil
                return nil
            }
            return entry.principal
        }
    }

    func remember(_ principal: Principal, tokenHash: String, expiresAtMillis: Int64, nowMillis: Int64) {
        entries.withLockedValue { entries in
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[tokenHash] = Entry(principal: principal, expiresAtMillis: expiresAtMillis, cachedAtMillis: nowMillis)
        }
    }

    func forget(tokenHash: String) {
        entries.withLockedValue { $0[tokenHash] = nil }
    }
}
