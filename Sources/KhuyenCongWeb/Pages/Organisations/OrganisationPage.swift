import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// One organisation, and its edit form with inline errors and optimistic locking.
enum OrganisationPage {
    static func show(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let organisation = try await req.services.organisations.get(try req.uuidParameter("id"), scope: principal.scope)
        let saved = req.queryValue("saved") == "1"
        let geography = try await req.services.geography.current()
        let today = req.services.today
        func name(_ code: String?) -> String {
            code.map { code in geography.unit(code: code, on: today).map { "\($0.name) (\(code))" } ?? code } ?? ""
        }
        return .html(
            view(
                PageContext(req), organisation: organisation, provinceName: name(organisation.provinceCode),
                communeName: name(organisation.communeCode), canEdit: principal.scope.canWrite(organisation.area),
                saved: saved))
    }

    static func view(
        _ context: PageContext, organisation: Organisation, provinceName: String, communeName: String, canEdit: Bool,
        saved: Bool
    ) -> String {
        func row(_ key: MessageKey, _ value: String) -> Node<HTML.DescriptionListContext> { .fact(context.t(key), value) }
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("breadcrumb"), .link(.organisations(query: nil, cursor: nil), context.t(.orgTitle))),
            .h1(.text(organisation.name)),
            .if(saved, .notice(context.t(.orgSaved), isError: false)),
            .dl(
                .class("facts"),
                row(.orgKind, context.t(organisation.kind.messageKey)),
                row(.orgProvince, provinceName),
                row(.orgCommune, communeName),
                row(.orgAddress, organisation.address),
                row(.orgPhone, organisation.phone),
                row(.orgEmail, organisation.email),
                row(.orgVersion, String(organisation.version))
            ),
            .if(canEdit, .p(.a(.class("button"), .href(Route.organisationEdit(organisation.id).path), .text(context.t(.orgEdit)))))
        )
        return Layout.render(context, title: organisation.name, section: .organisations, content: content)
    }

    struct EditForm: Content {
        let name: String?
        let address: String?
        let phone: String?
        let email: String?
        let version: Int?
    }

    static func edit(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let organisation = try await req.services.organisations.get(try req.uuidParameter("id"), scope: principal.scope)
        try principal.scope.checkCanWrite(organisation.area)
        let change = OrganisationChange(
            name: organisation.name, address: organisation.address, phone: organisation.phone, email: organisation.email)
        return .html(editView(PageContext(req), organisation: organisation, change: change, version: organisation.version, error: nil))
    }

    static func update(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        let repository = req.services.organisations
        let current = try await repository.get(id, scope: principal.scope)
        let form = try req.content.decode(EditForm.self)
        let change = OrganisationChange(
            name: form.name ?? "", address: form.address ?? "", phone: form.phone ?? "", email: form.email ?? "")
        do {
            _ = try await repository.update(id, change: change, expectedVersion: form.version ?? -1, by: principal)
            return req.redirect(to: Route.organisation(id).path + "?saved=1", redirectType: .normal)
        } catch let error as DomainError where error.kind == .invalidInput || error.kind == .conflict {
            // Keep what the user typed; on a conflict show the current version so they can redo it.
            let latest = error.kind == .conflict ? try await repository.get(id, scope: principal.scope) : current
            let page = editView(
                PageContext(req), organisation: latest, change: change,
                version: error.kind == .conflict ? latest.version : (form.version ?? current.version), error: error)
            return .html(page, status: error.kind.status)
        }
    }

    static func editView(
        _ context: PageContext, organisation: Organisation, change: OrganisationChange, version: Int, error: DomainError?
    ) -> String {
        let fieldErrors = Dictionary((error?.fields ?? []).map { ($0.field, $0.key) }, uniquingKeysWith: { a, _ in a })
        func field(_ name: String, _ key: MessageKey, _ value: String, type: HTMLInputType = .text, required: Bool = false)
            -> Node<HTML.FormContext>
        {
            let problem = fieldErrors[name]
            return .div(
                .class(problem == nil ? "field" : "field field-invalid"),
                .label(.for(name), .text(context.t(key))),
                .input(
                    .type(type), .id(name), .name(name), .value(attr(value)), .required(required),
                    .attribute(named: "aria-invalid", value: problem == nil ? "false" : "true"),
                    .attribute(named: "aria-describedby", value: problem == nil ? "" : "\(name)-error")),
                .unwrap(problem) { key in .p(.id("\(name)-error"), .class("field-error"), .text(context.t(key))) }
            )
        }
        let title = context.t(.orgEdit) + ": " + organisation.name
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("breadcrumb"), .link(.organisation(organisation.id), organisation.name)),
            .h1(.text(title)),
            .unwrap(error) { .notice($0.message(in: context.language), isError: true) },
            .form(
                .action(Route.organisationEdit(organisation.id).path), .method(.post), .class("stack"),
                .novalidate(),
                .csrfField(context.csrfToken),
                .input(.type(.hidden), .name("version"), .value(String(version))),
                field("name", .orgName, change.name, required: true),
                field("address", .orgAddress, change.address),
                field("phone", .orgPhone, change.phone, type: .tel),
                field("email", .orgEmail, change.email, type: .email),
                .button(.type(.submit), .class("button"), .text(context.t(.orgSave)))
            )
        )
        return Layout.render(context, title: title, section: .organisations, content: content)
    }
}
