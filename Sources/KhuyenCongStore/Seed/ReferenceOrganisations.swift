import Foundation
import KhuyenCongCore
import SQLKit

/// The public bodies every installation has: the ministry department, the three national centres,
/// and each current province's Department of Industry and Trade and khuyến công centre.
/// Inserted once under a stable reference key; later edits by users are never overwritten.
struct ReferenceOrganisations {
    let store: Store

    func loadIfNeeded() async throws {
        struct Province: Decodable {
            let code: String
            let name: String
        }
        let provinces = try await store.sql.select().columns("code", "name").from("admin_units")
            .where("period", .equal, SQLBind(AdminPeriod.twoTier.rawValue)).where("level", .equal, SQLBind("province"))
            .orderBy("code").all(decoding: Province.self)
        var wanted: [(key: String, organisation: Organisation)] = [
            (
                "ministry-department",
                Organisation(
                    id: UUID(), kind: .ministryDepartment,
                    name: "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công", provinceCode: nil, communeCode: nil,
                    address: "54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội")
            )
        ]
        for (number, roman) in [(1, "I"), (2, "II"), (3, "III")] {
            wanted.append(
                (
                    "national-centre-\(number)",
                    Organisation(
                        id: UUID(), kind: .nationalCentre,
                        name: "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp \(roman)", provinceCode: nil,
                        communeCode: nil)
                ))
        }
        for province in provinces {
            wanted.append(
                (
                    "province-department-\(province.code)",
                    Organisation(
                        id: UUID(), kind: .provinceDepartment, name: "Sở Công Thương \(province.name)",
                        provinceCode: province.code, communeCode: nil)
                ))
            wanted.append(
                (
                    "province-centre-\(province.code)",
                    Organisation(
                        id: UUID(), kind: .provinceCentre, name: "Trung tâm Khuyến công \(province.name)",
                        provinceCode: province.code, communeCode: nil)
                ))
        }
        let existing = Set(
            try await store.sql.select().column("reference_key").from("organisations")
                .where("reference_key", .isNot, SQLLiteral.null)
                .all(decodingColumn: "reference_key", as: String.self))
        let missing = wanted.filter { !existing.contains($0.key) }
        guard !missing.isEmpty else { return }
        let repository = OrganisationRepository(store: store)
        try await store.write { sql, audit in
            for item in missing {
                try await repository.create(
                    item.organisation, referenceKey: item.key, actor: .system, sql: sql, audit: audit)
            }
        }
    }
}
