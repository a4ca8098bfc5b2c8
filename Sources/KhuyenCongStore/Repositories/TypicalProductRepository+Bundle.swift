import Foundation
import KhuyenCongCore
import SQLKit

extension TypicalProductRepository {
    /// The round with its jury, conflicts, entries, checks, sheets, recognitions and certificates.
    public func bundle(_ roundID: UUID, sql given: (any SQLDatabase)? = nil) async throws -> RoundBundle {
        let sql = given ?? store.sql
        let record = try await round(roundID, sql: sql)
        let id = SQLBind(roundID.stored)
        let jury = try await jury(of: roundID, sql: sql)
        let entryRows = try await sql.select().columns(TypicalProductRows.entryColumns.map { SQLIdentifier($0) }).from("product_entries")
            .where("round_id", .equal, id).orderBy("registered_on").orderBy("id")
            .all(decoding: TypicalProductRows.Entry.self, keyDecodingStrategy: .convertFromSnakeCase)
        let entries = entryRows.compactMap(\.entry)
        var areas: [UUID: RecordArea] = [:]
        for row in entryRows { if let id = UUID(uuidString: row.id) { areas[id] = row.area } }
        let inRound = SQLSubquery.select { $0.column("id").from("product_entries").where("round_id", .equal, id) }

        let relations = try await sql.select().columns("judge_id", "establishment_id", "description").from("judge_relations")
            .where("round_id", .equal, id).all(decoding: TypicalProductRows.Relation.self, keyDecodingStrategy: .convertFromSnakeCase)
            .compactMap { row -> JudgeRelation? in
                guard let judge = UUID(uuidString: row.judgeId), let establishment = UUID(uuidString: row.establishmentId) else { return nil }
                return JudgeRelation(judgeID: judge, establishmentID: establishment, description: row.description)
            }
        let conflicts = try await sql.select().columns("entry_id", "judge_id", "reason", "declared_on").from("judge_conflicts")
            .where("entry_id", .in, inRound).all(decoding: TypicalProductRows.Conflict.self, keyDecodingStrategy: .convertFromSnakeCase)
            .compactMap { row -> ConflictDeclaration? in
                guard let entry = UUID(uuidString: row.entryId), let judge = UUID(uuidString: row.judgeId), let day = Day(iso: row.declaredOn)
                else { return nil }
                return ConflictDeclaration(judgeID: judge, entryID: entry, reason: row.reason, declaredOn: day)
            }
        let checkRows = try await sql.select().columns("entry_id", "criterion", "outcome", "checked_by", "checked_on", "note")
            .from("entry_checks").where("entry_id", .in, inRound)
            .all(decoding: TypicalProductRows.Check.self, keyDecodingStrategy: .convertFromSnakeCase)
        var checks: [UUID: [EligibilityCheck]] = [:]
        for row in checkRows {
            guard let entry = UUID(uuidString: row.entryId), let criterion = EligibilityCriterion(rawValue: row.criterion),
                let outcome = CheckOutcome(rawValue: row.outcome), let day = Day(iso: row.checkedOn)
            else { continue }
            checks[entry, default: []].append(
                EligibilityCheck(criterion: criterion, outcome: outcome, checkedBy: row.checkedBy, checkedOn: day, note: row.note))
        }
        let scores = try await sql.select()
            .columns("entry_id", "judge_id", "market", "economic_technical", "cultural_aesthetic", "other", "remarks", "submitted_on")
            .from("entry_scores").where("entry_id", .in, inRound)
            .all(decoding: TypicalProductRows.Score.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.score)
        let recognitions = try await sql.select().columns(TypicalProductRows.recognitionColumns.map { SQLIdentifier($0) })
            .from("product_recognitions").where("round_id", .equal, id)
            .all(decoding: TypicalProductRows.Recognition.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.recognition)
        let certificates = try await sql.select().columns(TypicalProductRows.certificateColumns.map { SQLIdentifier($0) })
            .from("product_certificates").where("entry_id", .in, inRound)
            .all(decoding: TypicalProductRows.Certificate.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.certificate)
        return RoundBundle(
            record: record,
            panel: JudgingPanel(
                jury: jury, conflicts: ConflictRegister(declarations: conflicts, relations: relations),
                judgingClosed: record.judgingClosed),
            entries: entries,
            eligibility: Dictionary(uniqueKeysWithValues: entries.map { ($0.id, EntryEligibility(entryID: $0.id, checks: checks[$0.id] ?? [])) }),
            scores: scores,
            recognitions: Dictionary(recognitions.map { ($0.entryID, $0) }, uniquingKeysWith: { first, _ in first }),
            certificates: Dictionary(certificates.map { ($0.entryID, $0) }, uniquingKeysWith: { first, _ in first }),
            establishmentNames: try await establishmentNames(Set(entries.map(\.establishmentID)), sql: sql),
            entryAreas: areas, parameters: try await parameters(sql))
    }

    func establishmentNames(_ ids: Set<UUID>, sql: any SQLDatabase) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        struct Row: Decodable {
            let id: String
            let name: String
        }
        var names: [UUID: String] = [:]
        // Chunks keep the statement under both databases' parameter limits.
        let all = ids.map(\.stored)
        for start in stride(from: 0, to: all.count, by: 500) {
            let chunk = Array(all[start..<min(start + 500, all.count)])
            for row in try await sql.select().columns("id", "name").from("establishments").where("id", .in, SQLBind.group(chunk))
                .all(decoding: Row.self)
            {
                if let id = UUID(uuidString: row.id) { names[id] = row.name }
            }
        }
        return names
    }

    /// The round holding `entryID`.
    func roundID(ofEntry entryID: UUID, sql: any SQLDatabase) async throws -> UUID {
        guard
            let text = try await sql.select().column("round_id").from("product_entries").where("id", .equal, SQLBind(entryID.stored))
                .first(decodingColumn: "round_id", as: String.self), let id = UUID(uuidString: text)
        else { throw DomainError.notFound }
        return id
    }
}
