import Foundation
import KhuyenCongCore
import SQLKit

/// One entry as a principal may see it.
public struct EntryView: Sendable {
    public let entry: ProductEntry
    /// Where the entry's establishment sits (province, commune, owner), for access.
    public let establishmentArea: RecordArea
    public let record: RoundRecord
    public let establishmentName: String
    public let viewer: EntryViewer
    public let eligibility: EntryEligibility
    public let status: EntryStatus
    /// The sheets the viewer may read, with their judges.
    public let scores: [JudgeScore]
    public let jury: Jury
    /// Set once judging has closed.
    public let result: EntryResult?
    public let excludedJudges: Set<UUID>
    public let recognition: ProductRecognition?
    public let certificate: ProductCertificate?
    /// Whether the viewer, a judge, may save a sheet now — the panel's own answer, so that pages
    /// offer the form exactly when saving it would be accepted.
    public let mayScore: Bool

    /// The viewer's own sheet, when they are a judge.
    public var ownScore: JudgeScore? {
        guard let id = viewer.judgeID else { return nil }
        return scores.first { $0.judgeID == id }
    }

    /// Whether the viewer is a judge excluded from this entry.
    public var viewerExcluded: Bool { viewer.judgeID.map(excludedJudges.contains) ?? false }
}

extension TypicalProductRepository {
    /// Enters a product in a round, for an establishment in the round's area, by the establishment's
    /// own account or the round's organisers. `prior` is a recognition made before this system, as
    /// typed from its decision; recognitions the system holds are found by the product's name.
    public func register(
        _ draft: ProductEntryDraft, roundID: UUID, prior: PriorRecognition?, by principal: Principal
    ) async throws -> ProductEntry {
        try await register(draft, roundID: roundID, prior: prior, by: principal, on: today)
    }

    /// `register` on a given day: the demo data's past rounds.
    func register(
        _ draft: ProductEntryDraft, roundID: UUID, prior: PriorRecognition?, by principal: Principal, on day: Day
    ) async throws -> ProductEntry {
        try await store.write { sql, audit in
            let record = try await round(roundID, sql: sql)
            let parameters = try await parameters(sql)
            let establishment = try await EstablishmentRepository(store: store).find(draft.establishmentID, sql: sql)?.establishment
            guard let establishment else {
                throw DomainError.invalidFields([FieldError(field: "establishmentId", key: .schemeBeneficiaryUnknown)])
            }
            try SelectionAccess.checkMayEnter(establishment: establishment.area, roundArea: record.area, by: principal)
            guard
                SelectionAccess.covers(
                    record.round, roundProvinceCode: record.provinceCode, provinceCode: establishment.provinceCode,
                    communeCode: establishment.commune.code, regions: parameters.regions)
            else {
                throw DomainError(
                    .invalidInput, .tpEntryOutsideArea, arguments: ["name": establishment.name],
                    fields: [FieldError(field: "establishmentId", key: .tpEntryOutsideAreaField)])
            }
            var complete = draft
            complete.establishmentOrganisationID = establishment.organisationID
            let existing = try await sql.select().columns(TypicalProductRows.entryColumns.map { SQLIdentifier($0) })
                .from("product_entries").where("round_id", .equal, SQLBind(roundID.stored))
                .where("establishment_id", .equal, SQLBind(establishment.id.stored))
                .all(decoding: TypicalProductRows.Entry.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.entry)
            let held = try await recognitions(of: ProductKey(establishmentID: establishment.id, productName: draft.productName), sql: sql)
            let entry = try EntryRegistration.register(
                complete, in: record.round, id: UUID(), on: day, existing: existing, recognitions: held + (prior.map { [$0] } ?? []),
                validity: parameters.validity)
            try await sql.insert(into: "product_entries").columns(TypicalProductRows.entryColumns + ["folded_name"])
                .values(
                    SQLBind(entry.id.stored), SQLBind(roundID.stored), SQLBind(entry.establishmentID.stored),
                    SQLBind(entry.establishmentOrganisationID?.stored), SQLBind(entry.productName), SQLBind(entry.group.rawValue),
                    SQLBind(entry.isProductSet ? 1 : 0), SQLBind(entry.description), SQLBind(entry.registeredOn.iso),
                    SQLBind(try entry.admittedBy.map(AuditRecorder.json)), SQLBind(establishment.provinceCode),
                    SQLBind(establishment.commune.code), SQLBind(entry.productKey.foldedName)
                ).run()
            try await audit.record(
                actor: Actor(principal), action: "product_entry.create", entityType: "product_entry", entityID: entry.id.stored,
                provinceCode: establishment.provinceCode, before: nil, after: entry)
            return entry
        }
    }

