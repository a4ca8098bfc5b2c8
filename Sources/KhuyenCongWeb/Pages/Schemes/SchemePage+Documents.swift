import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// The scheme's dossier on its page: the filed documents, what the current step still lacks, and
/// for those who may write the scheme, a form to file one more.
extension SchemePage {
    struct DocumentForm: Content {
        var file: File?
        var kind: String?
        var title: String?
    }

    /// Files a document from the page; a refusal shows the page again with the reason.
    static func fileDocument(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        let form = try req.content.decode(DocumentForm.self)
        return try await showingRefusal(on: id, principal: principal, req: req, redirect: Route.scheme(id).path + "#documents") {
            _ = try await req.services.schemeDocuments.upload(
                form.file.map { Data($0.data.readableBytesView) } ?? Data(), kind: SchemeDocumentKind(rawValue: form.kind ?? ""), title: form.title ?? "", schemeID: id,
                by: principal)
        }
    }

    static func documents(_ context: PageContext, model: Model) -> Node<HTML.BodyContext> {
        let details = model.details
        let expected = SchemeDossier.expected(for: details.scheme)
        let missing = SchemeDossier.missing(expected, in: details.documents)
        let fields = FormFields(context, error: nil)
        return .section(
            .id("documents"),
            .h2(.text(context.t(.sdocTitle))),
            .p(.class("hint"), .text(context.t(.sdocIntro))),
            .if(
                !expected.isEmpty,
                missing.isEmpty
                    ? .p(.class("notice notice-ok"), .text(context.t(.sdocComplete)))
                    : .p(.class("notice notice-warn"), .text(context.t(.sdocMissing, ["kinds": missing.map { context.t($0.labelKey) }.joined(separator: "; ")])))),
            details.documents.isEmpty
                ? .p(.class("empty"), .text(context.t(.sdocNone)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .thead(.tr(
                            .columnHeader(context.t(.sdocColKind)), .columnHeader(context.t(.sdocColTitle)),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(context.t(.sdocColSize))),
                            .columnHeader(context.t(.sdocColBy)))),
                        .tbody(.forEach(details.documents) { document in
                            .tr(
                                .td(.text(context.t(document.kind.labelKey))),
                                .td(.a(.href("/scheme-documents/\(document.id.uuidString.lowercased())"), .text(document.title))),
                                .td(.class("number"), .text(Money.formatCount(max(1, (document.byteCount + 1023) / 1024)) + " KB")),
                                .td(.text("\(document.uploadedBy), \(context.date(document.uploadedOn))")))
                        })
                    )),
            .if(
                model.canFileDocuments,
                .form(
                    .action(attr(Route.scheme(details.scheme.id).path + "/documents")), .method(.post), .enctype(.multipartData),
                    .class("stack"), .novalidate(),
                    .csrfField(context.csrfToken),
                    .h3(.text(context.t(.sdocUpload))),
                    fields.select(
                        "kind", .sdocColKind, options: SchemeDocumentKind.allCases.map { ($0.rawValue, context.t($0.labelKey)) },
                        selected: (missing.first ?? .other).rawValue),
                    fields.text("title", .sdocColTitle, nil),
                    .div(
                        .class("field"),
                        .label(.for("file"), .text(context.t(.sdocFile))),
                        .input(
                            .type(.file), .id("file"), .name("file"),
                            .attribute(
                                named: "accept",
                                value: "application/pdf,image/jpeg,image/png,image/webp,.docx,.xlsx,\(SchemeDocumentUpload.docx),\(SchemeDocumentUpload.xlsx)"))),
                    .button(.type(.submit), .class("button"), .text(context.t(.sdocUpload)))))
        )
    }
}
