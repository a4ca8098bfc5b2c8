import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// One scheme: its facts, each activity line with the support allowed and why, the money, the
/// deadlines, the timeline of its lifecycle, and the steps the reader may take now.
enum SchemePage {
    struct Model: Sendable {
        let details: SchemeDetails
        let beneficiaries: [(id: UUID, name: String)]
        let implementingUnit: String?
        let communeNames: [String]
        let snapshotHash: String?
        let adjustments: [AdjustmentRequest]
        let moneyEntries: [MoneyEntry]
        let canEdit: Bool
        let canRequestAdjustment: Bool
        let canFileDocuments: Bool
        let notice: String?
        let refusal: String?
    }

    struct AdjustmentForm: Content {
        let action: String
        let reason: String?
        let version: Int
    }

    /// Confirms, approves or rejects an adjustment request from the scheme's page.
    static func decideAdjustment(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        let form = try req.content.decode(AdjustmentForm.self)
        guard let action = AdjustmentAction(rawValue: form.action) else { throw DomainError.unknownAction(form.action, of: AdjustmentAction.self) }
        let adjustment = try req.uuidParameter("adjustment")
        return try await showingRefusal(on: id, principal: principal, req: req, redirect: Route.scheme(id).path + "#adjustments") {
            _ = try await req.services.schemes.decideAdjustment(
                adjustment, action: action, expectedVersion: form.version, reason: form.reason, by: principal, today: req.services.today)
        }
    }

    struct MoneyForm: Content {
        let kind: String
        let amount: String
        let on: String
        let reference: String
    }

    /// Records money from the page; a refusal shows the page again with the reason.
    static func recordMoney(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        // Only the payer records money; others are told so before their figures are read.
        let scheme = try await req.services.schemes.get(id, scope: principal.scope)
        let payer = MoneyRules.payer(for: scheme.level)
        guard principal.role == payer else { throw DomainError(.forbidden, .moneyNotYours, labels: ["role": payer.messageKey]) }
        let form = try req.content.decode(MoneyForm.self)
        return try await showingRefusal(on: id, principal: principal, req: req, redirect: Route.scheme(id).path + "#money") {
            guard let kind = MoneyKind(rawValue: form.kind) else { throw DomainError.invalidFields([FieldError(field: "kind", key: .moneyKindUnknown)]) }
            guard let amount = Money.parse(form.amount) else { throw DomainError.invalidFields([FieldError(field: "amount", key: .schemeAmountInvalid)]) }
            guard let day = Day(parsing: form.on) else { throw DomainError.invalidFields([FieldError(field: "on", key: .fieldInvalidDate)]) }
            _ = try await req.services.schemes.recordMoney(on: id, kind: kind, amount: amount, day: day, reference: form.reference, by: principal)
        }
    }

    struct ActionForm: Content {
        let action: String
        let reason: String?
        let version: Int
        let members: String?
    }

    static func handle(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let done = req.queryValue("done").flatMap(SchemeAction.init(rawValue:))
        let model = try await model(try req.uuidParameter("id"), principal: principal, req: req, done: done, refusal: nil)
        return .html(view(PageContext(req), model: model))
    }

    /// Takes a step from the page. A refusal shows the page again with the reason and the status
    /// the API would give, and nothing changed.
    static func act(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        let form = try req.content.decode(ActionForm.self)
        guard let action = SchemeAction(rawValue: form.action) else { throw DomainError.unknownAction(form.action, of: SchemeAction.self) }
        return try await showingRefusal(on: id, principal: principal, req: req, redirect: Route.scheme(id).path + "?done=" + action.rawValue) {
            _ = try await req.services.schemes.perform(
                action, on: id, expectedVersion: form.version, reason: form.reason,
                members: (form.members ?? "").split(whereSeparator: \.isNewline).map(String.init), by: principal, today: req.services.today)
        }
    }

    /// Runs one step posted from the page: on success it redirects; a refusal shows the page again
    /// with the reason (and any field's message) under the status the API would give, nothing changed.
    static func showingRefusal(
        on id: UUID, principal: Principal, req: Request, redirect: String, _ step: () async throws -> Void
    ) async throws -> Response {
        try await PostedForm.run(req, redirect: redirect, page: { error in
            let model = try await model(id, principal: principal, req: req, done: nil, refusal: PostedForm.refusal(error, req.language))
            return view(PageContext(req), model: model)
        }, step)
    }

