import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// Create a scheme, or revise a draft, from the browser: up to `lineCount` activity lines,
/// beneficiaries named by tax code, every problem shown next to its field and what was typed kept.
enum SchemeFormPage {
    static let lineCount = 6

    /// What the form does: draft a new scheme, revise a draft, or ask to adjust an approved scheme
    /// (then level, kind, province and plan year are fixed and a reason is asked for).
    enum Mode: Sendable, Equatable {
        case new
        case edit(UUID)
        case adjust(UUID)

        var route: String {
            switch self {
            case .new: Route.schemeNew.path
            case .edit(let id): Route.schemeEdit(id).path
            case .adjust(let id): Route.schemeAdjust(id).path
            }
        }
    }

    /// The form as posted; values stay text so that a wrong one is shown back as typed.
    struct Form: Sendable {
        var values: [String: String]

        subscript(_ name: String) -> String { values[name] ?? "" }

        init(_ values: [String: String]) { self.values = values }

        init(_ scheme: Scheme?, principal: Principal, taxCodes: [String]) {
            var values: [String: String] = [
                "level": scheme?.level.rawValue ?? SchemeLevel.national.rawValue, "kind": scheme?.kind.rawValue ?? SchemeKind.single.rawValue,
                "title": scheme?.title ?? "", "planYear": scheme.map { String($0.planYear) } ?? "",
                "startYear": scheme.map { String($0.startYear) } ?? "", "endYear": scheme.map { String($0.endYear) } ?? "",
                "provinceCode": scheme?.provinceCode ?? principal.provinceCode ?? "",
                "communeCodes": scheme?.communeCodes.joined(separator: ", ") ?? "", "beneficiaries": taxCodes.joined(separator: "\n"),
                "cooperatingUnits": scheme?.cooperatingUnits.joined(separator: "\n") ?? "",
            ]
            for (index, line) in (scheme?.lines ?? []).enumerated() where index < SchemeFormPage.lineCount {
                let n = index + 1
                values["line\(n)_activityType"] = line.activityType.rawValue
                values["line\(n)_description"] = line.description
                values["line\(n)_quantity"] = String(line.quantity)
                values["line\(n)_eligibleCost"] = String(line.eligibleCost)
                values["line\(n)_requestedSupport"] = String(line.requestedSupport)
            }
            if let scheme { values["version"] = String(scheme.version) }
            self.values = values
        }

        /// The draft the form describes, or the fields it cannot even read.
        func draft(beneficiaries: [UUID]) throws -> SchemeDraft {
            var errors: [FieldError] = []
            func year(_ name: String, required: Bool) -> Int? {
                let text = VietnameseText.trimmed(self[name])
                if text.isEmpty {
                    if required { errors.append(FieldError(field: name, key: .fieldRequired)) }
                    return nil
                }
                guard let value = Int(text) else {
                    errors.append(FieldError(field: name, key: .fieldWholeNumber))
                    return nil
                }
                return value
            }
            func amount(_ name: String) -> Int64? {
                guard !VietnameseText.trimmed(self[name]).isEmpty else { return nil }
                guard let value = Money.parse(self[name]) else {
                    errors.append(FieldError(field: name, key: .fieldWholeNumber))
                    return nil
                }
                return value
            }
            let level = SchemeLevel(rawValue: self["level"])
            if level == nil { errors.append(FieldError(field: "level", key: .schemeLevelUnknown)) }
            let kind = SchemeKind(rawValue: self["kind"])
            if kind == nil { errors.append(FieldError(field: "kind", key: .schemeKindUnknown)) }
            let planYear = year("planYear", required: true)
            let startYear = year("startYear", required: false)
            let endYear = year("endYear", required: false)
            var lines: [SchemeLine] = []
            for n in 1...SchemeFormPage.lineCount {
                let type = self["line\(n)_activityType"]
                guard !type.isEmpty else { continue }
                guard let activity = ActivityType(rawValue: type) else {
                    errors.append(FieldError(field: "lines[\(n)].activityType", key: .schemeActivityUnknown))
                    continue
                }
                let quantity = Int(VietnameseText.trimmed(self["line\(n)_quantity"])) ?? 1
                lines.append(
                    SchemeLine(
                        activityType: activity, description: self["line\(n)_description"], quantity: quantity,
                        eligibleCost: amount("line\(n)_eligibleCost") ?? 0, requestedSupport: amount("line\(n)_requestedSupport") ?? 0))
            }
            let communes = self["communeCodes"].split(whereSeparator: { $0 == "," || $0 == " " || $0.isNewline }).map(String.init)
            let partners = self["cooperatingUnits"].split(whereSeparator: \.isNewline).map(String.init)
            guard errors.isEmpty, let level, let kind, let planYear else { throw DomainError.invalidFields(errors) }
            return SchemeDraft(
                level: level, kind: kind, title: self["title"], planYear: planYear, startYear: startYear, endYear: endYear,
                provinceCode: VietnameseText.trimmed(self["provinceCode"]), communeCodes: communes, cooperatingUnits: partners,
                beneficiaryIDs: beneficiaries, lines: lines)
        }

