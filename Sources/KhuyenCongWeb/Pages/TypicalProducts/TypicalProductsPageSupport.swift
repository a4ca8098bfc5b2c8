import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// What the typical-product pages share: the facts list, option lists and how a refused form is
/// shown (the page again, the reason on top, the fields marked, under the API's status).
enum TypicalProductsPageSupport {
    static func fact(_ label: String, _ value: String) -> Node<HTML.DescriptionListContext> {
        .group(.dt(.text(label)), .dd(.text(value.isEmpty ? "—" : value)))
    }

    static func levelOptions(_ context: PageContext, levels: [SelectionLevel] = SelectionLevel.allCases) -> [(String, String)] {
        levels.map { ($0.rawValue, context.t($0.labelKey)) }
    }

    static func groupOptions(_ context: PageContext) -> [(String, String)] {
        ProductGroup.allCases.map { (String($0.rawValue), "\($0.rawValue). \(context.t($0.labelKey))") }
    }

    /// An aggregate to two places, with the reader's decimal mark ("65,67" in Vietnamese).
    static func score(_ score: AggregateScore?, _ language: UILanguage) -> String {
        guard let score else { return "—" }
        let text = "\(score.rounded())"
        return language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// "vi" date of an ISO day, or the text as given.
    static func day(_ iso: String) -> String { Day(iso: iso)?.vietnamese ?? iso }

    /// The refusal as one line: the message, then each field's.
    static func refusal(_ error: DomainError, _ language: UILanguage) -> String {
        ([error.message(in: language)] + error.fields.map { Messages.text($0.key, language, error.arguments) }).joined(separator: " ")
    }

    /// Runs a posted step: on success it redirects; a domain refusal (other than not found) renders
    /// `page` with the refusal under the status the API would give. Nothing changed either way.
    static func posting(
        _ req: Request, redirect: String, page: @escaping (DomainError) async throws -> String, _ step: () async throws -> Void
    ) async throws -> Response {
        do {
            try await step()
        } catch let error as DomainError where error.kind != .notFound && error.kind != .unauthenticated {
            return .html(try await page(error), status: error.kind.status)
        }
        return req.redirect(to: redirect, redirectType: .normal)
    }
}

/// A day typed in a form: ISO (from a date input) or dd/MM/yyyy.
func formDay(_ text: String?) -> Day? {
    guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
    if let day = Day(iso: text) { return day }
    let parts = text.split(separator: "/").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return Day(year: parts[2], month: parts[1], day: parts[0])
}
