import Foundation

/// Which database to use, from the configuration: PostgreSQL when `DATABASE_URL` is a
/// `postgres://` URL, otherwise the embedded SQLite file under the data directory.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    case sqliteFile(path: String)
    case sqliteMemory
    /// `schema` isolates one test (or one tenant of a shared server) in its own search path.
    case postgres(url: String, schema: String?)

    public static let sqliteFileName = "khuyencong.sqlite"

    /// Reads `DATABASE_URL` and `KHUYENCONG_DATA_DIR`.
    public static func fromEnvironment(_ environment: [String: String]) throws -> DatabaseLocation {
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw StoreError.configuration("DATABASE_URL must start with postgres:// (got another scheme)")
            }
            return .postgres(url: url, schema: nil)
        }
        let directory = environment["KHUYENCONG_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "./khuyencong-data"
        return .sqliteFile(path: (directory as NSString).appendingPathComponent(sqliteFileName))
    }

    public var isPostgres: Bool {
        if case .postgres = self { return true }
        return false
    }

    /// Safe to log: never prints a password.
    public var description: String {
        switch self {
        case .sqliteFile(let path): "SQLite at \(path)"
        case .sqliteMemory: "SQLite in memory"
        case .postgres(let url, let schema):
            "PostgreSQL at \(Self.redacted(url))" + (schema.map { " (schema \($0))" } ?? "")
        }
    }

    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "postgres://…" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "postgres://…"
    }
}

public enum StoreError: Error, CustomStringConvertible, Sendable {
    case configuration(String)
    case referenceData(String)

    public var description: String {
        switch self {
        case .configuration(let text), .referenceData(let text): text
        }
    }
}
