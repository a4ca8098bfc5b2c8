import Foundation
import KhuyenCongCore
import Vapor

/// A dossier file as the API shows it, for both dossiers: an establishment's carries
/// `establishmentId`, a scheme's `schemeId` (the other key is left out).
struct FiledDocumentDTO: Content {
    let id: UUID
    let establishmentId: UUID?
    let schemeId: UUID?
    let kind: String
    let kindLabel: String
    let title: String
    let mediaType: String
    let byteCount: Int
    let sha256: String
    let uploadedBy: String
    let uploadedOn: String
    /// Only on upload: the same file was already in the dossier, and that copy is returned.
    let reused: Bool?

    private init<Kind: DocumentKind>(
        _ document: FiledDocument<Kind>, establishmentId: UUID?, schemeId: UUID?, language: UILanguage, reused: Bool?
    ) {
        id = document.id
        self.establishmentId = establishmentId
        self.schemeId = schemeId
        kind = document.kind.rawValue
        kindLabel = Messages.text(document.kind.labelKey, language)
        title = document.title
        mediaType = document.mediaType
        byteCount = document.byteCount
        sha256 = document.sha256
        uploadedBy = document.uploadedBy
        uploadedOn = document.uploadedOn.iso
        self.reused = reused
    }

    init(_ document: DossierDocument, language: UILanguage, reused: Bool? = nil) {
        self.init(document, establishmentId: document.establishmentID, schemeId: nil, language: language, reused: reused)
    }

    init(_ document: SchemeDocument, language: UILanguage, reused: Bool? = nil) {
        self.init(document, establishmentId: nil, schemeId: document.schemeID, language: language, reused: reused)
    }
}
