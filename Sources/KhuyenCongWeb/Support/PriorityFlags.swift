import KhuyenCongCore
import KhuyenCongStore

extension AppServices {
    /// Every priority an establishment holds on `day`: from its registry facts (domain §6.3) and from
    /// its typical-product certificates still valid that day (§5.7, TT 14/2018) — one list for the
    /// establishment's page, its API answer and the scheme appraisal checklist.
    func priorities(of establishment: Establishment, craftVillage: CraftVillageFacts?, on day: Day) async throws -> [PriorityFlag] {
        Priority.flags(establishment, craftVillage: craftVillage)
            + CertificatePriority.flags(
                of: establishment.id, certificates: try await typicalProducts.certificates(of: establishment.id), on: day)
    }
}