    static func model(_ id: UUID, principal: Principal, req: Request, done: SchemeAction?, refusal: String?) async throws -> Model {
        let services = req.services
        let details = try await SchemeDetails.load(id, principal: principal, req: req)
        var beneficiaries: [(UUID, String)] = []
        for beneficiary in details.scheme.beneficiaryIDs {
            if let found = try? await services.establishments.get(beneficiary, scope: principal.scope) {
                beneficiaries.append((found.id, found.name))
            }
        }
        let unit = await details.scheme.implementingUnitID.asyncMap { try? await services.organisations.get($0, scope: .everything).name }
        let geography = try await services.geography.current()
        return Model(
            details: details, beneficiaries: beneficiaries, implementingUnit: unit ?? nil,
            communeNames: details.scheme.communeCodes.map { code in geography.unit(code: code, on: services.today).map { "\($0.name) (\(code))" } ?? code },
            snapshotHash: details.scheme.approvedOn == nil ? nil : try await services.schemes.approvedSnapshot(of: id)?.hash,
            adjustments: try await services.schemes.adjustments(of: id, scope: principal.scope),
            moneyEntries: try await services.schemes.money(of: id, scope: principal.scope).entries,
            canEdit: details.scheme.state.isEditable && !principal.role.isReadOnly
                && SchemeAuthoring.canAuthor(level: details.scheme.level, provinceCode: details.scheme.provinceCode, by: principal)
                && SchemeAuthoring.actsFor(details.scheme, principal: principal),
            canRequestAdjustment: AdjustmentFlow.canRequest(in: details.scheme.state) && AdjustmentFlow.requesters.contains(principal.role)
                && SchemeAuthoring.actsFor(details.scheme, principal: principal),
            canFileDocuments: SchemeDocumentUpload.mayUpload(details.scheme, by: principal),
            notice: done.map { Messages.text(.schDone, req.language, ["action": Messages.text($0.labelKey, req.language)]) },
            refusal: refusal)
    }