        var taxCodes: [String] {
            self["beneficiaries"].split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        }
    }

    /// Tax codes to establishment ids; an unknown one is reported on the field.
    static func beneficiaries(_ form: Form, principal: Principal, services: AppServices) async throws -> [UUID] {
        let found = try await services.establishments.find(taxCodes: form.taxCodes, scope: principal.scope)
        guard found.count == Set(form.taxCodes).count else {
            throw DomainError.invalidFields([FieldError(field: "beneficiaries", key: .schemeBeneficiaryUnknown)])
        }
        var seen = Set<String>()
        return form.taxCodes.filter { seen.insert($0).inserted }.compactMap { found[$0]?.id }
    }

    /// Who may draft a scheme at all (the repository then checks the level and province).
    static func checkMayDraft(_ principal: Principal) throws {
        guard [.ministryAdmin, .provinceDepartment, .implementingUnit].contains(principal.role) else { throw DomainError.forbidden }
    }

    /// The scheme, if the principal may revise it now: the same check for the form and its posting,
    /// made before the posted content is read.
    static func editableScheme(_ req: Request, principal: Principal) async throws -> Scheme {
        let scheme = try await req.services.schemes.get(try req.uuidParameter("id"), scope: principal.scope)
        guard SchemeAuthoring.canAuthor(level: scheme.level, provinceCode: scheme.provinceCode, by: principal),
            SchemeAuthoring.actsFor(scheme, principal: principal)
        else { throw DomainError.forbidden }
        guard scheme.state.isEditable else { throw DomainError(.conflict, .schemeNotEditable) }
        return scheme
    }

    /// The scheme, if the principal may ask to adjust it now.
    static func adjustableScheme(_ req: Request, principal: Principal) async throws -> Scheme {
        let scheme = try await req.services.schemes.get(try req.uuidParameter("id"), scope: principal.scope)
        guard AdjustmentFlow.requesters.contains(principal.role), SchemeAuthoring.actsFor(scheme, principal: principal) else {
            throw DomainError.forbidden
        }
        guard AdjustmentFlow.canRequest(in: scheme.state) else { throw DomainError(.conflict, .adjustmentNotAllowedInState) }
        return scheme
    }

    static func new(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        try checkMayDraft(principal)
        return .html(try await page(req, form: Form(nil, principal: principal, taxCodes: []), mode: .new, error: nil))
    }

    static func create(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        try checkMayDraft(principal)
        let form = Form(try req.content.decode([String: String].self))
        do {
            let draft = try form.draft(beneficiaries: try await beneficiaries(form, principal: principal, services: req.services))
            let created = try await req.services.schemes.create(draft, by: principal, today: req.services.today)
            return req.redirect(to: Route.scheme(created.id).path, redirectType: .normal)
        } catch let error as DomainError where error.kind == .invalidInput || error.kind == .conflict {
            return .html(try await page(req, form: form, mode: .new, error: error), status: error.kind.status)
        }
    }

