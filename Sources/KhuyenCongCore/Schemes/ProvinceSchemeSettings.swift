import Foundation

/// A day of the year without the year, for deadlines that recur (20 May, 22 January).
public struct MonthDay: Sendable, Hashable, Codable {
    public let month: Int
    public let day: Int

    public init?(month: Int, day: Int) {
        // 2024 is a leap year, so 29 February is accepted and lands on 28 February in other years.
        guard Day(year: 2024, month: month, day: day) != nil else { return nil }
        self.month = month
        self.day = day
    }

    public func inYear(_ year: Int) -> Day {
        Day(year: year, month: month, day: min(day, Day.daysIn(month: month, year: year)))!
    }

    /// `20/05`
    public var vietnamese: String { String(format: "%02d/%02d", day, month) }
}

/// Who appraises and approves local schemes and when things are due. Provinces write their own
/// regulations (domain §5.5), so all of it is configurable; the defaults are the national rules of
/// TT 36/2013, which provinces commonly follow.
public struct ProvinceSchemeSettings: Sendable, Hashable, Codable {
    public var appraiser: Role
    public var approver: Role
    /// Units submit dossiers before this day of the year before the plan year (TT 36/2013: 20 May) [V2].
    public var registrationDeadline: MonthDay
    /// The settlement dossier is due this many days after the last facility acceptance (TT 36/2013: 15) [V2].
    public var settlementDays: Int
    /// Contracts are liquidated by this day of the year after the plan year (TT 36/2013: 22 January) [V2].
    public var liquidationDeadline: MonthDay

    public init(
        appraiser: Role = .provinceDepartment, approver: Role = .provinceCommittee,
        registrationDeadline: MonthDay = MonthDay(month: 5, day: 20)!, settlementDays: Int = 15,
        liquidationDeadline: MonthDay = MonthDay(month: 1, day: 22)!
    ) {
        self.appraiser = appraiser
        self.approver = approver
        self.registrationDeadline = registrationDeadline
        self.settlementDays = settlementDays
        self.liquidationDeadline = liquidationDeadline
    }

    public static let nationalRules = ProvinceSchemeSettings()

    /// The settings that govern a scheme of `level`: a province's own only for its local schemes;
    /// national schemes follow TT 36/2013 wherever they are.
    public func governing(_ level: SchemeLevel) -> ProvinceSchemeSettings {
        level == .national ? .nationalRules : self
    }

    /// Roles a province may name as appraiser or approver of its local schemes.
    public static let deciders: [Role] = [.provinceDepartment, .provinceCommittee]

    public func errors() -> [FieldError] {
        var errors: [FieldError] = []
        if !Self.deciders.contains(appraiser) { errors.append(.init(field: "appraiser", key: .settingsRoleNotAllowed)) }
        if !Self.deciders.contains(approver) { errors.append(.init(field: "approver", key: .settingsRoleNotAllowed)) }
        if !(1...120).contains(settlementDays) { errors.append(.init(field: "settlementDays", key: .settingsDaysOutOfRange)) }
        return errors
    }
}
