import Foundation
import KhuyenCongCore
import SQLKit

extension SchemeRepository {
    /// Creates a draft scheme after checking its content and the facts the store holds.
    public func create(_ draft: SchemeDraft, by principal: Principal, today: Day, referenceKey: String? = nil) async throws -> Scheme {
        guard SchemeAuthoring.canAuthor(level: draft.level, provinceCode: draft.provinceCode, by: principal), !principal.role.isReadOnly
        else { throw DomainError.forbidden }
        var completed = draft
        if completed.implementingUnitID == nil, principal.role == .implementingUnit { completed.implementingUnitID = principal.organisationID }
        let draft = completed
        try checkUnitChoice(draft, by: principal)
        try checkContent(draft)
        return try await store.write { sql, audit in
            try await checkReferences(draft, scope: principal.scope, today: today, sql: sql)
            let prefix = draft.level == .national ? "KCQG" : "KCDP"
            // The highest sequence of the prefix, not a count: a draft moved to another year keeps its code.
            let stem = "\(prefix)-\(draft.planYear)-\(draft.provinceCode)-"
            let codes = try await sql.select().column("code").from("schemes").where("code", .like, SQLBind(stem + "%"))
                .all(decodingColumn: "code", as: String.self)
            let taken = codes.compactMap { Int($0.dropFirst(stem.count)) }.max() ?? 0
            let code = stem + String(format: "%04d", taken + 1)
            let scheme = Self.scheme(from: draft, id: UUID(), code: code, state: .draft, version: 1)
            try await insert(scheme, sql: sql)
            if let referenceKey {
                try await sql.update("schemes").set("reference_key", to: SQLBind(referenceKey))
                    .where("id", .equal, SQLBind(scheme.id.uuidString.lowercased())).run()
            }
            try await audit.record(
                actor: Actor(principal), action: "scheme.create", entityType: "scheme", entityID: scheme.id.uuidString.lowercased(),
                provinceCode: scheme.provinceCode, before: nil, after: scheme)
            return scheme
        }
    }

    /// Replaces a draft's content if `expectedVersion` is still current. Only drafts change this way;
    /// an approved scheme changes through an adjustment.
    public func update(_ id: UUID, with draft: SchemeDraft, expectedVersion: Int, by principal: Principal, today: Day) async throws -> Scheme {
        try await store.write { sql, audit in
            guard let before = try await find(id, sql: sql) else { throw DomainError.notFound }
            guard Self.canRead(before, scope: principal.scope) else { throw DomainError.forbidden }
            guard SchemeAuthoring.canAuthor(level: before.level, provinceCode: before.provinceCode, by: principal),
                SchemeAuthoring.actsFor(before, principal: principal), !principal.role.isReadOnly,
                draft.provinceCode == before.provinceCode, draft.level == before.level
            else { throw DomainError.forbidden }
            try checkUnitChoice(draft, by: principal)
            guard before.version == expectedVersion else { throw DomainError.staleVersion }
            guard before.state.isEditable else { throw DomainError(.conflict, .schemeNotEditable) }
            try checkContent(draft)
            try await checkReferences(draft, scope: principal.scope, today: today, sql: sql)
            var after = Self.scheme(from: draft, id: id, code: before.code, state: before.state, version: before.version + 1)
            after.implementingUnitID = draft.implementingUnitID ?? before.implementingUnitID
            try await replaceContent(of: after, sql: sql)
            try await audit.record(
                actor: Actor(principal), action: "scheme.update", entityType: "scheme", entityID: id.uuidString.lowercased(),
                provinceCode: after.provinceCode, before: before, after: after)
            return after
        }
    }

    /// An implementing unit drafts for itself; it cannot hand a scheme to another organisation.
    func checkUnitChoice(_ draft: SchemeDraft, by principal: Principal) throws {
        if principal.role == .implementingUnit, let unit = draft.implementingUnitID, unit != principal.organisationID {
            throw DomainError.invalidFields([FieldError(field: "implementingUnitId", key: .schemeUnitNotYours)])
        }
    }

    func checkContent(_ draft: SchemeDraft) throws {
        let errors = SchemeValidation.errors(in: draft)
        guard errors.isEmpty else { throw DomainError.invalidFields(errors) }
    }

