import KhuyenCongCore
import Vapor

/// How every page handles a posted form: on success it redirects; a domain refusal (other than
/// "not found" or "sign in") shows the page again with the reason on top and the fields marked,
/// under the status the API would give. Nothing is changed either way.
enum PostedForm {
    static func run(
        _ req: Request, redirect: String, page: @escaping (DomainError) async throws -> String, _ step: () async throws -> Void
    ) async throws -> Response {
        do {
            try await step()
        } catch let error as DomainError where error.kind != .notFound && error.kind != .unauthenticated {
            return .html(try await page(error), status: error.kind.status)
        }
        return req.redirect(to: redirect, redirectType: .normal)
    }

    /// The refusal as one line: the message, then each field's.
    static func refusal(_ error: DomainError, _ language: UILanguage) -> String {
        ([error.message(in: language)] + error.fields.map { Messages.text($0.key, language, error.arguments) }).joined(separator: " ")
    }
}
