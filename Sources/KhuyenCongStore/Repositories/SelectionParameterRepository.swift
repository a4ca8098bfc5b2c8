import Foundation
import KhuyenCongCore
import SQLKit

/// The selection parameters in force: the stored record, or Core's defaults (version 0) before
/// anyone has changed them. Every change is versioned and audited.
public struct SelectionParameterRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    struct Row: Decodable {
        let value: String
        let version: Int
    }

    public func current(sql: (any SQLDatabase)? = nil) async throws -> (parameters: SelectionParameters, version: Int) {
        guard let row = try await (sql ?? store.sql).select().columns("value", "version").from("selection_parameters")
            .where("id", .equal, SQLBind(1)).first(decoding: Row.self)
        else { return (.standard, 0) }
        return (try JSONDecoder().decode(SelectionParameters.self, from: Data(row.value.utf8)), row.version)
    }

    /// Replaces the parameters if `expectedVersion` is the one read (0 for the defaults).
    public func save(
        _ parameters: SelectionParameters, expectedVersion: Int, provinceCodes: Set<String>, by principal: Principal
    ) async throws -> Int {
        try SelectionParameters.checkEditor(principal)
        let errors = parameters.errors(provinceCodes: provinceCodes)
        guard errors.isEmpty else { throw DomainError.invalidFields(errors) }
        return try await store.write { sql, audit in
            let (before, version) = try await current(sql: sql)
            guard version == expectedVersion else { throw DomainError.staleVersion }
            if version > 0 { try await sql.delete(from: "selection_parameters").where("id", .equal, SQLBind(1)).run() }
            try await sql.insert(into: "selection_parameters").columns("id", "value", "version", "updated_at")
                .values(SQLBind(1), SQLBind(try AuditRecorder.json(parameters)), SQLBind(version + 1), SQLBind(store.nowMillis)).run()
            try await audit.record(
                actor: Actor(principal), action: "selection_parameters.update", entityType: "selection_parameters", entityID: "1",
                provinceCode: nil, before: before, after: parameters)
            return version + 1
        }
    }
}
