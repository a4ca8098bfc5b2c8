import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing

@Suite("Schemes: the lifecycle end to end, scoped, versioned, audited")
struct SchemeRepositoryTests {
    func user(_ store: Store, _ role: Role, province: String? = nil, name: String? = nil) async throws -> Principal {
        // An implementing unit acts for its organisation: the province's khuyến công centre.
        let organisation =
            role == .implementingUnit
            ? try await OrganisationRepository(store: store).id(forReferenceKey: "province-centre-\(province ?? "")") : nil
        return try await UserRepository(store: store).create(
            AccountDraft(
                username: name ?? "u-\(role.rawValue)-\(province ?? "all")", displayName: "U", role: role, provinceCode: province,
                organisationID: organisation),
            provinceCode: province, passwordHash: "x", actor: .system)
    }

    func draft(level: SchemeLevel, province: String = "01", cost: Int64 = 5_000_000_000, requested: Int64 = 1_000_000_000) -> SchemeDraft {
        SchemeDraft(
            level: level, kind: .single, title: "Mô hình trình diễn lò nung gốm bằng khí hóa lỏng", planYear: 2026,
            provinceCode: province, communeCodes: ["00583"],
            lines: [SchemeLine(activityType: .demoModelNewTech, description: "Lò nung gas 5 m³", quantity: 1, eligibleCost: cost, requestedSupport: requested)])
    }

    let today = Day(year: 2026, month: 3, day: 1)!

