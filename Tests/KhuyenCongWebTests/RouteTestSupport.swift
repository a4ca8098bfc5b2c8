import Vapor

/// What the route-driven tests (document, matrices, CSRF) share.
enum RouteTestSupport {
    /// A registered route's path, each parameter written by `parameter` ("{id}", ":id", a real id).
    static func path(of route: Vapor.Route, parameter: (String) -> String) -> String {
        "/" + route.path.map { component -> String in
            switch component {
            case .constant(let text): text
            case .parameter(let name): parameter(name)
            case .anything: "*"
            case .catchall: "**"
            }
        }.joined(separator: "/")
    }

    /// One line for a matrix cell that does not hold, with every caller's status to read it by; nil when it holds.
    static func mismatch(
        _ operation: String, _ label: String, granted: Set<AccessMatrixTests.Caller>, allowed: Set<AccessMatrixTests.Caller>,
        statuses: [String]
    ) -> String? {
        guard granted != allowed else { return nil }
        let extra = granted.subtracting(allowed).map(\.rawValue).sorted()
        let missing = allowed.subtracting(granted).map(\.rawValue).sorted()
        return "\(operation) [\(label)]: let through but not expected \(extra); expected but refused \(missing) — "
            + statuses.joined(separator: " ")
    }
}
