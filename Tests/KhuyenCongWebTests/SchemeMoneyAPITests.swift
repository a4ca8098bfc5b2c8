import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing
import VaporTesting

@Suite("API: a scheme's money within its limits, and roll-ups that add up")
struct SchemeMoneyAPITests {
    func headers(_ token: String, language: String = "vi") -> HTTPHeaders {
        ["Authorization": "Bearer \(token)", "Content-Type": "application/json", "Accept-Language": language]
    }

    @Test("the payer records within the approved support; others and excesses are refused", arguments: TestBackend.available)
    func ledger(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let client = try app.testing()
            let cuc = try await app.token("bo-admin")
            // The demo scheme under way: 250 million approved, its contract recorded, no advance allowed (machinery).
            let found = try await SchemeRepository(store: store).list(scope: .everything, filter: .init(states: [.inProgress]), limit: 1, after: nil)
            let id = try #require(found.items.first?.id).uuidString.lowercased()
            let before = try await client.sendRequest(.GET, "/api/v1/schemes/\(id)/money", headers: headers(cuc))
            #expect(before.json["approved"] as? Int64 == 250_000_000)
            #expect((before.json["totals"] as? [String: Any])?["contracted"] as? Int64 == 250_000_000)
            func record(_ body: [String: any Sendable], _ token: String, language: String = "vi") async throws -> TestingHTTPResponse {
                try await client.sendRequest(.POST, "/api/v1/schemes/\(id)/money", headers: headers(token, language: language), body: try jsonBody(body))
            }
            let department = try await record(["kind": "disbursed", "amount": 1_000_000, "reference": "UNC 1"], try await app.token("sct-01"))
            #expect(department.status == .forbidden)
            let advance = try await record(["kind": "advanced", "amount": 1_000_000, "reference": "GRT 1"], cuc, language: "en")
            #expect(advance.status == .conflict)
            #expect(advance.errorMessage == "Above the largest advance under Circular 36/2013 (0 ₫).")
            let paid = try await record(["kind": "disbursed", "amount": 200_000_000, "on": "15/06/2025", "reference": "UNC 01/2025"], cuc)
            #expect(paid.status == .created)
            #expect(paid.json["paid"] as? Int64 == 200_000_000)
            let tooMuch = try await record(["kind": "disbursed", "amount": 60_000_000, "reference": "UNC 02/2025"], cuc)
            #expect(tooMuch.status == .conflict)
            let noDocument = try await record(["kind": "disbursed", "amount": 1, "reference": " "], cuc)
            #expect(noDocument.status == .badRequest)
            let settledEarly = try await record(["kind": "settled", "amount": 1, "reference": "QT"], cuc)
            #expect(settledEarly.status == .conflict)
            let recovered = try await record(["kind": "recovered", "amount": 20_000_000, "reference": "Thu hồi 01"], cuc)
            #expect(recovered.json["paid"] as? Int64 == 180_000_000)
        }
    }

    @Test("roll-ups by province, year and source have the same total, and rows add up to it", arguments: TestBackend.available)
    func rollups(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let client = try app.testing()
            let cuc = try await app.token("bo-admin")
            var totals: [[String: Any]] = []
            for grouping in ["province", "year", "source"] {
                let response = try await client.sendRequest(.GET, "/api/v1/money/rollup?by=\(grouping)", headers: headers(cuc))
                #expect(response.status == .ok)
                let rows = try #require(response.json["rows"] as? [[String: Any]])
                let total = try #require(response.json["total"] as? [String: Any])
                for field in ["approved", "contracted", "advanced", "disbursed", "accepted", "settled", "recovered"] {
                    #expect(rows.reduce(Int64(0)) { $0 + (($1[field] as? Int64) ?? 0) } == total[field] as? Int64, "\(grouping).\(field)")
                }
                totals.append(total)
            }
            #expect(totals[0]["approved"] as? Int64 == totals[1]["approved"] as? Int64)
            #expect(totals[1]["settled"] as? Int64 == totals[2]["settled"] as? Int64)
            #expect((totals[0]["settled"] as? Int64 ?? 0) > 0)
            // A province sees its own money only; the nation's total is at least as large.
            let hanoi = try await client.sendRequest(.GET, "/api/v1/money/rollup?by=province", headers: headers(try await app.token("sct-79")))
            #expect((hanoi.json["rows"] as? [[String: Any]])?.allSatisfy { $0["key"] as? String == "79" } == true)
            let bad = try await client.sendRequest(.GET, "/api/v1/money/rollup?by=district", headers: headers(cuc))
            #expect(bad.status == .badRequest)
        }
    }
}
