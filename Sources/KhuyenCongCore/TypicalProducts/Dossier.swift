import Foundation

/// What a dossier file is: a photo of the product, or a document (IP declaration, test report,
/// standard, certificate…). An establishment's dossier is kept once and offered again to every later
/// round and level (issue 5: a reusable dossier).
public enum DossierKind: String, DocumentKind {
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
public typealias DossierDocument = FiledDocument<DossierKind>

extension FiledDocument where Kind == DossierKind {
    public var establishmentID: UUID { ownerID }
}

/// The checks on an upload, made on its content and never on its name or declared type.
public enum DossierUpload {
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
        var errors = FileUpload.errors(in: bytes, title: title)
        let type = mediaType(of: bytes)
        if FileUpload.isJudgeable(bytes), type == nil || (kind == .photo && type == "application/pdf") {
            errors.append(FieldError(field: "file", key: kind == .photo ? .tpDossierNotPhoto : .tpDossierNotAccepted))
        }
        guard errors.isEmpty, let type else { throw DomainError.invalidFields(errors) }
        return type
    }
}
