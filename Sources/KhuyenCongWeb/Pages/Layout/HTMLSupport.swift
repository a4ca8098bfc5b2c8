import Foundation
import KhuyenCongCore
import Plot
import Vapor

/// Plot escapes text nodes but writes attribute values as given, so every value that can carry
/// user or request data goes through here before it becomes an attribute.
func attr(_ value: String) -> String {
    var result = ""
    result.reserveCapacity(value.count)
    for character in value {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.append(character)
        }
    }
    return result
}

/// What every page view needs besides its own model: language, the signed-in user, the form
/// token, whether demo mode is on, and the current path (for the language switch).
struct PageContext: Sendable {
    let language: UILanguage
    let principal: Principal?
    let csrfToken: String
    let demo: Bool
    let path: String

    init(language: UILanguage, principal: Principal?, csrfToken: String, demo: Bool, path: String) {
        self.language = language
        self.principal = principal
        self.csrfToken = csrfToken
        self.demo = demo
        self.path = path
    }

    init(_ request: Request) {
        self.init(
            language: request.language, principal: request.principal, csrfToken: request.csrfToken,
            demo: request.services.config.demo, path: request.url.string)
    }

    func t(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        Messages.text(key, language, arguments)
    }

    func date(_ day: Day) -> String { day.vietnamese }

    func count(_ value: Int) -> String { Money.formatCount(value) }
}

extension Response {
    static func html(_ body: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: body))
    }
}

extension Node where Context == HTML.FormContext {
    /// The hidden field the CSRF middleware checks on every state-changing form.
    static func csrfField(_ token: String) -> Node {
        .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(attr(token)))
    }
}

extension Node where Context: HTML.BodyContext {
    /// A labelled link to a route.
    static func link(_ route: Route, _ text: String, current: Bool = false) -> Node {
        .a(
            .href(attr(route.path)), .text(text),
            .if(current, .attribute(named: "aria-current", value: "page")))
    }

    /// An alert box: role=status for news, role=alert for problems.
    static func notice(_ text: String, isError: Bool) -> Node {
        .div(
            .class(isError ? "notice notice-error" : "notice notice-ok"),
            .attribute(named: "role", value: isError ? "alert" : "status"), .text(text))
    }
}

/// A list's query without its page position (`?q=…&province=…`, or empty), for export links.
func filtersOnly(_ query: String) -> String {
    let kept = query.split(separator: "&").filter { !$0.hasPrefix("cursor=") }.joined(separator: "&")
    return kept.isEmpty ? "" : "?" + kept
}

extension Node where Context: HTML.BodyContext {
    /// "Next page →" for a keyset-paginated list: the same query with the new cursor.
    static func nextPage(_ path: String, query: String, cursor: String?, label: String) -> Node {
        .unwrap(cursor) { cursor in
            let kept = query.split(separator: "&").filter { !$0.hasPrefix("cursor=") }.joined(separator: "&")
            return .p(.class("pager"), .a(.href(attr(path + "?" + (kept.isEmpty ? "" : kept + "&") + "cursor=" + cursor)), .text(label + " →")))
        }
    }
}

extension Node where Context == HTML.FormContext {
    /// The "province" filter of a list: today's provinces, or all.
    static func provinceFilter(_ provinces: [AdminUnit], selected: String?, _ context: PageContext) -> Node {
        .div(
            .class("field"),
            .label(.for("province"), .text(context.t(.orgProvince))),
            .select(
                .id("province"), .attribute(named: "name", value: "province"),
                .option(.value(""), .label(context.t(.orgAll))),
                .forEach(provinces) { province in
                    .option(.value(province.code), .label(attr(province.name)), .isSelected(province.code == selected))
                }))
    }
}

extension Node where Context == HTML.DescriptionListContext {
    /// One line of a record's facts list; an empty value shows as a dash.
    static func fact(_ label: String, _ value: String) -> Node {
        .group(.dt(.text(label)), .dd(.text(value.isEmpty ? "—" : value)))
    }
}

extension Node where Context == HTML.TableRowContext {
    /// A column header cell.
    static func columnHeader(_ text: String) -> Node {
        .th(.attribute(named: "scope", value: "col"), .text(text))
    }
}
