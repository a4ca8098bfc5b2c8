import Foundation

/// What a file in a scheme's dossier is. The registration dossier of TT 36/2013 (domain §5.3) is
/// the application, the scheme itself, the beneficiary's request when the implementer is not the
/// beneficiary, and the documents Appendix 2 asks for by scheme type; the later kinds follow the
/// lifecycle (appraisal, contract, facility acceptance, settlement).
public enum SchemeDocumentKind: String, DocumentKind {
    /// Đơn đề nghị thực hiện đề án.
    case application
    /// Đề án khuyến công (TT 36/2013 Art.5).
    case schemeText = "scheme_text"
    /// Văn bản đề nghị hỗ trợ của cơ sở thụ hưởng.
    case beneficiaryRequest = "beneficiary_request"
    /// Tài liệu theo Phụ lục 2 TT 36/2013, by scheme type (its list is not known to us [U]).
    case typeDocuments = "type_documents"
    /// Biên bản thẩm định.
    case appraisalMinutes = "appraisal_minutes"
    /// Hợp đồng thực hiện đề án.
    case contract
    /// Biên bản nghiệm thu cơ sở.
    case acceptanceMinutes = "acceptance_minutes"
    /// Hồ sơ quyết toán.
    case settlement
    case other

    public var labelKey: MessageKey {
        switch self {
        case .application: .sdocApplication
        case .schemeText: .sdocSchemeText
        case .beneficiaryRequest: .sdocBeneficiaryRequest
        case .typeDocuments: .sdocTypeDocuments
        case .appraisalMinutes: .sdocAppraisalMinutes
        case .contract: .sdocContract
        case .acceptanceMinutes: .sdocAcceptanceMinutes
        case .settlement: .sdocSettlement
        case .other: .sdocOther
        }
    }
}

/// A file in a scheme's dossier, without its bytes.
public typealias SchemeDocument = FiledDocument<SchemeDocumentKind>

extension FiledDocument where Kind == SchemeDocumentKind {
    public var schemeID: UUID { ownerID }
}

/// Which documents a scheme's dossier should hold by now, and which it lacks.
public enum SchemeDossier {
    /// The registration dossier (TT 36/2013; domain §5.3): the beneficiary's request only when
    /// there are beneficiaries, since implementing units are never the beneficiary here.
    public static func registration(for scheme: Scheme) -> [SchemeDocumentKind] {
        [.application, .schemeText] + (scheme.beneficiaryIDs.isEmpty ? [] : [.beneficiaryRequest])
    }

    /// Everything expected once the scheme has reached its state: registration from submission on,
    /// the contract from signing, the acceptance minutes from facility acceptance, the settlement
    /// dossier from its submission. A draft expects nothing yet; refused schemes keep what they had.
    public static func expected(for scheme: Scheme) -> [SchemeDocumentKind] {
        var kinds: [SchemeDocumentKind] = []
        switch scheme.state {
        case .draft: return []
        case .submitted, .grassrootsApproved, .atMinistry, .inDraftPlan, .approved, .rejected, .notSelected:
            kinds = registration(for: scheme)
        case .contracted, .inProgress, .stopPending, .stopped:
            kinds = registration(for: scheme) + [.contract]
        case .facilityAccepted:
            kinds = registration(for: scheme) + [.contract, .acceptanceMinutes]
        case .settlementSubmitted, .closed:
            kinds = registration(for: scheme) + [.contract, .acceptanceMinutes, .settlement]
        }
        return kinds
    }

    /// The kinds of `wanted` that no document has, in `wanted`'s order.
    public static func missing(_ wanted: [SchemeDocumentKind], in documents: [SchemeDocument]) -> [SchemeDocumentKind] {
        let present = Set(documents.map(\.kind))
        return wanted.filter { !present.contains($0) }
    }
}

/// The checks on a scheme document, made on its content and never on its name or declared type.
public enum SchemeDocumentUpload {
    public static let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    public static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// PDF and photos as in the establishments' dossier, and Word and Excel files, which is how
    /// schemes and estimates are written. An Office file is a ZIP whose first entries name its part
    /// folder (`word/` or `xl/`) — enough to tell the two apart from any other archive.
    public static func mediaType(of bytes: Data) -> String? {
        if let type = DossierUpload.mediaType(of: bytes) { return type }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return nil }
        let head = bytes.prefix(64 * 1024)
        if head.range(of: Data("word/".utf8)) != nil { return docx }
        if head.range(of: Data("xl/".utf8)) != nil { return xlsx }
        return nil
    }

    /// The kind and media type, or every reason to refuse: no kind (nil: one not in the list), empty,
    /// too large, no or too long a title, a type not accepted.
    public static func check(_ bytes: Data, kind: SchemeDocumentKind?, title: String) throws(DomainError)
        -> (kind: SchemeDocumentKind, mediaType: String)
    {
        var errors = FileUpload.errors(in: bytes, title: title)
        if kind == nil { errors.insert(FieldError(field: "kind", key: .sdocKindUnknown), at: 0) }
        let type = mediaType(of: bytes)
        if FileUpload.isJudgeable(bytes), type == nil { errors.append(FieldError(field: "file", key: .sdocNotAccepted)) }
        guard errors.isEmpty, let kind, let type else { throw DomainError.invalidFields(errors) }
        return (kind, type)
    }

    /// Who may add to a scheme's dossier: whoever may write its content (the province's Department
    /// and implementing units, the Cục for national schemes), an implementing unit only for its own
    /// schemes — at any state, since the dossier grows through the lifecycle.
    public static func mayUpload(_ scheme: Scheme, by principal: Principal) -> Bool {
        !principal.role.isReadOnly && SchemeAuthoring.canAuthor(level: scheme.level, provinceCode: scheme.provinceCode, by: principal)
            && SchemeAuthoring.actsFor(scheme, principal: principal)
    }
}
