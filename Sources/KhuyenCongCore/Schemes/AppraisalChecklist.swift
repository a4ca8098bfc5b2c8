import Foundation

/// The checklist an appraiser sees (domain §8.2): computed where the system holds the facts, left
/// to the appraiser where it does not, never a score (the law gives none).
public struct AppraisalChecklist: Sendable, Hashable {
    public enum Check: String, Sendable, Hashable, CaseIterable {
        case beneficiariesEligible = "beneficiaries_eligible"
        case sectorsRecorded = "sectors_recorded"
        case activitiesAllowed = "activities_allowed"
        case supportWithinRates = "support_within_rates"
        case pilotStructure = "pilot_structure"
        case priorityFlags = "priority_flags"
        case dossierComplete = "dossier_complete"
        case duplicateSupport = "duplicate_support"
        case fundsInPlan = "funds_in_plan"

        public var labelKey: MessageKey {
            switch self {
            case .beneficiariesEligible: .checkBeneficiaries
            case .sectorsRecorded: .checkSectors
            case .activitiesAllowed: .checkActivities
            case .supportWithinRates: .checkSupport
            case .pilotStructure: .checkPilot
            case .priorityFlags: .checkPriorities
            case .dossierComplete: .checkDossier
            case .duplicateSupport: .checkDuplicates
            case .fundsInPlan: .checkFunds
            }
        }
    }

    public enum Status: String, Sendable, Hashable, CaseIterable {
        case pass, fail
        /// The system cannot decide; the appraiser must.
        case manual
        /// Information only (priority flags).
        case info
    }

    public struct Item: Sendable, Hashable {
        public let check: Check
        public let status: Status
        /// Each line already in the reader's language.
        public let details: [String]
    }

    public let items: [Item]

    /// A beneficiary as the checklist needs it: its eligibility answered on the reference day and
    /// its priority flags.
    public struct Beneficiary: Sendable {
        public let establishment: Establishment
        public let eligibility: EligibilityAnswer
        public let priorities: [PriorityFlag]

        public init(establishment: Establishment, eligibility: EligibilityAnswer, priorities: [PriorityFlag]) {
            self.establishment = establishment
            self.eligibility = eligibility
            self.priorities = priorities
        }
    }

    /// Another scheme that already supports one of the beneficiaries with the same activity.
    public struct PriorSupport: Sendable, Hashable {
        public let schemeCode: String
        public let establishmentName: String
        public let activityType: ActivityType

        public init(schemeCode: String, establishmentName: String, activityType: ActivityType) {
            self.schemeCode = schemeCode
            self.establishmentName = establishmentName
            self.activityType = activityType
        }
    }

    /// Activities that Decree 235/2025 added to the contents of Decree 45 Art.4, from its effect.
    public static let decree235Activities: Set<ActivityType> = [.artisanSupport, .digitalTransformation]

    public init(
        scheme: Scheme, on day: Day, support: SupportAssessment, beneficiaries: [Beneficiary], priorSupport: [PriorSupport],
        funds: PlanFunds, documents: [SchemeDocument], language: Language
    ) {
        func t(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String { Messages.text(key, language, arguments) }
        var items: [Item] = []

        if beneficiaries.isEmpty {
            items.append(Item(check: .beneficiariesEligible, status: scheme.kind == .group ? .manual : .fail, details: [t(.checkNoBeneficiaries)]))
        } else {
            let failing = beneficiaries.contains { $0.eligibility.verdict != .eligible }
            let undetermined = beneficiaries.contains { $0.eligibility.verdict == .undetermined }
            items.append(
                Item(
                    check: .beneficiariesEligible, status: failing ? (undetermined ? .manual : .fail) : .pass,
                    details: beneficiaries.map { "\($0.establishment.name): \($0.eligibility.explanation(in: language))" }))
        }

        let missingSectors = beneficiaries.filter { $0.establishment.sectors.isEmpty }.map(\.establishment.name)
        items.append(
            Item(
                check: .sectorsRecorded, status: missingSectors.isEmpty ? .pass : .fail,
                details: missingSectors.map { t(.checkNoSector, ["name": $0]) }))

        // Decree 235/2025 Art.1: artisans and digital transformation are contents only from 15 Oct 2025.
        let notYet = scheme.lines.filter { Self.decree235Activities.contains($0.activityType) && day < Eligibility.decree235From }
        items.append(
            Item(
                check: .activitiesAllowed, status: notYet.isEmpty ? .pass : .fail,
                details: scheme.lines.map { line in
                    let content = t(line.activityType.content.labelKey)
                    return Self.decree235Activities.contains(line.activityType) && day < Eligibility.decree235From
                        ? t(.checkActivityNotYet, ["activity": t(line.activityType.labelKey), "date": Eligibility.decree235From.vietnamese])
                        : "\(t(line.activityType.labelKey)) — \(content)"
                }))

        items.append(
            Item(
                check: .supportWithinRates, status: support.withinRules ? .pass : .fail,
                details: support.lines.map { $0.explanation(in: language) }))

        if scheme.kind == .pilot {
            let errors = SchemeValidation.pilotErrors(SchemeDraft(scheme))
            items.append(
                Item(
                    check: .pilotStructure, status: errors.isEmpty ? .manual : .fail,
                    details: errors.map { t($0.key) } + [t(.checkPilotJudgement)]))
        } else {
            items.append(Item(check: .pilotStructure, status: .pass, details: [t(.checkNotPilot)]))
        }

        let flags = beneficiaries.flatMap { beneficiary in
            beneficiary.priorities.map { "\(beneficiary.establishment.name): \(t($0.key, $0.arguments))" }
        }
        items.append(Item(check: .priorityFlags, status: .info, details: flags.isEmpty ? [t(.checkNoPriority)] : flags))

        // The registration dossier is computed; Appendix 2's documents by type are not known to us [U],
        // so a complete registration still leaves the appraiser to judge.
        let wanted = SchemeDossier.registration(for: scheme)
        let missing = SchemeDossier.missing(wanted, in: documents)
        func kinds(_ list: [SchemeDocumentKind]) -> String { list.map { t($0.labelKey) }.joined(separator: "; ") }
        items.append(
            Item(
                check: .dossierComplete, status: missing.isEmpty ? .manual : .fail,
                details: missing.isEmpty
                    ? [t(.checkDossierPresent, ["kinds": kinds(wanted.filter { !missing.contains($0) })])]
                    : [t(.checkDossierMissing, ["kinds": kinds(missing)]), t(.checkDossierManual)]))

        items.append(
            Item(
                check: .duplicateSupport, status: priorSupport.isEmpty ? .pass : .fail,
                details: priorSupport.map {
                    t(.checkDuplicate, ["name": $0.establishmentName, "activity": t($0.activityType.labelKey), "code": $0.schemeCode])
                }))
        let fundsStatus: Status =
            switch funds.status {
            case .measured: funds.fits ? .pass : .fail
            case .noPlan, .noEnvelope: .manual
            }
        items.append(Item(check: .fundsInPlan, status: fundsStatus, details: [funds.explanation(in: language)]))
        self.items = items
    }
}
