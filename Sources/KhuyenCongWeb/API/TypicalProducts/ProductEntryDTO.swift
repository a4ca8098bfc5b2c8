import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

struct PriorRecognitionDTO: Content {
    let level: String
    let year: Int
    let reference: String
    let validUntil: String?

    init(_ prior: PriorRecognition) {
        level = prior.level.rawValue
        year = prior.year
        reference = prior.reference
        validUntil = prior.validUntil?.iso
    }

    /// A recognition made before the system, typed from its decision.
    func prior() throws -> PriorRecognition {
        var errors: [FieldError] = []
        let parsedLevel = SelectionLevel(rawValue: level)
        if parsedLevel == nil { errors.append(FieldError(field: "priorRecognition.level", key: .tpLevelUnknown)) }
        if !SelectionRoundValidation.years.contains(year) {
            errors.append(FieldError(field: "priorRecognition.year", key: .tpRoundYearOutOfRange))
        }
        let text = VietnameseText.trimmed(reference)
        if text.isEmpty { errors.append(FieldError(field: "priorRecognition.reference", key: .fieldRequired)) }
        if text.count > 200 { errors.append(FieldError(field: "priorRecognition.reference", key: .fieldTooLong)) }
        let until = try validUntil.map { value in
            guard let day = Day(iso: value) else {
                throw DomainError.invalidFields([FieldError(field: "priorRecognition.validUntil", key: .invalidDate)])
            }
            return day
        }
        guard errors.isEmpty, let parsedLevel else { throw DomainError.invalidFields(errors) }
        return PriorRecognition(level: parsedLevel, year: year, reference: text, validUntil: until)
    }
}

/// `POST /api/v1/selection-rounds/{id}/entries`.
struct EntryInput: Content {
    let establishmentId: UUID
    let productName: String
    let group: Int
    let isProductSet: Bool?
    let description: String?
    let priorRecognition: PriorRecognitionDTO?

    var draft: ProductEntryDraft {
        ProductEntryDraft(
            establishmentID: establishmentId, productName: productName, group: group, isProductSet: isProductSet ?? false,
            description: description ?? "")
    }
}

struct EligibilityCheckDTO: Content {
    let criterion: String
    let label: String
    let outcome: String
    let checkedBy: String?
    let checkedOn: String?
    let note: String?
}

struct ScoreDTO: Content {
    let judgeId: UUID
    let judgeName: String
    let market: Int
    let economicTechnical: Int
    let culturalAesthetic: Int
    let other: Int
    let total: Int
    let remarks: String
    let submitted: Bool
    let submittedOn: String?

    init(_ score: JudgeScore, jury: Jury) {
        judgeId = score.judgeID
        judgeName = jury.judge(score.judgeID)?.name ?? ""
        market = score.sheet.market
        economicTechnical = score.sheet.economicTechnicalSocialEnvironmental
        culturalAesthetic = score.sheet.culturalAesthetic
        other = score.sheet.other
        total = score.sheet.total
        remarks = score.sheet.remarks
        submitted = score.isSubmitted
        submittedOn = score.submittedOn?.iso
    }
}

struct RecognitionDTO: Content {
    let decisionRef: String
    let decidedOn: String
    let rank: Int?
    let award: String?
}

struct CertificateSummaryDTO: Content {
    let number: String
    let issuedOn: String
    let issuedBy: String
    let validUntil: String
    let status: String
    let statusLabel: String
}

/// `GET /api/v1/entries/{id}`: the sheets, total and status the caller may see (`EntryViewer`).
struct EntryDTO: Content {
    let id: UUID
    let roundId: UUID
    let establishmentId: UUID
    let establishmentName: String
    let productName: String
    let group: Int
    let groupLabel: String
    let isProductSet: Bool
    let description: String
    let registeredOn: String
    let admittedBy: PriorRecognitionDTO?
    let status: String
    let statusLabel: String
    let eligibility: [EligibilityCheckDTO]
    let scores: [ScoreDTO]
    /// Whether the caller, a judge, is excluded from this entry (conflict of interest).
    let excludedFromJudging: Bool?
    let result: EntryResultDTO?
    let recognition: RecognitionDTO?
    let certificate: CertificateSummaryDTO?
    let documents: [FiledDocumentDTO]

