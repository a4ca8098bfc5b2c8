import Foundation
import KhuyenCongCore
import Testing

/// The scheme lifecycle as data (domain §5.3 national, §5.5 local): who may move a scheme where,
/// and why a move is refused.
@Suite struct SchemeWorkflowTests {
    typealias Step = (action: SchemeAction, role: Role)

    /// Applies `steps` from `start` without reasons or failing guards; returns the edges taken.
    static func walk(
        _ workflow: SchemeWorkflow, from start: SchemeState, _ steps: [Step]
    ) throws(DomainError)
        -> [SchemeTransition]
    {
        var state = start
        var taken: [SchemeTransition] = []
        for step in steps {
            let transition = try workflow.transition(
                step.action, from: state, role: step.role, reason: nil, failing: [])
            taken.append(transition)
            state = transition.to
        }
        return taken
    }

    /// The refusal `attempt` gives, or nil when it goes through.
    static func refusal(_ attempt: () throws -> SchemeTransition) -> DomainError? {
        do {
            _ = try attempt()
            return nil
        } catch let error as DomainError {
            return error
        } catch {
            Issue.record("not a DomainError: \(error)")
            return nil
        }
    }

    /// States reachable from `start` along the workflow's edges without entering `avoiding`.
    static func reachable(
        from start: SchemeState, in workflow: SchemeWorkflow, avoiding: SchemeState? = nil
    ) -> Set<SchemeState> {
        var seen: Set<SchemeState> = [start]
        var queue = [start]
        while let state = queue.popLast() {
            for edge in workflow.transitions where edge.from == state && edge.to != avoiding && !seen.contains(edge.to)
            {
                seen.insert(edge.to)
                queue.append(edge.to)
            }
        }
        return seen
    }

    static let national = SchemeWorkflow.national
    static let localDefault = SchemeWorkflow.local(.nationalRules)
    static let departmentApproves = ProvinceSchemeSettings(
        appraiser: .provinceDepartment, approver: .provinceDepartment)

    // MARK: - Lifecycles

