import Foundation
import Testing
import KhuyenCongCore

/// A small hand-made geography with both periods: two old provinces merged into one new one,
/// and communes whose codes were reused for different units in 2025.
enum GeographyFixture {
    static let geography: Geography = {
        let units = [
            AdminUnit(period: .threeTier, level: .province, code: "01", name: "Thành phố Hà Nội", divisionType: "Thành phố Trung ương", parentCode: nil, codename: "ha_noi"),
            AdminUnit(period: .threeTier, level: .district, code: "004", name: "Quận Long Biên", divisionType: "Quận", parentCode: "01", codename: "long_bien"),
            AdminUnit(period: .threeTier, level: .commune, code: "00118", name: "Phường Bồ Đề", divisionType: "Phường", parentCode: "004", codename: "bo_de"),
            AdminUnit(period: .threeTier, level: .province, code: "02", name: "Tỉnh Hà Giang", divisionType: "Tỉnh", parentCode: nil, codename: "ha_giang"),
            AdminUnit(period: .threeTier, level: .province, code: "08", name: "Tỉnh Tuyên Quang", divisionType: "Tỉnh", parentCode: nil, codename: "tuyen_quang"),
            AdminUnit(period: .twoTier, level: .province, code: "01", name: "Thành phố Hà Nội", divisionType: "Thành phố Trung ương", parentCode: nil, codename: "ha_noi"),
            AdminUnit(period: .twoTier, level: .province, code: "08", name: "Tỉnh Tuyên Quang", divisionType: "Tỉnh", parentCode: nil, codename: "tuyen_quang"),
            AdminUnit(period: .twoTier, level: .commune, code: "00118", name: "Phường Bồ Đề", divisionType: "Phường", parentCode: "01", codename: "bo_de"),
            AdminUnit(period: .twoTier, level: .commune, code: "00004", name: "Phường Ba Đình", divisionType: "Phường", parentCode: "01", codename: "ba_dinh"),
            AdminUnit(period: .threeTier, level: .district, code: "269", name: "Thị xã Sơn Tây", divisionType: "huyện", parentCode: "01", codename: "son_tay"),
            AdminUnit(period: .threeTier, level: .commune, code: "09574", name: "Phường Lê Lợi", divisionType: "xã", parentCode: "269", codename: "le_loi"),
            AdminUnit(period: .threeTier, level: .district, code: "018", name: "Huyện Gia Lâm", divisionType: "huyện", parentCode: "01", codename: "gia_lam"),
            AdminUnit(period: .threeTier, level: .commune, code: "00583", name: "Xã Bát Tràng", divisionType: "xã", parentCode: "018", codename: "bat_trang"),
            AdminUnit(period: .twoTier, level: .commune, code: "00583", name: "Xã Bát Tràng", divisionType: "xã", parentCode: "01", codename: "bat_trang"),
            AdminUnit(period: .twoTier, level: .commune, code: "02200", name: "Phường Minh Xuân", divisionType: "phường", parentCode: "08", codename: "minh_xuan"),
        ]
        let reform = Day(iso: "2025-07-01")!
        func link(_ from: String, _ to: String, partial: Bool = false) -> UnitSuccession {
            UnitSuccession(
                predecessor: AdminUnitRef(period: .threeTier, code: from),
                successor: AdminUnitRef(period: .twoTier, code: to), effectiveOn: reform, partial: partial)
        }
        return Geography(units: units, successions: [link("01", "01"), link("02", "08"), link("08", "08"), link("00118", "00118", partial: true), link("00583", "00583")])
    }()
}

@Suite struct GeographyTests {
    let geography = GeographyFixture.geography

    @Test func unitsValidOnADateComeFromTheRightPeriod() {
        let before = geography.units(level: .province, on: Day(iso: "2025-06-30")!)
        let after = geography.units(level: .province, on: Day(iso: "2025-07-01")!)
        #expect(before.map(\.code) == ["02", "01", "08"])  // Hà Giang, Hà Nội, Tuyên Quang by name
        #expect(after.map(\.code) == ["01", "08"])
    }

    @Test func aCodeMeansAUnitOnlyWithItsPeriod() {
        let old = geography.unit(code: "08", on: Day(iso: "2024-01-01")!)
        let new = geography.unit(code: "08", on: Day(iso: "2026-01-01")!)
        #expect(old?.period == .threeTier)
        #expect(new?.period == .twoTier)
        #expect(old != new)
    }

    @Test func searchIgnoresDiacriticsAndFindsBothPeriods() {
        let found = geography.search("ha noi", level: .province)
        #expect(found.count == 2)
        #expect(found.first?.period == .twoTier)
        #expect(geography.units(on: Day(iso: "2026-01-01")!, query: "bo de").map(\.code) == ["00118"])
    }

    @Test func successorsFollowTheLinksInForce() {
        let haGiang = geography.unit(AdminUnitRef(period: .threeTier, code: "02"))!
        #expect(geography.successors(of: haGiang, on: Day(iso: "2026-01-01")!).map(\.name) == ["Tỉnh Tuyên Quang"])
        // Before the reform the unit stands for itself.
        #expect(geography.successors(of: haGiang, on: Day(iso: "2025-06-30")!) == [haGiang])
    }

