import Foundation
import KhuyenCongCore
import Testing

private enum Fixture {
    static let beneficiaryA = UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!
    static let beneficiaryB = UUID(uuidString: "00000000-0000-0000-0000-00000000000B")!
    static let unitA = UUID(uuidString: "00000000-0000-0000-0000-0000000000A1")!
    static let unitB = UUID(uuidString: "00000000-0000-0000-0000-0000000000B1")!

    static func line(
        _ activity: ActivityType = .demoModelNewTech, description: String = "Mô hình trình diễn máy sấy nông sản",
        quantity: Int = 1, cost: Int64 = 2_000_000_000, requested: Int64 = 600_000_000
    ) -> SchemeLine {
        SchemeLine(
            activityType: activity, description: description, quantity: quantity, eligibleCost: cost,
            requestedSupport: requested)
    }

    /// A single national scheme for plan year 2027 with one valid line.
    static func draft(
        kind: SchemeKind = .single, lines: [SchemeLine] = [line()], beneficiaries: [UUID] = [beneficiaryA],
        startYear: Int = 2027, endYear: Int = 2027, counterpart: Int64? = nil, other: Int64? = nil
    ) -> SchemeDraft {
        SchemeDraft(
            level: .national, kind: kind, title: "Hỗ trợ xây dựng mô hình trình diễn kỹ thuật", planYear: 2027,
            startYear: startYear, endYear: endYear, provinceCode: "01", beneficiaryIDs: beneficiaries, lines: lines,
            counterpartFunds: counterpart, otherFunds: other)
    }

    static func pilot(
        lines: [SchemeLine] = [line(.demoModelNewTech), line(.machinery, cost: 1_000_000_000, requested: 300_000_000)],
        beneficiaries: [UUID] = [beneficiaryA, beneficiaryB], startYear: Int = 2027, endYear: Int = 2028
    ) -> SchemeDraft {
        draft(kind: .pilot, lines: lines, beneficiaries: beneficiaries, startYear: startYear, endYear: endYear)
    }

    static func principal(_ role: Role, province: String? = "01", organisation: UUID? = nil) -> Principal {
        Principal(
            userID: UUID(uuidString: "00000000-0000-0000-0000-0000000000F1")!, username: "user",
            displayName: "Người dùng",
            role: role, provinceCode: province, communeCode: nil, organisationID: organisation)
    }

    static func scheme(implementingUnit: UUID?) -> Scheme {
        Scheme(
            id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, code: "KCQG-2027-01-0001", level: .national,
            kind: .single, title: "Đề án", planYear: 2027, startYear: 2027, endYear: 2027, provinceCode: "01",
            implementingUnitID: implementingUnit, beneficiaryIDs: [beneficiaryA], lines: [line()])
    }
}

/// The checks on a scheme's own content (design §4.3; TT 36/2013 Art.2 cl.3 as amended by TT 17/2018).
@Suite struct SchemeValidationTests {
    @Test func aValidSingleSchemeHasNoErrors() {
        let errors = SchemeValidation.errors(in: Fixture.draft())

        #expect(errors == [])
    }

    @Test func requestAboveCostIsReportedOnItsOwnLine() {
        let draft = Fixture.draft(lines: [
            Fixture.line(), Fixture.line(.machinery, cost: 500_000_000, requested: 600_000_000),
        ])

        let errors = SchemeValidation.errors(in: draft)

        #expect(errors == [FieldError(field: "lines[2].requestedSupport", key: .schemeRequestExceedsCost)])
    }

    struct FieldCase: Sendable, CustomTestStringConvertible {
        let name: String
        let change: @Sendable (inout SchemeDraft) -> Void
        let expected: FieldError
        var testDescription: String { name }
    }

