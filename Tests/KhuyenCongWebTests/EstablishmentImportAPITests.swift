import Foundation
import KhuyenCongCore
import KhuyenCongStore
import NIOCore
import TestSupport
import Testing
import VaporTesting

@Suite("API: establishment import and export round trip")
struct EstablishmentImportAPITests {
    @Test("dry run then commit; the report lists every bad row in the caller's language", arguments: TestBackend.available)
    func importFile(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let token = try await app.token("sct-01")
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "text/csv", "Accept-Language": "en"]
            let good = "tax_code,name,legal_form,commune_code\n0100109106,Tổ hợp tác Thêu,cooperative_group,00583\n"
            let dry = try await app.testing().sendRequest(.POST, "/api/v1/establishments/import?dryRun=true", headers: headers, body: ByteBuffer(string: good))
            #expect(dry.status == .ok)
            #expect(dry.json["created"] as? Int == 1)
            #expect(dry.json["committed"] as? Bool == false)
            let bad = good + "0100109107,Sai,cooperative,26506\n"
            let refused = try await app.testing().sendRequest(.POST, "/api/v1/establishments/import", headers: headers, body: ByteBuffer(string: bad))
            let rejected = refused.json["rejected"] as? [[String: Any]] ?? []
            #expect(refused.json["committed"] as? Bool == false)
            #expect(rejected.contains { $0["row"] as? Int == 3 && $0["column"] as? String == "tax_code" && ($0["message"] as? String)?.contains("check digit") == true })
            let committed = try await app.testing().sendRequest(.POST, "/api/v1/establishments/import?dryRun=false", headers: headers, body: ByteBuffer(string: good))
            #expect(committed.json["committed"] as? Bool == true)
            let found = try await EstablishmentRepository(store: store).list(scope: .everything, filter: .init(query: "0100109106"), limit: 2, after: nil)
            #expect(found.items.map(\.name) == ["Tổ hợp tác Thêu"])
            let badFlag = try await app.testing().sendRequest(.POST, "/api/v1/establishments/import?dryRun=maybe", headers: headers, body: ByteBuffer(string: good))
            #expect(badFlag.status == .badRequest)
            let inspector = try await app.token("thanhtra-01")
            let readOnly = try await app.testing().sendRequest(
                .POST, "/api/v1/establishments/import", headers: ["Authorization": "Bearer \(inspector)", "Content-Type": "text/csv"],
                body: ByteBuffer(string: good))
            #expect(readOnly.status == .forbidden)
        }
    }

    @Test("an exported list re-imports whole, every row unchanged", arguments: [TestBackend.sqlite])
    func roundTrip(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let token = try await app.token("sct-01")
            let export = try await app.testing().sendRequest(
                .GET, "/api/v1/establishments", headers: ["Authorization": "Bearer \(token)", "Accept": "text/csv"])
            let lines = export.text.split(separator: "\r\n")
            #expect(lines.count > 20)
            let reimport = try await app.testing().sendRequest(
                .POST, "/api/v1/establishments/import", headers: ["Authorization": "Bearer \(token)", "Content-Type": "text/csv"],
                body: export.body)
            #expect(reimport.json["rejectedRows"] as? Int == 0, "\(reimport.json["rejected"] ?? "")")
            // Every field survives the round trip, so no row is written again.
            #expect(reimport.json["unchanged"] as? Int == lines.count - 1)
            #expect(reimport.json["updated"] as? Int == 0)
            #expect(reimport.json["created"] as? Int == 0)

            // The same list as a workbook re-imports the same way.
            let workbook = try await app.testing().sendRequest(
                .GET, "/api/v1/establishments?format=xlsx", headers: ["Authorization": "Bearer \(token)"])
            #expect(workbook.headers.contentType?.subType == "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let fromWorkbook = try await app.testing().sendRequest(
                .POST, "/api/v1/establishments/import?dryRun=true",
                headers: [
                    "Authorization": "Bearer \(token)", "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ],
                body: workbook.body)
            #expect(fromWorkbook.json["rejectedRows"] as? Int == 0, "\(fromWorkbook.json["rejected"] ?? "")")
            #expect(fromWorkbook.json["unchanged"] as? Int == lines.count - 1)
            _ = store
        }
    }
}