    /// The product's recognitions held in the system, with their certificates' validity.
    func recognitions(of key: ProductKey, sql: any SQLDatabase) async throws -> [PriorRecognition] {
        let found = try await sql.select().columns(TypicalProductRows.recognitionColumns.map { SQLIdentifier($0) })
            .from("product_recognitions").where("establishment_id", .equal, SQLBind(key.establishmentID.stored))
            .where("folded_name", .equal, SQLBind(key.foldedName))
            .all(decoding: TypicalProductRows.Recognition.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.recognition)
        guard !found.isEmpty else { return [] }
        let certificates = try await sql.select().columns(TypicalProductRows.certificateColumns.map { SQLIdentifier($0) })
            .from("product_certificates").where("recognition_id", .in, SQLBind.group(found.map(\.id.stored)))
            .all(decoding: TypicalProductRows.Certificate.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.certificate)
        return found.map { recognition in
            PriorRecognition(recognition, certificate: certificates.first { $0.recognitionID == recognition.id })
        }
    }

    /// The entry as `principal` may see it: `notFound` when it does not exist, `forbidden` when it
    /// is none of their business.
    public func entry(_ id: UUID, for principal: Principal) async throws -> EntryView {
        let bundle = try await bundle(try await roundID(ofEntry: id, sql: store.sql))
        guard let entry = bundle.entries.first(where: { $0.id == id }) else { throw DomainError.notFound }
        return try view(entry, in: bundle, for: principal)
    }

    func view(_ entry: ProductEntry, in bundle: RoundBundle, for principal: Principal) throws -> EntryView {
        guard
            let viewer = EntryViewer.of(
                entryArea: bundle.entryAreas[entry.id] ?? RecordArea(provinceCode: nil), roundArea: bundle.record.area,
                jury: bundle.panel.jury, principal: principal)
        else { throw DomainError.forbidden }
        let closed = bundle.record.judgingClosed
        let sheets = bundle.scores.filter { $0.entryID == entry.id }
        let mayScore = viewer.judgeID.map { judge in
            (try? bundle.panel.checkMayScore(
                judge, entry: entry, eligibility: bundle.eligibility(of: entry), previous: sheets.first { $0.judgeID == judge })) != nil
        } ?? false
        return EntryView(
            entry: entry, establishmentArea: bundle.entryAreas[entry.id] ?? RecordArea(provinceCode: nil), record: bundle.record,
            establishmentName: bundle.establishmentNames[entry.establishmentID] ?? "",
            viewer: viewer, eligibility: bundle.eligibility(of: entry), status: bundle.status(of: entry),
            scores: viewer.visibleScores(sheets, judgingClosed: closed),
            jury: bundle.panel.jury, result: viewer.seesResult(judgingClosed: closed) ? bundle.result(of: entry) : nil,
            excludedJudges: bundle.panel.conflicts.excludedJudges(from: entry, jury: bundle.panel.jury),
            recognition: bundle.recognitions[entry.id], certificate: bundle.certificates[entry.id], mayScore: mayScore)
    }

    /// The round's entries that `principal` may see, each as they may see it.
    public func entries(of bundle: RoundBundle, for principal: Principal) -> [EntryView] {
        bundle.entries.compactMap { try? view($0, in: bundle, for: principal) }
    }

