import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// `/selection-rounds`: the rounds of a year (all years by default), and for organisers the form
/// that plans a new one.
enum SelectionRoundsPage {
    struct Form: Content {
        var level: String?
        var areaCode: String?
        var year: String?
        var registrationOpens: String?
        var registrationCloses: String?
        var title: String?
        var organiser: String?
        var council: String?
        var quota: String?
        var version: Int?

        init() {}

        /// The form as the round now stands, to revise it.
        init(_ record: RoundRecord) {
            let round = record.round
            level = round.level.rawValue
            areaCode = round.scope.code
            year = String(round.year)
            registrationOpens = round.registrationOpens.iso
            registrationCloses = round.registrationCloses.iso
            title = record.title
            organiser = record.organiser
            council = record.council.joined(separator: "\n")
            quota = record.quota.map(String.init)
            version = record.version
        }

        /// The plan's other fields; a quota that is not a whole number is kept as 0, which is refused.
        var plan: TypicalProductRepository.Plan {
            let quotaText = quota?.trimmingCharacters(in: .whitespaces) ?? ""
            return TypicalProductRepository.Plan(
                title: title, organiser: organiser, council: (council ?? "").split(whereSeparator: \.isNewline).map(String.init),
                quota: quotaText.isEmpty ? nil : Int(quotaText) ?? 0)
        }

        /// The draft, with the one area code put where the level needs it.
        func draft() throws -> SelectionRoundDraft {
            var errors: [FieldError] = []
            let level = level.flatMap(SelectionLevel.init(rawValue:))
            if level == nil { errors.append(FieldError(field: "level", key: .tpLevelUnknown)) }
            let year = year.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            if year == nil { errors.append(FieldError(field: "year", key: .tpRoundYearOutOfRange)) }
            let opens = registrationOpens.flatMap(Day.init(parsing:))
            if opens == nil { errors.append(FieldError(field: "registrationOpens", key: .invalidDate)) }
            let closes = registrationCloses.flatMap(Day.init(parsing:))
            if closes == nil { errors.append(FieldError(field: "registrationCloses", key: .invalidDate)) }
            guard errors.isEmpty, let level, let year, let opens, let closes else { throw DomainError.invalidFields(errors) }
            let code = areaCode?.trimmingCharacters(in: .whitespaces)
            return SelectionRoundDraft(
                level: level, year: year, communeCode: level == .commune ? code : nil, districtCode: level == .district ? code : nil,
                provinceCode: level == .province ? code : nil, regionCode: level == .region ? code : nil, registrationOpens: opens,
                registrationCloses: closes)
        }
    }

    /// The draft's area fields all show on the form's one area field.
    static let areaFields: Set<String> = ["communeCode", "districtCode", "provinceCode", "regionCode"]

    static func handle(_ req: Request) async throws -> Response {
        _ = try req.requirePrincipal()
        return .html(try await page(req, form: Form(), error: nil))
    }

    /// `POST /selection-rounds/{id}/edit`: revises the round (organisers, before judging closes).
    static func update(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        try await req.services.typicalProducts.checkOrganiser(of: id, by: principal)
        let form = try req.content.decode(Form.self)
        return try await PostedForm.run(
            req, redirect: Route.selectionRound(id).path + "?done=1",
            page: { error in
                let shown = DomainError(
                    error.kind, error.key, arguments: error.arguments, labels: error.labels,
                    fields: error.fields.map { areaFields.contains($0.field) ? FieldError(field: "areaCode", key: $0.key) : $0 })
                return try await SelectionRoundPage.page(req, id: id, error: shown, entryForm: .init(), roundForm: form)
            }
        ) {
            _ = try await req.services.typicalProducts.updateRound(
                id, with: try form.draft(), plan: form.plan, expectedVersion: form.version ?? -1, by: principal)
        }
    }