    /// The province and communes must be units in force today, the communes inside the province.
    /// Two small lookups instead of the whole geography: schemes are written one at a time.
    func checkUnits(_ draft: SchemeDraft, today: Day, sql: any SQLDatabase) async throws {
        struct Unit: Decodable {
            let code: String
            let level: String
            let parentCode: String?
        }
        let period = AdminPeriod.on(today)
        func units(_ codes: [String]) async throws -> [String: Unit] {
            guard !codes.isEmpty else { return [:] }
            let rows = try await sql.select().columns("code", "level", "parent_code").from("admin_units")
                .where("period", .equal, SQLBind(period.rawValue)).where("code", .in, SQLBind.group(codes))
                .all(decoding: Unit.self, keyDecodingStrategy: .convertFromSnakeCase)
            return Dictionary(rows.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        }
        var errors: [FieldError] = []
        if try await units([draft.provinceCode])[draft.provinceCode]?.level != AdminLevel.province.rawValue {
            errors.append(FieldError(field: "provinceCode", key: .unknownProvince))
        }
        let communes = try await units(draft.communeCodes)
        // Before the 2025 reform a commune's parent is a district, whose parent is the province.
        let districts = try await units(Array(Set(communes.values.compactMap { $0.level == "commune" ? $0.parentCode : nil })))
        let outside = draft.communeCodes.contains { code in
            guard let commune = communes[code], commune.level == AdminLevel.commune.rawValue else { return true }
            let parent = commune.parentCode
            let province = districts[parent ?? ""]?.level == AdminLevel.district.rawValue ? districts[parent!]?.parentCode : parent
            return province != draft.provinceCode
        }
        if outside { errors.append(FieldError(field: "communeCodes", key: .schemeCommuneNotInProvince)) }
        guard errors.isEmpty else { throw DomainError.invalidFields(errors) }
    }

    /// Beneficiaries must be live records the author may see; the implementing unit must exist.
    func checkReferences(_ draft: SchemeDraft, scope: AccessScope, today: Day, sql: any SQLDatabase) async throws {
        try await checkUnits(draft, today: today, sql: sql)
        if !draft.beneficiaryIDs.isEmpty {
            struct Found: Decodable {
                let provinceCode: String
                let communeCode: String
            }
            let found = try await sql.select().columns("province_code", "commune_code").from("establishments")
                .where("id", .in, SQLBind.group(draft.beneficiaryIDs.map { $0.uuidString.lowercased() }))
                .where("merged_into", .is, SQLLiteral.null)
                .all(decoding: Found.self, keyDecodingStrategy: .convertFromSnakeCase)
            let visible = found.filter { scope.canRead(RecordArea(provinceCode: $0.provinceCode, communeCode: $0.communeCode)) }
            if visible.count != draft.beneficiaryIDs.count {
                throw DomainError.invalidFields([FieldError(field: "beneficiaryIds", key: .schemeBeneficiaryUnknown)])
            }
        }
        if let unit = draft.implementingUnitID {
            let exists = try await sql.select().column("id").from("organisations")
                .where("id", .equal, SQLBind(unit.uuidString.lowercased())).first(decodingColumn: "id", as: String.self)
            if exists == nil { throw DomainError.invalidFields([FieldError(field: "implementingUnitId", key: .schemeUnitUnknown)]) }
        }
    }

    static func scheme(from draft: SchemeDraft, id: UUID, code: String, state: SchemeState, version: Int) -> Scheme {
        let eligible = draft.lines.reduce(Int64(0)) { $0 + $1.eligibleCost }
        let requested = draft.lines.reduce(Int64(0)) { $0 + $1.requestedSupport }
        let other = draft.otherFunds ?? 0
        return Scheme(
            id: id, code: code, level: draft.level, kind: draft.kind, title: VietnameseText.trimmed(draft.title),
            planYear: draft.planYear, startYear: draft.startYear, endYear: draft.endYear, provinceCode: draft.provinceCode,
            communeCodes: Array(Set(draft.communeCodes)).sorted(), implementingUnitID: draft.implementingUnitID,
            cooperatingUnits: draft.cooperatingUnits.map(VietnameseText.trimmed).filter { !$0.isEmpty },
            beneficiaryIDs: draft.beneficiaryIDs, lines: draft.lines.map { line in
                var line = line
                line.description = VietnameseText.trimmed(line.description)
                return line
            },
            // Domain §7.1: what support and other funds do not cover, the beneficiaries put in.
            counterpartFunds: draft.counterpartFunds ?? max(0, eligible - requested - other), otherFunds: other, state: state,
            version: version)
    }

    /// The `schemes` row's values in `columns` order, then the folded title.
    static func rowValues(_ scheme: Scheme) throws -> [SQLBind] {
        let partners = String(decoding: try JSONEncoder().encode(scheme.cooperatingUnits), as: UTF8.self)
        return [
            SQLBind(scheme.id.uuidString.lowercased()), SQLBind(scheme.code), SQLBind(scheme.level.rawValue),
            SQLBind(scheme.kind.rawValue), SQLBind(scheme.title), SQLBind(scheme.planYear), SQLBind(scheme.startYear),
            SQLBind(scheme.endYear), SQLBind(scheme.provinceCode), SQLBind(scheme.implementingUnitID?.uuidString.lowercased()),
            SQLBind(partners), SQLBind(scheme.counterpartFunds), SQLBind(scheme.otherFunds), SQLBind(scheme.totalEligibleCost),
            SQLBind(scheme.totalRequested), SQLBind(scheme.state.rawValue), SQLBind(scheme.approvedOn?.iso),
            SQLBind(scheme.facilityAcceptedOn?.iso), SQLBind(scheme.version), SQLBind(VietnameseText.fold(scheme.title)),
        ]
    }

    func insert(_ scheme: Scheme, sql: any SQLDatabase) async throws {
        let now = store.nowMillis
        try await sql.insert(into: "schemes").columns(Self.columns + ["folded_title", "created_at", "updated_at"])
            .values(try Self.rowValues(scheme) + [SQLBind(now), SQLBind(now)]).run()
        try await insertContent(of: scheme, sql: sql)
    }

    /// Rewrites the row and its lines, beneficiaries and communes; transitions and snapshots stay.
    func replaceContent(of scheme: Scheme, sql: any SQLDatabase) async throws {
        try await updateRow(scheme, sql: sql)
        let key = SQLBind(scheme.id.uuidString.lowercased())
        for table in ["scheme_lines", "scheme_beneficiaries", "scheme_communes"] {
            try await sql.delete(from: table).where("scheme_id", .equal, key).run()
        }
        try await insertContent(of: scheme, sql: sql)
    }

    func updateRow(_ scheme: Scheme, sql: any SQLDatabase) async throws {
        var update = sql.update("schemes")
        for (column, value) in zip(Self.columns + ["folded_title"], try Self.rowValues(scheme)) where column != "id" {
            update = update.set(SQLIdentifier(column), to: value)
        }
        try await update.set("updated_at", to: SQLBind(store.nowMillis))
            .where("id", .equal, SQLBind(scheme.id.uuidString.lowercased())).run()
    }

    private func insertContent(of scheme: Scheme, sql: any SQLDatabase) async throws {
        let key = scheme.id.uuidString.lowercased()
        try await sql.insertRows(
            into: "scheme_lines", columns: ["scheme_id", "position", "activity_type", "description", "quantity", "eligible_cost", "requested_support"],
            scheme.lines.enumerated().map { index, line in
                [
                    SQLBind(key), SQLBind(index + 1), SQLBind(line.activityType.rawValue), SQLBind(line.description),
                    SQLBind(line.quantity), SQLBind(line.eligibleCost), SQLBind(line.requestedSupport),
                ]
            })
        try await sql.insertRows(
            into: "scheme_beneficiaries", columns: ["scheme_id", "establishment_id"],
            scheme.beneficiaryIDs.map { [SQLBind(key), SQLBind($0.uuidString.lowercased())] })
        try await sql.insertRows(
            into: "scheme_communes", columns: ["scheme_id", "commune_code"], scheme.communeCodes.map { [SQLBind(key), SQLBind($0)] })
    }
}
