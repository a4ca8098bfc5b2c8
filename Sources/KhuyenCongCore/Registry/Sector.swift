import Foundation

/// Ngành nghề được hưởng chính sách (domain §6.2): reference data in the store, editable.
public struct Sector: Sendable, Hashable {
    public let code: String
    public let nameVi: String
    public let nameEn: String
    public let legalBasis: String
    public let verified: Bool
    public let validFrom: Day

    public init(code: String, nameVi: String, nameEn: String, legalBasis: String, verified: Bool, validFrom: Day) {
        self.code = code
        self.nameVi = nameVi
        self.nameEn = nameEn
        self.legalBasis = legalBasis
        self.verified = verified
        self.validFrom = validFrom
    }

    public func name(in language: Language) -> String { language == .vi ? nameVi : nameEn }
}

