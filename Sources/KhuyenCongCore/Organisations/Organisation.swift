import Foundation

/// Kinds of organisation that take part in khuyến công.
public enum OrganisationKind: String, Sendable, Codable, CaseIterable {
    /// Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công (Bộ Công Thương).
    case ministryDepartment = "ministry_department"
    /// Trung tâm Khuyến công và Tư vấn phát triển công nghiệp I–III.
    case nationalCentre = "national_centre"
    /// Sở Công Thương.
    case provinceDepartment = "province_department"
    /// Trung tâm Khuyến công (và Xúc tiến thương mại) of a province.
    case provinceCentre = "province_centre"
    /// UBND tỉnh.
    case provinceCommittee = "province_committee"
    /// UBND cấp xã.
    case communeCommittee = "commune_committee"
    /// Cơ sở công nghiệp nông thôn.
    case establishment
    case other

    public var messageKey: MessageKey {
        switch self {
        case .ministryDepartment: .orgKindMinistryDepartment
        case .nationalCentre: .orgKindNationalCentre
        case .provinceDepartment: .orgKindProvinceDepartment
        case .provinceCentre: .orgKindProvinceCentre
        case .provinceCommittee: .orgKindProvinceCommittee
        case .communeCommittee: .orgKindCommuneCommittee
        case .establishment: .orgKindEstablishment
        case .other: .orgKindOther
        }
    }
}

/// Tổ chức: a body tied to an area.
public struct Organisation: Sendable, Hashable, Identifiable {
    public let id: UUID
    public var kind: OrganisationKind
    public var name: String
    public var provinceCode: String?
    public var communeCode: String?
    public var address: String
    public var phone: String
    public var email: String
    public var version: Int

    public init(
        id: UUID, kind: OrganisationKind, name: String, provinceCode: String?, communeCode: String?,
        address: String = "", phone: String = "", email: String = "", version: Int = 1
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.provinceCode = provinceCode
        self.communeCode = communeCode
        self.address = address
        self.phone = phone
        self.email = email
        self.version = version
    }

    public var area: RecordArea {
        RecordArea(provinceCode: provinceCode, communeCode: communeCode, organisationID: id)
    }
}

/// The fields a user may change on an organisation, validated before anything is written.
public struct OrganisationChange: Sendable, Hashable {
    public var name: String
    public var address: String
    public var phone: String
    public var email: String

    public init(name: String, address: String, phone: String, email: String) {
        self.name = name
        self.address = address
        self.phone = phone
        self.email = email
    }

    /// Trimmed and NFC-normalised values, or the list of field errors.
    public func validated() -> Result<OrganisationChange, DomainError> {
        var fieldErrors: [FieldError] = []
        let name = VietnameseText.normalized(self.name.trimmingCharacters(in: .whitespacesAndNewlines))
        if name.isEmpty { fieldErrors.append(FieldError(field: "name", key: .fieldRequired)) }
        if name.count > 300 { fieldErrors.append(FieldError(field: "name", key: .fieldTooLong)) }
        let phone = self.phone.trimmingCharacters(in: .whitespaces)
        if !phone.isEmpty, !PhoneNumber.isAcceptable(phone) {
            fieldErrors.append(FieldError(field: "phone", key: .fieldInvalidPhone))
        }
        let email = self.email.trimmingCharacters(in: .whitespaces)
        if !email.isEmpty, !Self.looksLikeEmail(email) {
            fieldErrors.append(FieldError(field: "email", key: .fieldInvalidEmail))
        }
        let address = VietnameseText.normalized(self.address.trimmingCharacters(in: .whitespacesAndNewlines))
        if address.count > 500 { fieldErrors.append(FieldError(field: "address", key: .fieldTooLong)) }
        guard fieldErrors.isEmpty else { return .failure(.invalidFields(fieldErrors)) }
        return .success(OrganisationChange(name: name, address: address, phone: phone, email: email))
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".") && !text.contains(" ")
    }
}
