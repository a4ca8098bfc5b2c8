import Foundation
import KhuyenCongCore
import Testing

@Suite struct ProgrammeTests {
    // MARK: Seed data

    /// Domain §8.3, written out again so that a slip in the seed data shows.
    static let targets1881: [ProgrammeMetric: Int] = [
        .demoModels: 340, .machines: 1_600, .technologyLines: 300, .cleanerProductionAssessments: 300,
        .cleanerProductionPilots: 100, .pollutionTreatmentUpgrades: 50, .trademarks: 350, .clusterDetailedPlans: 50,
        .clusterUpgrades: 60, .fairsDomestic: 15, .fairsAbroad: 5, .workersTrained: 10_000,
    ]

    @Test(arguments: targets1881.keys.sorted { $0.rawValue < $1.rawValue })
    func decision1881SetsTheTargetOfDomain83(_ metric: ProgrammeMetric) throws {
        let target = try #require(NationalProgrammes.programme2021to2025.target(for: metric))
        #expect(target.targetValue == Self.targets1881[metric])
    }

    @Test func decision1881IsThePrimeMinistersApprovedProgramme2021to2025() {
        let programme = NationalProgrammes.programme2021to2025

        #expect(programme.id == UUID(uuidString: "00001881-2020-4C00-8000-000000000001"))
        #expect(programme.code == "QD-1881-2020-TTg")
        #expect(programme.scope == .national)
        #expect(programme.decisionRef == "1881/QĐ-TTg")
        #expect(programme.approvedBy == "Thủ tướng Chính phủ")
        #expect(programme.approvedOn == Day(year: 2020, month: 11, day: 20))
        #expect(programme.status == .approved)
        #expect((programme.firstYear, programme.lastYear) == (2021, 2025))
        #expect(programme.targets.count == 12)
        #expect(ProgrammeValidation.errors(in: programme).isEmpty)
    }

    @Test func decision2646IsTheMinistersProgramme2026to2030WithTargetsToBeFilledIn() {
        let programme = NationalProgrammes.programme2026to2030

        #expect(programme.id == UUID(uuidString: "00002646-2025-4C00-8000-000000000001"))
        #expect(programme.code == "QD-2646-2025-BCT")
        #expect(programme.decisionRef == "2646/QĐ-BCT")
        #expect(programme.approvedBy == "Bộ trưởng Bộ Công Thương")
        #expect(programme.approvedOn == Day(year: 2025, month: 9, day: 23))
        #expect(programme.status == .approved)
        #expect((programme.firstYear, programme.lastYear) == (2026, 2030))
        #expect(Set(programme.targets.map(\.metric)) == Set(Self.targets1881.keys))
        #expect(programme.targets.allSatisfy { $0.targetValue == nil })
        #expect(ProgrammeValidation.errors(in: programme).isEmpty)
    }

    @Test func theNationalProgrammesFollowEachOtherWithoutGapOrOverlap() {
        #expect(NationalProgrammes.covering(year: 2020) == nil)
        #expect(NationalProgrammes.covering(year: 2021)?.code == "QD-1881-2020-TTg")
        #expect(NationalProgrammes.covering(year: 2025)?.code == "QD-1881-2020-TTg")
        #expect(NationalProgrammes.covering(year: 2026)?.code == "QD-2646-2025-BCT")
        #expect(NationalProgrammes.covering(year: 2030)?.code == "QD-2646-2025-BCT")
        #expect(NationalProgrammes.covering(year: 2031) == nil)
    }

    @Test func aProgrammeSurvivesJSONWithItsScopeInStableForm() throws {
        let programme = NationalProgrammes.programme2021to2025
        let data = try JSONEncoder().encode(programme)
        let text = String(decoding: data, as: UTF8.self)

        #expect(text.contains("\"scope\":\"national\""))
        #expect(text.contains("\"metric\":\"workers_trained\""))
        #expect(try JSONDecoder().decode(Programme.self, from: data) == programme)
    }

    // MARK: Metrics