    @Test func reaggregatesACommuneRecordToTodaysProvince() {
        let oldCommune = geography.unit(AdminUnitRef(period: .threeTier, code: "00118"))!
        let province = geography.currentProvince(of: oldCommune, on: Day(iso: "2026-01-01")!)
        #expect(province?.ref == AdminUnitRef(period: .twoTier, code: "01"))
    }

    @Test func provinceOfAnOldCommuneWalksThroughItsDistrict() {
        let oldCommune = geography.unit(AdminUnitRef(period: .threeTier, code: "00118"))!
        #expect(geography.province(of: oldCommune)?.code == "01")
        #expect(geography.parent(of: oldCommune)?.level == .district)
    }

    @Test func childrenAreInVietnameseOrder() {
        let haNoi = geography.unit(code: "01", on: Day(iso: "2026-01-01")!)!
        #expect(geography.children(of: haNoi).map(\.name) == ["Phường Ba Đình", "Xã Bát Tràng", "Phường Bồ Đề"])
    }
}

@Suite struct AccessScopeTests {
    func principal(_ role: Role, province: String? = nil, commune: String? = nil, organisation: UUID? = nil) -> Principal {
        Principal(userID: UUID(), username: "u", displayName: "U", role: role, provinceCode: province, communeCode: commune, organisationID: organisation)
    }

    @Test func provincialUserSeesOnlyTheirProvince() {
        let scope = principal(.provinceDepartment, province: "01").scope
        #expect(scope.canRead(RecordArea(provinceCode: "01")))
        #expect(!scope.canRead(RecordArea(provinceCode: "79")))
        #expect(!scope.canWrite(RecordArea(provinceCode: "79")))
        #expect(scope.canWrite(RecordArea(provinceCode: "01")))
    }

    @Test func inspectorReadsButNeverWrites() {
        let scope = principal(.inspector, province: "01").scope
        #expect(scope.canRead(RecordArea(provinceCode: "01")))
        #expect(!scope.canWrite(RecordArea(provinceCode: "01")))
        #expect(!scope.canWriteAnything)
    }

    @Test func anEstablishmentChangesItsOwnRecordButRegistersNoOthers() {
        let own = UUID()
        let scope = AccessScope(area: .organisation(own), readOnly: false)
        #expect(scope.canWrite(RecordArea(provinceCode: "01", communeCode: "00583", organisationID: own)))
        #expect(!scope.canWriteAnything)
        #expect(throws: DomainError.forbidden) { try scope.checkCanCreate() }
        #expect(throws: DomainError(.forbidden, .readOnlyRole)) { try AccessScope(area: .nation, readOnly: true).checkCanCreate() }
        let mine = RecordArea(provinceCode: "01", communeCode: "00583", organisationID: own)
        #expect(throws: Never.self) { try scope.checkCanWrite(mine) }
        #expect(throws: DomainError.forbidden) { try scope.checkCanWrite(mine, RecordArea(provinceCode: "01", organisationID: UUID())) }
        #expect(throws: DomainError(.forbidden, .readOnlyRole)) { try AccessScope(area: .nation, readOnly: true).checkCanWrite(mine) }
    }

        @Test func collaboratorIsLimitedToTheirCommune() {
        let scope = principal(.collaborator, province: "01", commune: "00583").scope
        #expect(scope.canRead(RecordArea(provinceCode: "01", communeCode: "00583")))
        #expect(!scope.canRead(RecordArea(provinceCode: "01", communeCode: "00004")))
    }

    @Test func establishmentSeesOnlyItself() {
        let own = UUID()
        let scope = principal(.establishment, province: "01", organisation: own).scope
        #expect(scope.canRead(RecordArea(provinceCode: "01", organisationID: own)))
        #expect(!scope.canRead(RecordArea(provinceCode: "01", organisationID: UUID())))
    }

    @Test func ministrySeesTheNation() {
        #expect(principal(.ministryAdmin).scope.canWrite(RecordArea(provinceCode: "79")))
    }

    @Test func roleWithoutItsAreaSeesNothing() {
        #expect(!principal(.provinceDepartment).scope.canRead(RecordArea(provinceCode: "01")))
    }
}

@Suite struct AccountDraftTests {
    let today = Day(iso: "2026-01-01")!

    @Test func acceptsAValidProvincialAccount() {
        let draft = AccountDraft(username: "sct-01", displayName: "Sở", role: .provinceDepartment, provinceCode: "01")
        #expect(draft.validate(password: "longenough", geography: GeographyFixture.geography, today: today).isEmpty)
    }

    @Test func reportsEveryProblemAtOnce() {
        let draft = AccountDraft(username: "Bad Name", displayName: "", role: .provinceDepartment, provinceCode: "99")
        let keys = draft.validate(password: "short", geography: GeographyFixture.geography, today: today).map(\.key)
        #expect(keys.contains(.invalidUsername))
        #expect(keys.contains(.passwordTooShort))
        #expect(keys.contains(.unknownProvince))
    }

    @Test func roleNeedsItsArea() {
        let draft = AccountDraft(username: "ctv", displayName: "C", role: .collaborator)
        let keys = draft.validate(password: "longenough", geography: GeographyFixture.geography, today: today).map(\.key)
        #expect(keys == [.roleNeedsCommune])
    }

    @Test func communeUserGetsTheProvinceDerived() {
        let draft = AccountDraft(username: "ctv", displayName: "C", role: .collaborator, communeCode: "00118")
        #expect(draft.resolvedProvinceCode(geography: GeographyFixture.geography, today: today) == "01")
    }
}