    static let fieldCases: [FieldCase] = [
        FieldCase(
            name: "zero cost", change: { $0.lines[0] = Fixture.line(cost: 0, requested: 0) },
            expected: FieldError(field: "lines[1].eligibleCost", key: .schemeAmountInvalid)),
        FieldCase(
            name: "quantity 0", change: { $0.lines[0].quantity = 0 },
            expected: FieldError(field: "lines[1].quantity", key: .schemeQuantityInvalid)),
        FieldCase(
            name: "blank description", change: { $0.lines[0].description = " \n " },
            expected: FieldError(field: "lines[1].description", key: .fieldRequired)),
        FieldCase(
            name: "negative request", change: { $0.lines[0].requestedSupport = -1 },
            expected: FieldError(field: "lines[1].requestedSupport", key: .schemeAmountInvalid)),
        FieldCase(
            name: "empty title", change: { $0.title = "   " }, expected: FieldError(field: "title", key: .fieldRequired)
        ),
        FieldCase(
            name: "title too long", change: { $0.title = String(repeating: "đ", count: 501) },
            expected: FieldError(field: "title", key: .fieldTooLong)),
        FieldCase(
            name: "plan year out of range", change: { $0.planYear = 2009 },
            expected: FieldError(field: "planYear", key: .schemeYearOutOfRange)),
        FieldCase(
            name: "ends before it starts", change: { $0.endYear = 2026 },
            expected: FieldError(field: "endYear", key: .schemeYearsInvalid)),
        FieldCase(
            name: "years beyond 2040",
            change: { $0.endYear = 2041 },
            expected: FieldError(field: "endYear", key: .schemeYearsInvalid)),
        FieldCase(
            name: "no lines", change: { $0.lines = [] }, expected: FieldError(field: "lines", key: .schemeNeedsLines)),
        FieldCase(
            name: "repeated beneficiary", change: { $0.beneficiaryIDs = [Fixture.beneficiaryA, Fixture.beneficiaryA] },
            expected: FieldError(field: "beneficiaryIds", key: .schemeBeneficiaryRepeated)),
        FieldCase(
            name: "negative other funds", change: { $0.otherFunds = -1 },
            expected: FieldError(field: "otherFunds", key: .fieldWholeNumber)),
    ]

    @Test(arguments: fieldCases)
    func eachFaultIsReportedOnItsField(_ fault: FieldCase) {
        var draft = Fixture.draft()
        fault.change(&draft)

        let errors = SchemeValidation.errors(in: draft)

        #expect(errors == [fault.expected])
    }

    /// Domain §7.1: counterpart = eligible cost − support − other funds.
    @Test func counterpartFundsMustAddUp() {
        // Cost 2 bn, support asked 600 m.
        let balanced = Fixture.draft(counterpart: 1_400_000_000)
        let withOther = Fixture.draft(counterpart: 1_300_000_000, other: 100_000_000)
        let short = Fixture.draft(counterpart: 1_300_000_000)
        let over = Fixture.draft(counterpart: 1_400_000_000, other: 1)

        #expect(SchemeValidation.errors(in: balanced) == [])
        #expect(SchemeValidation.errors(in: withOther) == [])
        #expect(
            SchemeValidation.errors(in: short) == [FieldError(field: "counterpartFunds", key: .schemeFundsDoNotAddUp)])
        #expect(
            SchemeValidation.errors(in: over) == [FieldError(field: "counterpartFunds", key: .schemeFundsDoNotAddUp)])
    }

    // MARK: - Pilot schemes (TT 36/2013 Art.2 cl.3 as amended by TT 17/2018 Art.1 cl.1)

    @Test(arguments: [2028, 2029])
    func aPilotWithTwoActivitiesTwoBeneficiariesAndTwoOrThreeYearsIsValid(_ endYear: Int) {
        let errors = SchemeValidation.errors(in: Fixture.pilot(endYear: endYear))

        #expect(errors == [])
    }

    @Test func aPilotNeedsTwoActivityTypes() {
        // Two lines, but of the same activity type.
        let draft = Fixture.pilot(lines: [
            Fixture.line(.machinery), Fixture.line(.machinery, description: "Máy thứ hai"),
        ])

        #expect(SchemeValidation.errors(in: draft) == [FieldError(field: "lines", key: .pilotNeedsTwoActivities)])
    }

    @Test func aPilotNeedsTwoBeneficiaries() {
        let draft = Fixture.pilot(beneficiaries: [Fixture.beneficiaryA])

        #expect(
            SchemeValidation.errors(in: draft) == [
                FieldError(field: "beneficiaryIds", key: .pilotNeedsTwoBeneficiaries)
            ])
    }

    @Test(arguments: [2027, 2030])
    func aPilotRunsTwoToThreeYears(_ endYear: Int) {
        let draft = Fixture.pilot(startYear: 2027, endYear: endYear)

        #expect(SchemeValidation.errors(in: draft) == [FieldError(field: "endYear", key: .pilotNeedsTwoToThreeYears)])
    }

    @Test func aPilotBreakingEveryRuleGetsAllThreeErrors() {
        let draft = Fixture.pilot(lines: [Fixture.line()], beneficiaries: [Fixture.beneficiaryA], endYear: 2027)

        let keys = SchemeValidation.errors(in: draft).map(\.key)

        #expect(keys == [.pilotNeedsTwoActivities, .pilotNeedsTwoBeneficiaries, .pilotNeedsTwoToThreeYears])
    }

    @Test(arguments: [SchemeKind.single, .group])
    func thePilotRuleAppliesToPilotsOnly(_ kind: SchemeKind) {
        let draft = Fixture.draft(kind: kind, lines: [Fixture.line()], beneficiaries: [Fixture.beneficiaryA])

        #expect(SchemeValidation.errors(in: draft) == [])
    }
}