    @Test func metricsCountTheActivityTypesOfTheBrief() {
        let expected: [ProgrammeMetric: Set<ActivityType>] = [
            .demoModels: [.demoModelNewTech, .demoModelReplication], .machines: [.machinery],
            .technologyLines: [.technologyLine], .cleanerProductionAssessments: [.cleanerProductionAssessment],
            .cleanerProductionPilots: [.cleanerProductionPilot],
            .pollutionTreatmentUpgrades: [.pollutionTreatmentUpgrade],
            .trademarks: [.trademarkRegistration], .clusterDetailedPlans: [.clusterDetailedPlanning],
            .clusterUpgrades: [.clusterInfrastructure, .clusterPollutionTreatment], .fairsDomestic: [.fairDomestic],
            .fairsAbroad: [.fairAbroad], .workersTrained: [.vocationalTraining], .establishmentsSupported: [],
        ]
        for metric in ProgrammeMetric.allCases {
            #expect(metric.activityTypes == expected[metric], "\(metric)")
        }
        #expect(ProgrammeMetric.establishmentsSupported.countsBeneficiaries)
        #expect(!ProgrammeMetric.workersTrained.countsBeneficiaries)
    }

    @Test func noActivityCountsTowardTwoMetrics() {
        let all = ProgrammeMetric.allCases.flatMap(\.activityTypes)
        #expect(all.count == Set(all).count)
    }

    @Test func metricCodesAndLabelsAreStable() {
        #expect(ProgrammeMetric(rawValue: "cleaner_production_assessments") == .cleanerProductionAssessments)
        #expect(ProgrammeMetric.establishmentsSupported.rawValue == "establishments_supported")
        #expect(Messages.text(ProgrammeMetric.workersTrained.unitKey, .vi) == "người")
        #expect(Messages.text(ProgrammeMetric.workersTrained.unitKey, .en) == "people")
        #expect(Messages.text(ProgrammeMetric.demoModels.unitKey, .vi) == "mô hình")
        for metric in ProgrammeMetric.allCases {
            #expect(Messages.catalogue[metric.labelKey]?.count == 2)
            #expect(Messages.catalogue[metric.unitKey]?.count == 2)
        }
        for status in ProgrammeStatus.allCases {
            #expect(Messages.catalogue[status.labelKey]?.count == 2)
        }
    }

    // MARK: Progress

    static let scheme1 = UUID(uuidString: "00000000-0000-4000-8000-000000000001")!
    static let scheme2 = UUID(uuidString: "00000000-0000-4000-8000-000000000002")!
    static let scheme3 = UUID(uuidString: "00000000-0000-4000-8000-000000000003")!
    static let shopA = UUID(uuidString: "00000000-0000-4000-8000-00000000000A")!
    static let shopB = UUID(uuidString: "00000000-0000-4000-8000-00000000000B")!
    static let shopC = UUID(uuidString: "00000000-0000-4000-8000-00000000000C")!

    static func line(
        _ activity: ActivityType, _ quantity: Int, state: SchemeState, scheme: UUID = scheme1, year: Int = 2023,
        province: String = "66", level: SchemeLevel = .local
    ) -> ProgressLine {
        ProgressLine(
            schemeID: scheme, planYear: year, provinceCode: province, level: level, state: state,
            activityType: activity,
            quantity: quantity)
    }

    static func programme(
        scope: RateScope = .national, years: ClosedRange<Int> = 2021...2025, targets: [ProgrammeMetric: Int?]
    ) -> Programme {
        Programme(
            id: UUID(uuidString: "00000000-0000-4000-8000-0000000000FF")!, code: "TEST", scope: scope, title: "Test",
            firstYear: years.lowerBound, lastYear: years.upperBound,
            targets: targets.keys.sorted { $0.rawValue < $1.rawValue }.map {
                ProgrammeTarget(metric: $0, targetValue: targets[$0]!)
            })
    }

    static let expectedStage: [SchemeState: ProgrammeProgress.Stage?] = [
        .draft: nil, .submitted: nil, .grassrootsApproved: nil, .atMinistry: nil, .inDraftPlan: nil,
        .approved: .planned, .contracted: .planned, .inProgress: .planned, .stopPending: .planned, .stopped: nil,
        .facilityAccepted: .achieved, .settlementSubmitted: .achieved, .closed: .achieved, .rejected: nil,
        .notSelected: nil,
    ]

    @Test(arguments: SchemeState.allCases)
    func aLineCountsAsAchievedOrPlannedByItsSchemesState(_ state: SchemeState) throws {
        let programme = Self.programme(targets: [.workersTrained: 100])

        let progress = ProgrammeProgress.compute(
            for: programme, lines: [Self.line(.vocationalTraining, 30, state: state)])

        let workers = try #require(progress[.workersTrained])
        let expected = try #require(Self.expectedStage[state])
        #expect(ProgrammeProgress.stage(of: state) == expected)
        #expect(workers.achieved == (expected == .achieved ? 30 : 0))
        #expect(workers.planned == (expected == .planned ? 30 : 0))
    }

