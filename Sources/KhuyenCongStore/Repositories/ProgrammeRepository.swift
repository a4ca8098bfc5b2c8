import Foundation
import KhuyenCongCore
import SQLKit

/// Programmes and annual plans. Both are public documents, readable by every signed-in user; each
/// is written only by the bodies that draft and approve it. Progress and budgets are computed from
/// the schemes on every read.
public struct ProgrammeRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    struct ProgrammeRow: Decodable {
        let id: String
        let code: String
        let scope: String
        let title: String
        let firstYear: Int
        let lastYear: Int
        let decisionRef: String?
        let approvedBy: String?
        let approvedOn: String?
        let status: String
        let targets: String
        let version: Int

        var programme: Programme? {
            guard let id = UUID(uuidString: id), let scope = RateScope(scope), let status = ProgrammeStatus(rawValue: status) else { return nil }
            return Programme(
                id: id, code: code, scope: scope, title: title, firstYear: firstYear, lastYear: lastYear, decisionRef: decisionRef,
                approvedBy: approvedBy, approvedOn: approvedOn.flatMap(Day.init(iso:)), status: status,
                targets: (try? JSONDecoder().decode([ProgrammeTarget].self, from: Data(targets.utf8))) ?? [], version: version)
        }
    }

    static let programmeColumns = [
        "id", "code", "scope", "title", "first_year", "last_year", "decision_ref", "approved_by", "approved_on", "status", "targets",
        "version",
    ]

    public func programmes(on sql: (any SQLDatabase)? = nil) async throws -> [Programme] {
        try await (sql ?? store.sql).select().columns(Self.programmeColumns.map { SQLIdentifier($0) }).from("programmes")
            .orderBy("scope").orderBy("first_year", .descending)
            .all(decoding: ProgrammeRow.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.programme)
    }

    public func programme(_ id: UUID) async throws -> Programme {
        guard let found = try await programmes().first(where: { $0.id == id }) else { throw DomainError.notFound }
        return found
    }

    /// Creates (`expectedVersion` nil) or replaces a programme.
    @discardableResult
    public func save(_ programme: Programme, expectedVersion: Int?, by principal: Principal) async throws -> Programme {
        guard ProgrammeEditing.canEdit(programme.scope, by: principal) else { throw DomainError.forbidden }
        let errors = ProgrammeValidation.errors(in: programme)
        guard errors.isEmpty else { throw DomainError.invalidFields(errors) }
        return try await store.write { sql, audit in
            let existing = try await programmes(on: sql)
            let before = existing.first { $0.id == programme.id }
            guard before?.version == expectedVersion else { throw expectedVersion == nil ? DomainError(.conflict, .programmeCodeTaken) : .staleVersion }
            if let before, before.scope != programme.scope { throw DomainError.forbidden }
            if existing.contains(where: { $0.code == programme.code && $0.id != programme.id }) {
                throw DomainError(.conflict, .programmeCodeTaken)
            }
            var compared = programme
            compared.version = before?.version ?? programme.version
            try Approval.check(
                wasApproved: before?.status.isApproved == true, isApproved: programme.status.isApproved, changed: compared != before,
                scope: programme.scope, role: principal.role)
            var saved = programme
            saved.version = (before?.version ?? 0) + 1
            try await write(saved, replacing: before != nil, sql: sql)
            try await audit.record(
                actor: Actor(principal), action: before == nil ? "programme.create" : "programme.update", entityType: "programme",
                entityID: saved.id.uuidString.lowercased(), provinceCode: saved.scope.provinceCode, before: before, after: saved)
            return saved
        }
    }

    func seedIfAbsent(_ programmes: [Programme]) async throws {
        let present = Set(try await store.sql.select().column("code").from("programmes").all(decodingColumn: "code", as: String.self))
        for programme in programmes where !present.contains(programme.code) {
            try await store.write { sql, audit in
                try await write(programme, replacing: false, sql: sql)
                try await audit.record(
                    actor: .system, action: "programme.seed", entityType: "programme", entityID: programme.id.uuidString.lowercased(),
                    provinceCode: programme.scope.provinceCode, before: nil, after: programme)
            }
        }
    }

    private func write(_ programme: Programme, replacing: Bool, sql: any SQLDatabase) async throws {
        if replacing { try await sql.delete(from: "programmes").where("id", .equal, SQLBind(programme.id.uuidString.lowercased())).run() }
        try await sql.insert(into: "programmes").columns(Self.programmeColumns + ["updated_at"])
            .values(
                SQLBind(programme.id.uuidString.lowercased()), SQLBind(programme.code), SQLBind(programme.scope.description),
                SQLBind(programme.title), SQLBind(programme.firstYear), SQLBind(programme.lastYear), SQLBind(programme.decisionRef),
                SQLBind(programme.approvedBy), SQLBind(programme.approvedOn?.iso), SQLBind(programme.status.rawValue),
                SQLBind(try AuditRecorder.json(programme.targets)), SQLBind(programme.version), SQLBind(store.nowMillis)
            ).run()
    }

    /// Progress toward each target, from the activity lines of the schemes the programme covers.
    public func progress(of programme: Programme) async throws -> ProgrammeProgress {
        struct Row: Decodable {
            let id: String
            let planYear: Int
            let provinceCode: String
            let level: String
            let state: String
            let activityType: String
            let quantity: Int
        }
        var query = store.sql.select()
            .column(SQLColumn("id", table: "schemes")).column(SQLColumn("plan_year", table: "schemes"))
            .column(SQLColumn("province_code", table: "schemes")).column(SQLColumn("level", table: "schemes"))
            .column(SQLColumn("state", table: "schemes")).column(SQLColumn("activity_type", table: "scheme_lines"))
            .column(SQLColumn("quantity", table: "scheme_lines"))
            .from("schemes").join("scheme_lines", on: SQLColumn("id", table: "schemes"), .equal, SQLColumn("scheme_id", table: "scheme_lines"))
            .where(SQLColumn("plan_year", table: "schemes"), .greaterThanOrEqual, SQLBind(programme.firstYear))
            .where(SQLColumn("plan_year", table: "schemes"), .lessThanOrEqual, SQLBind(programme.lastYear))
        if let province = programme.scope.provinceCode {
            query = query.where(SQLColumn("province_code", table: "schemes"), .equal, SQLBind(province))
        }
        let rows = try await query.all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
        let lines = rows.compactMap { row -> ProgressLine? in
            guard let id = UUID(uuidString: row.id), let level = SchemeLevel(rawValue: row.level), let state = SchemeState(rawValue: row.state),
                let activity = ActivityType(rawValue: row.activityType)
            else { return nil }
            return ProgressLine(
                schemeID: id, planYear: row.planYear, provinceCode: row.provinceCode, level: level, state: state, activityType: activity,
                quantity: row.quantity)
        }
        struct Pair: Decodable {
            let schemeId: String
            let establishmentId: String
        }
        let schemeIDs = Set(lines.map(\.schemeID))
        var pairQuery = store.sql.select()
            .column(SQLColumn("scheme_id", table: "scheme_beneficiaries")).column(SQLColumn("establishment_id", table: "scheme_beneficiaries"))
            .from("scheme_beneficiaries")
            .join("schemes", on: SQLColumn("id", table: "schemes"), .equal, SQLColumn("scheme_id", table: "scheme_beneficiaries"))
            .where(SQLColumn("plan_year", table: "schemes"), .greaterThanOrEqual, SQLBind(programme.firstYear))
            .where(SQLColumn("plan_year", table: "schemes"), .lessThanOrEqual, SQLBind(programme.lastYear))
        if let province = programme.scope.provinceCode {
            pairQuery = pairQuery.where(SQLColumn("province_code", table: "schemes"), .equal, SQLBind(province))
        }
        let pairs = try await pairQuery.all(decoding: Pair.self, keyDecodingStrategy: .convertFromSnakeCase)
            .compactMap { pair -> ProgressBeneficiary? in
                guard let scheme = UUID(uuidString: pair.schemeId), schemeIDs.contains(scheme),
                    let establishment = UUID(uuidString: pair.establishmentId)
                else { return nil }
                return ProgressBeneficiary(schemeID: scheme, establishmentID: establishment)
            }
        return ProgrammeProgress.compute(for: programme, lines: lines, beneficiaries: pairs)
    }
}