    static func view(_ context: PageContext, model: Model) -> String {
        let details = model.details
        let scheme = details.scheme
        func row(_ key: MessageKey, _ value: String) -> Node<HTML.DescriptionListContext> { .fact(context.t(key), value) }
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("breadcrumb"), .link(.schemes(year: nil, state: nil, province: nil, query: nil), context.t(.schTitle))),
            .div(
                .class("title-row"),
                .h1(.text(scheme.title)),
                .if(model.canEdit, .a(.class("button"), .href(Route.schemeEdit(scheme.id).path), .text(context.t(.orgEdit)))),
                .if(
                    model.canRequestAdjustment,
                    .a(.class("button button-quiet"), .href(Route.schemeAdjust(scheme.id).path), .text(context.t(.adjRequestTitle))))),
            .p(.class("lead"), .span(.class("code"), .text(scheme.code)), .text(" · "), .span(.class("tag"), .text(context.t(scheme.state.labelKey)))),
            .unwrap(model.notice) { .notice($0, isError: false) },
            .unwrap(model.refusal) { .notice(context.t(.schRefused, ["message": $0]), isError: true) },
            actions(context, details: details),
            .dl(
                .class("facts"),
                row(.schLevel, context.t(scheme.level.labelKey)),
                row(.schKind, context.t(scheme.kind.labelKey)),
                row(.schProvince, details.provinceName ?? scheme.provinceCode),
                row(.schCommunes, model.communeNames.joined(separator: "; ")),
                row(.schYear, String(scheme.planYear)),
                row(.schYears, scheme.startYear == scheme.endYear ? String(scheme.startYear) : "\(scheme.startYear)–\(scheme.endYear)"),
                row(.schImplementingUnit, model.implementingUnit ?? ""),
                row(.schCooperating, scheme.cooperatingUnits.joined(separator: "; ")),
                row(.schSupportSource, context.t(scheme.level.supportSource.labelKey)),
                row(.orgVersion, String(scheme.version))
            ),
            .if(
                !model.beneficiaries.isEmpty,
                .section(
                    .h2(.text(context.t(.schBeneficiaries))),
                    .ul(.forEach(model.beneficiaries) { .li(.link(.establishment($0.id), $0.name)) }))),
            lines(context, details: details),
            checklist(context, details: details),
            documents(context, model: model),
            money(context, model: model),
            .if(
                !details.deadlines.isEmpty,
                .section(
                    .h2(.text(context.t(.schDeadlines))),
                    .ul(.forEach(details.deadlines) { deadline in
                        .li(
                            .class(deadline.isOverdue ? "deadline overdue" : "deadline"),
                            .text("\(context.t(deadline.kind.labelKey)): \(context.date(deadline.due))"),
                            .if(deadline.isOverdue, .span(.class("tag tag-error"), .text(" " + context.t(.schOverdue)))))
                    }))),
            adjustments(context, model: model),
            .section(
                .h2(.text(context.t(.schTimeline))),
                details.timeline.isEmpty
                    ? .p(.class("empty"), .text(context.t(.schTimelineEmpty)))
                    : .ol(.class("timeline"), .forEach(details.timeline) { step in
                        .li(
                            .strong(.text(context.t(step.action.labelKey))),
                            .text(" — \(Day.vietnameseTimestamp(millis: step.atMillis)) — \(step.actorName) — \(context.t(step.from.labelKey)) → \(context.t(step.to.labelKey))"),
                            .unwrap(step.reason) { .p(.class("reason"), .text("\(context.t(.schReason)): \($0)")) },
                            .if(!step.members.isEmpty, .p(.class("reason"), .text("\(context.t(.schMembers)): \(step.members.joined(separator: "; "))"))))
                    }),
                .unwrap(model.snapshotHash) { .p(.class("hint"), .text("\(context.t(.schSnapshot)): "), .code(.text($0))) }
            )
        )
        return Layout.render(context, title: scheme.title, section: .schemes, content: content)
    }

    static func checklist(_ context: PageContext, details: SchemeDetails) -> Node<HTML.BodyContext> {
        .section(
            .id("checklist"),
            .h2(.text(context.t(.checklistTitle))),
            .ul(
                .class("checklist"),
                .forEach(details.checklist.items) { item in
                    let (label, style): (MessageKey, String) =
                        switch item.status {
                        case .pass: (.checkPass, "tag")
                        case .fail: (.checkFail, "tag tag-error")
                        case .manual: (.checkManual, "tag tag-warn")
                        case .info: (.checkInfo, "tag")
                        }
                    return .li(
                        .strong(.text(context.t(item.check.labelKey))), .span(.class(style), .text(context.t(label))),
                        .if(!item.details.isEmpty, .ul(.forEach(item.details) { .li(.text($0)) })))
                })
        )
    }

    static func adjustments(_ context: PageContext, model: Model) -> Node<HTML.BodyContext> {
        guard !model.adjustments.isEmpty else { return .empty }
        let role = context.principal?.role
        return .section(
            .id("adjustments"),
            .h2(.text(context.t(.adjustmentsTitle))),
            .ul(
                .class("adjustments"),
                .forEach(model.adjustments.reversed()) { request in
                    let decisions: [AdjustmentAction] =
                        switch request.state {
                        case .requested where role == .provinceDepartment: [.confirm, .reject]
                        case .confirmed where role == request.decider: [.approve, .reject]
                        default: []
                        }
                    // Whoever asked may take the request back while it is undecided.
                    let mayWithdraw = request.state.isOpen && request.requestedBy == context.principal?.username
                    let actions = decisions + (mayWithdraw ? [.withdraw] : [])
                    return .li(
                        .strong(.text(request.kinds.map { context.t($0.labelKey) }.joined(separator: "; "))),
                        .text(" — \(context.t(request.state.labelKey)) — \(context.t(.adjDecider)): \(context.t(request.decider.messageKey))"),
                        .p(.text("\(context.t(.adjRequestedBy)): \(request.requestedBy), \(Day.vietnameseTimestamp(millis: request.requestedAtMillis)). \(context.t(.schReason)): \(request.reason)")),
                        .p(.text("\(context.t(.schRequested)): \(Money.format(request.revision.lines.reduce(0) { $0 + $1.requestedSupport }))")),
                        .unwrap(request.decisionReason) { .p(.class("reason"), .text("\(context.t(.schReason)): \($0)")) },
                        .if(
                            !actions.isEmpty,
                            .form(
                                .action(attr(Route.scheme(model.details.scheme.id).path + "/adjustments/" + request.id.uuidString.lowercased())),
                                .method(.post),
                                .csrfField(context.csrfToken),
                                .input(.type(.hidden), .name("version"), .value(String(request.version))),
                                .if(
                                    actions.contains(.reject),
                                    .div(
                                        .class("field"),
                                        .label(.for("adj-reason-\(request.id)"), .text(context.t(.schReason))),
                                        .textarea(.id("adj-reason-\(request.id)"), .name("reason"), .attribute(named: "rows", value: "2")))),
                                .div(
                                    .class("actions"),
                                    .forEach(actions) { action in
                                        .button(
                                            .type(.submit), .name("action"), .value(action.rawValue),
                                            .class(action == .reject || action == .withdraw ? "button button-quiet" : "button"),
                                            .text(context.t(action.labelKey)))
                                    })
                            ))
                    )
                })
        )
    }

    static func lines(_ context: PageContext, details: SchemeDetails) -> Node<HTML.BodyContext> {
        let scheme = details.scheme
        let assessment = details.assessment
        return .section(
            .h2(.text(context.t(.schLines))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("data-table"),
                    .thead(.tr(
                        .columnHeader(context.t(.schActivity)),
                        .columnHeader(context.t(.schDescription)),
                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.schQuantity))),
                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.schEligibleCost))),
                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.schRequested))),
                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.schAllowed))),
                        .columnHeader(context.t(.schWhy))
                    )),
                    .tbody(.forEach(Array(zip(scheme.lines, assessment.lines))) { line, result in
                        .tr(
                            .class(result.exceedsAllowed || result.allowedSupport == nil ? "row-warn" : ""),
                            .td(.text(context.t(line.activityType.labelKey))),
                            .td(.text(line.description)),
                            .td(.class("number"), .text(context.count(line.quantity))),
                            .td(.class("number"), .text(Money.format(line.eligibleCost))),
                            .td(.class("number"), .text(Money.format(line.requestedSupport))),
                            .td(.class("number"), .text(result.allowedSupport.map(Money.format) ?? context.t(.schNotComputable))),
                            .td(.class("explanation"), .text(result.explanation(in: context.language, provinceName: details.provinceName)))
                        )
                    }),
                    .tfoot(.tr(
                        .th(.attribute(named: "scope", value: "row"), .attribute(named: "colspan", value: "3"), .text(context.t(.schTotal))),
                        .td(.class("number"), .text(Money.format(scheme.totalEligibleCost))),
                        .td(.class("number"), .text(Money.format(assessment.totalRequested))),
                        .td(.class("number"), .text(assessment.totalAllowed.map(Money.format) ?? context.t(.schNotComputable))),
                        .td()
                    ))
                )
            )
        )
    }

    static func money(_ context: PageContext, model: Model) -> Node<HTML.BodyContext> {
        let details = model.details
        let scheme = details.scheme
        let money = SchemeMoney(scheme: scheme, entries: model.moneyEntries)
        let canRecord = context.principal?.role == MoneyRules.payer(for: scheme.level) && scheme.approvedOn != nil
        return .section(
            .id("money"),
            .h2(.text(context.t(.schMoney))),
            .dl(
                .class("facts"),
                .dt(.text(context.t(.schEligibleCost))), .dd(.text(Money.format(scheme.totalEligibleCost))),
                .dt(.text(context.t(.schRequested))), .dd(.text(Money.format(scheme.totalRequested))),
                .dt(.text(context.t(.schAllowed))), .dd(.text(details.assessment.totalAllowed.map(Money.format) ?? context.t(.schNotComputable))),
                .dt(.text(context.t(.schCounterpart))), .dd(.text(Money.format(scheme.counterpartFunds))),
                .dt(.text(context.t(.schOtherFunds))), .dd(.text(Money.format(scheme.otherFunds))),
                .dt(.text(context.t(.schAdvanceLimit))), .dd(.text(Money.format(AdvanceRules.limit(for: scheme.lines)))),
                .dt(.text(context.t(.moneyApproved))), .dd(.text(Money.format(money.approved))),
                .forEach(MoneyKind.allCases) { kind in
                    .group(.dt(.text(context.t(kind.labelKey))), .dd(.text(Money.format(money[kind]))))
                }
            ),
            model.moneyEntries.isEmpty
                ? .p(.class("empty"), .text(context.t(.moneyNone)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .thead(.tr(
                            .columnHeader(context.t(.moneyDate)), .columnHeader(context.t(.moneyKind)),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.moneyAmount))),
                            .columnHeader(context.t(.moneyReference)), .columnHeader(context.t(.auditWho)))),
                        .tbody(.forEach(model.moneyEntries) { entry in
                            .tr(
                                .td(.text(context.date(entry.on))), .td(.text(context.t(entry.kind.labelKey))),
                                .td(.class("number"), .text(Money.format(entry.amount))), .td(.text(entry.reference)),
                                .td(.text(entry.recordedBy)))
                        })
                    )),
            .if(
                canRecord,
                .form(
                    .action(attr(Route.scheme(scheme.id).path + "/money")), .method(.post), .class("filters"),
                    .csrfField(context.csrfToken),
                    .div(
                        .class("field"), .label(.for("money-kind"), .text(context.t(.moneyKind))),
                        .select(
                            .id("money-kind"), .attribute(named: "name", value: "kind"),
                            .forEach(MoneyKind.allCases) { .option(.value($0.rawValue), .label(context.t($0.labelKey))) })),
                    .div(
                        .class("field"), .label(.for("money-amount"), .text(context.t(.moneyAmount))),
                        .input(.type(.text), .id("money-amount"), .name("amount"), .attribute(named: "inputmode", value: "numeric"))),
                    .div(
                        .class("field"), .label(.for("money-on"), .text(context.t(.moneyDate))),
                        .input(.type(.text), .id("money-on"), .name("on"), .value(context.date(Day(Date()))), .placeholder("dd/MM/yyyy"))),
                    .div(
                        .class("field field-grow"), .label(.for("money-reference"), .text(context.t(.moneyReference))),
                        .input(.type(.text), .id("money-reference"), .name("reference"))),
                    .div(.class("field field-submit"), .button(.type(.submit), .class("button"), .text(context.t(.moneyRecord))))
                ))
        )
    }

    static func actions(_ context: PageContext, details: SchemeDetails) -> Node<HTML.BodyContext> {
        let scheme = details.scheme
        guard !details.options.isEmpty else { return .empty }
        let needsReason = details.options.contains(where: \.requiresReason)
        let appraises = details.options.contains { [.grassrootsApprove, .ministryApprove, .appraise, .notSelect].contains($0.action) }
        return .section(
            .class("scheme-actions"), .attribute(named: "aria-labelledby", value: "actions-heading"),
            .h2(.id("actions-heading"), .text(context.t(.schActions))),
            .form(
                .action(attr(Route.schemeActions(scheme.id).path)), .method(.post),
                .csrfField(context.csrfToken),
                .input(.type(.hidden), .name("version"), .value(String(scheme.version))),
                .if(
                    needsReason,
                    .div(
                        .class("field"),
                        .label(.for("reason"), .text(context.t(.schReason))),
                        .textarea(.id("reason"), .name("reason"), .attribute(named: "rows", value: "2"), .attribute(named: "aria-describedby", value: "reason-hint")),
                        .p(.id("reason-hint"), .class("hint"), .text(context.t(.schReasonHint))))),
                .if(
                    appraises,
                    .div(
                        .class("field"),
                        .label(.for("members"), .text(context.t(.schMembers))),
                        .textarea(.id("members"), .name("members"), .attribute(named: "rows", value: "3"), .attribute(named: "aria-describedby", value: "members-hint")),
                        .p(.id("members-hint"), .class("hint"), .text(context.t(.schMembersHint))))),
                .div(
                    .class("actions"),
                    .forEach(details.options) { option in
                        .button(
                            .type(.submit), .name("action"), .value(option.action.rawValue),
                            .class(option.requiresReason ? "button button-quiet" : "button"),
                            .if(!option.isAllowed, .attribute(named: "disabled", value: "disabled")),
                            .text(context.t(option.action.labelKey)))
                    }),
                .forEach(details.options.filter { !$0.isAllowed }) { option in
                    .p(
                        .class("hint blocked"),
                        .text("\(context.t(.schBlocked)) — " + option.blockedBy.map { context.t($0.failureKey, ["action": context.t(option.action.labelKey)]) }.joined(separator: " ")))
                }
            )
        )
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
