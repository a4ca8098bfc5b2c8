import Foundation

/// A deadline of a scheme's calendar (domain §5.2, §7.5) and where the scheme stands against it.
public struct SchemeDeadline: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Dossier to the Sở before 20 May of the year before the plan year.
        case registration
        /// Settlement dossier within 15 days of the last facility acceptance.
        case settlement
        /// Contract liquidation by 22 January of the year after the plan year.
        case liquidation

        public var labelKey: MessageKey {
            switch self {
            case .registration: .deadlineRegistration
            case .settlement: .deadlineSettlement
            case .liquidation: .deadlineLiquidation
            }
        }
    }

    public let kind: Kind
    public let due: Day
    /// Still open (the step it asks for has not happened) and past due.
    public let isOverdue: Bool
}

public enum SchemeDeadlines {
    /// The deadlines that apply to a scheme in `state` on `today`. `facilityAcceptedOn` is the day of
    /// the last facility acceptance, if there was one.
    public static func of(
        planYear: Int, state: SchemeState, facilityAcceptedOn: Day?, settings: ProvinceSchemeSettings, today: Day
    ) -> [SchemeDeadline] {
        var deadlines: [SchemeDeadline] = []
        if state == .draft {
            let due = settings.registrationDeadline.inYear(planYear - 1)
            deadlines.append(SchemeDeadline(kind: .registration, due: due, isOverdue: today > due))
        }
        if state == .facilityAccepted, let accepted = facilityAcceptedOn {
            let due = accepted.adding(days: settings.settlementDays)
            deadlines.append(SchemeDeadline(kind: .settlement, due: due, isOverdue: today > due))
        }
        if state.isUnderImplementation {
            let due = settings.liquidationDeadline.inYear(planYear + 1)
            deadlines.append(SchemeDeadline(kind: .liquidation, due: due, isOverdue: today > due))
        }
        return deadlines
    }
}
