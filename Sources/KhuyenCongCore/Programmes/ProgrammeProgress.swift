import Foundation

/// One activity line of a scheme with the scheme facts progress needs, as the store reads them in
/// one query. Lines of the same scheme carry the same scheme facts.
public struct ProgressLine: Sendable, Hashable {
    public let schemeID: UUID
    public let planYear: Int
    /// The scheme's province code. Codes are compared as given: to count schemes recorded under a
    /// pre-2025 province code toward a today's-province programme, map them through the succession
    /// table first (design.md §4.1).
    public let provinceCode: String
    public let level: SchemeLevel
    public let state: SchemeState
    public let activityType: ActivityType
    /// In the unit the line is priced per (people for training, models for demonstration models…).
    public let quantity: Int

    public init(
        schemeID: UUID, planYear: Int, provinceCode: String, level: SchemeLevel, state: SchemeState,
        activityType: ActivityType, quantity: Int
    ) {
        self.schemeID = schemeID
        self.planYear = planYear
        self.provinceCode = provinceCode
        self.level = level
        self.state = state
        self.activityType = activityType
        self.quantity = quantity
    }
}

/// An establishment named as a beneficiary of a scheme.
public struct ProgressBeneficiary: Sendable, Hashable {
    public let schemeID: UUID
    public let establishmentID: UUID

    public init(schemeID: UUID, establishmentID: UUID) {
        self.schemeID = schemeID
        self.establishmentID = establishmentID
    }
}

/// Progress toward one target.
public struct MetricProgress: Sendable, Hashable {
    public let metric: ProgrammeMetric
    /// Nil when the target is not known yet.
    public let target: Int?
    /// From schemes accepted at the facility or beyond.
    public let achieved: Int
    /// From schemes approved and still under way: what the programme can expect on top of `achieved`.
    public let planned: Int
    /// `achieved` as basis points of `target` (100 % = 10 000), rounded down; above 10 000 when the
    /// target is exceeded. Nil when the target is unknown or zero, where a share means nothing.
    public let percentAchieved: Int?

    public init(metric: ProgrammeMetric, target: Int?, achieved: Int, planned: Int) {
        self.metric = metric
        self.target = target
        self.achieved = achieved
        self.planned = planned
        self.percentAchieved = target.flatMap { MetricProgress.basisPoints(achieved, of: $0) }
    }

    static func basisPoints(_ achieved: Int, of target: Int) -> Int? {
        guard target > 0 else { return nil }
        let (product, overflow) = max(achieved, 0).multipliedReportingOverflow(by: BasisPoints.whole)
        return overflow ? Int.max : product / target
    }
}

/// A programme's progress, computed from its schemes and never typed in, so that the figure on a
/// dashboard always agrees with the schemes behind it.
public struct ProgrammeProgress: Sendable, Hashable {
    public let programmeID: UUID
    /// One entry per target of the programme, in the programme's order.
    public let metrics: [MetricProgress]

    public init(programmeID: UUID, metrics: [MetricProgress]) {
        self.programmeID = programmeID
        self.metrics = metrics
    }

    public subscript(metric: ProgrammeMetric) -> MetricProgress? {
        metrics.first { $0.metric == metric }
    }

    /// How far a scheme's result counts.
    public enum Stage: Sendable, Hashable {
        /// Accepted at the facility, settled or closed: the result exists.
        case achieved
        /// Approved and under way, or waiting for a stop decision: expected, not yet delivered.
        case planned
    }

    /// Nil for schemes that count for nothing: not yet approved (draft to in-draft-plan), rejected,
    /// not selected, or stopped.
    public static func stage(of state: SchemeState) -> Stage? {
        switch state {
        case .facilityAccepted, .settlementSubmitted, .closed: .achieved
        case .approved, .contracted, .inProgress, .stopPending: .planned
        case .draft, .submitted, .grassrootsApproved, .atMinistry, .inDraftPlan, .stopped, .rejected, .notSelected: nil
        }
    }

    /// Whether a scheme falls under a programme: its plan year within the period and, for a local
    /// programme, its province. A national programme counts national and local schemes alike, since
    /// it is the set of national and local contents (Decree 45/2012 Art.2 cl.1).
    public static func includes(planYear: Int, provinceCode: String, in programme: Programme) -> Bool {
        guard programme.covers(year: planYear) else { return false }
        switch programme.scope {
        case .national: return true
        case .province(let code): return provinceCode == code
        }
    }

    /// Progress toward each target of `programme`.
    ///
    /// Line quantities add up per metric. Beneficiaries count once per establishment across all
    /// schemes: an establishment supported by an accepted scheme is achieved, and one supported only
    /// by schemes still under way is planned, so `achieved + planned` is the number of distinct
    /// establishments reached. A beneficiary's scheme is known through its lines; a scheme with no
    /// line in `lines` counts for nothing.
    public static func compute(
        for programme: Programme, lines: [ProgressLine], beneficiaries: [ProgressBeneficiary] = []
    ) -> ProgrammeProgress {
        var achieved: [ActivityType: Int] = [:]
        var planned: [ActivityType: Int] = [:]
        var schemeStages: [UUID: Stage] = [:]
        for line in lines where includes(planYear: line.planYear, provinceCode: line.provinceCode, in: programme) {
            guard let stage = stage(of: line.state) else { continue }
            if schemeStages[line.schemeID] == nil { schemeStages[line.schemeID] = stage }
            switch stage {
            case .achieved: achieved[line.activityType, default: 0] += max(line.quantity, 0)
            case .planned: planned[line.activityType, default: 0] += max(line.quantity, 0)
            }
        }

        var achievedEstablishments: Set<UUID> = []
        var plannedEstablishments: Set<UUID> = []
        for beneficiary in beneficiaries {
            switch schemeStages[beneficiary.schemeID] {
            case .achieved: achievedEstablishments.insert(beneficiary.establishmentID)
            case .planned: plannedEstablishments.insert(beneficiary.establishmentID)
            case nil: continue
            }
        }
        plannedEstablishments.subtract(achievedEstablishments)

        let metrics = programme.targets.map { target in
            let metric = target.metric
            if metric.countsBeneficiaries {
                return MetricProgress(
                    metric: metric, target: target.targetValue, achieved: achievedEstablishments.count,
                    planned: plannedEstablishments.count)
            }
            return MetricProgress(
                metric: metric, target: target.targetValue,
                achieved: metric.activityTypes.reduce(0) { $0 + achieved[$1, default: 0] },
                planned: metric.activityTypes.reduce(0) { $0 + planned[$1, default: 0] })
        }
        return ProgrammeProgress(programmeID: programme.id, metrics: metrics)
    }
}
