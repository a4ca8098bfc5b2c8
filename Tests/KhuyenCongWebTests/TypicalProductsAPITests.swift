import Foundation
import KhuyenCongCore
import KhuyenCongStore
import NIOCore
import TestSupport
import Testing
import VaporTesting

@Suite("API: typical-product rounds, judging unseen, certificates anyone can verify, a catalogue of published products only")
struct TypicalProductsAPITests {
    func headers(_ token: String? = nil, language: String = "vi") -> HTTPHeaders {
        var headers: HTTPHeaders = ["Content-Type": "application/json", "Accept-Language": language]
        if let token { headers.add(name: .authorization, value: "Bearer \(token)") }
        return headers
    }

    @Test("bad input is refused field by field in the reader's language, and nothing is written", arguments: TestBackend.available)
    func badInput(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let client = try app.testing()
            let department = try await app.token("sct-01")
            let before = try await client.sendRequest(.GET, "/api/v1/selection-rounds", headers: headers(department)).json["items"] as? [Any]
            let bad: [String: any Sendable] = [
                "level": "district", "year": 2026, "provinceCode": "01", "registrationOpens": "2026-09-01",
                "registrationCloses": "2026-02-30",
            ]
            let refused = try await client.sendRequest(.POST, "/api/v1/selection-rounds", headers: headers(department, language: "en"), body: try jsonBody(bad))
            #expect(refused.status == .badRequest)
            let details = (refused.json["error"] as? [String: Any])?["details"] as? [[String: Any]] ?? []
            #expect(details.map { $0["field"] as? String } == ["registrationCloses"])
            var tooLate = bad
            tooLate["registrationCloses"] = "2026-12-31"
            let district = try await client.sendRequest(.POST, "/api/v1/selection-rounds", headers: headers(department, language: "en"), body: try jsonBody(tooLate))
            let fields = ((district.json["error"] as? [String: Any])?["details"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(district.status == .badRequest && fields.contains("level") && fields.contains("districtCode"))
            #expect(district.text.contains("District-level rounds ended on"))
            let after = try await client.sendRequest(.GET, "/api/v1/selection-rounds", headers: headers(department)).json["items"] as? [Any]
            #expect(before?.count == after?.count)

            let unknown = try await client.sendRequest(.GET, "/api/v1/certificates/TB-PROVINCE-01-2099-0001", headers: headers(language: "vi"))
            #expect(unknown.status == .notFound && unknown.text.contains("Không có giấy chứng nhận đã công bố mang số này."))
            let badLevel = try await client.sendRequest(.GET, "/api/v1/public/products?level=galactic", headers: headers(language: "en"))
            #expect(badLevel.status == .badRequest)
        }
    }

    @Test("a judge sees no other sheet before submitting; the establishment sees no marks; the public sees only published products",
          arguments: TestBackend.available)
    func visibility(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let client = try app.testing()
            let judge = try await app.token("giamkhao-01")
            let owner = try await app.token("coso-01")
            let rounds = try await client.sendRequest(.GET, "/api/v1/selection-rounds?year=2026&province=01", headers: headers(judge))
            let round = try #require((rounds.json["items"] as? [[String: Any]])?.first?["id"] as? String)
            let entries = try await client.sendRequest(.GET, "/api/v1/selection-rounds/\(round)/entries", headers: headers(owner))
            let own = try #require((entries.json["items"] as? [[String: Any]])?.first)
            let entry = try #require(own["id"] as? String)
            #expect((entries.json["items"] as? [Any])?.count == 1, "the establishment sees its own entry only")

            func scores(_ token: String) async throws -> [[String: Any]] {
                try await client.sendRequest(.GET, "/api/v1/entries/\(entry)", headers: headers(token)).json["scores"] as? [[String: Any]] ?? []
            }
            #expect(try await scores(judge).isEmpty, "another judge's submitted sheet stays hidden")
            let draft: [String: any Sendable] = ["market": 35, "economicTechnical": 33, "culturalAesthetic": 8, "other": 7, "submit": false]
            let saved = try await client.sendRequest(.POST, "/api/v1/entries/\(entry)/scores", headers: headers(judge), body: try jsonBody(draft))
            #expect(saved.status == .ok)
            #expect(try await scores(judge).map { $0["total"] as? Int } == [83])
            var final = draft
            final["submit"] = true
            _ = try await client.sendRequest(.POST, "/api/v1/entries/\(entry)/scores", headers: headers(judge), body: try jsonBody(final))
            #expect(try await scores(judge).count == 2, "once submitted, the others' sheets appear")
            let again = try await client.sendRequest(.POST, "/api/v1/entries/\(entry)/scores", headers: headers(judge, language: "en"), body: try jsonBody(final))
            #expect(again.status == .conflict)
            let ownView = try await client.sendRequest(.GET, "/api/v1/entries/\(entry)", headers: headers(owner))
            #expect((ownView.json["scores"] as? [Any])?.isEmpty == true && ownView.json["result"] == nil)

            // The public: two published certificates of the finished round; no marks, no judges.
            let catalogue = try await client.sendRequest(.GET, "/api/v1/public/products", headers: headers())
            let products = try #require(catalogue.json["items"] as? [[String: Any]])
            #expect(products.count == 2)
            #expect(products.allSatisfy { $0["status"] as? String == "valid" && $0["scores"] == nil && $0["result"] == nil })
            let search = try await client.sendRequest(.GET, "/api/v1/public/products?q=LO%20HOA%20men%20ran", headers: headers())
            #expect((search.json["items"] as? [[String: Any]])?.map { $0["productName"] as? String } == ["Lọ hoa men rạn cổ"])
            let number = try #require(products.first?["certificateNumber"] as? String)
            let verified = try await client.sendRequest(.GET, "/api/v1/certificates/\(number)", headers: headers())
            #expect(verified.status == .ok && verified.json["validUntil"] as? String == "2028-12-31")
            // The certificate gives its holder the priority scheme appraisal reads (TT 14/2018).
            let holder = try await client.sendRequest(.GET, "/api/v1/establishments/\(try #require(own["establishmentId"] as? String))", headers: headers(owner))
            let priorities = (holder.json["eligibility"] as? [String: Any])?["priorities"] as? [String] ?? []
            #expect(priorities.contains { $0.contains("cấp tỉnh") && $0.contains("TB-PROVINCE-01-2025-0001") && $0.contains("31/12/2028") })
            let csv = try await client.sendRequest(.GET, "/api/v1/public/products?format=csv", headers: headers())
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.text.split(separator: "\r\n").count == 3)
        }
    }
}