    /// Records one eligibility check on an entry, by the round's organisers, before judging closes.
    public func recordCheck(
        entryID: UUID, criterion: EligibilityCriterion, outcome: CheckOutcome, note: String, by principal: Principal
    ) async throws -> EntryEligibility {
        try await recordCheck(entryID: entryID, criterion: criterion, outcome: outcome, note: note, by: principal, on: today)
    }

    func recordCheck(
        entryID: UUID, criterion: EligibilityCriterion, outcome: CheckOutcome, note: String, by principal: Principal, on day: Day
    ) async throws -> EntryEligibility {
        try await store.write { sql, audit in
            let bundle = try await bundle(try await roundID(ofEntry: entryID, sql: sql), sql: sql)
            try SelectionAccess.checkOrganiser(bundle.record.area, by: principal)
            if bundle.record.judgingClosed { throw DomainError(.conflict, .tpJudgingClosed) }
            let trimmed = VietnameseText.trimmed(note)
            if trimmed.count > 2000 { throw DomainError.invalidFields([FieldError(field: "note", key: .fieldTooLong)]) }
            let before = bundle.eligibility[entryID] ?? EntryEligibility(entryID: entryID)
            var after = before
            let check = EligibilityCheck(criterion: criterion, outcome: outcome, checkedBy: "\(principal.displayName) (\(principal.username))", checkedOn: day, note: trimmed)
            try after.record(check)
            try await sql.delete(from: "entry_checks").where("entry_id", .equal, SQLBind(entryID.stored))
                .where("criterion", .equal, SQLBind(criterion.rawValue)).run()
            try await sql.insert(into: "entry_checks").columns("entry_id", "criterion", "outcome", "checked_by", "checked_on", "note")
                .values(
                    SQLBind(entryID.stored), SQLBind(criterion.rawValue), SQLBind(outcome.rawValue), SQLBind(check.checkedBy),
                    SQLBind(day.iso), SQLBind(trimmed)
                ).run()
            try await audit.record(
                actor: Actor(principal), action: "product_entry.check", entityType: "product_entry", entityID: entryID.stored,
                provinceCode: bundle.entryAreas[entryID]?.provinceCode, before: before.checks[criterion], after: check)
            return after
        }
    }
}

/// A product recognised at a level below a round, which its organisers may enter in it.
public struct Nominee: Sendable, Hashable {
    public let establishmentID: UUID
    public let establishmentName: String
    public let productName: String
    public let group: ProductGroup
    public let recognition: PriorRecognition
}

