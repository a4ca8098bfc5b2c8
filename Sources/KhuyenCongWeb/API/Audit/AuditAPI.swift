import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

struct AuditEntryDTO: Content {
    let sequence: Int64
    let at: Date
    let actorId: UUID?
    let actorName: String
    let action: String
    let entityType: String
    let entityId: String
    let provinceCode: String?
    let before: String?
    let after: String?
    let reason: String?
    let hash: String

    init(_ entry: AuditEntry) {
        sequence = entry.sequence
        at = Date(timeIntervalSince1970: Double(entry.atMillis) / 1000)
        actorId = entry.actorID
        actorName = entry.actorName
        action = entry.action
        entityType = entry.entityType
        entityId = entry.entityID
        provinceCode = entry.provinceCode
        before = entry.before
        after = entry.after
        reason = entry.reason
        hash = entry.hash
    }
}

/// `GET /api/v1/audit`: newest first, scoped; `cursor` is the sequence to continue below.
enum AuditAPI {
    static func list(_ req: Request) async throws -> ItemsDTO<AuditEntryDTO> {
        let principal = try req.requirePrincipal()
        let limit = try req.limitParameter()
        let before = try req.stringParameter("cursor").map { text in
            guard let value = Int64(text), value > 0 else {
                throw DomainError.invalidParameter("cursor", expected: .invalidCursor)
            }
            return value
        }
        let entries = try await req.services.auditLog.recent(scope: principal.scope, limit: limit + 1, before: before)
        let page = Array(entries.prefix(limit))
        let next = entries.count > limit ? page.last.map { String($0.sequence) } : nil
        return ItemsDTO(items: page.map(AuditEntryDTO.init), nextCursor: next)
    }
}
