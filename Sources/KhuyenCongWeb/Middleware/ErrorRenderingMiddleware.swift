import KhuyenCongCore
import Logging
import Vapor

/// Turns every error into the user's language: the JSON error shape on the API, an error page
/// otherwise. Unexpected errors are logged with the request id and shown as a generic message,
/// never with internals.
struct ErrorRenderingMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let domainError = Self.domainError(for: error, request: request)
            if request.isAPI {
                let response = Response(status: domainError.kind.status)
                try response.content.encode(ErrorBody(domainError, language: request.language), as: .json)
                if domainError.kind == .unauthenticated {
                    response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer")
                }
                return response
            }
            if domainError.kind == .unauthenticated, request.method == .GET {
                return request.redirect(to: Route.login(next: request.url.string).path)
            }
            return ErrorPage.response(for: domainError, request: request)
        }
    }

    static func domainError(for error: any Error, request: Request) -> DomainError {
        switch error {
        case let domainError as DomainError:
            return domainError
        case let abort as any AbortError:
            switch abort.status {
            case .notFound: return DomainError(.notFound, .notFound)
            case .payloadTooLarge: return DomainError(.invalidInput, .payloadTooLarge)
            case .unauthorized: return DomainError(.unauthenticated, .unauthenticated)
            case .forbidden: return DomainError(.forbidden, .forbidden)
            case .methodNotAllowed, .badRequest, .unsupportedMediaType, .unprocessableEntity:
                return DomainError(.invalidInput, .badRequest)
            default:
                request.logger.error("Request failed: \(abort.status.code) \(abort.reason)")
                return DomainError(.invalidInput, .badRequest)
            }
        case is DecodingError:
            return DomainError(.invalidInput, .invalidJSON)
        default:
            request.logger.report(error: error)
            return DomainError(.internalFailure, .serverError)
        }
    }
}
