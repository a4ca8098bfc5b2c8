import Foundation
import KhuyenCongCore
import Testing

private func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

/// The scheme calendar of TT 36/2013 (domain §5.2, §7.5) and its provincial variants (§5.5).
@Suite struct SchemeDeadlineTests {
    static func deadlines(
        planYear: Int = 2027, state: SchemeState, acceptedOn: Day? = nil,
        settings: ProvinceSchemeSettings = .nationalRules,
        today: Day
    ) -> [SchemeDeadline] {
        SchemeDeadlines.of(
            planYear: planYear, state: state, facilityAcceptedOn: acceptedOn, settings: settings, today: today)
    }

    static func deadline(_ kind: SchemeDeadline.Kind, in deadlines: [SchemeDeadline]) -> SchemeDeadline? {
        deadlines.first { $0.kind == kind }
    }

    // MARK: - Registration: 20 May of the year before the plan year

    @Test func registrationForPlanYear2027IsDueOn20May2026() throws {
        let onTheDay = Self.deadlines(state: .draft, today: day(2026, 5, 20))
        let dayAfter = Self.deadlines(state: .draft, today: day(2026, 5, 21))

        #expect(onTheDay.map(\.kind) == [.registration])
        let due = try #require(Self.deadline(.registration, in: onTheDay))
        #expect(due.due == day(2026, 5, 20))
        #expect(due.due.vietnamese == "20/05/2026")
        #expect(!due.isOverdue)
        #expect(Self.deadline(.registration, in: dayAfter)?.isOverdue == true)
    }

    @Test(arguments: SchemeState.allCases.filter { $0 != .draft })
    func registrationConcernsDraftsOnly(_ state: SchemeState) {
        let deadlines = Self.deadlines(state: state, acceptedOn: day(2027, 6, 1), today: day(2026, 6, 1))

        #expect(Self.deadline(.registration, in: deadlines) == nil)
    }

    // MARK: - Settlement: 15 days after facility acceptance

    @Test func settlementIsDueFifteenDaysAfterAcceptanceAcrossTheYearEnd() throws {
        let accepted = day(2026, 12, 20)

        let onTheDay = Self.deadlines(
            planYear: 2026, state: .facilityAccepted, acceptedOn: accepted, today: day(2027, 1, 4))
        let dayAfter = Self.deadlines(
            planYear: 2026, state: .facilityAccepted, acceptedOn: accepted, today: day(2027, 1, 5))

        let settlement = try #require(Self.deadline(.settlement, in: onTheDay))
        #expect(settlement.due == day(2027, 1, 4))
        #expect(!settlement.isOverdue)
        #expect(Self.deadline(.settlement, in: dayAfter)?.isOverdue == true)
    }

    @Test(arguments: SchemeState.allCases.filter { $0 != .facilityAccepted })
    func settlementConcernsFacilityAcceptedSchemesOnly(_ state: SchemeState) {
        let deadlines = Self.deadlines(
            planYear: 2026, state: state, acceptedOn: day(2026, 12, 20), today: day(2027, 1, 10))

        #expect(Self.deadline(.settlement, in: deadlines) == nil)
    }

    @Test func noSettlementDeadlineWithoutAnAcceptanceDay() {
        let deadlines = Self.deadlines(
            planYear: 2026, state: .facilityAccepted, acceptedOn: nil, today: day(2027, 1, 10))

        #expect(Self.deadline(.settlement, in: deadlines) == nil)
        #expect(Self.deadline(.liquidation, in: deadlines) != nil)
    }

    // MARK: - Liquidation: 22 January of the year after the plan year

    static let underImplementation: [SchemeState] = [
        .approved, .contracted, .inProgress, .stopPending, .facilityAccepted, .settlementSubmitted,
    ]

    @Test(arguments: underImplementation)
    func liquidationIsDueOn22JanuaryAfterThePlanYear(_ state: SchemeState) throws {
        let onTheDay = Self.deadlines(
            planYear: 2026, state: state, acceptedOn: day(2026, 11, 1), today: day(2027, 1, 22))
        let dayAfter = Self.deadlines(
            planYear: 2026, state: state, acceptedOn: day(2026, 11, 1), today: day(2027, 1, 23))

        let liquidation = try #require(Self.deadline(.liquidation, in: onTheDay))
        #expect(liquidation.due == day(2027, 1, 22))
        #expect(!liquidation.isOverdue)
        #expect(Self.deadline(.liquidation, in: dayAfter)?.isOverdue == true)
    }

