import Foundation
import Vapor

extension Request {
    /// The value of query parameter `name` (form encoding: `+` is a space, percent escapes decoded;
    /// the first of repeated names). The query string is split once per request: Vapor's typed
    /// `query[String.self, at:]` parses the whole string again for every parameter read, which was
    /// a twentieth of a list request with its ten filters.
    func queryValue(_ name: String) -> String? {
        if let parsed = storage[QueryValuesKey.self] { return parsed[name] }
        let parsed = Self.parseQuery(url.query ?? "")
        storage[QueryValuesKey.self] = parsed
        return parsed[name]
    }

    static func parseQuery(_ query: String) -> [String: String] {
        var values: [String: String] = [:]
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decodeComponent(parts[0])
            guard values[name] == nil else { continue }
            values[name] = parts.count > 1 ? decodeComponent(parts[1]) : ""
        }
        return values
    }

    private static func decodeComponent(_ text: Substring) -> String {
        // Most values are plain ("01", "50"); Foundation's replacing and decoding bridge through NSString.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else { return String(text) }
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

private struct QueryValuesKey: StorageKey {
    typealias Value = [String: String]
}
