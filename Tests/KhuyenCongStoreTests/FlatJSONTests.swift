import Foundation
import KhuyenCongCore
import Testing

@testable import KhuyenCongStore

@Suite("Audit JSON written by hand reads exactly as JSONEncoder's")
struct FlatJSONTests {
    func encoded(_ state: EstablishmentState) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(state), as: UTF8.self)
    }

    @Test(
        "an establishment's state, with and without optional fields and with characters JSON escapes",
        arguments: [
            ("Cơ sở Gốm Bát Tràng", "Thôn 7, xã Bát Tràng", nil, nil),
            ("HTX \"Mây tre\" \\ 1/2", "line\nbreak\ttab\u{01}\u{1F}", UUID(), Day(year: 2001, month: 2, day: 3)),
        ] as [(String, String, UUID?, Day?)])
    func sameText(name: String, address: String, village: UUID?, founded: Day?) throws {
        let establishment = Establishment(
            id: UUID(), taxCode: "0100109106", name: name, legalForm: .cooperative, sizeClass: .small,
            commune: AdminUnitRef(period: .twoTier, code: "00004"), provinceCode: "01", address: address,
            sectors: ["handicrafts", "agro_processing"], employees: 12, employeesFemale: 5, womanOwned: true,
            craftVillageID: village, phone: "024 3874", foundedOn: founded, version: 3)
        let state = EstablishmentState(establishment)
        #expect(state.auditJSON == (try encoded(state)))
        #expect(try AuditRecorder.json(state) == state.auditJSON)
    }
}