    @Test(arguments: SchemeState.allCases.filter { !underImplementation.contains($0) })
    func noLiquidationDeadlineOutsideImplementation(_ state: SchemeState) {
        let deadlines = Self.deadlines(planYear: 2026, state: state, today: day(2027, 3, 1))

        #expect(Self.deadline(.liquidation, in: deadlines) == nil)
    }

    @Test func aClosedSchemeHasNoDeadlinesAtAll() {
        let deadlines = Self.deadlines(
            planYear: 2026, state: .closed, acceptedOn: day(2026, 12, 1), today: day(2027, 3, 1))

        #expect(deadlines.isEmpty)
    }

    // MARK: - Provincial settings (domain §5.5: configurable deadlines)

    @Test func provinceSettingsMoveTheDates() throws {
        let settings = ProvinceSchemeSettings(
            registrationDeadline: try #require(MonthDay(month: 3, day: 31)), settlementDays: 30,
            liquidationDeadline: try #require(MonthDay(month: 2, day: 15)))

        let draft = Self.deadlines(planYear: 2027, state: .draft, settings: settings, today: day(2026, 4, 1))
        let accepted = Self.deadlines(
            planYear: 2026, state: .facilityAccepted, acceptedOn: day(2026, 12, 20), settings: settings,
            today: day(2027, 1, 10))

        let registration = try #require(Self.deadline(.registration, in: draft))
        #expect(registration.due == day(2026, 3, 31))
        #expect(registration.isOverdue)
        let settlement = try #require(Self.deadline(.settlement, in: accepted))
        #expect(settlement.due == day(2027, 1, 19))
        #expect(!settlement.isOverdue)
        #expect(Self.deadline(.liquidation, in: accepted)?.due == day(2027, 2, 15))
    }
}

@Suite struct MonthDayTests {
    @Test func twentyNinthOfFebruaryLandsOnTheLastDayOfFebruary() throws {
        let leapDay = try #require(MonthDay(month: 2, day: 29))

        #expect(leapDay.inYear(2027) == day(2027, 2, 28))
        #expect(leapDay.inYear(2028) == day(2028, 2, 29))
        #expect(leapDay.inYear(2100) == day(2100, 2, 28))
    }

    @Test(arguments: [(2, 30), (4, 31), (13, 1), (0, 10), (5, 0)])
    func impossibleDaysAreRefused(_ month: Int, _ dayOfMonth: Int) {
        #expect(MonthDay(month: month, day: dayOfMonth) == nil)
    }

    @Test func writesDayThenMonth() {
        #expect(MonthDay(month: 5, day: 20)?.vietnamese == "20/05")
        #expect(MonthDay(month: 1, day: 22)?.inYear(2027) == day(2027, 1, 22))
    }
}

@Suite struct ProvinceSchemeSettingsTests {
    @Test func nationalRulesAreTheDefaultsOfCircular36() {
        let rules = ProvinceSchemeSettings.nationalRules

        #expect(rules.errors() == [])
        #expect(rules.appraiser == .provinceDepartment)
        #expect(rules.approver == .provinceCommittee)
        #expect(rules.registrationDeadline == MonthDay(month: 5, day: 20))
        #expect(rules.settlementDays == 15)
        #expect(rules.liquidationDeadline == MonthDay(month: 1, day: 22))
    }

    @Test(arguments: [Role.collaborator, .implementingUnit, .ministryAdmin, .inspector])
    func onlyTheDepartmentOrCommitteeMayAppraiseOrApprove(_ role: Role) {
        let asAppraiser = ProvinceSchemeSettings(appraiser: role)
        let asApprover = ProvinceSchemeSettings(approver: role)

        #expect(asAppraiser.errors() == [FieldError(field: "appraiser", key: .settingsRoleNotAllowed)])
        #expect(asApprover.errors() == [FieldError(field: "approver", key: .settingsRoleNotAllowed)])
    }

    @Test(arguments: [0, -1, 121])
    func settlementDaysOutOfRangeAreRefused(_ days: Int) {
        let settings = ProvinceSchemeSettings(settlementDays: days)

        #expect(settings.errors() == [FieldError(field: "settlementDays", key: .settingsDaysOutOfRange)])
    }

    @Test(arguments: [1, 120])
    func settlementDaysAtTheBoundsAreAccepted(_ days: Int) {
        #expect(ProvinceSchemeSettings(settlementDays: days).errors() == [])
    }
}