    @Test func quantitiesAddUpPerMetricAcrossActivityTypes() throws {
        let programme = Self.programme(targets: [.workersTrained: 10_000, .demoModels: 340, .clusterUpgrades: 60])
        let lines = [
            Self.line(.vocationalTraining, 30, state: .closed),
            Self.line(.vocationalTraining, 25, state: .facilityAccepted, scheme: Self.scheme2),
            Self.line(.vocationalTraining, 40, state: .inProgress, scheme: Self.scheme3),
            Self.line(.demoModelNewTech, 2, state: .closed),
            Self.line(.demoModelReplication, 3, state: .settlementSubmitted, scheme: Self.scheme2),
            Self.line(.clusterInfrastructure, 1, state: .closed),
            Self.line(.clusterPollutionTreatment, 1, state: .contracted, scheme: Self.scheme2),
            // Counts toward no target of this programme.
            Self.line(.machinery, 9, state: .closed),
        ]

        let progress = ProgrammeProgress.compute(for: programme, lines: lines)

        #expect(progress.programmeID == programme.id)
        #expect(progress.metrics.map(\.metric) == programme.targets.map(\.metric))
        let workers = try #require(progress[.workersTrained])
        #expect((workers.achieved, workers.planned) == (55, 40))
        #expect(workers.percentAchieved == 55)  // 55 / 10 000 = 0,55 % = 55 basis points
        let models = try #require(progress[.demoModels])
        #expect((models.achieved, models.planned) == (5, 0))
        #expect(models.percentAchieved == 147)  // 5 / 340 = 1,4705… % → 147, rounded down
        let clusters = try #require(progress[.clusterUpgrades])
        #expect((clusters.achieved, clusters.planned) == (1, 1))
        #expect(progress[.machines] == nil)
    }

    @Test func rejectedStoppedAndDraftSchemesCountForNothing() throws {
        let programme = Self.programme(targets: [.workersTrained: 100])
        let lines = [
            Self.line(.vocationalTraining, 10, state: .rejected),
            Self.line(.vocationalTraining, 20, state: .stopped),
            Self.line(.vocationalTraining, 40, state: .draft),
            Self.line(.vocationalTraining, 80, state: .notSelected),
            Self.line(.vocationalTraining, 7, state: .closed),
        ]

        let workers = try #require(ProgrammeProgress.compute(for: programme, lines: lines)[.workersTrained])

        #expect((workers.achieved, workers.planned) == (7, 0))
        #expect(workers.percentAchieved == 700)
    }