    @Test("a national scheme goes from draft to closed; approval freezes a snapshot; the audit chain holds", arguments: TestBackend.available)
    func nationalLifecycle(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let unit = try await user(store, .implementingUnit, province: "01")
            let department = try await user(store, .provinceDepartment, province: "01")
            let cuc = try await user(store, .ministryAdmin)
            let minister = try await user(store, .ministryLeader)
            let schemes = SchemeRepository(store: store)

            let created = try await schemes.create(draft(level: .national), by: unit, today: today)
            #expect(created.code == "KCQG-2026-01-0001")
            #expect(created.counterpartFunds == 4_000_000_000)  // cost − support, domain §7.1
            let steps: [(SchemeAction, Principal, SchemeState)] = [
                (.submit, unit, .submitted), (.grassrootsApprove, department, .grassrootsApproved),
                (.forwardToMinistry, department, .atMinistry), (.ministryApprove, cuc, .inDraftPlan), (.approve, minister, .approved),
                (.signContract, cuc, .contracted), (.start, unit, .inProgress), (.acceptFacility, unit, .facilityAccepted),
                (.submitSettlement, unit, .settlementSubmitted), (.close, cuc, .closed),
            ]
            var version = created.version
            for (action, actor, expected) in steps {
                let after = try await schemes.perform(action, on: created.id, expectedVersion: version, reason: nil, by: actor, today: today)
                #expect(after.state == expected, "\(action)")
                version = after.version
            }
            let closed = try await schemes.get(created.id, scope: cuc.scope)
            #expect(closed.state == .closed)
            #expect(closed.approvedOn == today)
            #expect(closed.facilityAcceptedOn == today)
            let timeline = try await schemes.transitions(of: created.id)
            #expect(timeline.map(\.action) == steps.map(\.0))
            #expect(timeline.allSatisfy { $0.snapshotHash.count == 64 })
            let snapshot = try #require(try await schemes.approvedSnapshot(of: created.id))
            #expect(snapshot.hash == timeline[4].snapshotHash)
            #expect(snapshot.content.contains("\"state\":\"approved\""))
            if case .broken(let sequence, let reason) = try await AuditLog(store: store).verify() {
                Issue.record("audit chain broken at \(sequence): \(reason)")
            }
        }
    }

    @Test("a local scheme follows the province's settings and its own rate table", arguments: TestBackend.available)
    func localLifecycle(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let department = try await user(store, .provinceDepartment, province: "01")
            let committee = try await user(store, .provinceCommittee, province: "01")
            let schemes = SchemeRepository(store: store)
            // Hà Nội has no local rate table, so the support cannot be computed and appraisal is blocked.
            let local = try await schemes.create(draft(level: .local), by: department, today: today)
            _ = try await schemes.perform(.submit, on: local.id, expectedVersion: nil, reason: nil, by: department, today: today)
            await #expect(throws: DomainError(.conflict, .guardSupportExceedsRates, labels: ["action": .actionAppraise])) {
                _ = try await schemes.perform(.appraise, on: local.id, expectedVersion: nil, reason: nil, by: department, today: today)
            }
            // The Department adopts a local table: 30 % up to 800 million per model.
            try await RateTableRepository(store: store).save(
                RateTable(
                    code: "HN-2026", scope: .province("01"), title: "Mức chi KCĐP Hà Nội", legalBasis: "Nghị quyết HĐND TP Hà Nội (thử)",
                    validFrom: Day(year: 2026, month: 1, day: 1)!,
                    rules: [SupportRule(activityType: .demoModelNewTech, ratePercent: 3000, cap: 800_000_000, verified: true)]),
                expectedVersion: nil, by: department)
            // Still blocked: 1 billion asked, 800 million allowed.
            await #expect(throws: DomainError.self) {
                _ = try await schemes.perform(.appraise, on: local.id, expectedVersion: nil, reason: nil, by: department, today: today)
            }
            let returned = try await schemes.perform(.returnForRevision, on: local.id, expectedVersion: nil, reason: "Giảm mức đề nghị", by: department, today: today)
            #expect(returned.state == .draft)
            let revised = try await schemes.update(
                local.id, with: draft(level: .local, requested: 800_000_000), expectedVersion: returned.version, by: department,
                today: today)
            for (action, actor) in [(SchemeAction.submit, department), (.appraise, department), (.approve, committee)] {
                _ = try await schemes.perform(action, on: revised.id, expectedVersion: nil, reason: nil, by: actor, today: today)
            }
            #expect(try await schemes.get(local.id, scope: department.scope).state == .approved)
            // Approved content is frozen: no more edits.
            await #expect(throws: DomainError(.conflict, .schemeNotEditable)) {
                _ = try await schemes.update(
                    local.id, with: draft(level: .local, requested: 1), expectedVersion: 7, by: department, today: today)
            }
        }
    }

    @Test("refusals change nothing: foreign province, wrong role, stale version, missing reason", arguments: TestBackend.available)
    func refusals(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let hanoi = try await user(store, .provinceDepartment, province: "01")
            let saigon = try await user(store, .provinceDepartment, province: "79")
            let inspector = try await user(store, .inspector, province: "01")
            let schemes = SchemeRepository(store: store)
            let scheme = try await schemes.create(draft(level: .national), by: hanoi, today: today)
            let auditBefore = try await AuditLog(store: store).count(scope: .everything)

            await #expect(throws: DomainError.forbidden) { _ = try await schemes.get(scheme.id, scope: saigon.scope) }
            await #expect(throws: DomainError.forbidden) {
                _ = try await schemes.perform(.submit, on: scheme.id, expectedVersion: nil, reason: nil, by: saigon, today: today)
            }
            await #expect(throws: DomainError.forbidden) {
                _ = try await schemes.perform(.submit, on: scheme.id, expectedVersion: nil, reason: nil, by: inspector, today: today)
            }
            await #expect(throws: DomainError.staleVersion) {
                _ = try await schemes.perform(.submit, on: scheme.id, expectedVersion: 99, reason: nil, by: hanoi, today: today)
            }
            _ = try await schemes.perform(.submit, on: scheme.id, expectedVersion: 1, reason: nil, by: hanoi, today: today)
            let afterSubmit = try await AuditLog(store: store).count(scope: .everything)
            await #expect(throws: DomainError.self) {
                _ = try await schemes.perform(.reject, on: scheme.id, expectedVersion: nil, reason: "  ", by: hanoi, today: today)
            }
            await #expect(throws: DomainError.forbidden) {
                _ = try await schemes.create(draft(level: .national, province: "79"), by: hanoi, today: today)
            }
            #expect(try await schemes.get(scheme.id, scope: hanoi.scope).state == .submitted)
            #expect(try await schemes.transitions(of: scheme.id).count == 1)
            #expect(auditBefore + 1 == afterSubmit)
            #expect(try await AuditLog(store: store).count(scope: .everything) == afterSubmit)
        }
    }

    @Test("approval stops at the plan's envelope for the scheme's source; without an envelope the approver decides", arguments: TestBackend.available)
    func planEnvelopeBoundsApproval(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let unit = try await user(store, .implementingUnit, province: "01")
            let department = try await user(store, .provinceDepartment, province: "01")
            let cuc = try await user(store, .ministryAdmin)
            let minister = try await user(store, .ministryLeader)
            let schemes = SchemeRepository(store: store)
            let plans = PlanRepository(store: store)
            func toDraftPlan() async throws -> Scheme {
                var scheme = try await schemes.create(draft(level: .national), by: unit, today: today)
                for (action, actor) in [(SchemeAction.submit, unit), (.grassrootsApprove, department), (.forwardToMinistry, department), (.ministryApprove, cuc)] {
                    scheme = try await schemes.perform(action, on: scheme.id, expectedVersion: nil, reason: nil, by: actor, today: today)
                }
                return scheme
            }
            // A plan with no central envelope yet: the guard lets the approver decide.
            let plan = try await plans.save(
                AnnualPlan(scope: .national, year: 2026, title: "KCQG 2026", envelopes: [.other: 5]), expectedVersion: nil, by: cuc)
            let first = try await toDraftPlan()
            #expect(try await plans.funds(for: first).fits)
            _ = try await schemes.perform(.approve, on: first.id, expectedVersion: nil, reason: nil, by: minister, today: today)

            // 1.5 billion set aside, 1 billion taken by the first scheme: the second (1 billion), already
            // in the draft plan, does not fit, and a third cannot even enter the draft plan.
            let second = try await toDraftPlan()
            var withEnvelope = plan
            withEnvelope.envelopes = [.central: 1_500_000_000]
            let saved = try await plans.save(withEnvelope, expectedVersion: plan.version, by: cuc)
            await #expect(throws: DomainError(.conflict, .guardFundsExceedPlan, labels: ["action": .actionMinistryApprove])) {
                _ = try await toDraftPlan()
            }
            let funds = try await plans.funds(for: second)
            #expect(funds.remaining == 500_000_000)
            #expect(!funds.fits)
            #expect(funds.explanation(in: .vi).contains("500.000.000 ₫"))
            let options = try await schemes.options(for: second, principal: minister, today: today)
            #expect(options.first { $0.action == .approve }?.blockedBy == [.fundsWithinPlan])
            let auditBefore = try await AuditLog(store: store).count(scope: .everything)
            do {
                _ = try await schemes.perform(.approve, on: second.id, expectedVersion: nil, reason: nil, by: minister, today: today)
                Issue.record("approved beyond the envelope")
            } catch let error as DomainError {
                #expect(error.kind == .conflict)
                #expect(error.message(in: .en).contains("envelope"))
            }
            #expect(try await schemes.get(second.id, scope: cuc.scope).state == .inDraftPlan)
            #expect(try await AuditLog(store: store).count(scope: .everything) == auditBefore)

            // Raising the envelope to 2 billion makes room.
            withEnvelope.envelopes = [.central: 2_000_000_000]
            _ = try await plans.save(withEnvelope, expectedVersion: saved.version, by: cuc)
            let approved = try await schemes.perform(.approve, on: second.id, expectedVersion: nil, reason: nil, by: minister, today: today)
            #expect(approved.state == .approved)
            #expect(try await plans.funds(for: approved).remaining == 1_000_000_000)  // the other approved scheme only
        }
    }

    @Test("the national table is seeded once with every activity; a province keeps only its own table", arguments: TestBackend.available)
    func rateTables(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let tables = RateTableRepository(store: store)
            let national = try #require(try await tables.get("TT28-2018-BTC"))
            #expect(national.table.rules.count == ActivityType.allCases.count)
            #expect(national.table.rule(for: .demoModelNewTech)?.cap == 1_000_000_000)
            let saigon = try await user(store, .provinceDepartment, province: "79")
            var edited = national.table
            edited.rules[0].cap = 2_000_000_000
            await #expect(throws: DomainError(.forbidden, .rateTableNotYours)) {
                try await tables.save(edited, expectedVersion: national.version, by: saigon)
            }
            let overlapping = RateTable(
                code: "DL-2026", scope: .province("66"), title: "Đắk Lắk mới", legalBasis: "NQ",
                validFrom: Day(year: 2026, month: 1, day: 1)!, rules: [])
            let daklak = try await user(store, .provinceDepartment, province: "66")
            await #expect(throws: DomainError(.conflict, .rateTablesOverlap, arguments: ["code": "DL-2025-HDND"])) {
                try await tables.save(overlapping, expectedVersion: nil, by: daklak)
            }
            // Restarting (migrate again) keeps what operators changed.
            var old = try #require(try await tables.get("DL-2025-HDND"))
            var ended = old.table
            ended.validTo = Day(year: 2025, month: 12, day: 31)!
            old = try await tables.save(ended, expectedVersion: old.version, by: daklak)
            try await tables.save(overlapping, expectedVersion: nil, by: daklak)
            try await store.migrate()
            #expect(try await tables.get("DL-2025-HDND")?.table.validTo == Day(year: 2025, month: 12, day: 31)!)
            let book = try await tables.book()
            #expect(book.table(for: .province("66"), on: Day(year: 2026, month: 6, day: 1)!)?.code == "DL-2026")
        }
    }

    @Test("search words are words: % and _ in a query match only themselves", arguments: TestBackend.available)
    func searchWildcards(backend: TestBackend) async throws {
        try await TestDatabase.withStore(backend) { store in
            let department = try await user(store, .provinceDepartment, province: "01")
            let schemes = SchemeRepository(store: store)
            _ = try await schemes.create(draft(level: .local), by: department, today: today)
            func found(_ query: String) async throws -> Int {
                try await schemes.list(scope: department.scope, filter: .init(query: query), limit: 10, after: nil).items.count
            }
            #expect(try await found("lò nung") == 1)
            #expect(try await found("%") == 0)
            #expect(try await found("l_ nung") == 0)
        }
    }
}
