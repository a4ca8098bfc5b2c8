import Foundation

/// Who is acting: resolved once per request from the session or token.
public struct Principal: Sendable, Hashable {
    public let userID: UUID
    public let username: String
    public let displayName: String
    public let role: Role
    /// Today's (2025-period) province code the user works in, if any.
    public let provinceCode: String?
    public let communeCode: String?
    public let organisationID: UUID?

    public init(
        userID: UUID, username: String, displayName: String, role: Role, provinceCode: String?,
        communeCode: String?, organisationID: UUID?
    ) {
        self.userID = userID
        self.username = username
        self.displayName = displayName
        self.role = role
        self.provinceCode = provinceCode
        self.communeCode = communeCode
        self.organisationID = organisationID
    }

    public var scope: AccessScope { AccessScope(for: self) }
}
