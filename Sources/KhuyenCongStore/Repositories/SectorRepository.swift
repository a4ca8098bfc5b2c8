import Foundation
import KhuyenCongCore
import SQLKit

/// The sector list (reference data, editable).
public struct SectorRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func all() async throws -> [Sector] {
        struct Row: Decodable {
            let code: String
            let nameVi: String
            let nameEn: String
            let legalBasis: String
            let verified: Bool
            let validFrom: String
        }
        return try await store.sql.select().columns("code", "name_vi", "name_en", "legal_basis", "verified", "valid_from")
            .from("sectors").orderBy("code").all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
            .map {
                Sector(
                    code: $0.code, nameVi: $0.nameVi, nameEn: $0.nameEn, legalBasis: $0.legalBasis, verified: $0.verified,
                    validFrom: Day(iso: $0.validFrom) ?? AdminPeriod.threeTier.validFrom)
            }
    }
}