    static func edit(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let scheme = try await editableScheme(req, principal: principal)
        var taxCodes: [String] = []
        for id in scheme.beneficiaryIDs {
            if let establishment = try? await req.services.establishments.get(id, scope: principal.scope) { taxCodes.append(establishment.taxCode) }
        }
        return .html(try await page(req, form: Form(scheme, principal: principal, taxCodes: taxCodes), mode: .edit(scheme.id), error: nil))
    }

    static func update(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try await editableScheme(req, principal: principal).id
        var form = Form(try req.content.decode([String: String].self))
        do {
            let draft = try form.draft(beneficiaries: try await beneficiaries(form, principal: principal, services: req.services))
            _ = try await req.services.schemes.update(
                id, with: draft, expectedVersion: Int(form["version"]) ?? -1, by: principal, today: req.services.today)
            return req.redirect(to: Route.scheme(id).path, redirectType: .normal)
        } catch let error as DomainError where error.kind == .invalidInput || error.kind == .conflict {
            if error.key == .staleVersion {
                form.values["version"] = String(try await req.services.schemes.get(id, scope: principal.scope).version)
            }
            return .html(try await page(req, form: form, mode: .edit(id), error: error), status: error.kind.status)
        }
    }

    static func page(_ req: Request, form: Form, mode: Mode, error: DomainError?) async throws -> String {
        let geography = try await req.services.geography.current()
        return view(PageContext(req), form: form, mode: mode, provinces: geography.units(level: .province, on: req.services.today), error: error)
    }

    /// The implementing unit or the Department asks to change an approved scheme; what it changes,
    /// and so who decides, is read from the content.
    static func adjustForm(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let scheme = try await adjustableScheme(req, principal: principal)
        var taxCodes: [String] = []
        for id in scheme.beneficiaryIDs {
            if let establishment = try? await req.services.establishments.get(id, scope: principal.scope) { taxCodes.append(establishment.taxCode) }
        }
        return .html(try await page(req, form: Form(scheme, principal: principal, taxCodes: taxCodes), mode: .adjust(scheme.id), error: nil))
    }

    static func requestAdjustment(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let scheme = try await adjustableScheme(req, principal: principal)
        let id = scheme.id
        let form = Form(try req.content.decode([String: String].self))
        do {
            let draft = try form.draft(beneficiaries: try await beneficiaries(form, principal: principal, services: req.services))
            let revision = SchemeRevision(
                title: draft.title, startYear: draft.startYear, endYear: draft.endYear, communeCodes: draft.communeCodes,
                cooperatingUnits: draft.cooperatingUnits, beneficiaryIDs: draft.beneficiaryIDs, lines: draft.lines)
            _ = try await req.services.schemes.requestAdjustment(
                of: scheme.id, revision: revision, reason: form["reason"], by: principal, today: req.services.today)
            return req.redirect(to: Route.scheme(id).path + "#adjustments", redirectType: .normal)
        } catch let error as DomainError where error.kind == .invalidInput || error.kind == .conflict {
            return .html(try await page(req, form: form, mode: .adjust(id), error: error), status: error.kind.status)
        }
    }

    /// Domain field names (`lines[2].eligibleCost`) as the form names them (`line2_eligibleCost`).
    static func formError(_ error: DomainError?) -> DomainError? {
        guard let error else { return nil }
        let fields = error.fields.map { field -> FieldError in
            guard field.field.hasPrefix("lines["), let close = field.field.firstIndex(of: "]") else {
                return FieldError(field: field.field == "beneficiaryIds" ? "beneficiaries" : field.field, key: field.key)
            }
            let number = field.field[field.field.index(field.field.startIndex, offsetBy: 6)..<close]
            let rest = field.field[field.field.index(after: close)...].dropFirst()
            return FieldError(field: "line\(number)_\(rest)", key: field.key)
        }
        return DomainError(error.kind, error.key, arguments: error.arguments, labels: error.labels, fields: fields)
    }

