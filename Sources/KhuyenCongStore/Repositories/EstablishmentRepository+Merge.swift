import Foundation
import KhuyenCongCore
import SQLKit

extension EstablishmentRepository {
    /// Merges a confirmed duplicate into the record that stays. Both must be in the principal's
    /// area and at the versions the principal saw; the duplicate keeps its row and history and
    /// points at the survivor, and each record's trail notes the other.
    public func merge(_ duplicateID: UUID, into survivorID: UUID, duplicateVersion: Int, by principal: Principal) async throws {
        guard duplicateID != survivorID else { throw DomainError(.invalidInput, .mergeIntoItself) }
        let scope = principal.scope
        let nowMillis = store.nowMillis
        try await store.write { sql, audit in
            guard let duplicate = try await find(duplicateID, sql: sql), let survivor = try await find(survivorID, sql: sql) else {
                throw DomainError.notFound
            }
            guard scope.canRead(duplicate.establishment.area), scope.canRead(survivor.establishment.area) else { throw DomainError.forbidden }
            try scope.checkCanWrite(duplicate.establishment.area, survivor.establishment.area)
            guard try await mergedInto(duplicateID, sql: sql) == nil, try await mergedInto(survivorID, sql: sql) == nil else {
                throw DomainError(.conflict, .alreadyMerged)
            }
            let changed = try await sql.update("establishments")
                .set("merged_into", to: SQLBind(survivorID.uuidString.lowercased()))
                .set("version", to: SQLBind(duplicateVersion + 1)).set("updated_at", to: SQLBind(nowMillis))
                .where("id", .equal, SQLBind(duplicateID.uuidString.lowercased())).where("version", .equal, SQLBind(duplicateVersion))
                .where("merged_into", .is, SQLLiteral.null)
                .returning("version").first()
            guard changed != nil else { throw DomainError.staleVersion }
            struct Merge: Encodable {
                let mergedInto: String?
                let absorbed: String?
                let taxCode: String
            }
            try await audit.record(
                actor: Actor(principal), action: "establishment.merge", entityType: "establishment", entityID: duplicate.id,
                provinceCode: duplicate.provinceCode, before: nil,
                after: Merge(mergedInto: survivor.id, absorbed: nil, taxCode: duplicate.taxCode))
            try await audit.record(
                actor: Actor(principal), action: "establishment.absorb", entityType: "establishment", entityID: survivor.id,
                provinceCode: survivor.provinceCode, before: nil,
                after: Merge(mergedInto: nil, absorbed: duplicate.id, taxCode: duplicate.taxCode))
        }
    }

    /// The survivor a merged establishment points at, if it was merged.
    public func mergedInto(_ id: UUID, sql: (any SQLDatabase)? = nil) async throws -> UUID? {
        try await (sql ?? store.sql).select().column("merged_into").from("establishments")
            .where("id", .equal, SQLBind(id.uuidString.lowercased()))
            .first(decodingColumn: "merged_into", as: String?.self)?.flatMap(UUID.init(uuidString:))
    }
}
