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

    /// Times are shown in Vietnam time (UTC+7), which has no daylight saving.
    static func timestamp(_ millis: Int64) -> String {
        let date = Date(timeIntervalSince1970: Double(millis) / 1000 + 7 * 3600)
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(
            format: "%02d/%02d/%04d %02d:%02d:%02d", parts.day ?? 0, parts.month ?? 0, parts.year ?? 0, parts.hour ?? 0,
            parts.minute ?? 0, parts.second ?? 0)
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
                            .td(.text(timestamp(entry.atMillis))),
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
