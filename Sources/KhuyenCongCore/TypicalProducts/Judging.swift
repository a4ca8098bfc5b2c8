import Foundation

/// A judge's sheet for one entry: a draft until submitted, then final.
public struct JudgeScore: Sendable, Hashable, Codable {
    public let judgeID: UUID
    public let entryID: UUID
    public var sheet: ScoreSheet
    public var submittedOn: Day?

    public init(judgeID: UUID, entryID: UUID, sheet: ScoreSheet, submittedOn: Day? = nil) {
        self.judgeID = judgeID
        self.entryID = entryID
        self.sheet = sheet
        self.submittedOn = submittedOn
    }

    public var isSubmitted: Bool { submittedOn != nil }
}

/// Who scores what, for one round: the jury, the known conflicts, and whether judging has closed.
public struct JudgingPanel: Sendable, Hashable {
    public var jury: Jury
    public var conflicts: ConflictRegister
    public var judgingClosed: Bool

    public init(jury: Jury, conflicts: ConflictRegister = ConflictRegister(), judgingClosed: Bool = false) {
        self.jury = jury
        self.conflicts = conflicts
        self.judgingClosed = judgingClosed
    }

    /// Refuses a judge who may not score `entry`: not on the jury, excluded for a conflict of
    /// interest, judging over, the entry not cleared by the eligibility checks, or a sheet already
    /// submitted — a submitted sheet is final, since its author has since seen the others' marks.
    public func checkMayScore(
        _ judgeID: UUID, entry: ProductEntry, eligibility: EntryEligibility, previous: JudgeScore?
    ) throws(DomainError) {
        guard let judge = jury.judge(judgeID), entry.roundID == jury.roundID else {
            throw DomainError(.forbidden, .tpJudgeNotOnJury)
        }
        if let reason = conflicts.reason(excluding: judge, from: entry) {
            throw DomainError(
                .forbidden, .tpJudgeExcluded, arguments: ["name": entry.productName],
                labels: ["reason": reason.labelKey])
        }
        if judgingClosed { throw DomainError(.conflict, .tpJudgingClosed) }
        if !eligibility.isEligibleForJudging || eligibility.entryID != entry.id {
            throw DomainError(.conflict, .tpEntryNotEligible, arguments: ["name": entry.productName])
        }
        if previous?.isSubmitted == true { throw DomainError(.conflict, .tpScoreAlreadySubmitted) }
    }

    /// The judge's sheet saved as a draft, or submitted when `submit` is true.
    public func save(
        _ sheet: ScoreSheet, by judgeID: UUID, entry: ProductEntry, eligibility: EntryEligibility,
        previous: JudgeScore?, submit: Bool, on day: Day
    ) throws(DomainError) -> JudgeScore {
        try checkMayScore(judgeID, entry: entry, eligibility: eligibility, previous: previous)
        try sheet.validate()
        return JudgeScore(judgeID: judgeID, entryID: entry.id, sheet: sheet, submittedOn: submit ? day : nil)
    }

    /// The submitted sheets that count for `entry`: from jury members not excluded from it.
    public func countedScores(for entry: ProductEntry, among scores: [JudgeScore]) -> [JudgeScore] {
        let excluded = conflicts.excludedJudges(from: entry, jury: jury)
        return scores.filter {
            $0.entryID == entry.id && $0.isSubmitted && jury.judge($0.judgeID) != nil && !excluded.contains($0.judgeID)
        }
    }
}

/// Who is looking at an entry's sheets.
public enum ScoreViewer: Sendable, Hashable {
    case judge(UUID)
    /// The council's secretary or the organiser, who assemble the results.
    case council
}

/// What each viewer may see of an entry's sheets, so that no judge is swayed by marks they have
/// not yet matched with their own [U: a fairness rule of the system, not found in TT 26/2014].
public enum ScoreVisibility {
    /// A judge always sees their own sheet; the others' submitted sheets only once their own is
    /// submitted; drafts of others never. The council sees every submitted sheet once judging has
    /// closed, and nothing before, so that nobody can steer a judging still under way.
    public static func visibleScores(
        for viewer: ScoreViewer, scores: [JudgeScore], judgingClosed: Bool
    ) -> [JudgeScore] {
        switch viewer {
        case .judge(let id):
            let ownSubmitted = scores.contains { $0.judgeID == id && $0.isSubmitted }
            return scores.filter { $0.judgeID == id || (ownSubmitted && $0.isSubmitted) }
        case .council:
            return judgingClosed ? scores.filter(\.isSubmitted) : []
        }
    }
}