    static func create(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let form = try req.content.decode(Form.self)
        do {
            let record = try await req.services.typicalProducts.createRound(
                try form.draft(), plan: form.plan, geography: try await req.services.geography.current(), by: principal)
            return req.redirect(to: Route.selectionRound(record.round.id).path + "?done=1", redirectType: .normal)
        } catch let error as DomainError where error.kind == .invalidInput || error.kind == .forbidden {
            let shown = DomainError(
                error.kind, error.key, arguments: error.arguments, labels: error.labels,
                fields: error.fields.map { areaFields.contains($0.field) ? FieldError(field: "areaCode", key: $0.key) : $0 })
            return .html(try await page(req, form: form, error: shown), status: error.kind.status)
        }
    }

    static func page(_ req: Request, form: Form, error: DomainError?) async throws -> String {
        let principal = try req.requirePrincipal()
        let year = try req.yearParameter(in: SelectionRoundValidation.years)
        let rounds = try await req.services.typicalProducts.rounds(.init(year: year))
        let naming = try await SelectionRoundsAPI.naming(req)
        let context = PageContext(req)
        let today = req.services.today
        let organises = SelectionAccess.organiserRoles.contains(principal.role)
        let judging = try await req.services.typicalProducts.roundIDs(judgedBy: principal.userID)
        let content: Node<HTML.BodyContext> = .group(
            .div(
                .class("title-row"),
                .h1(.text(context.t(.tpRoundsTitle))),
                .form(
                    .method(.get), .action(Route.selectionRounds(year: nil).path), .class("inline-form"),
                    .label(.for("filter-year"), .text(context.t(.schYear) + " ")),
                    .input(.type(.number), .id("filter-year"), .name("year"), .value(year.map(String.init) ?? ""),
                        .attribute(named: "min", value: "2010"), .attribute(named: "max", value: "2040")),
                    .button(.type(.submit), .class("button button-small"), .text(context.t(.schFilter))))
            ),
            .p(.class("lead"), .text(context.t(.tpRoundsIntro))),
            .p(.link(.catalogue(query: nil, province: nil, level: nil, year: nil, group: nil), context.t(.tpCatalogueTitle)),
               .text(" · "), .link(.certificateLookup(number: nil), context.t(.tpVerifyTitle))),
            .unwrap(error) { .notice(PostedForm.refusal($0, context.language), isError: true) },
            rounds.isEmpty
                ? .p(.class("empty"), .text(context.t(.tpRoundsNone)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .thead(.tr(
                            .columnHeader(context.t(.tpColRound)), .columnHeader(context.t(.tpColLevel)),
                            .columnHeader(context.t(.tpColYear)), .columnHeader(context.t(.tpColWindow)),
                            .columnHeader(context.t(.tpColPhase)))),
                        .tbody(.forEach(rounds) { record in
                            .tr(
                                .td(
                                    .link(.selectionRound(record.round.id), naming.title(of: record)),
                                    .if(judging.contains(record.round.id), .span(.class("tag"), .text(context.t(.tpJury))))),
                                .td(.text(context.t(record.round.level.labelKey))),
                                .td(.text(String(record.round.year))),
                                .td(.text("\(context.date(record.round.registrationOpens)) – \(context.date(record.round.registrationCloses))")),
                                .td(.text(context.t(record.phase(on: today).labelKey))))
                        })
                    )),
            .if(organises, newRoundForm(context, form: form, error: error, defaultYear: today.year)),
            parametersSection(context, parameters: try await req.services.selectionParameters.current().parameters, naming: naming, today: today)
        )
        return Layout.render(context, title: context.t(.tpRoundsTitle), section: .selection, content: content)
    }