    init(_ view: EntryView, documents: [DossierDocument], language: UILanguage, today: Day) {
        let entry = view.entry
        id = entry.id
        roundId = entry.roundID
        establishmentId = entry.establishmentID
        establishmentName = view.establishmentName
        productName = entry.productName
        group = entry.group.rawValue
        groupLabel = Messages.text(entry.group.labelKey, language)
        isProductSet = entry.isProductSet
        description = entry.description
        registeredOn = entry.registeredOn.iso
        admittedBy = entry.admittedBy.map(PriorRecognitionDTO.init)
        status = view.status.rawValue
        statusLabel = Messages.text(view.status.labelKey, language)
        eligibility = EligibilityCriterion.allCases.map { criterion in
            let check = view.eligibility.checks[criterion]
            return EligibilityCheckDTO(
                criterion: criterion.rawValue, label: Messages.text(criterion.labelKey, language),
                outcome: view.eligibility.outcome(of: criterion).rawValue, checkedBy: check?.checkedBy, checkedOn: check?.checkedOn.iso,
                note: check?.note)
        }
        scores = view.scores.map { ScoreDTO($0, jury: view.jury) }
        excludedFromJudging = view.viewer.judgeID == nil ? nil : view.viewerExcluded
        result = view.result.map { EntryResultDTO($0, language: language) }
        recognition = view.recognition.map { RecognitionDTO(decisionRef: $0.decisionRef, decidedOn: $0.decidedOn.iso, rank: $0.rank, award: $0.award) }
        self.documents = documents.map { FiledDocumentDTO($0, language: language) }
        certificate = view.certificate.map { certificate in
            let status = certificate.status(on: today)
            return CertificateSummaryDTO(
                number: certificate.number, issuedOn: certificate.issuedOn.iso, issuedBy: certificate.issuedBy,
                validUntil: certificate.validUntil.iso, status: status.rawValue, statusLabel: Messages.text(status.labelKey, language))
        }
    }
}

/// `POST /api/v1/entries/{id}/documents`.
struct AttachInput: Content {
    let documentId: UUID
}

/// `POST /api/v1/entries/{id}/scores`: the sheet; `submit` (default true) makes it final.
struct ScoreInput: Content {
    let market: Int
    let economicTechnical: Int
    let culturalAesthetic: Int
    let other: Int
    let remarks: String?
    let submit: Bool?

    var sheet: ScoreSheet {
        ScoreSheet(
            market: market, economicTechnicalSocialEnvironmental: economicTechnical, culturalAesthetic: culturalAesthetic, other: other,
            remarks: remarks ?? "")
    }
}

/// `POST /api/v1/entries/{id}/checks`.
struct CheckInput: Content {
    let criterion: String
    let outcome: String
    let note: String?

    func parsed() throws -> (EligibilityCriterion, CheckOutcome) {
        var errors: [FieldError] = []
        let criterion = EligibilityCriterion(rawValue: criterion)
        if criterion == nil { errors.append(FieldError(field: "criterion", key: .tpCriterionUnknown)) }
        let outcome = CheckOutcome(rawValue: outcome)
        if outcome == nil { errors.append(FieldError(field: "outcome", key: .tpOutcomeUnknownValue)) }
        guard errors.isEmpty, let criterion, let outcome else { throw DomainError.invalidFields(errors) }
        return (criterion, outcome)
    }
}

/// `POST /api/v1/entries/{id}/conflicts`.
struct ConflictInput: Content {
    let reason: String
}

/// `POST /api/v1/entries/{id}/recognition`.
struct RecognitionInput: Content {
    let decisionRef: String
    let decidedOn: String
    let award: String?

    var day: Day {
        get throws {
            guard let day = Day(iso: decidedOn) else { throw DomainError.invalidFields([FieldError(field: "decidedOn", key: .invalidDate)]) }
            return day
        }
    }
}

/// `POST /api/v1/entries/{id}/certificate`.
struct CertificateInput: Content {
    let issuedOn: String
    let issuedBy: String
    let publish: Bool?

    var day: Day {
        get throws {
            guard let day = Day(iso: issuedOn) else { throw DomainError.invalidFields([FieldError(field: "issuedOn", key: .invalidDate)]) }
            return day
        }
    }
}
