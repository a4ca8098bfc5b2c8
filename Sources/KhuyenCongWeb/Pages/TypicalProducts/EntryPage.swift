import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// `/entries/{id}`: one entry as the reader may see it. Organisers record the eligibility checks;
/// a judge scores on the sheet, sees the others' sheets once theirs is submitted, and may declare a
/// conflict of interest; everyone with access sees the total and status once judging has closed.
enum EntryPage {
    struct SheetForm: Content {
        var market: String?
        var economicTechnical: String?
        var culturalAesthetic: String?
        var other: String?
        var remarks: String?
        var submit: String?

        /// Blank or non-numbers become -1, which the sheet refuses with each criterion's range.
        var sheet: ScoreSheet {
            func points(_ text: String?) -> Int { text.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? -1 }
            return ScoreSheet(
                market: points(market), economicTechnicalSocialEnvironmental: points(economicTechnical),
                culturalAesthetic: points(culturalAesthetic), other: points(other), remarks: remarks ?? "")
        }
    }

    /// Attaching a dossier document: one already kept (`documentId`), or a new file uploaded to the
    /// establishment's dossier and attached in the same step.
    struct DocumentForm: Content {
        var documentId: String?
        var file: File?
        var kind: String?
        var title: String?
    }

    static func handle(_ req: Request) async throws -> Response {
        .html(try await page(req, id: try req.uuidParameter("id"), error: nil, sheet: nil))
    }

