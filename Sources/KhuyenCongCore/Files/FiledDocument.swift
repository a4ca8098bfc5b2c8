import Foundation

/// What a dossier's kinds have in common: a stable code, and a label in both languages.
public protocol DocumentKind: RawRepresentable, CaseIterable, Sendable, Hashable, Codable where RawValue == String {
    var labelKey: MessageKey { get }
}

/// A file kept in a dossier — an establishment's (`DossierDocument`) or a scheme's
/// (`SchemeDocument`) — without its bytes.
public struct FiledDocument<Kind: DocumentKind>: Sendable, Hashable, Codable, Identifiable {
    public let id: UUID
    /// The establishment or scheme whose dossier holds the file.
    public let ownerID: UUID
    public let kind: Kind
    public let title: String
    public let mediaType: String
    public let byteCount: Int
    /// Hex SHA-256 of the bytes: the same file filed again for the same owner is the same document.
    public let sha256: String
    public let uploadedBy: String
    public let uploadedOn: Day

    public init(
        id: UUID, ownerID: UUID, kind: Kind, title: String, mediaType: String, byteCount: Int, sha256: String, uploadedBy: String,
        uploadedOn: Day
    ) {
        self.id = id
        self.ownerID = ownerID
        self.kind = kind
        self.title = title
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.sha256 = sha256
        self.uploadedBy = uploadedBy
        self.uploadedOn = uploadedOn
    }
}

/// The checks every upload shares, made on its content and never on its name or declared type.
public enum FileUpload {
    /// 10 MB: a phone photo or a scanned report [U: no rule found; a system choice]. The pages'
    /// default body limit is also 10 MB for the whole form, so a file just under it goes through the API.
    public static let maxBytes = 10 * 1024 * 1024
    public static let titleMaxLength = 200

    /// A title given and not too long, a file neither empty nor too large.
    public static func errors(in bytes: Data, title: String) -> [FieldError] {
        var errors: [FieldError] = []
        let trimmed = VietnameseText.trimmed(title)
        if trimmed.isEmpty { errors.append(FieldError(field: "title", key: .fieldRequired)) }
        if trimmed.count > titleMaxLength { errors.append(FieldError(field: "title", key: .fieldTooLong)) }
        if bytes.isEmpty { errors.append(FieldError(field: "file", key: .tpDossierEmpty)) }
        if bytes.count > maxBytes { errors.append(FieldError(field: "file", key: .tpDossierTooLarge)) }
        return errors
    }

    /// Whether the type can be judged at all: a file that is empty or too large is refused for that alone.
    public static func isJudgeable(_ bytes: Data) -> Bool { !bytes.isEmpty && bytes.count <= maxBytes }
}
