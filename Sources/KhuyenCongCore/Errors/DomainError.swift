import Foundation

/// A field that failed validation, with the message to show next to it.
public struct FieldError: Sendable, Hashable, Codable {
    public let field: String
    public let key: MessageKey

    public init(field: String, key: MessageKey) {
        self.field = field
        self.key = key
    }
}

/// Every refusal the domain can give. The web layer maps `kind` to an HTTP status once and renders
/// `key` in the user's language (design.md §4.8).
public struct DomainError: Error, Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case invalidInput = "invalid_input"
        case notFound = "not_found"
        case conflict
        case forbidden
        case unauthenticated
        case throttled
        /// A fault on our side, not the user's; shown without internals.
        case internalFailure = "server_error"
    }

    public let kind: Kind
    public let key: MessageKey
    public let arguments: [String: String]
    /// Arguments that are themselves messages (a state, an action, a role), rendered in the reader's
    /// language rather than fixed when the error is made.
    public let labels: [String: MessageKey]
    public let fields: [FieldError]

    public init(
        _ kind: Kind, _ key: MessageKey, arguments: [String: String] = [:], labels: [String: MessageKey] = [:],
        fields: [FieldError] = []
    ) {
        self.kind = kind
        self.key = key
        self.arguments = arguments
        self.labels = labels
        self.fields = fields
    }

    public static func invalidFields(_ fields: [FieldError]) -> DomainError {
        DomainError(.invalidInput, .invalidFields, fields: fields)
    }

    public static func invalidParameter(_ name: String, expected: MessageKey) -> DomainError {
        DomainError(.invalidInput, expected, arguments: ["name": name], fields: [FieldError(field: name, key: expected)])
    }

    public static let notFound = DomainError(.notFound, .notFound)
    public static let forbidden = DomainError(.forbidden, .forbidden)
    public static let staleVersion = DomainError(.conflict, .staleVersion)

    public func message(in language: Language) -> String {
        let resolved = labels.mapValues { Messages.text($0, language) }
        return Messages.text(key, language, arguments.merging(resolved) { given, _ in given })
    }
}
