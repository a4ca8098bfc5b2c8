import KhuyenCongCore
import KhuyenCongStore

extension AppServices {
    /// Every priority an establishment holds on `day`: from its registry facts (domain §6.3) and from
    /// its typical-product certificates still valid that day (§5.7, TT 14/2018) — one list for the
    /// establishment's page, its API answer and the scheme appraisal checklist.
    /// `holdsCertificates` false (known from `EstablishmentRepository.detail`) spares reading an empty list.
    func priorities(
        of establishment: Establishment, craftVillage: CraftVillageFacts?, on day: Day, holdsCertificates: Bool = true
    ) async throws -> [PriorityFlag] {
        let certificates = holdsCertificates ? try await typicalProducts.certificates(of: establishment.id) : []
        return Priority.flags(establishment, craftVillage: craftVillage)
            + CertificatePriority.flags(of: establishment.id, certificates: certificates, on: day)
    }
}
