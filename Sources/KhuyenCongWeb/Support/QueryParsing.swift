import Foundation
import KhuyenCongCore
import Vapor

/// Reading query parameters with a clear, named error for each malformed one.
extension Request {
    func dayParameter(_ name: String, default fallback: Day) throws -> Day {
        guard let text = queryValue(name), !text.isEmpty else { return fallback }
        guard let day = Day(iso: text) else { throw DomainError.invalidParameter(name, expected: .invalidDate) }
        return day
    }

    /// Control characters (a `%00`, say) become spaces: no parameter means anything by them,
    /// FTS5 stops reading a query at a NUL and PostgreSQL refuses one in text.
    func stringParameter(_ name: String) -> String? {
        guard let raw = queryValue(name) else { return nil }
        let scalars = raw.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }
        let text = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    /// A year within `range`, or nil when absent; out of range or not a number is a named error.
    func yearParameter(_ name: String = "year", in range: ClosedRange<Int>) throws -> Int? {
        guard let text = stringParameter(name) else { return nil }
        guard let year = Int(text), range.contains(year) else { throw DomainError.invalidParameter(name, expected: .schemeYearOutOfRange) }
        return year
    }

    func limitParameter(default fallback: Int = 50, maximum: Int = 500) throws -> Int {
        guard let text = queryValue("limit"), !text.isEmpty else { return fallback }
        guard let value = Int(text), (1...maximum).contains(value) else {
            throw DomainError.invalidParameter("limit", expected: .invalidLimit)
        }
        return value
    }

    func cursorParameter() throws -> KeysetCursor? {
        guard let text = queryValue("cursor"), !text.isEmpty else { return nil }
        guard let cursor = KeysetCursor(encoded: text) else {
            throw DomainError.invalidParameter("cursor", expected: .invalidCursor)
        }
        return cursor
    }

    func levelParameter() throws -> AdminLevel? {
        guard let text = queryValue("level"), !text.isEmpty else { return nil }
        guard let level = AdminLevel(rawValue: text) else {
            throw DomainError.invalidParameter("level", expected: .invalidLevel)
        }
        return level
    }

    func uuidParameter(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else {
            throw DomainError.invalidParameter(name, expected: .invalidUUID)
        }
        return id
    }

    /// Decodes a JSON body, turning any decoding failure into one clear `invalidJSON` message.
    func decodeJSON<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try content.decode(T.self, as: .json)
        } catch {
            throw DomainError(.invalidInput, .invalidJSON)
        }
    }
}
