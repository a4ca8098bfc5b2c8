import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// A support-rate table edited in the browser by the body that keeps it: the Cục for the national
/// table, a province's Department for its own (seed letter point 6). One row per activity; a row
/// left empty is not in the table, and the calculation reports it as not set.
enum RateTableFormPage {
    struct Form: Sendable {
        var values: [String: String]

        subscript(_ name: String) -> String { values[name] ?? "" }

        init(_ values: [String: String]) { self.values = values }

        init(_ stored: RateTableRepository.Stored?, scope: RateScope, language: UILanguage) {
            var values: [String: String] = ["scope": scope.description]
            if let stored {
                let table = stored.table
                values["code"] = table.code
                values["title"] = table.title
                values["legalBasis"] = table.legalBasis
                values["validFrom"] = table.validFrom.vietnamese
                values["validTo"] = table.validTo?.vietnamese ?? ""
                values["version"] = String(stored.version)
                for rule in table.rules {
                    let key = rule.activityType.rawValue
                    values["\(key)_rate"] = rule.ratePercent.map { BasisPoints.format($0, in: language).replacingOccurrences(of: " %", with: "") } ?? ""
                    values["\(key)_cap"] = rule.cap.map(String.init) ?? ""
                    values["\(key)_unit"] = rule.capUnit.rawValue
                    values["\(key)_verified"] = rule.verified ? "on" : nil
                    values["\(key)_note"] = rule.note ?? ""
                }
            }
            self.values = values
        }

        /// "30", "12,5" or "12.5" per cent as basis points.
        static func basisPoints(_ text: String) -> Int? {
            let cleaned = text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: ",", with: ".")
                .trimmingCharacters(in: .whitespaces)
            guard let value = Decimal(string: cleaned), value >= 0 else { return nil }
            var scaled = value * 100
            var rounded = Decimal()
            NSDecimalRound(&rounded, &scaled, 0, .plain)
            return NSDecimalNumber(decimal: rounded).intValue
        }