/// Who may write a scheme's content and act on it.
@Suite struct SchemeAuthoringTests {
    struct AuthorCase: Sendable, CustomTestStringConvertible {
        let role: Role
        let province: String?
        let national: Bool
        let localOwn: Bool
        let localOther: Bool
        var testDescription: String { role.rawValue }
    }

    static let authorCases: [AuthorCase] = [
        AuthorCase(role: .ministryAdmin, province: nil, national: true, localOwn: false, localOther: false),
        AuthorCase(role: .provinceDepartment, province: "01", national: true, localOwn: true, localOther: false),
        AuthorCase(role: .implementingUnit, province: "01", national: true, localOwn: true, localOther: false),
        AuthorCase(role: .collaborator, province: "01", national: false, localOwn: false, localOther: false),
        AuthorCase(role: .provinceCommittee, province: "01", national: false, localOwn: false, localOther: false),
        AuthorCase(role: .inspector, province: "01", national: false, localOwn: false, localOther: false),
    ]

    @Test(arguments: authorCases)
    func whoMayAuthor(_ given: AuthorCase) {
        let principal = Fixture.principal(given.role, province: given.province)

        #expect(SchemeAuthoring.canAuthor(level: .national, provinceCode: "01", by: principal) == given.national)
        #expect(SchemeAuthoring.canAuthor(level: .local, provinceCode: "01", by: principal) == given.localOwn)
        #expect(SchemeAuthoring.canAuthor(level: .local, provinceCode: "79", by: principal) == given.localOther)
    }

    @Test(arguments: [Role.provinceDepartment, .implementingUnit])
    func provincesAuthorNationalSchemesOnlyInTheirOwnProvince(_ role: Role) {
        let principal = Fixture.principal(role, province: "01")

        #expect(!SchemeAuthoring.canAuthor(level: .national, provinceCode: "79", by: principal))
        #expect(
            !SchemeAuthoring.canAuthor(level: .national, provinceCode: "01", by: Fixture.principal(role, province: nil))
        )
    }

    @Test func anImplementingUnitActsOnlyOnItsOwnSchemes() {
        let unitA = Fixture.principal(.implementingUnit, organisation: Fixture.unitA)
        let unitWithoutOrganisation = Fixture.principal(.implementingUnit, organisation: nil)

        #expect(SchemeAuthoring.actsFor(Fixture.scheme(implementingUnit: Fixture.unitA), principal: unitA))
        #expect(!SchemeAuthoring.actsFor(Fixture.scheme(implementingUnit: Fixture.unitB), principal: unitA))
        #expect(
            !SchemeAuthoring.actsFor(
                Fixture.scheme(implementingUnit: Fixture.unitA), principal: unitWithoutOrganisation))
    }

    /// A scheme with no implementing unit (drafted by the Sở itself) is not one any unit implements.
    @Test func anImplementingUnitDoesNotActOnASchemeWithoutAUnit() {
        let unitA = Fixture.principal(.implementingUnit, organisation: Fixture.unitA)

        #expect(!SchemeAuthoring.actsFor(Fixture.scheme(implementingUnit: nil), principal: unitA))
    }

    @Test(arguments: [Role.provinceDepartment, .ministryAdmin, .ministryLeader, .provinceCommittee])
    func otherRolesAreNotLimitedToTheUnitsSchemes(_ role: Role) {
        let principal = Fixture.principal(role, organisation: Fixture.unitA)

        #expect(SchemeAuthoring.actsFor(Fixture.scheme(implementingUnit: Fixture.unitB), principal: principal))
        #expect(SchemeAuthoring.actsFor(Fixture.scheme(implementingUnit: nil), principal: principal))
    }
}
