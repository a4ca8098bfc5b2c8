import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// `/selection-rounds/{id}`: a round with its jury and the entries the reader may see; for the
/// organisers the jury form, closing, the results with the spread between judges, recognition and
/// certificates; for an establishment's account and the organisers the entry form while registration
/// is open.
enum SelectionRoundPage {
    struct Model {
        let bundle: RoundBundle
        let naming: RoundNaming
        let entries: [EntryView]
        let organiser: Bool
        let results: RoundResults?
        /// Establishments the reader may enter products for, by name.
        let enterable: [(UUID, String)]
        /// Products recognised at the level below, for the organisers to enter.
        let nominees: [Nominee]
        let today: Day
        let done: Bool
        let entryForm: EntryForm
        /// The revision form as posted, when it was refused.
        let roundForm: SelectionRoundsPage.Form?
    }

    struct EntryForm: Content {
        var establishmentId: String?
        var productName: String?
        var group: String?
        var isProductSet: String?
        var description: String?
        var priorLevel: String?
        var priorYear: String?
        var priorReference: String?

        func draft() throws -> (ProductEntryDraft, PriorRecognition?) {
            var errors: [FieldError] = []
            let establishment = establishmentId.flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }
            if establishment == nil { errors.append(FieldError(field: "establishmentId", key: .fieldRequired)) }
            let group = group.flatMap { Int($0) } ?? 0
            var prior: PriorRecognition?
            if let level = priorLevel.flatMap(SelectionLevel.init(rawValue:)) {
                let year = priorYear.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                if year == nil { errors.append(FieldError(field: "priorYear", key: .tpRoundYearOutOfRange)) }
                let reference = priorReference.map(VietnameseText.trimmed) ?? ""
                if reference.isEmpty { errors.append(FieldError(field: "priorReference", key: .fieldRequired)) }
                if let year { prior = PriorRecognition(level: level, year: year, reference: reference) }
            }
            guard errors.isEmpty, let establishment else { throw DomainError.invalidFields(errors) }
            return (
                ProductEntryDraft(
                    establishmentID: establishment, productName: productName ?? "", group: group, isProductSet: isProductSet == "on",
                    description: description ?? ""),
                prior
            )
        }
    }

    static func handle(_ req: Request) async throws -> Response {
        .html(try await page(req, id: try req.uuidParameter("id"), error: nil, entryForm: EntryForm()))
    }

    static func page(
        _ req: Request, id: UUID, error: DomainError?, entryForm: EntryForm, roundForm: SelectionRoundsPage.Form? = nil
    ) async throws -> String {
        let model = try await model(req, id: id, entryForm: entryForm, roundForm: roundForm)
        return view(PageContext(req), model: model, error: error)
    }

    static func model(_ req: Request, id: UUID, entryForm: EntryForm, roundForm: SelectionRoundsPage.Form?) async throws -> Model {
        let principal = try req.requirePrincipal()
        let services = req.services
        let repository = services.typicalProducts
        let bundle = try await repository.bundle(id)
        let organiser = SelectionAccess.canOrganise(bundle.record.area, by: principal)
        let results = organiser && bundle.record.judgingClosed ? try await repository.results(id, by: principal) : nil
        var enterable: [(UUID, String)] = []
        var nominees: [Nominee] = []
        if organiser, bundle.record.phase(on: services.today) == .registration {
            nominees = try await repository.nominees(for: bundle.record, on: services.today)
        }
        if bundle.record.phase(on: services.today) == .registration {
            if case .organisation = principal.scope.area {
                enterable = try await services.establishments.list(scope: principal.scope, limit: 50, after: nil).items.map { ($0.id, $0.name) }
            } else if organiser, let province = bundle.record.provinceCode {
                let filter = EstablishmentRepository.Filter(
                    provinceCode: province, communeCodes: bundle.round.level == .commune ? bundle.round.scope.code.map { [$0] } : nil)
                enterable = try await services.establishments.list(scope: principal.scope, filter: filter, limit: 500, after: nil).items
                    .map { ($0.id, $0.name) }
            }
        }
        return Model(
            bundle: bundle, naming: try await SelectionRoundsAPI.naming(req),
            entries: repository.entries(of: bundle, for: principal).sorted {
                VietnameseCollation.areInIncreasingOrder($0.entry.productName, $1.entry.productName)
            },
            organiser: organiser, results: results, enterable: enterable, nominees: nominees, today: services.today,
            done: req.queryValue("done") != nil, entryForm: entryForm, roundForm: roundForm)
    }

    static func view(_ context: PageContext, model: Model, error: DomainError?) -> String {
        let record = model.bundle.record
        let round = record.round
        let title = model.naming.title(of: record)
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("breadcrumb"), .link(.selectionRounds(year: nil), context.t(.tpRoundsTitle))),
            .h1(.text(title)),
            .if(model.done, .notice(context.t(.tpSaved), isError: false)),
            .unwrap(error) { .notice(PostedForm.refusal($0, context.language), isError: true) },
            .dl(
                .class("facts"),
                .fact(context.t(.tpColLevel), context.t(round.level.labelKey)),
                .fact(context.t(.orgProvince), model.naming.areaName(of: record) ?? ""),
                .fact(context.t(.tpColYear), String(round.year)),
                .fact(context.t(.tpColWindow), "\(context.date(round.registrationOpens)) – \(context.date(round.registrationCloses))"),
                .fact(context.t(.tpColPhase), context.t(record.phase(on: model.today).labelKey)),
                .fact(context.t(.tpGroup), round.groups.sorted().map { context.t($0.labelKey) }.joined(separator: "; ")),
                .fact(context.t(.tpBudget), round.budget.map { Money.format($0) } ?? ""),
                .fact(context.t(.tpOrganiser), record.organiser ?? ""),
                .fact(context.t(.tpQuota), record.quota.map(String.init) ?? "")
            ),
            .if(
                !record.council.isEmpty,
                .section(.h2(.text(context.t(.tpCouncil))), .ul(.forEach(record.council) { .li(.text($0)) }))),
            .section(
                .h2(.text(context.t(.tpJury))),
                model.bundle.panel.jury.judges.isEmpty
                    ? .p(.class("empty"), .text(context.t(.tpJuryNone)))
                    : .ul(.forEach(model.bundle.panel.jury.judges) { .li(.text($0.name)) }),
                .if(model.organiser && !record.judgingClosed, juryForm(context, round: round.id))
            ),
            entries(context, model: model),
            .if(!model.nominees.isEmpty, nominations(context, model: model)),
            .if(!model.enterable.isEmpty, entryForm(context, model: model, error: error)),
            .if(model.organiser, organiserTools(context, model: model, error: error))
        )
        return Layout.render(context, title: title, section: .selection, content: content)
    }

    static func entries(_ context: PageContext, model: Model) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t(.tpEntries))),
            model.entries.isEmpty
                ? .p(.class("empty"), .text(context.t(.tpEntriesNone)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .thead(.tr(
                            .columnHeader(context.t(.tpColProduct)), .columnHeader(context.t(.tpColEstablishment)),
                            .columnHeader(context.t(.tpColGroup)), .columnHeader(context.t(.tpColStatus)),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.tpColScore))))),
                        .tbody(.forEach(model.entries) { view in
                            .tr(
                                .td(.link(.entry(view.entry.id), view.entry.productName)),
                                .td(.text(view.establishmentName)),
                                .td(.text(String(view.entry.group.rawValue))),
                                .td(.text(context.t(view.status.labelKey))),
                                .td(.class("number"), .text(TypicalProductsPageSupport.score(view.result?.score, context.language))))
                        })
                    ))
        )
    }

    /// The products recognised at the level below, each entered with one button.
    static func nominations(_ context: PageContext, model: Model) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t(.tpNominees))),
            .p(.class("hint"), .text(context.t(.tpNomineesHint))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("data-table"),
                    .thead(.tr(
                        .columnHeader(context.t(.tpColProduct)), .columnHeader(context.t(.tpColEstablishment)),
                        .columnHeader(context.t(.tpAdmittedLabel)), .columnHeader(""))),
                    .tbody(.forEach(model.nominees) { nominee in
                        .tr(
                            .td(.text(nominee.productName)),
                            .td(.text(nominee.establishmentName)),
                            .td(.text(context.t(.tpAdmittedBy, [
                                "level": context.t(nominee.recognition.level.labelKey), "year": String(nominee.recognition.year),
                                "reference": nominee.recognition.reference,
                            ]))),
                            .td(.form(
                                .action(Route.selectionRoundForm(model.bundle.round.id, "entries").path), .method(.post),
                                .csrfField(context.csrfToken),
                                .input(.type(.hidden), .name("establishmentId"), .value(nominee.establishmentID.uuidString.lowercased())),
                                .input(.type(.hidden), .name("productName"), .value(attr(nominee.productName))),
                                .input(.type(.hidden), .name("group"), .value(String(nominee.group.rawValue))),
                                .button(.type(.submit), .class("button button-small"), .text(context.t(.tpNominate))))))
                    })
                ))
        )
    }

    static func juryForm(_ context: PageContext, round: UUID) -> Node<HTML.BodyContext> {
        .form(
            .action(Route.selectionRoundForm(round, "jury").path), .method(.post), .class("inline-form"),
            .csrfField(context.csrfToken),
            .label(.for("username"), .text(context.t(.tpJudgeUsername) + " ")),
            .input(.type(.text), .id("username"), .name("username"), .attribute(named: "autocomplete", value: "off")),
            .button(.type(.submit), .class("button button-small"), .text(context.t(.tpAddJudge))))
    }

    static func entryForm(_ context: PageContext, model: Model, error: DomainError?) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, error: error)
        let form = model.entryForm
        let priorLevels = [("", context.t(.tpPriorNone))] + TypicalProductsPageSupport.levelOptions(context, levels: [.commune, .district, .province, .region])
        return .section(
            .h2(.text(context.t(.tpEnter))),
            .form(
                .action(Route.selectionRoundForm(model.bundle.round.id, "entries").path), .method(.post), .class("stack"), .novalidate(),
                .csrfField(context.csrfToken),
                fields.select(
                    "establishmentId", .tpColEstablishment, options: model.enterable.map { ($0.0.uuidString.lowercased(), $0.1) },
                    selected: form.establishmentId),
                fields.text("productName", .tpProductName, form.productName, required: true),
                fields.select("group", .tpGroup, options: TypicalProductsPageSupport.groupOptions(context), selected: form.group),
                fields.checkbox("isProductSet", .tpIsSet, form.isProductSet == "on"),
                fields.textarea("description", .tpDescription, form.description),
                .fieldset(
                    .class("fieldset"),
                    .element(named: "legend", text: context.t(.tpAdmittedLabel)),
                    .p(.class("field-hint"), .text(context.t(.tpPriorHint))),
                    fields.select("priorLevel", .tpPriorLevel, options: priorLevels, selected: form.priorLevel),
                    fields.text("priorYear", .tpPriorYear, form.priorYear, type: .number),
                    fields.text("priorReference", .tpPriorReference, form.priorReference)),
                .button(.type(.submit), .class("button"), .text(context.t(.tpEnter)))
            ))
    }

    static func organiserTools(_ context: PageContext, model: Model, error: DomainError?) -> Node<HTML.BodyContext> {
        let record = model.bundle.record
        return .section(
            .h2(.text(context.t(.tpOrganiserTools))),
            .if(
                !record.judgingClosed,
                .form(
                    .action(Route.selectionRoundForm(record.round.id, "close").path), .method(.post), .class("stack"),
                    .csrfField(context.csrfToken),
                    .input(.type(.hidden), .name("version"), .value(String(record.version))),
                    .p(.class("hint"), .text(context.t(.tpCloseHint))),
                    .button(.type(.submit), .class("button"), .text(context.t(.tpCloseJudging))))),
            .unwrap(model.results) { results(context, $0, today: model.today) },
            .if(
                !record.judgingClosed,
                SelectionRoundsPage.roundForm(
                    context, form: model.roundForm ?? SelectionRoundsPage.Form(record), error: model.roundForm == nil ? nil : error,
                    action: .selectionRoundForm(record.round.id, "edit"), heading: .tpEditRound,
                    version: model.roundForm?.version ?? record.version))
        )
    }

    static func results(_ context: PageContext, _ results: RoundResults, today: Day) -> Node<HTML.BodyContext> {
        let bundle = results.bundle
        let proposed = Set(Recognitions.proposal(results.results, quota: bundle.record.quota).map(\.result.entryID))
        let rule = results.results.first?.rule
        return .div(
            .h3(.text(context.t(.tpResults))),
            .unwrap(rule) {
                .p(.class("hint"), .text(context.t(.tpResultsHint, ["method": context.t($0.method.labelKey), "mark": String($0.passMark)])))
            },
            .div(
                .class("table-wrap"),
                .table(
                    .class("data-table"),
                    .thead(.tr(
                        .columnHeader(context.t(.tpColRank)), .columnHeader(context.t(.tpColProduct)),
                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.tpColScore))),
                        .columnHeader(context.t(.tpColSpread)), .columnHeader(context.t(.tpColStatus)),
                        .columnHeader(context.t(.tpColCertificate)))),
                    .tbody(.forEach(results.results.sorted { (results.rank(of: $0.entryID) ?? Int.max) < (results.rank(of: $1.entryID) ?? Int.max) }) { result in
                        let entry = bundle.entries.first { $0.id == result.entryID }
                        return .unwrap(entry) { entry in
                            .tr(
                                .td(
                                    .text(results.rank(of: entry.id).map(String.init) ?? "—"),
                                    .if(proposed.contains(entry.id), .span(.class("tag"), .text(context.t(.tpProposed))))),
                                .td(.link(.entry(entry.id), entry.productName), .p(.class("hint"), .text(bundle.establishmentNames[entry.establishmentID] ?? ""))),
                                .td(.class("number"), .text(TypicalProductsPageSupport.score(result.score, context.language))),
                                .td(.text(result.spread.map { "\($0.minimum)–\($0.maximum) (\($0.range)); σ \(String(format: "%.2f", $0.standardDeviation))" } ?? "—")),
                                .td(.text(context.t(bundle.status(of: entry).labelKey))),
                                .td(decision(context, entry: entry, bundle: bundle, passed: result.passed, today: today)))
                        }
                    })
                ))
        )
    }

    /// The next step of a passed entry: record the decision, then issue the certificate.
    static func decision(_ context: PageContext, entry: ProductEntry, bundle: RoundBundle, passed: Bool, today: Day) -> Node<HTML.BodyContext> {
        if let certificate = bundle.certificates[entry.id] { return .link(.certificate(certificate.number), certificate.number) }
        if let recognition = bundle.recognitions[entry.id] {
            return .form(
                .action(Route.entryForm(entry.id, "certificate").path), .method(.post), .class("stack"),
                .csrfField(context.csrfToken),
                .p(.class("hint"), .text("\(context.t(.tpDecisionRef)): \(recognition.decisionRef)")),
                .label(.for("issuedOn-\(entry.id)"), .text(context.t(.tpIssuedOn))),
                .input(.type(.date), .id("issuedOn-\(entry.id)"), .name("issuedOn"), .value(today.iso)),
                .label(.for("issuedBy-\(entry.id)"), .text(context.t(.tpIssuedBy))),
                .input(.type(.text), .id("issuedBy-\(entry.id)"), .name("issuedBy")),
                .div(.class("check"), .input(.type(.checkbox), .id("publish-\(entry.id)"), .name("publish"), .value("on"), .checked(true)),
                     .label(.for("publish-\(entry.id)"), .text(context.t(.tpPublish)))),
                .button(.type(.submit), .class("button button-small"), .text(context.t(.tpIssue))))
        }
        guard passed else { return .text("—") }
        return .form(
            .action(Route.entryForm(entry.id, "recognition").path), .method(.post), .class("stack"),
            .csrfField(context.csrfToken),
            .label(.for("decisionRef-\(entry.id)"), .text(context.t(.tpDecisionRef))),
            .input(.type(.text), .id("decisionRef-\(entry.id)"), .name("decisionRef")),
            .label(.for("decidedOn-\(entry.id)"), .text(context.t(.tpDecidedOn))),
            .input(.type(.date), .id("decidedOn-\(entry.id)"), .name("decidedOn"), .value(today.iso)),
            .label(.for("award-\(entry.id)"), .text(context.t(.tpAward))),
            .input(.type(.text), .id("award-\(entry.id)"), .name("award")),
            .button(.type(.submit), .class("button button-small"), .text(context.t(.tpRecognise))))
    }
}