extension TypicalProductRepository {
    /// The products recognised at the round's feeder levels, in its area, still valid on `day` and not
    /// yet entered: what the organisers of a provincial, regional or national round nominate from.
    public func nominees(for record: RoundRecord, on day: Day) async throws -> [Nominee] {
        let round = record.round
        let feeders = Nomination.feederLevels(for: round)
        guard !feeders.isEmpty else { return [] }
        struct Row: Decodable {
            let establishmentId: String
            let name: String
            let provinceCode: String
            let communeCode: String
            let productName: String
            let productGroup: Int
            let level: String
            let year: Int
            let decisionRef: String
            let number: String?
            let validUntil: String?
            let foldedName: String
        }
        let rows = try await store.sql.select()
            .column(SQLColumn("establishment_id", table: "r")).column(SQLColumn("name", table: "e"))
            .column(SQLColumn("province_code", table: "e")).column(SQLColumn("commune_code", table: "e"))
            .column(SQLColumn("product_name", table: "r")).column(SQLColumn("product_group", table: "p"))
            .column(SQLColumn("level", table: "r")).column(SQLColumn("year", table: "r")).column(SQLColumn("decision_ref", table: "r"))
            .column(SQLColumn("number", table: "c")).column(SQLColumn("valid_until", table: "c")).column(SQLColumn("folded_name", table: "r"))
            .from(SQLAlias(SQLIdentifier("product_recognitions"), as: SQLIdentifier("r")))
            .join(SQLAlias(SQLIdentifier("establishments"), as: SQLIdentifier("e")), on: SQLColumn("id", table: "e"), .equal, SQLColumn("establishment_id", table: "r"))
            .join(SQLAlias(SQLIdentifier("product_entries"), as: SQLIdentifier("p")), on: SQLColumn("id", table: "p"), .equal, SQLColumn("entry_id", table: "r"))
            .join(SQLAlias(SQLIdentifier("product_certificates"), as: SQLIdentifier("c")), method: SQLJoinMethod.left,
                  on: SQLColumn("recognition_id", table: "c"), .equal, SQLColumn("id", table: "r"))
            .where(SQLColumn("level", table: "r"), .in, SQLBind.group(feeders.map(\.rawValue)))
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
        let parameters = try await parameters()
        let entered = Set(
            try await store.sql.select().columns("establishment_id", "folded_name").from("product_entries")
                .where("round_id", .equal, SQLBind(round.id.stored))
                .all(decoding: [String: String].self).map { "\($0["establishment_id"] ?? "")|\($0["folded_name"] ?? "")" })
        return rows.compactMap { row -> Nominee? in
            guard let id = UUID(uuidString: row.establishmentId), let level = SelectionLevel(rawValue: row.level),
                let group = ProductGroup(rawValue: row.productGroup), !entered.contains("\(row.establishmentId)|\(row.foldedName)"),
                SelectionAccess.covers(
                    round, roundProvinceCode: record.provinceCode, provinceCode: row.provinceCode, communeCode: row.communeCode,
                    regions: parameters.regions)
            else { return nil }
            let recognition = PriorRecognition(
                level: level, year: row.year, reference: row.number ?? row.decisionRef, validUntil: row.validUntil.flatMap(Day.init(iso:)))
            guard Nomination.admittingRecognition(for: round, among: [recognition], on: day, validity: parameters.validity) != nil else {
                return nil
            }
            return Nominee(
                establishmentID: id, establishmentName: row.name, productName: row.productName, group: group, recognition: recognition)
        }
        .sorted { VietnameseCollation.areInIncreasingOrder($0.productName, $1.productName) }
    }
}

/// One of an establishment's entries, as its page lists them.
public struct EstablishmentEntry: Sendable, Hashable {
    public let entryID: UUID
    public let productName: String
    public let level: SelectionLevel
    public let year: Int
}

extension TypicalProductRepository {
    /// The establishment's entries in every round, newest first. The caller has read the
    /// establishment; each entry's page checks its own access.
    public func entries(ofEstablishment id: UUID) async throws -> [EstablishmentEntry] {
        struct Row: Decodable {
            let id: String
            let productName: String
            let level: String
            let year: Int
        }
        return try await store.sql.select().column(SQLColumn("id", table: "p")).column(SQLColumn("product_name", table: "p"))
            .column(SQLColumn("level", table: "r")).column(SQLColumn("year", table: "r"))
            .from(SQLAlias(SQLIdentifier("product_entries"), as: SQLIdentifier("p")))
            .join(SQLAlias(SQLIdentifier("selection_rounds"), as: SQLIdentifier("r")), on: SQLColumn("id", table: "r"), .equal, SQLColumn("round_id", table: "p"))
            .where(SQLColumn("establishment_id", table: "p"), .equal, SQLBind(id.stored))
            .orderBy(SQLOrderBy(expression: SQLColumn("year", table: "r"), direction: SQLDirection.descending))
            .orderBy(SQLOrderBy(expression: SQLColumn("product_name", table: "p"), direction: SQLDirection.ascending))
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
            .compactMap { row in
                guard let entry = UUID(uuidString: row.id), let level = SelectionLevel(rawValue: row.level) else { return nil }
                return EstablishmentEntry(entryID: entry, productName: row.productName, level: level, year: row.year)
            }
    }
}