    @Test func nationalSchemeGoesFromDraftToClosed() throws {
        let steps: [Step] = [
            (.submit, .implementingUnit), (.grassrootsApprove, .provinceDepartment),
            (.forwardToMinistry, .provinceDepartment),
            (.ministryApprove, .ministryAdmin), (.approve, .ministryLeader), (.signContract, .ministryAdmin),
            (.start, .implementingUnit), (.acceptFacility, .implementingUnit), (.submitSettlement, .implementingUnit),
            (.close, .ministryAdmin),
        ]

        let taken = try Self.walk(Self.national, from: .draft, steps)

        #expect(
            taken.map(\.to) == [
                .submitted, .grassrootsApproved, .atMinistry, .inDraftPlan, .approved, .contracted, .inProgress,
                .facilityAccepted, .settlementSubmitted, .closed,
            ])
        #expect(taken.map(\.from) == [.draft] + taken.dropLast().map(\.to))
        #expect(taken.filter(\.freezesContent).map(\.action) == [.approve])
        #expect(Self.national.transitions.filter(\.freezesContent).map(\.action) == [.approve])
        #expect(Self.national.level == .national)
    }

    @Test func localSchemeWithDefaultSettingsIsApprovedByTheProvincialCommittee() throws {
        let steps: [Step] = [
            (.submit, .implementingUnit), (.appraise, .provinceDepartment), (.approve, .provinceCommittee),
            (.signContract, .provinceDepartment), (.start, .implementingUnit), (.acceptFacility, .implementingUnit),
            (.submitSettlement, .implementingUnit), (.close, .provinceDepartment),
        ]

        let taken = try Self.walk(Self.localDefault, from: .draft, steps)

        #expect(
            taken.map(\.to) == [
                .submitted, .inDraftPlan, .approved, .contracted, .inProgress, .facilityAccepted, .settlementSubmitted,
                .closed,
            ])
        #expect(taken.filter(\.freezesContent).map(\.action) == [.approve])
        let departmentApproving = Self.refusal {
            try Self.localDefault.transition(
                .approve, from: .inDraftPlan, role: .provinceDepartment, reason: nil, failing: [])
        }
        #expect(departmentApproving?.kind == .forbidden)
    }

    @Test func localSchemeNeverPassesThroughTheMinistry() {
        let local = SchemeWorkflow.of(.local, settings: .nationalRules)
        let ministryRoles: Set<Role> = [.ministryAdmin, .ministryLeader]

        #expect(local.level == .local)
        for edge in local.transitions {
            #expect(![.grassrootsApproved, .atMinistry].contains(edge.from), "\(edge.action) from \(edge.from)")
            #expect(![.grassrootsApproved, .atMinistry].contains(edge.to), "\(edge.action) to \(edge.to)")
            #expect(edge.roles.isDisjoint(with: ministryRoles), "\(edge.action) from \(edge.from)")
        }
    }

    @Test func provinceMayNameTheDepartmentAsApprover() throws {
        let workflow = SchemeWorkflow.of(.local, settings: Self.departmentApproves)

        let taken = try Self.walk(
            workflow, from: .draft,
            [(.submit, .provinceDepartment), (.appraise, .provinceDepartment), (.approve, .provinceDepartment)])
        let committee = Self.refusal {
            try workflow.transition(.approve, from: .inDraftPlan, role: .provinceCommittee, reason: nil, failing: [])
        }
        let stop = try workflow.transition(
            .approveStop, from: .stopPending, role: .provinceDepartment, reason: "Hết vốn", failing: [])

        #expect(taken.map(\.to) == [.submitted, .inDraftPlan, .approved])
        #expect(committee?.kind == .forbidden)
        #expect(committee?.key == .actionNotForRole)
        #expect(stop.to == .stopped)
    }

    // MARK: - Refusals

    @Test func aRoleThatMayNotActIsForbidden() throws {
        let error = try #require(
            Self.refusal {
                try Self.national.transition(
                    .approve, from: .inDraftPlan, role: .implementingUnit, reason: nil, failing: [])
            })

        #expect(error.kind == .forbidden)
        #expect(error.key == .actionNotForRole)
        #expect(error.labels == ["action": .actionApprove, "role": .roleImplementingUnit])
    }

    @Test(arguments: [Role.ministryAdmin, .provinceCommittee, .provinceDepartment, .inspector])
    func onlyTheMinistryLeadershipApprovesANationalPlan(_ role: Role) {
        let error = Self.refusal {
            try Self.national.transition(.approve, from: .inDraftPlan, role: role, reason: nil, failing: [])
        }

        #expect(error?.kind == .forbidden)
    }

    @Test func anActionNotPossibleFromTheStateIsAConflict() throws {
        let error = try #require(
            Self.refusal {
                try Self.national.transition(.close, from: .draft, role: .ministryAdmin, reason: nil, failing: [])
            })

        #expect(error.kind == .conflict)
        #expect(error.key == .actionNotFromState)
        #expect(error.labels == ["action": .actionClose, "state": .stateDraft])
    }

    @Test func aFailingGuardBlocksGrassrootsApproval() throws {
        let overRates = try #require(
            Self.refusal {
                try Self.national.transition(
                    .grassrootsApprove, from: .submitted, role: .provinceDepartment, reason: nil,
                    failing: [.supportWithinRates])
            })
        let invalid = try #require(
            Self.refusal {
                try Self.national.transition(
                    .grassrootsApprove, from: .submitted, role: .provinceDepartment, reason: nil,
                    failing: [.contentValid])
            })
        let passing = try Self.national.transition(
            .grassrootsApprove, from: .submitted, role: .provinceDepartment, reason: nil, failing: [])

        #expect(overRates.kind == .conflict)
        #expect(overRates.key == .guardSupportExceedsRates)
        #expect(overRates.labels == ["action": .actionGrassrootsApprove])
        #expect(invalid.kind == .conflict)
        #expect(invalid.key == .guardContentInvalid)
        #expect(passing.to == .grassrootsApproved)
    }

    /// Submitting needs valid content only: a draft whose support is above the rates may still go to
    /// the Sở, which is where the rates are checked.
    @Test func submitIsGuardedByContentOnly() throws {
        let aboveRates = try Self.national.transition(
            .submit, from: .draft, role: .implementingUnit, reason: nil, failing: [.supportWithinRates])
        let invalid = Self.refusal {
            try Self.national.transition(
                .submit, from: .draft, role: .implementingUnit, reason: nil, failing: [.contentValid])
        }

        #expect(aboveRates.to == .submitted)
        #expect(invalid?.key == .guardContentInvalid)
    }

    struct ReasonCase: Sendable, CustomTestStringConvertible {
        let action: SchemeAction
        let from: SchemeState
        let role: Role
        let to: SchemeState
        var testDescription: String { "\(action.rawValue) from \(from.rawValue)" }
    }

    static let reasonCases: [ReasonCase] = [
        ReasonCase(action: .returnForRevision, from: .submitted, role: .provinceDepartment, to: .draft),
        ReasonCase(action: .reject, from: .submitted, role: .provinceDepartment, to: .rejected),
        ReasonCase(action: .notSelect, from: .atMinistry, role: .ministryAdmin, to: .notSelected),
    ]

    @Test(arguments: reasonCases, [nil, "", "   ", "\n\t \u{00A0}"] as [String?])
    func refusalsNeedAReason(_ step: ReasonCase, reason: String?) throws {
        let error = try #require(
            Self.refusal {
                try Self.national.transition(step.action, from: step.from, role: step.role, reason: reason, failing: [])
            })

        #expect(error.kind == .invalidInput)
        #expect(error.key == .reasonRequired)
        #expect(error.fields == [FieldError(field: "reason", key: .fieldRequired)])
    }

    @Test(arguments: reasonCases)
    func refusalsGoThroughWithAReason(_ step: ReasonCase) throws {
        let transition = try Self.national.transition(
            step.action, from: step.from, role: step.role, reason: "Thiếu hồ sơ theo Phụ lục 2", failing: [])

        #expect(transition.to == step.to)
        #expect(transition.requiresReason)
    }

    // MARK: - Shape of the graph

    @Test(arguments: SchemeLevel.allCases)
    func approvalCannotBeSkipped(_ level: SchemeLevel) {
        let workflow = SchemeWorkflow.of(level, settings: .nationalRules)

        let intoApproved = workflow.transitions.filter { $0.to == .approved }
        let everything = Self.reachable(from: .draft, in: workflow)
        let withoutDraftPlan = Self.reachable(from: .draft, in: workflow, avoiding: .inDraftPlan)

        #expect(intoApproved.map(\.from) == [.inDraftPlan])
        #expect(intoApproved.map(\.action) == [.approve])
        #expect(everything.contains(.approved))
        #expect(!withoutDraftPlan.contains(.approved))
        // Everything after approval (contract, money, settlement) lies behind it too.
        for state in [SchemeState.contracted, .inProgress, .facilityAccepted, .settlementSubmitted, .closed] {
            #expect(everything.contains(state))
            #expect(!withoutDraftPlan.contains(state), "\(state) reachable without the draft plan")
        }
    }

    @Test(arguments: SchemeLevel.allCases)
    func nothingLeavesAFinalState(_ level: SchemeLevel) {
        let workflow = SchemeWorkflow.of(level, settings: .nationalRules)

        let leavingFinal = workflow.transitions.filter(\.from.isFinal)

        #expect(leavingFinal.isEmpty, "\(leavingFinal.map { "\($0.action.rawValue) from \($0.from.rawValue)" })")
        #expect(workflow.transitions.contains { $0.to.isFinal })
    }

    @Test(arguments: SchemeLevel.allCases)
    func eachActionHasOneEdgeFromAState(_ level: SchemeLevel) {
        let workflow = SchemeWorkflow.of(level, settings: .nationalRules)

        let pairs = workflow.transitions.map { "\($0.action.rawValue)@\($0.from.rawValue)" }

        #expect(Set(pairs).count == pairs.count)
    }

    // MARK: - Options

    @Test func ministryAdminAtTheMinistrySeesItsThreeChoices() throws {
        let options = Self.national.options(from: .atMinistry, role: .ministryAdmin, failing: [])

        #expect(Set(options.map(\.action)) == [.ministryApprove, .returnForRevision, .notSelect])
        #expect(options.count == 3)
        #expect(options.allSatisfy { $0.isAllowed })
        #expect(options.first { $0.action == .notSelect }?.requiresReason == true)
        #expect(options.first { $0.action == .ministryApprove }?.requiresReason == false)
        #expect(options.first { $0.action == .ministryApprove }?.to == .inDraftPlan)
    }

    @Test func aFailingGuardIsShownNotHidden() throws {
        let options = Self.national.options(from: .atMinistry, role: .ministryAdmin, failing: [.supportWithinRates])

        let approve = try #require(options.first { $0.action == .ministryApprove })
        let notSelect = try #require(options.first { $0.action == .notSelect })
        let giveBack = try #require(options.first { $0.action == .returnForRevision })

        #expect(!approve.isAllowed)
        #expect(approve.blockedBy == [.supportWithinRates])
        #expect(notSelect.isAllowed)
        #expect(giveBack.isAllowed)
    }

    @Test(arguments: SchemeLevel.allCases)
    func anInspectorHasNoActions(_ level: SchemeLevel) {
        let workflow = SchemeWorkflow.of(level, settings: .nationalRules)

        let options = SchemeState.allCases.flatMap { workflow.options(from: $0, role: .inspector, failing: []) }

        #expect(options.isEmpty)
    }

    // MARK: - Messages

    @Test func stateConflictIsWrittenInTheReadersLanguage() throws {
        let error = try #require(
            Self.refusal {
                try Self.national.transition(.close, from: .draft, role: .ministryAdmin, reason: nil, failing: [])
            })

        #expect(error.message(in: .en) == "“Liquidate and close” is not possible while the scheme is “Draft”.")
        #expect(
            error.message(in: .vi)
                == "Không thể “Thanh lý hợp đồng, quyết toán” khi đề án đang ở trạng thái “Đang soạn”.")
    }

    @Test func roleAndGuardRefusalsNameTheActionInTheReadersLanguage() throws {
        let forbidden = try #require(
            Self.refusal {
                try Self.national.transition(
                    .approve, from: .inDraftPlan, role: .implementingUnit, reason: nil, failing: [])
            })
        let blocked = try #require(
            Self.refusal {
                try Self.national.transition(
                    .grassrootsApprove, from: .submitted, role: .provinceDepartment, reason: nil,
                    failing: [.supportWithinRates])
            })

        for language in Language.allCases {
            let forbiddenText = forbidden.message(in: language)
            #expect(forbiddenText.contains(Messages.text(.actionApprove, language)))
            #expect(forbiddenText.contains(Messages.text(.roleImplementingUnit, language)))
            #expect(!forbiddenText.contains("{"))
            #expect(blocked.message(in: language).contains(Messages.text(.actionGrassrootsApprove, language)))
        }
        #expect(blocked.message(in: .en).hasPrefix("Cannot “Grassroots appraisal: pass”"))
        #expect(blocked.message(in: .vi).hasPrefix("Chưa thể “Thẩm định cấp cơ sở: đạt”"))
    }
}

@Suite("Late settlement")
struct LateSettlementWorkflowTests {
    @Test func theCucClosesFromAcceptanceOnlyWhenTheDossierIsLate() throws {
        let workflow = SchemeWorkflow.national
        #expect(throws: DomainError.self) {
            _ = try workflow.transition(.close, from: .facilityAccepted, role: .ministryAdmin, reason: "late", failing: [.settlementOverdue])
        }
        let transition = try workflow.transition(.close, from: .facilityAccepted, role: .ministryAdmin, reason: "late", failing: [])
        #expect(transition.to == .closed)
        #expect(transition.requiresReason)
        let accepted = Day(year: 2026, month: 10, day: 1)!
        let scheme = Scheme(
            id: UUID(), code: "X", level: .national, kind: .single, title: "T", planYear: 2026, startYear: 2026, endYear: 2026,
            provinceCode: "01", lines: [], state: .facilityAccepted, facilityAcceptedOn: accepted)
        let book = RateBook(tables: [])
        #expect(SchemeChecks(scheme, book: book, today: Day(year: 2026, month: 10, day: 16)!).settlementOverdue == false)
        #expect(SchemeChecks(scheme, book: book, today: Day(year: 2026, month: 10, day: 17)!).settlementOverdue)
    }
}
