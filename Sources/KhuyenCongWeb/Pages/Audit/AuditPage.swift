import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// The audit trail within the user's area, newest first.
enum AuditPage {
    static let pageSize = 50

    static func handle(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let before = try req.stringParameter("before").map { text in
            guard let value = Int64(text), value > 0 else {
                throw DomainError.invalidParameter("before", expected: .invalidCursor)
            }
            return value
        }
        let entries = try await req.services.auditLog.recent(scope: principal.scope, limit: pageSize + 1, before: before)
        let page = Array(entries.prefix(pageSize))
        let next = entries.count > pageSize ? page.last?.sequence : nil
        return .html(view(PageContext(req), entries: page, next: next))
    }

    static func view(_ context: PageContext, entries: [AuditEntry], next: Int64?) -> String {
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(context.t(.auditTitle))),
            .p(.class("lead"), .text(context.t(.auditIntro))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("data-table"),
                    .thead(.tr(
                        .columnHeader("#"),
                        .columnHeader(context.t(.auditWhen)),
                        .columnHeader(context.t(.auditWho)),
                        .columnHeader(context.t(.auditAction)),
                        .columnHeader(context.t(.auditEntity))
                    )),
                    .tbody(.forEach(entries) { entry in
                        .tr(
                            .td(.class("code"), .text(String(entry.sequence))),
                            .td(.text(Day.vietnameseTimestamp(millis: entry.atMillis))),
                            .td(.text(entry.actorName)),
                            .td(
                                .text(AuditAction.label(entry.action, in: context.language) + " "),
                                // The code too: it is what the API and exports carry.
                                .code(.class("action-code"), .text(entry.action))),
                            .td(.text("\(entry.entityType) \(entry.entityID.prefix(8))"))
                        )
                    })
                )
            ),
            .unwrap(next) { sequence in .p(.class("pager"), .link(.audit(before: sequence), context.t(.nextPage) + " →")) }
        )
        return Layout.render(context, title: context.t(.auditTitle), section: .audit, content: content)
    }
}
