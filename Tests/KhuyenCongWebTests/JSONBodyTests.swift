import Foundation
import KhuyenCongCore
import Testing
import Vapor

@testable import KhuyenCongWeb

@Suite("Hand-written JSON and query parsing read as Vapor's own would")
struct JSONBodyTests {
    func parsed(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    @Test("an establishment's detail: the same fields and values as JSONEncoder writes", arguments: [true, false])
    func detailMatchesEncoder(withOptionals: Bool) throws {
        let establishment = Establishment(
            id: UUID(), taxCode: "0100109106", name: "HTX \"Gốm\" 1/2", legalForm: .cooperative, sizeClass: .small,
            commune: AdminUnitRef(period: .twoTier, code: "00004"), provinceCode: "01", address: "Thôn 7\nBát Tràng",
            sectors: withOptionals ? ["handicrafts"] : [], employees: 12, employeesFemale: 5, womanOwned: true,
            craftVillageID: withOptionals ? UUID() : nil, phone: "024", foundedOn: withOptionals ? Day(year: 2004, month: 5, day: 12) : nil)
        let detail = EstablishmentDetailDTO(
            establishment: EstablishmentDTO(establishment),
            eligibility: EligibilityDTO(
                on: Day(year: 2026, month: 3, day: 1)!, rule: "decree_235_2025", verdict: "eligible", explanation: "vì …",
                priorities: withOptionals ? ["làng nghề"] : []),
            probableDuplicates: withOptionals ? [EstablishmentDTO(establishment)] : [])
        var json = JSONWriter()
        detail.write(to: &json)
        #expect(try parsed(Data(json.bytes)) == (try parsed(try JSONEncoder().encode(detail))))
        var list = JSONWriter()
        ItemsDTO(items: [EstablishmentDTO(establishment)], nextCursor: withOptionals ? "abc" : nil).write(to: &list)
        let expected = try JSONEncoder().encode(ItemsDTO(items: [EstablishmentDTO(establishment)], nextCursor: withOptionals ? "abc" : nil))
        #expect(try parsed(Data(list.bytes)) == (try parsed(expected)))
    }

    @Test("query strings: plus is a space, escapes decoded, the first of repeated names wins")
    func queryParsing() {
        let values = Request.parseQuery("q=g%E1%BB%91m+s%E1%BB%A9&province=01&province=79&empty=&flag&bad=%ZZ")
        #expect(values["q"] == "gốm sứ")
        #expect(values["province"] == "01")
        #expect(values["empty"] == "")
        #expect(values["flag"] == "")
        #expect(values["bad"] == "%ZZ")
        #expect(values["missing"] == nil)
    }
}
