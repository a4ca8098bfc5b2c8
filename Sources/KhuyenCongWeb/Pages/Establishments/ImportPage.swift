import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// Upload a CSV file, optionally as a dry run, and see every rejected row.
enum ImportPage {
    struct Upload: Content {
        let file: File?
        let dryRun: String?
    }

    static func show(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        try principal.scope.checkCanCreate()
        return .html(view(PageContext(req), report: nil, dryRun: true))
    }

    static func submit(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        try principal.scope.checkCanCreate()
        let upload = try req.content.decode(Upload.self)
        let dryRun = upload.dryRun != nil
        guard let file = upload.file, file.data.readableBytes > 0 else {
            let error = DomainError(.invalidInput, .importEmpty)
            return .html(view(PageContext(req), report: nil, dryRun: dryRun, error: error), status: .badRequest)
        }
        let services = req.services
        let data = Data(file.data.readableBytesView)
        let id = await services.importJobs.start(owner: principal.userID, fileName: file.filename, dryRun: dryRun) { progress in
            try await EstablishmentImports.run(.data(data), dryRun: dryRun, principal: principal, services: services, progress: progress)
        }
        return req.redirect(to: Route.importJob(id).path, redirectType: .normal)
    }

    /// `GET /establishments/import/jobs/{id}`: rows read so far while the import runs (the page
    /// reloads itself each second), then the report — for the account that started it only.
    static func job(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let context = PageContext(req)
        guard let id = UUID(uuidString: req.parameters.get("id") ?? ""),
            let job = await req.services.importJobs.job(id, owner: principal.userID)
        else {
            return .html(view(context, report: nil, dryRun: true, error: DomainError(.notFound, .importJobGone)), status: .notFound)
        }
        switch job.state {
        case .running:
            let content: Node<HTML.BodyContext> = .group(
                .p(.class("breadcrumb"), .link(.establishments(query: nil), context.t(.estTitle))),
                .h1(.text(context.t(.importTitle))),
                .div(
                    .class("notice"), .attribute(named: "role", value: "status"),
                    .text(context.t(.importRunning, ["file": job.fileName, "rows": context.count(job.rowsRead)]))),
                .element(named: "progress", nodes: [.attribute(named: "aria-label", value: context.t(.importTitle))]),
                .p(.class("hint"), .text(context.t(.importRunningHint))))
            return .html(Layout.render(context, title: context.t(.importTitle), section: .establishments, content: content, refreshSeconds: 1))
        case .finished(let report):
            return .html(view(context, report: report, dryRun: job.dryRun), status: report.rejectedRows == 0 ? .ok : .unprocessableEntity)
        case .failed(let error):
            return .html(view(context, report: nil, dryRun: job.dryRun, error: error), status: error.kind.status)
        }
    }

    /// A template with the Vietnamese headers and one example row, re-importable as it is.
    static func template(_ req: Request) throws -> Response {
        _ = try req.requirePrincipal()
        let example = [
            "0100109106", "Hợp tác xã Mây tre đan Phú Vinh", "Hợp tác xã", "00583", "Thôn Phú Vinh", "handicrafts", "55", "30",
            "0", "024 3333 4444", "12/05/2004",
        ]
        let text = CSVText.byteOrderMark + CSVText.line(EstablishmentColumn.allCases.map(\.vietnameseHeader)) + CSVText.line(example)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"mau-nhap-co-so.csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }

    static func view(_ context: PageContext, report: ImportReport?, dryRun: Bool, error: DomainError? = nil) -> String {
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("breadcrumb"), .link(.establishments(query: nil), context.t(.estTitle))),
            .h1(.text(context.t(.importTitle))),
            .p(.class("lead"), .text(context.t(.importIntro))),
            .p(.a(.href("/establishments/import/template.csv"), .text(context.t(.importTemplate)))),
            .unwrap(error) { .notice($0.message(in: context.language), isError: true) },
            .unwrap(report) { summary($0, context: context, dryRun: dryRun) },
            .form(
                .action("/establishments/import"), .method(.post), .enctype(.multipartData), .class("stack"),
                .csrfField(context.csrfToken),
                .div(
                    .class("field"),
                    .label(.for("file"), .text(context.t(.importFile))),
                    .input(.type(.file), .id("file"), .name("file"), .attribute(named: "accept", value: ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), .required(true))
                ),
                .div(
                    .class("check"),
                    .input(.type(.checkbox), .id("dryRun"), .name("dryRun"), .value("on"), .checked(dryRun)),
                    .label(.for("dryRun"), .text(context.t(.importDryRun)))
                ),
                .button(.type(.submit), .class("button"), .text(context.t(.importSubmit)))
            )
        )
        return Layout.render(context, title: context.t(.importTitle), section: .establishments, content: content)
    }

    static func summary(_ report: ImportReport, context: PageContext, dryRun: Bool) -> Node<HTML.BodyContext> {
        let outcome: Node<HTML.BodyContext> = .notice(context.t(report.outcomeKey), isError: !report.committed && report.rejectedRows > 0)
        return .section(
            .class("import-report"),
            outcome,
            .ul(
                .class("stat-grid"),
                .li(.class("stat"), .span(.class("stat-value"), .text(context.count(report.rowsRead))), .span(.class("stat-label"), .text(context.t(.importRowsRead)))),
                .li(.class("stat"), .span(.class("stat-value"), .text(context.count(report.created))), .span(.class("stat-label"), .text(context.t(report.createdLabel)))),
                .li(.class("stat"), .span(.class("stat-value"), .text(context.count(report.updated))), .span(.class("stat-label"), .text(context.t(report.updatedLabel)))),
                .li(.class("stat"), .span(.class("stat-value"), .text(context.count(report.unchanged))), .span(.class("stat-label"), .text(context.t(.importUnchanged)))),
                .li(.class("stat"), .span(.class("stat-value"), .text(context.count(report.rejectedRows))), .span(.class("stat-label"), .text(context.t(.importRejected))))
            ),
            .if(
                !report.rejected.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .thead(.tr(
                            .columnHeader(context.t(.importRow)),
                            .columnHeader(context.t(.importColumn)),
                            .columnHeader(context.t(.importValue)),
                            .columnHeader(context.t(.importMessage))
                        )),
                        .tbody(.forEach(report.rejected) { rejection in
                            .tr(
                                .td(.class("code"), .text(String(rejection.row))),
                                .td(.code(.text(rejection.column))),
                                .td(.text(rejection.value)),
                                .td(.text(rejection.message(in: context.language)))
                            )
                        })
                    )
                ))
        )
    }
}