        func table() throws -> RateTable {
            var errors: [FieldError] = []
            let scope = RateScope(self["scope"])
            if scope == nil { errors.append(FieldError(field: "scope", key: .rateScopeInvalid)) }
            let from = Day(parsing: self["validFrom"])
            if from == nil { errors.append(FieldError(field: "validFrom", key: .fieldInvalidDate)) }
            var to: Day?
            if !self["validTo"].isEmpty {
                to = Day(parsing: self["validTo"])
                if to == nil { errors.append(FieldError(field: "validTo", key: .fieldInvalidDate)) }
            }
            var rules: [SupportRule] = []
            for activity in ActivityType.allCases {
                let key = activity.rawValue
                let rateText = VietnameseText.trimmed(self["\(key)_rate"])
                let capText = self["\(key)_cap"].filter { $0.isNumber || $0 == "-" }
                let note = VietnameseText.trimmed(self["\(key)_note"])
                guard !rateText.isEmpty || !capText.isEmpty || !note.isEmpty else { continue }
                var rate: Int?
                if !rateText.isEmpty {
                    rate = Self.basisPoints(rateText)
                    if rate == nil { errors.append(FieldError(field: "\(key)_rate", key: .rateOutOfRange)) }
                }
                var cap: Int64?
                if !capText.isEmpty {
                    cap = Int64(capText)
                    if cap == nil { errors.append(FieldError(field: "\(key)_cap", key: .schemeAmountInvalid)) }
                }
                rules.append(
                    SupportRule(
                        activityType: activity, ratePercent: rate, cap: cap, capUnit: CapUnit(rawValue: self["\(key)_unit"]),
                        verified: self["\(key)_verified"] == "on", note: note.isEmpty ? nil : note))
            }
            guard errors.isEmpty, let scope, let from else { throw DomainError.invalidFields(errors) }
            return RateTable(
                code: VietnameseText.trimmed(self["code"]), scope: scope, title: self["title"], legalBasis: self["legalBasis"],
                validFrom: from, validTo: to, rules: rules)
        }
    }

    /// The scope a new table gets: the signed-in body's own.
    static func ownScope(_ principal: Principal) throws -> RateScope {
        switch principal.role {
        case .ministryAdmin: return .national
        case .provinceDepartment: if let code = principal.provinceCode { return .province(code) }
        default: break
        }
        throw DomainError(.forbidden, .rateTableNotYours)
    }

    static func new(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let scope = try ownScope(principal)
        return .html(view(PageContext(req), form: Form(nil, scope: scope, language: req.language), editing: false, error: nil))
    }

    static func edit(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        guard let stored = try await req.services.rateTables.get(req.parameters.get("code") ?? "") else { throw DomainError.notFound }
        guard RateTableEditing.canEdit(stored.table.scope, by: principal) else { throw DomainError(.forbidden, .rateTableNotYours) }
        return .html(view(PageContext(req), form: Form(stored, scope: stored.table.scope, language: req.language), editing: true, error: nil))
    }

    static func save(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let editing = req.parameters.get("code") != nil
        // Who may write is settled before the posted table is read, as for the forms themselves.
        if editing {
            guard let stored = try await req.services.rateTables.get(req.parameters.get("code") ?? "") else { throw DomainError.notFound }
            guard RateTableEditing.canEdit(stored.table.scope, by: principal) else { throw DomainError(.forbidden, .rateTableNotYours) }
        } else {
            _ = try ownScope(principal)
        }
        let form = Form(try req.content.decode([String: String].self))
        do {
            var table = try form.table()
            if editing { table.code = req.parameters.get("code") ?? table.code }
            let saved = try await req.services.rateTables.save(table, expectedVersion: editing ? Int(form["version"]) ?? -1 : nil, by: principal)
            return req.redirect(to: Route.rateTables.path + "#" + saved.table.code, redirectType: .normal)
        } catch let error as DomainError where error.kind == .invalidInput || error.kind == .conflict {
            return .html(view(PageContext(req), form: form, editing: editing, error: error), status: error.kind.status)
        }
    }

    static func view(_ context: PageContext, form: Form, editing: Bool, error: DomainError?) -> String {
        let fields = FormFields(context, error: error)
        let title = editing ? context.t(.orgEdit) + ": " + form["code"] : context.t(.rateTableNew)
        let action = editing ? Route.rateTableEdit(form["code"]).path : Route.rateTableNew.path
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("breadcrumb"), .link(.rateTables, context.t(.rateTablesTitle))),
            .h1(.text(title)),
            .unwrap(error) { .notice($0.message(in: context.language), isError: true) },
            .form(
                .action(attr(action)), .method(.post), .class("stack"), .novalidate(),
                .csrfField(context.csrfToken),
                .input(.type(.hidden), .name("scope"), .value(attr(form["scope"]))),
                .if(editing, .input(.type(.hidden), .name("version"), .value(attr(form["version"])))),
                .if(!editing, fields.text("code", .rateTableCode, form["code"], hint: .rateTableCodeHint, required: true)),
                fields.text("title", .schName, form["title"], required: true),
                fields.text("legalBasis", .rateLegalBasis, form["legalBasis"], required: true),
                .div(
                    .class("field-row"),
                    fields.text("validFrom", .rateValidFrom, form["validFrom"], hint: .estDateHint, required: true),
                    fields.text("validTo", .rateValidTo, form["validTo"], hint: .estDateHint)
                ),
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table rate-form"),
                        .thead(.tr(
                            .columnHeader(context.t(.rateRow)), .columnHeader(context.t(.schActivity)),
                            .columnHeader(context.t(.rateRate) + " (%)"), .columnHeader(context.t(.rateCap) + " (đồng)"),
                            .columnHeader(context.t(.rateCapUnit)), .columnHeader(context.t(.rateVerified)), .columnHeader(context.t(.rateNote)))),
                        .tbody(.forEach(ActivityType.allCases) { row($0, form: form, fields: fields, context: context) })
                    )),
                .button(.type(.submit), .class("button"), .text(context.t(.orgSave)))
            )
        )
        return Layout.render(context, title: title, section: .rates, content: content)
    }

    /// One activity's inputs; a function of its own so that the type checker sees small expressions.
    static func row(_ activity: ActivityType, form: Form, fields: FormFields, context: PageContext) -> Node<HTML.TableContext> {
        let key = activity.rawValue
        let label = context.t(activity.labelKey)
        let unit = form["\(key)_unit"].isEmpty ? activity.defaultCapUnit.rawValue : form["\(key)_unit"]
        let invalid = fields.problems["\(key)_rate"] != nil || fields.problems["\(key)_cap"] != nil
        func input(_ suffix: String, _ title: MessageKey) -> Node<HTML.TableRowContext> {
            let name = "\(key)_\(suffix)"
            let labelText = label + ": " + context.t(title)
            return .td(.input(.type(.text), .name(name), .value(attr(form[name])), .attribute(named: "aria-label", value: attr(labelText))))
        }
        let units: Node<HTML.TableRowContext> = .td(
            .select(
                .attribute(named: "name", value: "\(key)_unit"), .attribute(named: "aria-label", value: attr(label + ": " + context.t(.rateCapUnit))),
                .forEach(CapUnit.allCases) { .option(.value($0.rawValue), .label(context.t($0.labelKey)), .isSelected($0.rawValue == unit)) }))
        let verified: Node<HTML.TableRowContext> = .td(
            .input(
                .type(.checkbox), .name("\(key)_verified"), .value("on"), .checked(form["\(key)_verified"] == "on"),
                .attribute(named: "aria-label", value: attr(label + ": " + context.t(.rateVerified)))))
        return .tr(
            .class(invalid ? "row-warn" : ""), .td(.class("code"), .text(activity.rateRow)), .td(.text(label)),
            input("rate", .rateRate), input("cap", .rateCap), units, verified, input("note", .rateNote))
    }
}