    static func page(_ req: Request, id: UUID, error: DomainError?, sheet: SheetForm?) async throws -> String {
        let principal = try req.requirePrincipal()
        let view = try await req.services.typicalProducts.entry(id, for: principal)
        let naming = try await SelectionRoundsAPI.naming(req)
        let attached = try await req.services.dossiers.attached(to: [id])[id] ?? []
        let mayAttach = !view.record.judgingClosed
            && (try? SelectionAccess.checkMayEnter(
                establishment: view.establishmentArea, roundArea: view.record.area, by: principal)) != nil
        let dossier = mayAttach ? try await req.services.dossiers.documents(of: view.entry.establishmentID, for: principal) : []
        let context = PageContext(req)
        let entry = view.entry
        let closed = view.record.judgingClosed
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("breadcrumb"), .link(.selectionRound(entry.roundID), naming.title(of: view.record))),
            .h1(.text(entry.productName)),
            .if(req.queryValue("done") != nil, .notice(context.t(.tpSaved), isError: false)),
            .unwrap(error) { .notice(PostedForm.refusal($0, context.language), isError: true) },
            .dl(
                .class("facts"),
                .fact(context.t(.tpColEstablishment), view.establishmentName),
                .fact(context.t(.tpGroup), context.t(entry.group.labelKey) + (entry.isProductSet ? " · " + context.t(.tpIsSet) : "")),
                .fact(context.t(.tpDescription), entry.description),
                .fact(context.t(.tpColStatus), context.t(view.status.labelKey)),
                .fact(
                    context.t(.tpAdmittedLabel),
                    entry.admittedBy.map {
                        context.t(.tpAdmittedBy, ["level": context.t($0.level.labelKey), "year": String($0.year), "reference": $0.reference])
                    } ?? ""),
                .fact(
                    context.t(.tpColScore),
                    view.result.map { "\(TypicalProductsPageSupport.score($0.score, context.language)) / \($0.rule.passMark)" } ?? "—"),
                .fact(context.t(.tpColCertificate), view.certificate?.number ?? "")
            ),
            documents(context, entry: entry.id, attached: attached, dossier: mayAttach ? dossier : nil, error: error),
            eligibility(context, view: view),
            judging(context, view: view, error: error, sheet: sheet),
            .if(view.viewer == .organiser || view.viewer.judgeID != nil, .p(.link(.entrySheet(entry.id), context.t(.tpPrintSheet)))),
            .if(closed && view.viewer == .reader, .p(.class("hint"), .text(context.t(.tpCloseHint))))
        )
        return Layout.render(context, title: entry.productName, section: .selection, content: content)
    }

    /// The entry's documents; for who may attach, the establishment's dossier to choose from and an upload.
    static func documents(
        _ context: PageContext, entry: UUID, attached: [DossierDocument], dossier: [DossierDocument]?, error: DomainError?
    ) -> Node<HTML.BodyContext> {
        let offered = (dossier ?? []).filter { document in !attached.contains { $0.id == document.id } }
        let fields = FormFields(context, error: error)
        return .section(
            .h2(.text(context.t(.tpDossierTitle))),
            .p(.class("hint"), .text(context.t(.tpDossierIntro))),
            attached.isEmpty
                ? .p(.class("empty"), .text(context.t(.tpDossierNone)))
                : .ul(
                    .class("link-list"),
                    .forEach(attached) { document in
                        .li(
                            .if(document.kind == .photo,
                                .img(.src("/documents/\(document.id.uuidString.lowercased())"), .alt(attr(document.title)),
                                     .attribute(named: "width", value: "96"), .attribute(named: "loading", value: "lazy"))),
                            .a(.href("/documents/\(document.id.uuidString.lowercased())"), .text(document.title)),
                            .span(.class("tag"), .text(context.t(document.kind.labelKey))))
                    }),
            .unwrap(dossier) { _ in
                .group(
                    .if(
                        !offered.isEmpty,
                        .form(
                            .action(Route.entryForm(entry, "documents").path), .method(.post), .class("inline-form"),
                            .csrfField(context.csrfToken),
                            .label(.for("documentId"), .text(context.t(.tpDossierAttach) + " ")),
                            .select(
                                .id("documentId"), .attribute(named: "name", value: "documentId"),
                                .forEach(offered) { document in
                                    .option(.value(document.id.uuidString.lowercased()),
                                            .label(attr("\(document.title) (\(context.t(document.kind.labelKey)), \(context.date(document.uploadedOn)))")))
                                }),
                            .button(.type(.submit), .class("button button-small"), .text(context.t(.tpDossierChoose))))),
                    .form(
                        .action(Route.entryForm(entry, "documents").path), .method(.post), .enctype(.multipartData), .class("stack"),
                        .novalidate(),
                        .csrfField(context.csrfToken),
                        .h3(.text(context.t(.tpDossierUpload))),
                        fields.select(
                            "kind", .tpDossierKind, options: DossierKind.allCases.map { ($0.rawValue, context.t($0.labelKey)) },
                            selected: DossierKind.photo.rawValue),
                        fields.text("title", .tpDossierDocumentTitle, nil),
                        .div(
                            .class(fields.fieldClass("file")),
                            .label(.for("file"), .text(context.t(.tpDossierFile))),
                            .input(.type(.file), .id("file"), .name("file"),
                                   .attribute(named: "accept", value: "image/jpeg,image/png,image/webp,application/pdf")),
                            fields.errorNode("file")),
                        .button(.type(.submit), .class("button"), .text(context.t(.tpDossierUpload))))
                )
            }
        )
    }

    static func eligibility(_ context: PageContext, view: EntryView) -> Node<HTML.BodyContext> {
        let editable = view.viewer == .organiser && !view.record.judgingClosed
        return .section(
            .h2(.text(context.t(.tpEligibility))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("data-table"),
                    .thead(.tr(
                        .columnHeader(context.t(.tpCriterion)), .columnHeader(context.t(.tpColStatus)),
                        .columnHeader(context.t(.tpCheckedBy)), .columnHeader(context.t(.tpNote)))),
                    .tbody(.forEach(EligibilityCriterion.allCases) { criterion in
                        let check = view.eligibility.checks[criterion]
                        return .tr(
                            .td(.text(context.t(criterion.labelKey))),
                            .td(
                                editable
                                    ? checkForm(context, entry: view.entry.id, criterion: criterion, outcome: view.eligibility.outcome(of: criterion))
                                    : .text(context.t(view.eligibility.outcome(of: criterion).labelKey))),
                            .td(.text(check.map { "\($0.checkedBy), \(context.date($0.checkedOn))" } ?? "—")),
                            .td(.text(check?.note ?? "")))
                    })
                ))
        )
    }

    static func checkForm(_ context: PageContext, entry: UUID, criterion: EligibilityCriterion, outcome: CheckOutcome) -> Node<HTML.BodyContext> {
        let id = "outcome-\(criterion.rawValue)"
        return .form(
            .action(Route.entryForm(entry, "checks").path), .method(.post), .class("inline-form"),
            .csrfField(context.csrfToken),
            .input(.type(.hidden), .name("criterion"), .value(criterion.rawValue)),
            .select(
                .id(id), .attribute(named: "name", value: "outcome"), .attribute(named: "aria-label", value: context.t(criterion.labelKey)),
                .forEach(CheckOutcome.allCases) { option in
                    .option(.value(option.rawValue), .label(context.t(option.labelKey)), .isSelected(option == outcome))
                }),
            .input(.type(.text), .name("note"), .attribute(named: "aria-label", value: context.t(.tpNote)), .placeholder(context.t(.tpNote))),
            .button(.type(.submit), .class("button button-small"), .text(context.t(.tpRecordCheck))))
    }

    static func judging(_ context: PageContext, view: EntryView, error: DomainError?, sheet: SheetForm?) -> Node<HTML.BodyContext> {
        let excluded = view.viewerExcluded
        return .section(
            .h2(.text(context.t(.tpSheets))),
            .if(excluded, .notice(context.t(.tpExcludedNotice), isError: false)),
            .if(view.mayScore, sheetForm(context, view: view, error: error, sheet: sheet)),
            view.scores.isEmpty
                ? .p(.class("hint"), .text(context.t(.tpSheetsHidden)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .thead(.tr(
                            .columnHeader(context.t(.tpJury)),
                            .forEach(ScoreCriterion.allCases) { .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t($0.labelKey))) },
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.tpTotal))),
                            .columnHeader(context.t(.tpRemarks)), .columnHeader(context.t(.tpColStatus)))),
                        .tbody(.forEach(view.scores) { score in
                            .tr(
                                .td(.text(view.jury.judge(score.judgeID)?.name ?? "")),
                                .forEach(ScoreCriterion.allCases) { .td(.class("number"), .text(String(score.sheet.points($0)))) },
                                .td(.class("number"), .strong(.text(String(score.sheet.total)))),
                                .td(.text(score.sheet.remarks)),
                                .td(.text(score.submittedOn.map { context.t(.tpSubmittedOn, ["date": context.date($0)]) } ?? context.t(.tpDraft))))
                        })
                    )),
            .unwrap(view.result?.spread) { spread in
                .p(.text("\(context.t(.tpColSpread)): \(spread.minimum)–\(spread.maximum) (\(spread.range))"))
            },
            .if(view.viewer.judgeID != nil && !excluded && !view.record.judgingClosed, conflictForm(context, entry: view.entry.id))
        )
    }

    static func sheetForm(_ context: PageContext, view: EntryView, error: DomainError?, sheet: SheetForm?) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, error: error)
        let own = view.ownScore?.sheet
        func value(_ typed: String?, _ saved: Int?) -> String? { typed ?? saved.map(String.init) }
        return .form(
            .action(Route.entryForm(view.entry.id, "scores").path), .method(.post), .class("stack"), .novalidate(),
            .h3(.text(context.t(.tpYourSheet))),
            .p(.class("field-hint"), .text(context.t(.tpSheetHint))),
            .csrfField(context.csrfToken),
            .group(
                fields.text("market", .tpScoreMarket, value(sheet?.market, own?.market), type: .number),
                fields.text("economicTechnical", .tpScoreEconomic, value(sheet?.economicTechnical, own?.economicTechnicalSocialEnvironmental), type: .number),
                fields.text("culturalAesthetic", .tpScoreCultural, value(sheet?.culturalAesthetic, own?.culturalAesthetic), type: .number),
                fields.text("other", .tpScoreOther, value(sheet?.other, own?.other), type: .number)),
            fields.textarea("remarks", .tpRemarks, sheet?.remarks ?? own?.remarks),
            .div(
                .class("actions"),
                .button(.type(.submit), .name("submit"), .value("draft"), .class("button button-quiet"), .text(context.t(.tpSaveDraft))),
                .button(.type(.submit), .name("submit"), .value("final"), .class("button"), .text(context.t(.tpSubmitSheet))))
        )
    }

    static func conflictForm(_ context: PageContext, entry: UUID) -> Node<HTML.BodyContext> {
        .form(
            .action(Route.entryForm(entry, "conflicts").path), .method(.post), .class("inline-form"),
            .csrfField(context.csrfToken),
            .label(.for("reason"), .text(context.t(.tpConflictReason) + " ")),
            .input(.type(.text), .id("reason"), .name("reason")),
            .button(.type(.submit), .class("button button-small button-quiet"), .text(context.t(.tpDeclareConflict))))
    }
}
