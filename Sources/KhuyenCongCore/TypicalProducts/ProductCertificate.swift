import Foundation

/// Giấy chứng nhận sản phẩm CNNT tiêu biểu (domain §4.4, §5.7).
public struct ProductCertificate: Sendable, Hashable, Identifiable, Codable {
    public let id: UUID
    public let recognitionID: UUID
    public let entryID: UUID
    public let establishmentID: UUID
    public let productName: String
    public let scope: SelectionScope
    /// See `CertificateSeries` for the format.
    public let number: String
    public let issuedOn: Day
    /// The issuing authority as printed, e.g. "UBND tỉnh Thái Nguyên".
    public let issuedBy: String
    /// The last valid day, fixed at issue by the rule then in force.
    public let validUntil: Day

    public var level: SelectionLevel { scope.level }

    public init(
        id: UUID, recognitionID: UUID, entryID: UUID, establishmentID: UUID, productName: String, scope: SelectionScope,
        number: String, issuedOn: Day, issuedBy: String, validUntil: Day
    ) {
        self.id = id
        self.recognitionID = recognitionID
        self.entryID = entryID
        self.establishmentID = establishmentID
        self.productName = productName
        self.scope = scope
        self.number = number
        self.issuedOn = issuedOn
        self.issuedBy = issuedBy
        self.validUntil = validUntil
    }

    public func status(on day: Day) -> CertificateStatus {
        if day < issuedOn { return .notYetValid }
        return day <= validUntil ? .valid : .expired
    }

    public func isValid(on day: Day) -> Bool { status(on: day) == .valid }
}

public enum CertificateIssuing {
    /// The certificate for `recognition`, numbered next in its series among the numbers already
    /// issued. Refused when the recognition already has one, the issuer is missing, or the date
    /// precedes the recognising decision.
    public static func issue(
        for recognition: ProductRecognition, id: UUID, issuedOn: Day, issuedBy: String,
        existing: [ProductCertificate], validity: CertificateValidityBook = .standard
    ) throws(DomainError) -> ProductCertificate {
        let issuer = VietnameseText.trimmed(issuedBy)
        if issuer.isEmpty { throw DomainError.invalidFields([FieldError(field: "issuedBy", key: .fieldRequired)]) }
        if issuedOn < recognition.decidedOn {
            throw DomainError(
                .invalidInput, .tpCertificateBeforeDecision, arguments: ["date": recognition.decidedOn.vietnamese],
                fields: [FieldError(field: "issuedOn", key: .tpCertificateBeforeDecisionField)])
        }
        if let earlier = existing.first(where: { $0.recognitionID == recognition.id }) {
            throw DomainError(.conflict, .tpCertificateAlreadyIssued, arguments: ["number": earlier.number])
        }
        let series = CertificateSeries(scope: recognition.scope, year: issuedOn.year)
        return ProductCertificate(
            id: id, recognitionID: recognition.id, entryID: recognition.entryID,
            establishmentID: recognition.establishmentID, productName: recognition.productName,
            scope: recognition.scope,
            number: series.next(after: existing.map(\.number)), issuedOn: issuedOn, issuedBy: issuer,
            validUntil: validity.validUntil(issuedOn: issuedOn))
    }
}
