import Foundation
import KhuyenCongCore
import SQLKit

/// Typical-product selection: rounds and their juries, entries, checks, sheets, recognitions and
/// certificates. Rounds are announcements any signed-in user may read; what is inside them (entries,
/// sheets, results) is shown per `EntryViewer`. The dated parameters (regions, scoring rules,
/// validity) are read from `SelectionParameterRepository` by each operation.
public struct TypicalProductRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    func parameters(_ sql: (any SQLDatabase)? = nil) async throws -> SelectionParameters {
        try await SelectionParameterRepository(store: store).current(sql: sql).parameters
    }

    var today: Day { Day(store.now()) }

    // MARK: Rounds

    /// Plans a round after checking its content, that its area exists when registration opens, and
    /// that the principal organises there.
    /// What a round's plan says besides the draft: its title, organiser, council and quota.
    public struct Plan: Sendable, Hashable {
        public var title: String?
        public var organiser: String?
        public var council: [String]
        public var quota: Int?

        public init(title: String? = nil, organiser: String? = nil, council: [String] = [], quota: Int? = nil) {
            self.title = title
            self.organiser = organiser
            self.council = council
            self.quota = quota
        }

        /// The plan with blanks trimmed away, or the fields that are too long or out of range.
        func checked() throws(DomainError) -> Plan {
            func text(_ value: String?) -> String? { value.map(VietnameseText.trimmed).flatMap { $0.isEmpty ? nil : $0 } }
            let plan = Plan(
                title: text(title), organiser: text(organiser), council: council.compactMap(text), quota: quota)
            var errors: [FieldError] = []
            if (plan.title?.count ?? 0) > 300 { errors.append(FieldError(field: "title", key: .fieldTooLong)) }
            if (plan.organiser?.count ?? 0) > 300 { errors.append(FieldError(field: "organiser", key: .fieldTooLong)) }
            if plan.council.count > 50 || plan.council.contains(where: { $0.count > 300 }) {
                errors.append(FieldError(field: "council", key: .fieldTooLong))
            }
            if let quota, !(1...10_000).contains(quota) { errors.append(FieldError(field: "quota", key: .fieldWholeNumber)) }
            guard errors.isEmpty else { throw DomainError.invalidFields(errors) }
            return plan
        }
    }

    public func createRound(
        _ draft: SelectionRoundDraft, plan: Plan = Plan(), geography: Geography, by principal: Principal
    ) async throws -> RoundRecord {
        let round = try SelectionRound(id: UUID(), validating: draft, regions: try await parameters().regions)
        let provinceCode = try provinceCode(of: round, geography: geography)
        let plan = try plan.checked()
        let record = RoundRecord(
            round: round, title: plan.title, organiser: plan.organiser, council: plan.council, quota: plan.quota,
            provinceCode: provinceCode, judgingClosed: false, version: 1)
        try SelectionAccess.checkOrganiser(record.area, by: principal)
        return try await store.write { sql, audit in
            try await insert(record, sql: sql)
            try await audit.record(
                actor: Actor(principal), action: "selection_round.create", entityType: "selection_round",
                entityID: round.id.stored, provinceCode: provinceCode, before: nil, after: record)
            return record
        }
    }

    /// Refuses anyone but the round's organisers: for handlers to settle before reading a form.
    public func checkOrganiser(of roundID: UUID, by principal: Principal) async throws {
        try SelectionAccess.checkOrganiser(try await round(roundID).area, by: principal)
    }

    /// Revises a round before judging closes: its window, groups, budget and plan. Its level and area
    /// are what it is, and stay; a group an entry uses stays too.
    public func updateRound(
        _ id: UUID, with draft: SelectionRoundDraft, plan: Plan, expectedVersion: Int, by principal: Principal
    ) async throws -> RoundRecord {
        let regions = try await parameters().regions
        return try await store.write { sql, audit in
            let before = try await round(id, sql: sql)
            try SelectionAccess.checkOrganiser(before.area, by: principal)
            guard before.version == expectedVersion else { throw DomainError.staleVersion }
            if before.judgingClosed { throw DomainError(.conflict, .tpJudgingClosed) }
            let revised = try SelectionRound(id: id, validating: draft, regions: regions)
            guard revised.scope == before.round.scope else {
                throw DomainError.invalidFields([FieldError(field: "level", key: .tpRoundScopeFixed)])
            }
            let used = Set(
                try await sql.select().column("product_group").from("product_entries").where("round_id", .equal, SQLBind(id.stored))
                    .all(decodingColumn: "product_group", as: Int.self).compactMap(ProductGroup.init(rawValue:)))
            guard used.isSubset(of: revised.groups) else {
                throw DomainError.invalidFields([FieldError(field: "groups", key: .tpRoundGroupInUse)])
            }
            let plan = try plan.checked()
            var after = before
            after.round = revised
            after.title = plan.title
            after.organiser = plan.organiser
            after.council = plan.council
            after.quota = plan.quota
            after.version += 1
            try await sql.delete(from: "selection_rounds").where("id", .equal, SQLBind(id.stored)).run()
            try await insert(after, sql: sql)
            try await audit.record(
                actor: Actor(principal), action: "selection_round.update", entityType: "selection_round", entityID: id.stored,
                provinceCode: before.provinceCode, before: before, after: after)
            return after
        }
    }

    /// Today's province of the round's area; the area must be a unit on the day registration opens.
    func provinceCode(of round: SelectionRound, geography: Geography) throws -> String? {
        let field: String
        switch round.scope {
        case .national, .region: return nil
        case .commune: field = "communeCode"
        case .district: field = "districtCode"
        case .province: field = "provinceCode"
        }
        // The unit must be of the round's own level: a province code is not a commune's.
        let level: AdminLevel = round.level == .commune ? .commune : round.level == .district ? .district : .province
        guard let code = round.scope.code, let unit = geography.unit(code: code, on: round.registrationOpens), unit.level == level,
            let province = geography.currentProvince(of: unit, on: today)
        else { throw DomainError.invalidFields([FieldError(field: field, key: .tpRoundUnitUnknown)]) }
        return province.code
    }

    func insert(_ record: RoundRecord, sql: any SQLDatabase) async throws {
        let round = record.round
        try await sql.insert(into: "selection_rounds").columns(TypicalProductRows.roundColumns + ["updated_at"])
            .values(
                SQLBind(round.id.stored), SQLBind(round.level.rawValue), SQLBind(round.scope.code), SQLBind(record.provinceCode),
                SQLBind(record.title), SQLBind(round.year), SQLBind(round.registrationOpens.iso), SQLBind(round.registrationCloses.iso),
                SQLBind(round.groups.map(\.rawValue).sorted().map(String.init).joined(separator: ",")), SQLBind(round.budget),
                SQLBind(record.judgingClosed ? 1 : 0), SQLBind(record.version), SQLBind(record.organiser),
                SQLBind(record.council.isEmpty ? nil : record.council.joined(separator: "\n")), SQLBind(record.quota), SQLBind(store.nowMillis)
            ).run()
    }

    public struct RoundFilter: Sendable, Hashable {
        public var year: Int?
        public var level: SelectionLevel?
        public var provinceCode: String?

        public init(year: Int? = nil, level: SelectionLevel? = nil, provinceCode: String? = nil) {
            self.year = year
            self.level = level
            self.provinceCode = provinceCode
        }
    }

    /// Rounds newest first, highest level first within a year.
    public func rounds(_ filter: RoundFilter = RoundFilter()) async throws -> [RoundRecord] {
        var query = store.sql.select().columns(TypicalProductRows.roundColumns.map { SQLIdentifier($0) }).from("selection_rounds")
        if let year = filter.year { query = query.where("year", .equal, SQLBind(year)) }
        if let level = filter.level { query = query.where("level", .equal, SQLBind(level.rawValue)) }
        if let province = filter.provinceCode { query = query.where("province_code", .equal, SQLBind(province)) }
        return try await query.orderBy("year", .descending).orderBy("registration_opens", .descending).orderBy("id")
            .all(decoding: TypicalProductRows.Round.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.record)
    }

    public func round(_ id: UUID, sql: (any SQLDatabase)? = nil) async throws -> RoundRecord {
        guard
            let record = try await (sql ?? store.sql).select().columns(TypicalProductRows.roundColumns.map { SQLIdentifier($0) })
                .from("selection_rounds").where("id", .equal, SQLBind(id.stored))
                .first(decoding: TypicalProductRows.Round.self, keyDecodingStrategy: .convertFromSnakeCase)?.record
        else { throw DomainError.notFound }
        return record
    }

    /// Ends judging: results become final and the council may see every sheet. Only after
    /// registration has closed, and only by the organisers.
    public func closeJudging(_ id: UUID, expectedVersion: Int, by principal: Principal) async throws -> RoundRecord {
        try await store.write { sql, audit in
            let before = try await round(id, sql: sql)
            try SelectionAccess.checkOrganiser(before.area, by: principal)
            guard before.version == expectedVersion else { throw DomainError.staleVersion }
            if before.judgingClosed { throw DomainError(.conflict, .tpJudgingClosed) }
            if today <= before.round.registrationCloses {
                throw DomainError(.conflict, .tpCloseBeforeRegistrationEnds, arguments: ["date": before.round.registrationCloses.vietnamese])
            }
            var after = before
            after.judgingClosed = true
            after.version += 1
            try await sql.update("selection_rounds").set("judging_closed", to: SQLBind(1)).set("version", to: SQLBind(after.version))
                .set("updated_at", to: SQLBind(store.nowMillis)).where("id", .equal, SQLBind(id.stored)).run()
            try await audit.record(
                actor: Actor(principal), action: "selection_round.close_judging", entityType: "selection_round",
                entityID: id.stored, provinceCode: before.provinceCode, before: before, after: after)
            return after
        }
    }

    // MARK: The jury

    /// Puts a user on the round's jury, with the establishments the organiser knows them to be
    /// linked to (their sheets for those entries will not count and they may not score them).
    public func addJudge(
        roundID: UUID, username: String, relations: [(establishmentID: UUID, description: String)], by principal: Principal
    ) async throws -> Judge {
        try await store.write { sql, audit in
            let record = try await round(roundID, sql: sql)
            try SelectionAccess.checkOrganiser(record.area, by: principal)
            if record.judgingClosed { throw DomainError(.conflict, .tpJudgingClosed) }
            guard let user = try await UserRepository.find(username: VietnameseText.trimmed(username), sql: sql), user.active,
                let member = user.principal
            else { throw DomainError.invalidFields([FieldError(field: "username", key: .tpJudgeUnknownUser)]) }
            if try await jury(of: roundID, sql: sql).judge(member.userID) != nil {
                throw DomainError(.conflict, .tpJudgeAlreadyOnJury, arguments: ["name": member.displayName])
            }
            let judge = Judge(id: member.userID, username: member.username, name: member.displayName, organisationID: member.organisationID)
            try await sql.insert(into: "selection_round_judges").columns("round_id", "user_id", "username", "name", "organisation_id")
                .values(
                    SQLBind(roundID.stored), SQLBind(judge.id.stored), SQLBind(judge.username), SQLBind(judge.name),
                    SQLBind(judge.organisationID?.stored)
                ).run()
            var recorded: [JudgeRelation] = []
            // One relation per establishment: the first description given is kept.
            for relation in relations where !recorded.contains(where: { $0.establishmentID == relation.establishmentID }) {
                let description = VietnameseText.trimmed(relation.description)
                if description.count > 500 { throw DomainError.invalidFields([FieldError(field: "relations", key: .fieldTooLong)]) }
                guard try await establishmentExists(relation.establishmentID, sql: sql) else {
                    throw DomainError.invalidFields([FieldError(field: "relations", key: .schemeBeneficiaryUnknown)])
                }
                try await sql.insert(into: "judge_relations").columns("round_id", "judge_id", "establishment_id", "description")
                    .values(SQLBind(roundID.stored), SQLBind(judge.id.stored), SQLBind(relation.establishmentID.stored), SQLBind(description))
                    .run()
                recorded.append(JudgeRelation(judgeID: judge.id, establishmentID: relation.establishmentID, description: description))
            }
            struct Membership: Encodable {
                let judge: Judge
                let relations: [JudgeRelation]
            }
            try await audit.record(
                actor: Actor(principal), action: "selection_round.add_judge", entityType: "selection_round", entityID: roundID.stored,
                provinceCode: record.provinceCode, before: nil, after: Membership(judge: judge, relations: recorded))
            return judge
        }
    }

    func establishmentExists(_ id: UUID, sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from("establishments").where("id", .equal, SQLBind(id.stored)).first() != nil
    }

    func jury(of roundID: UUID, sql: any SQLDatabase) async throws -> Jury {
        let rows = try await sql.select().columns("user_id", "username", "name", "organisation_id").from("selection_round_judges")
            .where("round_id", .equal, SQLBind(roundID.stored))
            .all(decoding: TypicalProductRows.Judge.self, keyDecodingStrategy: .convertFromSnakeCase)
            .sorted { VietnameseCollation.areInIncreasingOrder($0.name, $1.name) }  // not the database's byte order
        return Jury(
            roundID: roundID,
            judges: rows.compactMap { row in
                UUID(uuidString: row.userId).map {
                    Judge(id: $0, username: row.username, name: row.name, organisationID: row.organisationId.flatMap(UUID.init(uuidString:)))
                }
            })
    }

    /// The rounds whose jury `userID` sits on.
    public func roundIDs(judgedBy userID: UUID) async throws -> Set<UUID> {
        Set(
            try await store.sql.select().column("round_id").from("selection_round_judges").where("user_id", .equal, SQLBind(userID.stored))
                .all(decodingColumn: "round_id", as: String.self).compactMap(UUID.init(uuidString:)))
    }
}