    /// The rules a round opening today would follow, each marked verified or not.
    static func parametersSection(
        _ context: PageContext, parameters: SelectionParameters, naming: RoundNaming, today: Day
    ) -> Node<HTML.BodyContext> {
        func mark(_ verified: Bool) -> Node<HTML.BodyContext> {
            verified ? .text("") : .span(.class("tag tag-warn"), .text(context.t(.tpParametersUnverified)))
        }
        let levels = SelectionLevel.allCases.filter { $0.exists(on: today) }
        return .section(
            .h2(.text(context.t(.tpParametersTitle))),
            .p(.class("hint"), .text(context.t(.tpParametersIntro))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("data-table"),
                    .thead(.tr(
                        .columnHeader(context.t(.tpColLevel)),
                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.tpColScore))),
                        .columnHeader(context.t(.tpResults)))),
                    .tbody(.forEach(levels) { level in
                        let rule = parameters.scoring.rule(for: level, on: today)
                        return .tr(
                            .td(.text(context.t(level.labelKey))),
                            .td(.class("number"), .text(rule.map { "≥ \($0.passMark)" } ?? "—"), .unwrap(rule) { mark($0.passMarkVerified) }),
                            .td(.text(rule.map { context.t($0.method.labelKey) } ?? "—"), .unwrap(rule) { mark($0.methodVerified) }))
                    })
                )),
            .ul(.forEach(parameters.validity.rules) { rule in
                .li(
                    .text(context.t(.tpValidityRule, [
                        "date": context.date(rule.validFrom), "years": String(rule.yearsCountingIssueYear), "basis": rule.legalBasis,
                    ])),
                    mark(rule.verified))
            }),
            .ul(
                .forEach(parameters.regions.regions) { region in
                    .li(
                        .strong(.text(region.name(in: context.language) + ": ")),
                        .text(region.provinceCodes.map(naming.provinceName).sorted(by: VietnameseCollation.areInIncreasingOrder).joined(separator: ", ")))
                },
                .li(mark(parameters.regions.verified)))
        )
    }

    static func newRoundForm(_ context: PageContext, form: Form, error: DomainError?, defaultYear: Int) -> Node<HTML.BodyContext> {
        var form = form
        form.year = form.year ?? String(defaultYear)
        form.level = form.level ?? SelectionLevel.province.rawValue
        return roundForm(context, form: form, error: error, action: .selectionRoundNew, heading: .tpNewRound, version: nil)
    }

    /// The round's form, to plan one or (with `version`) to revise one, whose level and area stay.
    static func roundForm(
        _ context: PageContext, form: Form, error: DomainError?, action: Route, heading: MessageKey, version: Int?
    ) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, error: error)
        let scope: Node<HTML.FormContext> =
            version == nil
            ? .group(
                fields.select(
                    "level", .tpColLevel,
                    options: TypicalProductsPageSupport.levelOptions(context, levels: [.commune, .province, .region, .national]),
                    selected: form.level),
                fields.text("areaCode", .tpAreaCode, form.areaCode),
                fields.text("year", .schYear, form.year, type: .number))
            : .group(
                .input(.type(.hidden), .name("level"), .value(attr(form.level ?? ""))),
                .input(.type(.hidden), .name("areaCode"), .value(attr(form.areaCode ?? ""))),
                .input(.type(.hidden), .name("year"), .value(attr(form.year ?? ""))),
                .input(.type(.hidden), .name("version"), .value(String(version ?? 0))))
        return .section(
            .h2(.text(context.t(heading))),
            .form(
                .action(action.path), .method(.post), .class("stack"), .novalidate(),
                .csrfField(context.csrfToken),
                scope,
                .div(
                    .class("field-row"),
                    fields.text("registrationOpens", .tpRegistrationOpens, form.registrationOpens, type: .date),
                    fields.text("registrationCloses", .tpRegistrationCloses, form.registrationCloses, type: .date)),
                fields.text("title", .tpRoundTitle, form.title),
                fields.text("organiser", .tpOrganiser, form.organiser),
                fields.textarea("council", .tpCouncil, form.council, hint: .tpCouncilHint),
                fields.text("quota", .tpQuota, form.quota, type: .number),
                .button(.type(.submit), .class("button"), .text(context.t(heading)))
            ))
    }
}
