import Foundation
import KhuyenCongCore
import SQLKit

/// The demo data set of `serve --demo`: the accounts of the README, each with password `demo`,
/// and the organisations they belong to. Idempotent: a second start changes nothing.
public struct DemoData: Sendable {
    public struct Account: Sendable {
        public let username: String
        public let displayName: String
        public let role: Role
        public let provinceCode: String?
        public let communeCode: String?
        /// Reference key of the organisation the user belongs to.
        public let organisationKey: String?
    }

    /// Xã Bát Tràng, Hà Nội (2025 code) — a pottery craft village.
    public static let demoCommune = "00583"
    public static let demoEstablishmentKey = "demo-establishment-bat-trang"
    public static let demoCommuneCommitteeKey = "demo-commune-committee-bat-trang"

    public static let accounts: [Account] = [
        Account(username: "bo-admin", displayName: "Nguyễn Văn An", role: .ministryAdmin, provinceCode: nil, communeCode: nil, organisationKey: "ministry-department"),
        Account(username: "lanhdao-bo", displayName: "Đặng Hoàng Nam", role: .ministryLeader, provinceCode: nil, communeCode: nil, organisationKey: "ministry-department"),
        Account(username: "ubnd-01", displayName: "Ngô Thị Oanh", role: .provinceCommittee, provinceCode: "01", communeCode: nil, organisationKey: nil),
        Account(username: "sct-01", displayName: "Trần Thị Bình", role: .provinceDepartment, provinceCode: "01", communeCode: nil, organisationKey: "province-department-01"),
        Account(username: "sct-79", displayName: "Lê Minh Châu", role: .provinceDepartment, provinceCode: "79", communeCode: nil, organisationKey: "province-department-79"),
        Account(username: "ttkc-01", displayName: "Phạm Quốc Dũng", role: .implementingUnit, provinceCode: "01", communeCode: nil, organisationKey: "province-centre-01"),
        Account(username: "ctv-01", displayName: "Đỗ Thị Hà", role: .collaborator, provinceCode: "01", communeCode: demoCommune, organisationKey: nil),
        Account(username: "coso-01", displayName: "Vũ Văn Khánh", role: .establishment, provinceCode: "01", communeCode: demoCommune, organisationKey: demoEstablishmentKey),
        Account(username: "giamkhao-01", displayName: "Hoàng Thị Lan", role: .juryMember, provinceCode: nil, communeCode: nil, organisationKey: nil),
        // Two more jurors, so that the demo rounds have a jury of three.
        Account(username: "giamkhao-02", displayName: "Trịnh Văn Phúc", role: .juryMember, provinceCode: nil, communeCode: nil, organisationKey: nil),
        Account(username: "giamkhao-03", displayName: "Lý Thị Quỳnh", role: .juryMember, provinceCode: nil, communeCode: nil, organisationKey: nil),
        Account(username: "thanhtra-01", displayName: "Bùi Đức Mạnh", role: .inspector, provinceCode: "01", communeCode: nil, organisationKey: "province-department-01"),
    ]

    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// `passwordHash` is the bcrypt hash of "demo", computed by the caller.
    public func loadIfNeeded(passwordHash: String) async throws {
        let organisations = OrganisationRepository(store: store)
        let demoOrganisations: [(String, Organisation)] = [
            (
                Self.demoEstablishmentKey,
                Organisation(
                    id: UUID(), kind: .establishment, name: "Hợp tác xã Gốm sứ Bát Tràng", provinceCode: "01",
                    communeCode: Self.demoCommune, address: "Thôn Bát Tràng, xã Bát Tràng, Hà Nội",
                    phone: "024 3874 0000")
            ),
            (
                Self.demoCommuneCommitteeKey,
                Organisation(
                    id: UUID(), kind: .communeCommittee, name: "Ủy ban nhân dân xã Bát Tràng", provinceCode: "01",
                    communeCode: Self.demoCommune)
            ),
        ]
        for (key, organisation) in demoOrganisations where try await organisations.id(forReferenceKey: key) == nil {
            try await store.write { sql, audit in
                try await organisations.create(organisation, referenceKey: key, actor: .system, sql: sql, audit: audit)
            }
        }
        let users = UserRepository(store: store)
        for account in Self.accounts where try await !users.exists(username: account.username) {
            let organisationID = try await account.organisationKey.asyncFlatMap { try await organisations.id(forReferenceKey: $0) }
            let draft = AccountDraft(
                username: account.username, displayName: account.displayName, role: account.role,
                provinceCode: account.role.requiredArea == .commune ? nil : account.provinceCode,
                communeCode: account.communeCode, organisationID: organisationID)
            try await users.create(draft, provinceCode: account.provinceCode, passwordHash: passwordHash, actor: .system)
        }
        try await DemoRegistry(store: store).loadIfNeeded(organisations: organisations)
        try await DemoSchemes(store: store).loadIfNeeded()
        try await DemoPlans(store: store).loadIfNeeded()
        try await DemoTypicalProducts(store: store).loadIfNeeded()
    }
}

extension Optional where Wrapped: Sendable {
    func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
