import Foundation

/// What a dossier file is: a photo of the product, or a document (IP declaration, test report,
/// standard, certificate…). An establishment's dossier is kept once and offered again to every later
/// round and level (issue 5: a reusable dossier).
public enum DossierKind: String, Sendable, Codable, CaseIterable {
    case photo
    case document

    public var labelKey: MessageKey {
        switch self {
        case .photo: .tpDossierPhoto
        case .document: .tpDossierDocument
        }
    }
}

/// A file in an establishment's dossier, without its bytes.
public struct DossierDocument: Sendable, Hashable, Codable, Identifiable {
    public let id: UUID
    public let establishmentID: UUID
    public let kind: DossierKind
    public let title: String
    public let mediaType: String
    public let byteCount: Int
    /// Hex SHA-256 of the bytes: the same file uploaded again is the same document.
    public let sha256: String
    public let uploadedBy: String
    public let uploadedOn: Day

    public init(
        id: UUID, establishmentID: UUID, kind: DossierKind, title: String, mediaType: String, byteCount: Int, sha256: String,
        uploadedBy: String, uploadedOn: Day
    ) {
        self.id = id
        self.establishmentID = establishmentID
        self.kind = kind
        self.title = title
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.sha256 = sha256
        self.uploadedBy = uploadedBy
        self.uploadedOn = uploadedOn
    }
}

/// The checks on an upload, made on its content and never on its name or declared type.
public enum DossierUpload {
    /// 10 MB: a phone photo or a scanned report [U: no rule found; a system choice].
    public static let maxBytes = 10 * 1024 * 1024
    public static let titleMaxLength = 200

    /// The media type the bytes are, if the dossier accepts them: JPEG, PNG, WebP for photos, and
    /// those or PDF for documents.
    public static func mediaType(of bytes: Data) -> String? {
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), bytes.dropFirst(8).starts(with: Array("WEBP".utf8)) {
            return "image/webp"
        }
        if bytes.starts(with: Array("%PDF-".utf8)) { return "application/pdf" }
        return nil
    }

    /// The media type, or the refusal: empty, too large, a title missing or too long, or content
    /// that is not a photo (or, for a document, not a photo or a PDF).
    public static func check(_ bytes: Data, kind: DossierKind, title: String) throws(DomainError) -> String {
        var errors: [FieldError] = []
        let trimmed = VietnameseText.trimmed(title)
        if trimmed.isEmpty { errors.append(FieldError(field: "title", key: .fieldRequired)) }
        if trimmed.count > titleMaxLength { errors.append(FieldError(field: "title", key: .fieldTooLong)) }
        if bytes.isEmpty { errors.append(FieldError(field: "file", key: .tpDossierEmpty)) }
        if bytes.count > maxBytes { errors.append(FieldError(field: "file", key: .tpDossierTooLarge)) }
        let type = mediaType(of: bytes)
        if !bytes.isEmpty, bytes.count <= maxBytes {
            if type == nil || (kind == .photo && type == "application/pdf") {
                errors.append(FieldError(field: "file", key: kind == .photo ? .tpDossierNotPhoto : .tpDossierNotAccepted))
            }
        }
        guard errors.isEmpty, let type else { throw DomainError.invalidFields(errors) }
        return type
    }
}
