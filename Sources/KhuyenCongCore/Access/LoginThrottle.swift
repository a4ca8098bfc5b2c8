import Foundation

/// Login throttling policy: after `maxFailures` failed attempts for one username, or from one
/// address, within `window`, further attempts are refused until the window has passed.
/// Counted in the database so that every application node sees the same count.
public struct LoginThrottlePolicy: Sendable, Hashable {
    public let maxFailures: Int
    public let windowSeconds: Int

    public init(maxFailures: Int = 5, windowSeconds: Int = 15 * 60) {
        self.maxFailures = maxFailures
        self.windowSeconds = windowSeconds
    }

    public func isThrottled(recentFailures: Int) -> Bool { recentFailures >= maxFailures }

    public var windowMinutes: Int { (windowSeconds + 59) / 60 }
}
