import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// The forms posted from the round and entry pages. Each calls the repository (which checks who may
/// act before anything else) and then redirects, or shows the page again with the refusal.
enum SelectionForms {
    struct VersionForm: Content { var version: Int? }
    struct JudgeForm: Content { var username: String? }
    struct CheckForm: Content {
        var criterion: String?
        var outcome: String?
        var note: String?
    }
    struct ConflictForm: Content { var reason: String? }
    struct RecognitionForm: Content {
        var decisionRef: String?
        var decidedOn: String?
        var award: String?
    }
    struct CertificateForm: Content {
        var issuedOn: String?
        var issuedBy: String?
        var publish: String?
    }

    static func roundStep(
        _ req: Request, entryForm: SelectionRoundPage.EntryForm = .init(), _ step: @escaping (Principal, UUID) async throws -> Void
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        return try await PostedForm.run(
            req, redirect: Route.selectionRound(id).path + "?done=1",
            page: { error in try await SelectionRoundPage.page(req, id: id, error: error, entryForm: entryForm) }
        ) { try await step(principal, id) }
    }

    static func close(_ req: Request) async throws -> Response {
        let form = try req.content.decode(VersionForm.self)
        return try await roundStep(req) { principal, id in
            _ = try await req.services.typicalProducts.closeJudging(id, expectedVersion: form.version ?? -1, by: principal)
        }
    }

    static func addJudge(_ req: Request) async throws -> Response {
        let form = try req.content.decode(JudgeForm.self)
        return try await roundStep(req) { principal, id in
            _ = try await req.services.typicalProducts.addJudge(roundID: id, username: form.username ?? "", relations: [], by: principal)
        }
    }

    static func register(_ req: Request) async throws -> Response {
        let form = try req.content.decode(SelectionRoundPage.EntryForm.self)
        return try await roundStep(req, entryForm: form) { principal, id in
            let (draft, prior) = try form.draft()
            _ = try await req.services.typicalProducts.register(draft, roundID: id, prior: prior, by: principal)
        }
    }

    /// Steps on an entry; recognition and certificates are posted from the round's results, and go back there.
    static func entryStep(
        _ req: Request, backToRound: Bool = false, sheet: EntryPage.SheetForm? = nil,
        _ step: @escaping (Principal, UUID) async throws -> Void
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        let repository = req.services.typicalProducts
        let round = backToRound ? try await repository.entry(id, for: principal).entry.roundID : nil
        return try await PostedForm.run(
            req, redirect: (round.map { Route.selectionRound($0) } ?? Route.entry(id)).path + "?done=1",
            page: { error in
                if let round { return try await SelectionRoundPage.page(req, id: round, error: error, entryForm: .init()) }
                return try await EntryPage.page(req, id: id, error: error, sheet: sheet)
            }
        ) { try await step(principal, id) }
    }

    static func check(_ req: Request) async throws -> Response {
        let form = try req.content.decode(CheckForm.self)
        return try await entryStep(req) { principal, id in
            let (criterion, outcome) = try CheckInput(criterion: form.criterion ?? "", outcome: form.outcome ?? "", note: form.note).parsed()
            _ = try await req.services.typicalProducts.recordCheck(
                entryID: id, criterion: criterion, outcome: outcome, note: form.note ?? "", by: principal)
        }
    }

    static func score(_ req: Request) async throws -> Response {
        let form = try req.content.decode(EntryPage.SheetForm.self)
        return try await entryStep(req, sheet: form) { principal, id in
            _ = try await req.services.typicalProducts.saveScore(form.sheet, entryID: id, submit: form.submit == "final", by: principal)
        }
    }

    static func declareConflict(_ req: Request) async throws -> Response {
        let form = try req.content.decode(ConflictForm.self)
        return try await entryStep(req) { principal, id in
            _ = try await req.services.typicalProducts.declareConflict(entryID: id, reason: form.reason ?? "", by: principal)
        }
    }

    static func attachDocument(_ req: Request) async throws -> Response {
        let form = try req.content.decode(EntryPage.DocumentForm.self)
        return try await entryStep(req) { principal, id in
            let dossiers = req.services.dossiers
            if let file = form.file, file.data.readableBytes > 0 {
                let view = try await req.services.typicalProducts.entry(id, for: principal)
                guard let kind = DossierKind(rawValue: form.kind ?? "") else {
                    throw DomainError.invalidFields([FieldError(field: "kind", key: .tpDossierKindUnknown)])
                }
                let kept = try await dossiers.upload(
                    Data(file.data.readableBytesView), kind: kind, title: form.title ?? "", establishmentID: view.entry.establishmentID,
                    by: principal)
                try await dossiers.attach(kept.document.id, to: id, by: principal)
            } else {
                guard let document = form.documentId.flatMap(UUID.init(uuidString:)) else {
                    throw DomainError.invalidFields([FieldError(field: "file", key: .tpDossierEmpty)])
                }
                try await dossiers.attach(document, to: id, by: principal)
            }
        }
    }

    static func recognise(_ req: Request) async throws -> Response {
        let form = try req.content.decode(RecognitionForm.self)
        return try await entryStep(req, backToRound: true) { principal, id in
            guard let day = form.decidedOn.flatMap(Day.init(parsing:)) else {
                throw DomainError.invalidFields([FieldError(field: "decidedOn", key: .invalidDate)])
            }
            _ = try await req.services.typicalProducts.recognise(
                entryID: id, decisionRef: form.decisionRef ?? "", decidedOn: day, award: form.award, by: principal)
        }
    }

    static func issueCertificate(_ req: Request) async throws -> Response {
        let form = try req.content.decode(CertificateForm.self)
        return try await entryStep(req, backToRound: true) { principal, id in
            guard let day = form.issuedOn.flatMap(Day.init(parsing:)) else {
                throw DomainError.invalidFields([FieldError(field: "issuedOn", key: .invalidDate)])
            }
            _ = try await req.services.typicalProducts.issueCertificate(
                entryID: id, issuedOn: day, issuedBy: form.issuedBy ?? "", publish: form.publish == "on", by: principal)
        }
    }
}
