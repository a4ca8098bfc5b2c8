import KhuyenCongCore
import Vapor

extension DomainError.Kind {
    /// The one mapping from domain refusals to HTTP statuses (design.md §4.8).
    var status: HTTPResponseStatus {
        switch self {
        case .invalidInput: .badRequest
        case .notFound: .notFound
        case .conflict: .conflict
        case .forbidden: .forbidden
        case .unauthenticated: .unauthorized
        case .throttled: .tooManyRequests
        case .internalFailure: .internalServerError
        }
    }
}

/// `{"error": {"code", "message", "details"}}`, the one shape of every API error.
struct ErrorBody: Content {
    struct Detail: Content {
        let field: String
        let message: String
    }

    struct Payload: Content {
        let code: String
        let message: String
        let details: [Detail]
    }

    let error: Payload

    init(code: String, message: String, details: [Detail] = []) {
        error = Payload(code: code, message: message, details: details)
    }

    init(_ domainError: DomainError, language: UILanguage) {
        self.init(
            code: domainError.kind.rawValue, message: domainError.message(in: language),
            details: domainError.fields.map {
                Detail(field: $0.field, message: Messages.text($0.key, language, domainError.arguments))
            })
    }
}
