import Foundation
import KhuyenCongCore
import SQLKit

/// Craft villages and artisans. Craft villages are public facts (a provincial decision), readable
/// by every signed-in user; changes are scoped to the province.
public struct CraftVillageRepository: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    struct Row: Decodable {
        let id: String
        let name: String
        let communePeriod: String
        let communeCode: String
        let provinceCode: String
        let decisionRef: String
        let recognisedOn: String?
        let version: Int

        var village: CraftVillage {
            CraftVillage(
                id: UUID(uuidString: id)!, name: name,
                commune: AdminUnitRef(period: AdminPeriod(rawValue: communePeriod) ?? .twoTier, code: communeCode),
                provinceCode: provinceCode, decisionRef: decisionRef, recognisedOn: recognisedOn.flatMap(Day.init(iso:)),
                version: version)
        }
    }

    static let columns = ["id", "name", "commune_period", "commune_code", "province_code", "decision_ref", "recognised_on", "version"]

    public func list(provinceCode: String? = nil) async throws -> [CraftVillage] {
        var query = store.sql.select().columns(Self.columns.map { SQLIdentifier($0) }).from("craft_villages")
        if let provinceCode { query = query.where("province_code", .equal, SQLBind(provinceCode)) }
        return try await query.all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase).map(\.village)
            .sorted { VietnameseCollation.areInIncreasingOrder($0.name, $1.name) }
    }

    public func get(_ id: UUID) async throws -> CraftVillage? {
        try await store.sql.select().columns(Self.columns.map { SQLIdentifier($0) }).from("craft_villages")
            .where("id", .equal, SQLBind(id.uuidString.lowercased()))
            .first(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)?.village
    }

    /// What the eligibility rule needs about an establishment's craft village, if it has one.
    public func facts(for establishment: Establishment) async throws -> CraftVillageFacts? {
        guard let id = establishment.craftVillageID else { return nil }
        return try await get(id)?.facts
    }

    /// Creates a craft village (seeded by reference key so that demo loading is idempotent).
    @discardableResult
    public func create(_ village: CraftVillage, referenceKey: String?, actor: Actor) async throws -> CraftVillage {
        let nowMillis = store.nowMillis
        return try await store.write { sql, audit in
            try await sql.insert(into: "craft_villages")
                .columns(Self.columns + ["folded_name", "reference_key", "created_at", "updated_at"])
                .values(
                    SQLBind(village.id.uuidString.lowercased()), SQLBind(village.name), SQLBind(village.commune.period.rawValue),
                    SQLBind(village.commune.code), SQLBind(village.provinceCode), SQLBind(village.decisionRef),
                    SQLBind(village.recognisedOn?.iso), SQLBind(village.version), SQLBind(VietnameseText.fold(village.name)),
                    SQLBind(referenceKey), SQLBind(nowMillis), SQLBind(nowMillis)
                ).run()
            struct State: Encodable {
                let name, commune, decisionRef: String
                let recognisedOn: String?
            }
            try await audit.record(
                actor: actor, action: "craft_village.create", entityType: "craft_village",
                entityID: village.id.uuidString.lowercased(), provinceCode: village.provinceCode, before: nil,
                after: State(name: village.name, commune: village.commune.description, decisionRef: village.decisionRef, recognisedOn: village.recognisedOn?.iso))
            return village
        }
    }

    public func id(forReferenceKey key: String) async throws -> UUID? {
        try await store.sql.select().column("id").from("craft_villages").where("reference_key", .equal, SQLBind(key))
            .first(decodingColumn: "id", as: String.self).flatMap(UUID.init(uuidString:))
    }

    public func artisans(establishmentID: UUID) async throws -> [Artisan] {
        struct Row: Decodable {
            let id: String
            let fullName: String
            let title: String
            let craft: String
            let provinceCode: String
            let establishmentId: String?
        }
        return try await store.sql.select().columns("id", "full_name", "title", "craft", "province_code", "establishment_id")
            .from("artisans").where("establishment_id", .equal, SQLBind(establishmentID.uuidString.lowercased()))
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
            .map {
                Artisan(
                    id: UUID(uuidString: $0.id)!, fullName: $0.fullName, title: Artisan.Title(rawValue: $0.title) ?? .meritorious,
                    craft: $0.craft, provinceCode: $0.provinceCode, establishmentID: $0.establishmentId.flatMap(UUID.init(uuidString:)))
            }
    }

    @discardableResult
    public func createArtisan(_ artisan: Artisan, referenceKey: String?, actor: Actor) async throws -> Artisan {
        let nowMillis = store.nowMillis
        return try await store.write { sql, audit in
            try await sql.insert(into: "artisans")
                .columns("id", "full_name", "title", "craft", "province_code", "establishment_id", "reference_key", "version", "created_at", "updated_at")
                .values(
                    SQLBind(artisan.id.uuidString.lowercased()), SQLBind(artisan.fullName), SQLBind(artisan.title.rawValue),
                    SQLBind(artisan.craft), SQLBind(artisan.provinceCode), SQLBind(artisan.establishmentID?.uuidString.lowercased()),
                    SQLBind(referenceKey), SQLBind(1), SQLBind(nowMillis), SQLBind(nowMillis)
                ).run()
            struct State: Encodable { let fullName, title, craft: String }
            try await audit.record(
                actor: actor, action: "artisan.create", entityType: "artisan", entityID: artisan.id.uuidString.lowercased(),
                provinceCode: artisan.provinceCode, before: nil,
                after: State(fullName: artisan.fullName, title: artisan.title.rawValue, craft: artisan.craft))
            return artisan
        }
    }
}
