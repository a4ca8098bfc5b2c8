import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// Create and edit an establishment, with every problem shown next to its field and what the user
/// typed kept.
enum EstablishmentFormPage {
    struct Form: Content {
        var tax_code: String?
        var name: String?
        var legal_form: String?
        var size_class: String?
        var commune_code: String?
        var address: String?
        var sectors: [String]?
        var employees: String?
        var employees_female: String?
        var employees_ethnic_minority: String?
        var woman_owned: String?
        var ethnic_minority_owned: String?
        var cleaner_production: String?
        var cluster_investor: String?
        var phone: String?
        var founded_on: String?
        var version: Int?

        var draft: EstablishmentDraft {
            EstablishmentDraft(
                taxCode: tax_code ?? "", name: name ?? "", legalForm: legal_form ?? "", sizeClass: size_class ?? "micro",
                communeCode: commune_code ?? "", address: address ?? "", sectors: sectors ?? [], employees: employees ?? "",
                employeesFemale: employees_female ?? "", employeesEthnicMinority: employees_ethnic_minority ?? "",
                womanOwned: woman_owned != nil, ethnicMinorityOwned: ethnic_minority_owned != nil,
                appliesCleanerProduction: cleaner_production != nil, isClusterInvestor: cluster_investor != nil,
                phone: phone ?? "", foundedOn: founded_on ?? "")
        }

        init(_ e: Establishment?) {
            tax_code = e?.taxCode
            name = e?.name
            legal_form = e?.legalForm.rawValue
            size_class = e?.sizeClass.rawValue
            commune_code = e?.commune.code
            address = e?.address
            sectors = e?.sectors
            employees = e.map { String($0.employees) }
            employees_female = e.map { String($0.employeesFemale) }
            employees_ethnic_minority = e.map { String($0.employeesEthnicMinority) }
            woman_owned = e?.womanOwned == true ? "on" : nil
            ethnic_minority_owned = e?.ethnicMinorityOwned == true ? "on" : nil
            cleaner_production = e?.appliesCleanerProduction == true ? "on" : nil
            cluster_investor = e?.isClusterInvestor == true ? "on" : nil
            phone = e?.phone
            founded_on = e?.foundedOn?.vietnamese
            version = e?.version
        }
    }

    static func new(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        try principal.scope.checkCanCreate()
        return .html(try await page(req, form: Form(nil), id: nil, error: nil))
    }

    static func create(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        try principal.scope.checkCanCreate()
        let form = try req.content.decode(Form.self)
        do {
            let establishment = try await EstablishmentEditing.validate(form.draft, id: UUID.timeOrdered(), version: 1, services: req.services)
            let created = try await req.services.establishments.create(establishment, by: principal)
            return req.redirect(to: Route.establishment(created.id).path + "?saved=1", redirectType: .normal)
        } catch let error as DomainError where error.kind == .invalidInput || error.kind == .conflict {
            return .html(try await page(req, form: form, id: nil, error: error), status: error.kind.status)
        }
    }

    static func edit(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let establishment = try await req.services.establishments.get(try req.uuidParameter("id"), scope: principal.scope)
        try principal.scope.checkCanWrite(establishment.area)
        return .html(try await page(req, form: Form(establishment), id: establishment.id, error: nil))
    }

    static func update(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        let current = try await req.services.establishments.get(id, scope: principal.scope)
        try principal.scope.checkCanWrite(current.area)
        var form = try req.content.decode(Form.self)
        do {
            let draft = form.draft
            _ = try await EstablishmentEditing.update(
                id, version: form.version ?? -1, principal: principal, services: req.services, draft: { _ in draft })
            return req.redirect(to: Route.establishment(id).path + "?saved=1", redirectType: .normal)
        } catch let error as DomainError where error.kind == .invalidInput || error.kind == .conflict {
            if error.key == .staleVersion {
                form.version = try await req.services.establishments.get(id, scope: principal.scope).version
            }
            return .html(try await page(req, form: form, id: id, error: error), status: error.kind.status)
        }
    }

    static func page(_ req: Request, form: Form, id: UUID?, error: DomainError?) async throws -> String {
        let sectors = try await SectorRepository(store: req.services.store).all()
        return view(PageContext(req), form: form, id: id, sectors: sectors, error: error)
    }

    static func view(_ context: PageContext, form: Form, id: UUID?, sectors: [Sector], error: DomainError?) -> String {
        let fields = FormFields(context, error: error)
        let problems = fields.problems
        let title = id == nil ? context.t(.estNew) : context.t(.orgEdit) + ": " + (form.name ?? "")
        let action = id.map { Route.establishmentEdit($0).path } ?? Route.establishmentNew.path
        let chosen = Set(form.sectors ?? [])
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("breadcrumb"), .link(.establishments(query: nil), context.t(.estTitle))),
            .h1(.text(title)),
            .unwrap(error) { .notice($0.message(in: context.language), isError: true) },
            .form(
                .action(action), .method(.post), .class("stack"), .novalidate(),
                .csrfField(context.csrfToken),
                .if(id != nil, .input(.type(.hidden), .name("version"), .value(String(form.version ?? 0)))),
                fields.text("tax_code", .estTaxCode, form.tax_code, hint: .estTaxCodeHint, required: true),
                fields.text("name", .estName, form.name, required: true),
                fields.select(
                    "legal_form", .estLegalForm, options: LegalForm.allCases.map { ($0.rawValue, context.t($0.messageKey)) },
                    selected: form.legal_form),
                fields.select(
                    "size_class", .estSize, options: SizeClass.allCases.map { ($0.rawValue, context.t($0.messageKey)) },
                    selected: form.size_class),
                fields.text("commune_code", .estCommuneCode, form.commune_code, hint: .estCommuneHint, required: true),
                fields.text("address", .orgAddress, form.address),
                .fieldset(
                    .class(problems["sectors"] == nil ? "fieldset" : "fieldset field-invalid"),
                    .element(named: "legend", text: context.t(.estSectors)),
                    .forEach(sectors) { sector in
                        .div(
                            .class("check"),
                            .input(
                                .type(.checkbox), .id(attr("sector-\(sector.code)")), .name("sectors[]"), .value(attr(sector.code)),
                                .checked(chosen.contains(sector.code))),
                            .label(.for(attr("sector-\(sector.code)")), .text(sector.name(in: context.language)))
                        )
                    },
                    fields.errorNode("sectors")
                ),
                .div(
                    .class("field-row"),
                    fields.text("employees", .estEmployees, form.employees, type: .number),
                    fields.text("employees_female", .estFemale, form.employees_female, type: .number),
                    fields.text("employees_ethnic_minority", .estEthnicMinority, form.employees_ethnic_minority, type: .number)
                ),
                fields.checkbox("woman_owned", .estWomanOwned, form.woman_owned != nil),
                fields.checkbox("ethnic_minority_owned", .estEthnicMinorityOwned, form.ethnic_minority_owned != nil),
                fields.checkbox("cleaner_production", .estCleanerProduction, form.cleaner_production != nil),
                fields.checkbox("cluster_investor", .estClusterInvestor, form.cluster_investor != nil),
                fields.text("phone", .orgPhone, form.phone, type: .tel),
                fields.text("founded_on", .estFoundedOn, form.founded_on, hint: .estDateHint),
                .button(.type(.submit), .class("button"), .text(context.t(.orgSave)))
            )
        )
        return Layout.render(context, title: title, section: .establishments, content: content)
    }
}
