import Foundation
import KhuyenCongCore
import SQLKit

extension TypicalProductRepository {
    /// Saves the principal's sheet for an entry, as a draft or submitted. Everything the panel
    /// refuses (not on the jury, excluded, judging closed, entry not cleared, sheet already
    /// submitted, marks out of range) leaves the stored sheet as it was.
    public func saveScore(_ sheet: ScoreSheet, entryID: UUID, submit: Bool, by principal: Principal) async throws -> JudgeScore {
        try await saveScore(sheet, entryID: entryID, submit: submit, by: principal, on: today)
    }

    func saveScore(_ sheet: ScoreSheet, entryID: UUID, submit: Bool, by principal: Principal, on day: Day) async throws -> JudgeScore {
        try await store.write { sql, audit in
            let bundle = try await bundle(try await roundID(ofEntry: entryID, sql: sql), sql: sql)
            guard let entry = bundle.entries.first(where: { $0.id == entryID }) else { throw DomainError.notFound }
            let previous = bundle.scores.first { $0.entryID == entryID && $0.judgeID == principal.userID }
            let score = try bundle.panel.save(
                sheet, by: principal.userID, entry: entry, eligibility: bundle.eligibility(of: entry), previous: previous, submit: submit,
                on: day)
            try await sql.delete(from: "entry_scores").where("entry_id", .equal, SQLBind(entryID.stored))
                .where("judge_id", .equal, SQLBind(principal.userID.stored)).run()
            try await sql.insert(into: "entry_scores")
                .columns("entry_id", "judge_id", "market", "economic_technical", "cultural_aesthetic", "other", "remarks", "submitted_on")
                .values(
                    SQLBind(entryID.stored), SQLBind(principal.userID.stored), SQLBind(sheet.market),
                    SQLBind(sheet.economicTechnicalSocialEnvironmental), SQLBind(sheet.culturalAesthetic), SQLBind(sheet.other),
                    SQLBind(VietnameseText.trimmed(sheet.remarks)), SQLBind(score.submittedOn?.iso)
                ).run()
            try await audit.record(
                actor: Actor(principal), action: submit ? "product_entry.score_submit" : "product_entry.score_draft",
                entityType: "product_entry", entityID: entryID.stored, provinceCode: bundle.entryAreas[entryID]?.provinceCode,
                before: previous, after: score)
            return score
        }
    }

    /// A judge declares a conflict of interest with an entry: from then on they may not score it and
    /// any sheet they gave it no longer counts.
    public func declareConflict(entryID: UUID, reason: String, by principal: Principal) async throws -> ConflictDeclaration {
        let day = today
        return try await store.write { sql, audit in
            let bundle = try await bundle(try await roundID(ofEntry: entryID, sql: sql), sql: sql)
            guard bundle.panel.jury.judge(principal.userID) != nil else { throw DomainError(.forbidden, .tpJudgeNotOnJury) }
            if bundle.record.judgingClosed { throw DomainError(.conflict, .tpJudgingClosed) }
            let text = VietnameseText.trimmed(reason)
            if text.isEmpty { throw DomainError.invalidFields([FieldError(field: "reason", key: .fieldRequired)]) }
            if text.count > 2000 { throw DomainError.invalidFields([FieldError(field: "reason", key: .fieldTooLong)]) }
            if bundle.panel.conflicts.declarations.contains(where: { $0.entryID == entryID && $0.judgeID == principal.userID }) {
                throw DomainError(.conflict, .tpConflictAlreadyDeclared)
            }
            let declaration = ConflictDeclaration(judgeID: principal.userID, entryID: entryID, reason: text, declaredOn: day)
            try await sql.insert(into: "judge_conflicts").columns("entry_id", "judge_id", "reason", "declared_on")
                .values(SQLBind(entryID.stored), SQLBind(principal.userID.stored), SQLBind(text), SQLBind(day.iso)).run()
            try await audit.record(
                actor: Actor(principal), action: "product_entry.declare_conflict", entityType: "product_entry", entityID: entryID.stored,
                provinceCode: bundle.entryAreas[entryID]?.provinceCode, before: nil, after: declaration)
            return declaration
        }
    }
}
