import Foundation

/// Giám khảo: a member of a round's jury (ban giám khảo) who scores entries.
public struct Judge: Sendable, Hashable, Identifiable, Codable {
    public let id: UUID
    public var username: String
    public var name: String
    /// The judge's employer, when known: a judge never scores an entry of their own organisation.
    public var organisationID: UUID?

    public init(id: UUID, username: String, name: String, organisationID: UUID? = nil) {
        self.id = id
        self.username = username
        self.name = name
        self.organisationID = organisationID
    }
}

/// The jury appointed for one round.
public struct Jury: Sendable, Hashable {
    public let roundID: UUID
    public var judges: [Judge]

    public init(roundID: UUID, judges: [Judge]) {
        self.roundID = roundID
        self.judges = judges
    }

    public func judge(_ id: UUID) -> Judge? { judges.first { $0.id == id } }
}

/// A judge's own declaration of a conflict of interest in one entry.
public struct ConflictDeclaration: Sendable, Hashable, Codable {
    public let judgeID: UUID
    public let entryID: UUID
    public let reason: String
    public let declaredOn: Day

    public init(judgeID: UUID, entryID: UUID, reason: String, declaredOn: Day) {
        self.judgeID = judgeID
        self.entryID = entryID
        self.reason = reason
        self.declaredOn = declaredOn
    }
}

/// A tie between a judge and an establishment the organiser recorded (kinship, employment,
/// consultancy, ownership): it excludes the judge from every entry of that establishment.
public struct JudgeRelation: Sendable, Hashable, Codable {
    public let judgeID: UUID
    public let establishmentID: UUID
    public let description: String

    public init(judgeID: UUID, establishmentID: UUID, description: String) {
        self.judgeID = judgeID
        self.establishmentID = establishmentID
        self.description = description
    }
}

/// Why a judge is excluded from an entry.
public enum ConflictReason: String, Sendable, Codable, CaseIterable {
    case declared
    case sameOrganisation = "same_organisation"
    case relation

    public var labelKey: MessageKey {
        switch self {
        case .declared: .tpConflictDeclared
        case .sameOrganisation: .tpConflictSameOrganisation
        case .relation: .tpConflictRelation
        }
    }
}

/// Conflicts of interest known for a round. Exclusion is automatic: nobody has to remember to apply
/// it, and a sheet from a judge excluded later no longer counts [U: the rules require impartiality
/// of the council; the procedure is the system's].
public struct ConflictRegister: Sendable, Hashable {
    public var declarations: [ConflictDeclaration]
    public var relations: [JudgeRelation]

    public init(declarations: [ConflictDeclaration] = [], relations: [JudgeRelation] = []) {
        self.declarations = declarations
        self.relations = relations
    }

    public func reason(excluding judge: Judge, from entry: ProductEntry) -> ConflictReason? {
        if declarations.contains(where: { $0.judgeID == judge.id && $0.entryID == entry.id }) { return .declared }
        if let organisation = judge.organisationID, organisation == entry.establishmentOrganisationID {
            return .sameOrganisation
        }
        if relations.contains(where: { $0.judgeID == judge.id && $0.establishmentID == entry.establishmentID }) {
            return .relation
        }
        return nil
    }

    /// The jury members excluded from `entry`.
    public func excludedJudges(from entry: ProductEntry, jury: Jury) -> Set<UUID> {
        Set(jury.judges.filter { reason(excluding: $0, from: entry) != nil }.map(\.id))
    }
}