    static func view(_ context: PageContext, form: Form, mode: Mode, provinces: [AdminUnit], error: DomainError?) -> String {
        let error = formError(error)
        let fields = FormFields(context, error: error)
        let title =
            switch mode {
            case .new: context.t(.schNew)
            case .edit: context.t(.orgEdit) + ": " + form["title"]
            case .adjust: context.t(.adjRequestTitle) + ": " + form["title"]
            }
        let action = mode.route
        let adjusting = if case .adjust = mode { true } else { false }
        let fixed = ["level", "kind", "provinceCode", "planYear"]
        let activityOptions = [("", "—")] + ActivityType.allCases.map { ($0.rawValue, "\($0.rateRow) · \(context.t($0.labelKey))") }
        let lineProblems = (error?.fields ?? []).filter { $0.field.hasPrefix("line") || $0.field == "lines" }
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("breadcrumb"), .link(.schemes(year: nil, state: nil, province: nil, query: nil), context.t(.schTitle))),
            .h1(.text(title)),
            .unwrap(error) { .notice($0.message(in: context.language), isError: true) },
            .form(
                .action(attr(action)), .method(.post), .class("stack"), .novalidate(),
                .csrfField(context.csrfToken),
                .if(mode != .new, .input(.type(.hidden), .name("version"), .value(attr(form["version"])))),
                .if(adjusting, .group(
                    .forEach(fixed) { .input(.type(.hidden), .name($0), .value(attr(form[$0]))) },
                    fields.textarea("reason", .schReason, form["reason"], hint: .adjRequestHint))),
                .if(!adjusting, .div(
                    .class("field-row"),
                    fields.select("level", .schLevel, options: SchemeLevel.allCases.map { ($0.rawValue, context.t($0.labelKey)) }, selected: form["level"]),
                    fields.select("kind", .schKind, options: SchemeKind.allCases.map { ($0.rawValue, context.t($0.labelKey)) }, selected: form["kind"])
                )),
                fields.text("title", .schName, form["title"], required: true),
                .div(
                    .class("field-row"),
                    .if(!adjusting, fields.text("planYear", .schYear, form["planYear"], type: .number, required: true)),
                    fields.text("startYear", .schStartYear, form["startYear"], type: .number),
                    fields.text("endYear", .schEndYear, form["endYear"], type: .number)
                ),
                .if(!adjusting, fields.select("provinceCode", .schProvince, options: provinces.map { ($0.code, $0.name) }, selected: form["provinceCode"])),
                fields.text("communeCodes", .schCommunes, form["communeCodes"], hint: .schCommunesHint),
                fields.textarea("beneficiaries", .schBeneficiaries, form["beneficiaries"], hint: .schBeneficiariesHint),
                fields.textarea("cooperatingUnits", .schCooperating, form["cooperatingUnits"]),
                .fieldset(
                    .class(lineProblems.isEmpty ? "fieldset" : "fieldset field-invalid"),
                    .element(named: "legend", text: context.t(.schLines)),
                    fields.errorNode("lines"),
                    .forEach(1...lineCount) { n in
                        .div(
                            .class("scheme-line"),
                            .h3(.text("\(context.t(.schActivity)) \(n)")),
                            fields.select("line\(n)_activityType", .schActivity, options: activityOptions, selected: form["line\(n)_activityType"]),
                            fields.text("line\(n)_description", .schDescription, form["line\(n)_description"]),
                            .div(
                                .class("field-row"),
                                fields.text("line\(n)_quantity", .schQuantity, form["line\(n)_quantity"], type: .number),
                                fields.text("line\(n)_eligibleCost", .schEligibleCost, form["line\(n)_eligibleCost"]),
                                fields.text("line\(n)_requestedSupport", .schRequested, form["line\(n)_requestedSupport"])
                            )
                        )
                    }
                ),
                .button(.type(.submit), .class("button"), .text(context.t(.orgSave)))
            )
        )
        return Layout.render(context, title: title, section: .schemes, content: content)
    }
}
