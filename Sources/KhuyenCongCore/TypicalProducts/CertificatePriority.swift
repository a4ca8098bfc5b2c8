import Foundation

/// What a valid certificate gives its holder: priority for national and local khuyến công support
/// [V2; TT 14/2018, S-TT14-SUM]. Scheme appraisal checks the certificate's level and that it is
/// still valid on the application day (domain §5.7).
public enum CertificatePriority {
    /// The levels at which `establishmentID` holds a certificate valid on `day`.
    public static func certifiedLevels(
        of establishmentID: UUID, certificates: [ProductCertificate], on day: Day
    ) -> Set<SelectionLevel> {
        Set(certificates.filter { $0.establishmentID == establishmentID && $0.isValid(on: day) }.map(\.level))
    }

    /// One priority flag per valid certificate, highest level first, for the appraisal checklist.
    public static func flags(
        of establishmentID: UUID, certificates: [ProductCertificate], on day: Day
    ) -> [PriorityFlag] {
        certificates.filter { $0.establishmentID == establishmentID && $0.isValid(on: day) }
            .sorted { ($0.level, $1.number) > ($1.level, $0.number) }
            .map {
                PriorityFlag(
                    $0.level.priorityKey,
                    ["product": $0.productName, "number": $0.number, "date": $0.validUntil.vietnamese])
            }
    }
}

extension SelectionLevel {
    /// "Holds a typical-product certificate at this level", as a priority flag.
    public var priorityKey: MessageKey {
        switch self {
        case .commune: .tpPriorityCertifiedCommune
        case .district: .tpPriorityCertifiedDistrict
        case .province: .tpPriorityCertifiedProvince
        case .region: .tpPriorityCertifiedRegion
        case .national: .tpPriorityCertifiedNational
        }
    }
}
