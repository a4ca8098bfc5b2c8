import Foundation
import KhuyenCongCore

/// The demo registry of `serve --demo`: the Bát Tràng craft village with its cooperative (the
/// `coso-01` account's establishment), two artisans, a probable duplicate to review, and a few
/// hundred synthetic establishments over several provinces. All names of people are invented.
struct DemoRegistry {
    let store: Store

    static let craftVillageKey = "demo-craft-village-bat-trang"
    /// Provinces and how many synthetic establishments each gets.
    static let spread: [(province: String, count: Int)] = [
        ("01", 40), ("79", 60), ("22", 30), ("25", 30), ("40", 30), ("48", 30), ("66", 30), ("96", 30),
    ]

    func loadIfNeeded(organisations: OrganisationRepository) async throws {
        let villages = CraftVillageRepository(store: store)
        guard try await villages.id(forReferenceKey: Self.craftVillageKey) == nil else { return }
        let geography = try await GeographyRepository(store: store).load()
        let today = Day(store.now())
        let batTrang = AdminUnitRef(period: .twoTier, code: DemoData.demoCommune)
        let village = try await villages.create(
            CraftVillage(
                id: UUID(), name: "gốm sứ Bát Tràng", commune: batTrang, provinceCode: "01",
                decisionRef: "Quyết định công nhận làng nghề truyền thống (dữ liệu trình diễn)", recognisedOn: Day(year: 2010, month: 9, day: 1)),
            referenceKey: Self.craftVillageKey, actor: .system)
        let owner = try await organisations.id(forReferenceKey: DemoData.demoEstablishmentKey)
        let cooperative = Establishment(
            id: UUID(), taxCode: TaxCode.enterpriseCode(leadingDigits: "010583001") ?? "0100109106",
            name: "Hợp tác xã Gốm sứ Bát Tràng", legalForm: .cooperative, sizeClass: .small, commune: batTrang, provinceCode: "01",
            address: "Thôn Bát Tràng, xã Bát Tràng, Hà Nội", sectors: ["handicrafts"], employees: 45, employeesFemale: 21,
            craftVillageID: village.id, phone: "024 3874 0000", foundedOn: Day(year: 2004, month: 5, day: 12),
            organisationID: owner)
        let duplicate = Establishment(
            id: UUID(), taxCode: TaxCode.enterpriseCode(leadingDigits: "010583002") ?? "0300588569",
            name: "Hợp tác xã gốm sứ Bát Tràng", legalForm: .cooperative, sizeClass: .micro, commune: batTrang, provinceCode: "01",
            address: "Xã Bát Tràng, Hà Nội", sectors: ["handicrafts"], employees: 8, craftVillageID: village.id,
            phone: "0243 874 0000")
        try await store.write { sql, audit in
            try await EstablishmentRepository(store: store).insertBatch(
                [cooperative, duplicate], actor: .system, action: "establishment.demo",
                reason: "demo data", sql: sql, audit: audit)
        }
        for (index, name) in ["Nguyễn Văn Gốm", "Lê Thị Men"].enumerated() {
            try await villages.createArtisan(
                Artisan(
                    id: UUID(), fullName: name, title: index == 0 ? .peoples : .meritorious, craft: "Gốm sứ",
                    provinceCode: "01", establishmentID: cooperative.id),
                referenceKey: "demo-artisan-\(index)", actor: .system)
        }
        let repository = EstablishmentRepository(store: store)
        for (offset, item) in Self.spread.enumerated() {
            _ = try await repository.seedSynthetic(
                count: item.count, seed: 2026 + UInt64(offset), provinceCode: item.province, geography: geography, today: today,
                actor: .system)
        }
    }
}