    @Test func onlyPlanYearsWithinTheProgrammeCount() throws {
        let lines = [2020, 2021, 2025, 2026].map { Self.line(.machinery, 1, state: .closed, year: $0) }

        let machines = try #require(
            ProgrammeProgress.compute(for: NationalProgrammes.programme2021to2025, lines: lines)[.machines])
        let later = try #require(
            ProgrammeProgress.compute(for: NationalProgrammes.programme2026to2030, lines: lines)[.machines])

        #expect(machines.achieved == 2)
        #expect(machines.percentAchieved == 12)  // 2 / 1 600 = 0,125 % → 12
        #expect(later.achieved == 1)
    }

    @Test func aProvinceProgrammeCountsItsOwnProvinceOnly() throws {
        let programme = Self.programme(scope: .province("66"), targets: [.machines: 10])
        let lines = [
            Self.line(.machinery, 3, state: .closed, province: "66", level: .local),
            Self.line(.machinery, 2, state: .closed, scheme: Self.scheme2, province: "66", level: .national),
            Self.line(.machinery, 50, state: .closed, scheme: Self.scheme3, province: "01", level: .local),
        ]

        let machines = try #require(ProgrammeProgress.compute(for: programme, lines: lines)[.machines])

        #expect(machines.achieved == 5)
        #expect(machines.percentAchieved == 5_000)
    }

    @Test func aNationalProgrammeCountsLocalSchemesToo() throws {
        let lines = [
            Self.line(.trademarkRegistration, 4, state: .closed, province: "66", level: .local),
            Self.line(
                .trademarkRegistration, 6, state: .closed, scheme: Self.scheme2, province: "01", level: .national),
        ]

        let trademarks = try #require(
            ProgrammeProgress.compute(for: NationalProgrammes.programme2021to2025, lines: lines)[.trademarks])

        #expect(trademarks.achieved == 10)
        #expect(trademarks.target == 350)
    }

    @Test func anUnknownOrZeroTargetHasNoPercentage() throws {
        let lines = [Self.line(.fairAbroad, 2, state: .closed, year: 2027)]

        let unknown = try #require(
            ProgrammeProgress.compute(for: NationalProgrammes.programme2026to2030, lines: lines)[.fairsAbroad])
        let zero = try #require(
            ProgrammeProgress.compute(
                for: Self.programme(years: 2026...2030, targets: [.fairsAbroad: 0]), lines: lines)[.fairsAbroad])

        #expect(unknown.target == nil)
        #expect(unknown.achieved == 2)
        #expect(unknown.percentAchieved == nil)
        #expect(zero.percentAchieved == nil)
    }

    @Test func exceedingATargetGivesMoreThanAHundredPercent() throws {
        let lines = [Self.line(.fairDomestic, 3, state: .closed)]

        let fairs = try #require(
            ProgrammeProgress.compute(for: Self.programme(targets: [.fairsDomestic: 2]), lines: lines)[.fairsDomestic])

        #expect(fairs.percentAchieved == 15_000)
    }

    @Test func establishmentsCountOnceAcrossSchemes() throws {
        let programme = Self.programme(scope: .province("96"), targets: [.establishmentsSupported: 58])
        let lines = [
            Self.line(.machinery, 1, state: .closed, scheme: Self.scheme1, province: "96"),
            Self.line(.vocationalTraining, 20, state: .closed, scheme: Self.scheme1, province: "96"),
            Self.line(.machinery, 1, state: .facilityAccepted, scheme: Self.scheme2, province: "96"),
            Self.line(.machinery, 1, state: .inProgress, scheme: Self.scheme3, province: "96"),
        ]
        let beneficiaries = [
            ProgressBeneficiary(schemeID: Self.scheme1, establishmentID: Self.shopA),
            ProgressBeneficiary(schemeID: Self.scheme1, establishmentID: Self.shopB),
            // A supported again by an accepted scheme, and by one under way: still one establishment, achieved.
            ProgressBeneficiary(schemeID: Self.scheme2, establishmentID: Self.shopA),
            ProgressBeneficiary(schemeID: Self.scheme3, establishmentID: Self.shopA),
            ProgressBeneficiary(schemeID: Self.scheme3, establishmentID: Self.shopC),
            // A scheme with no line here (another province, say) counts for nothing.
            ProgressBeneficiary(schemeID: UUID(), establishmentID: UUID()),
        ]

        let supported = try #require(
            ProgrammeProgress.compute(for: programme, lines: lines, beneficiaries: beneficiaries)[
                .establishmentsSupported])

        #expect(supported.achieved == 2)  // A, B
        #expect(supported.planned == 1)  // C
        #expect(supported.percentAchieved == 344)  // 2 / 58 = 3,448… % → 344
    }

    @Test func establishmentsOfRejectedSchemesAreNotSupported() throws {
        let programme = Self.programme(targets: [.establishmentsSupported: 10])
        let lines = [Self.line(.machinery, 1, state: .rejected)]
        let beneficiaries = [ProgressBeneficiary(schemeID: Self.scheme1, establishmentID: Self.shopA)]

        let supported = try #require(
            ProgrammeProgress.compute(for: programme, lines: lines, beneficiaries: beneficiaries)[
                .establishmentsSupported])

        #expect((supported.achieved, supported.planned) == (0, 0))
    }

    // MARK: Validation

    static func valid() -> Programme {
        Programme(
            code: "CT-KCDP-96-2026", scope: .province("96"),
            title: "Chương trình khuyến công tỉnh Cà Mau giai đoạn 2026–2030",
            firstYear: 2026, lastYear: 2030, decisionRef: "123/QĐ-UBND", approvedBy: "UBND tỉnh",
            approvedOn: Day(year: 2025, month: 12, day: 15), status: .approved,
            targets: [ProgrammeTarget(metric: .establishmentsSupported, targetValue: 58)])
    }

    static func fields(_ programme: Programme) -> [String: MessageKey] {
        Dictionary(ProgrammeValidation.errors(in: programme).map { ($0.field, $0.key) }) { first, _ in first }
    }

    @Test func aCompleteProgrammeIsValid() {
        #expect(ProgrammeValidation.errors(in: Self.valid()).isEmpty)
    }

    @Test(arguments: ["", "QĐ-1881", "a b", String(repeating: "x", count: 61)])
    func codesAreShortASCII(_ code: String) {
        var programme = Self.valid()
        programme.code = code
        #expect(Self.fields(programme) == ["code": .programmeCodeInvalid])
    }

    @Test func theTitleIsRequiredAndBounded() {
        var programme = Self.valid()
        programme.title = "   "
        #expect(Self.fields(programme) == ["title": .fieldRequired])
        programme.title = String(repeating: "ê", count: 501)
        #expect(Self.fields(programme) == ["title": .fieldTooLong])
    }

    @Test(arguments: [
        (1999, 2003, "firstYear"), (2026, 2101, "lastYear"), (2030, 2026, "lastYear"), (2021, 2031, "lastYear"),
    ])
    func periodsLieWithin2000To2100AndLastAtMostTenYears(_ first: Int, _ last: Int, _ field: String) {
        var programme = Self.valid()
        (programme.firstYear, programme.lastYear) = (first, last)
        #expect(Self.fields(programme) == [field: .programmeYearsInvalid])
    }

    @Test func aTenYearPeriodIsAllowed() {
        var programme = Self.valid()
        (programme.firstYear, programme.lastYear) = (2021, 2030)
        #expect(ProgrammeValidation.errors(in: programme).isEmpty)
    }

    @Test(arguments: [ProgrammeStatus.approved, .closed])
    func anApprovedProgrammeNamesItsDecision(_ status: ProgrammeStatus) {
        var programme = Self.valid()
        programme.status = status
        programme.decisionRef = " "
        programme.approvedOn = nil
        #expect(
            Self.fields(programme) == ["decisionRef": .approvalNeedsDecision, "approvedOn": .approvalNeedsDecision])
    }

    @Test(arguments: [ProgrammeStatus.drafting, .consultation, .submitted])
    func aProgrammeNotYetApprovedNeedsNoDecision(_ status: ProgrammeStatus) {
        var programme = Self.valid()
        programme.status = status
        programme.decisionRef = nil
        programme.approvedOn = nil
        #expect(ProgrammeValidation.errors(in: programme).isEmpty)
    }

    @Test func targetsAreNonNegativeAndNotRepeated() {
        var programme = Self.valid()
        programme.targets = [
            ProgrammeTarget(metric: .machines, targetValue: -1), ProgrammeTarget(metric: .trademarks, targetValue: nil),
        ]
        #expect(Self.fields(programme) == ["targets.machines": .programmeTargetNegative])
        programme.targets = [
            ProgrammeTarget(metric: .machines, targetValue: 1), ProgrammeTarget(metric: .machines, targetValue: 2),
        ]
        #expect(Self.fields(programme) == ["targets": .programmeTargetRepeated])
    }

    @Test func aProvinceScopeNeedsATwoDigitCode() {
        var programme = Self.valid()
        programme.scope = .province("9")
        #expect(Self.fields(programme) == ["scope": .rateScopeInvalid])
    }

    // MARK: Who may edit

    static func principal(_ role: Role, province: String? = nil) -> Principal {
        Principal(
            userID: UUID(), username: role.rawValue, displayName: role.rawValue, role: role, provinceCode: province,
            communeCode: nil, organisationID: nil)
    }

    @Test(arguments: Role.allCases)
    func onlyTheCucAndTheMinisterEditTheNationalProgramme(_ role: Role) {
        #expect(
            ProgrammeEditing.canEdit(.national, by: Self.principal(role, province: "96"))
                == (role == .ministryAdmin || role == .ministryLeader))
    }

    @Test(arguments: Role.allCases)
    func theProvincesDepartmentAndCommitteeEditItsProgramme(_ role: Role) {
        let mayEdit = role == .provinceDepartment || role == .provinceCommittee
        #expect(ProgrammeEditing.canEdit(.province("96"), by: Self.principal(role, province: "96")) == mayEdit)
        #expect(!ProgrammeEditing.canEdit(.province("96"), by: Self.principal(role, province: "01")))
        #expect(!ProgrammeEditing.canEdit(.province("96"), by: Self.principal(role)))
    }
}
