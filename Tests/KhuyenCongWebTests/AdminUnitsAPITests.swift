import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing
import VaporTesting

@Suite("API: administrative units with history")
struct AdminUnitsAPITests {
    func items(_ response: TestingHTTPResponse) -> [[String: Any]] {
        response.json["items"] as? [[String: Any]] ?? []
    }

    @Test("provinces in force: 34 after the reform, 63 before", arguments: TestBackend.available)
    func provincesOnDate(backend: TestBackend) async throws {
        try await TestApp.with(backend, demo: false) { app, _ in
            let after = try await app.testing().sendRequest(.GET, "/api/v1/admin-units?level=province&on=2026-01-01")
            #expect(after.status == .ok)
            #expect(items(after).count == 34)
            let before = try await app.testing().sendRequest(.GET, "/api/v1/admin-units?level=province&on=2025-06-30")
            #expect(items(before).count == 63)
            #expect(items(before).allSatisfy { $0["period"] as? String == "2008" })
        }
    }

    @Test("Hà Nội's communes page through with the cursor", arguments: TestBackend.available)
    func communesOfProvince(backend: TestBackend) async throws {
        try await TestApp.with(backend, demo: false) { app, _ in
            var seen: [String] = []
            var path = "/api/v1/admin-units?level=commune&province=01&on=2026-01-01&limit=40"
            while true {
                let response = try await app.testing().sendRequest(.GET, path)
                #expect(response.status == .ok)
                seen += items(response).compactMap { $0["code"] as? String }
                guard let next = response.json["nextCursor"] as? String else { break }
                path = "/api/v1/admin-units?level=commune&province=01&on=2026-01-01&limit=40&cursor=\(next)"
            }
            #expect(seen.count == 126)  // Hà Nội's wards and communes from 1 Jul 2025
            #expect(Set(seen).count == seen.count)
        }
    }

    @Test("search ignores diacritics: ha noi finds Thành phố Hà Nội", arguments: TestBackend.available)
    func search(backend: TestBackend) async throws {
        try await TestApp.with(backend, demo: false) { app, _ in
            let response = try await app.testing().sendRequest(.GET, "/api/v1/admin-units?q=ha%20noi&level=province&on=2025-06-30")
            #expect(items(response).map { $0["name"] as? String } == ["Thành phố Hà Nội"])
            let dStroke = try await app.testing().sendRequest(.GET, "/api/v1/admin-units?q=dak%20lak&level=province")
            #expect(items(dStroke).compactMap { $0["name"] as? String }.contains { $0.contains("Đắk Lắk") })
        }
    }

    @Test("a unit comes with its parent, children, successors and today's province", arguments: TestBackend.available)
    func detail(backend: TestBackend) async throws {
        try await TestApp.with(backend, demo: false) { app, _ in
            // Old Hà Giang (02) went whole into Tuyên Quang (08) on 1 Jul 2025.
            let old = try await app.testing().sendRequest(.GET, "/api/v1/admin-units/02?on=2024-05-01")
            #expect(old.status == .ok)
            let unit = old.json["unit"] as? [String: Any]
            #expect(unit?["name"] as? String == "Tỉnh Hà Giang")
            #expect((old.json["children"] as? [Any])?.isEmpty == false)
            let successors = old.json["successors"] as? [[String: Any]] ?? []
            #expect(successors.compactMap { ($0["unit"] as? [String: Any])?["code"] as? String } == ["08"])
            let province = try await app.testing().sendRequest(.GET, "/api/v1/admin-units/08?on=2026-01-01")
            #expect((province.json["predecessors"] as? [Any])?.count == 2)
            let commune = try await app.testing().sendRequest(.GET, "/api/v1/admin-units/00583?on=2026-01-01")
            #expect((commune.json["parent"] as? [String: Any])?["code"] as? String == "01")
        }
    }

    @Test("unknown unit: 404 in Vietnamese by default, English on request", arguments: TestBackend.available)
    func unknownUnit(backend: TestBackend) async throws {
        try await TestApp.with(backend, demo: false) { app, _ in
            let vi = try await app.testing().sendRequest(.GET, "/api/v1/admin-units/99999?on=2026-01-01")
            #expect(vi.status == .notFound)
            #expect(vi.errorCode == "not_found")
            #expect(vi.errorMessage == "Không có đơn vị hành chính mã 99999 vào ngày 01/01/2026.")
            let en = try await app.testing().sendRequest(
                .GET, "/api/v1/admin-units/99999?on=2026-01-01", headers: ["Accept-Language": "en-GB,en;q=0.8"])
            #expect(en.errorMessage == "There is no administrative unit with code 99999 on 01/01/2026.")
        }
    }

    @Test("malformed parameters: 400 naming the parameter", arguments: TestBackend.available)
    func malformed(backend: TestBackend) async throws {
        try await TestApp.with(backend, demo: false) { app, _ in
            let date = try await app.testing().sendRequest(.GET, "/api/v1/admin-units?on=2026-02-30")
            #expect(date.status == .badRequest)
            #expect(date.errorMessage?.contains("\"on\"") == true)
            let details = (date.json["error"] as? [String: Any])?["details"] as? [[String: Any]]
            #expect(details?.first?["field"] as? String == "on")
            let level = try await app.testing().sendRequest(.GET, "/api/v1/admin-units?level=village")
            #expect(level.status == .badRequest)
            let limit = try await app.testing().sendRequest(.GET, "/api/v1/admin-units?limit=0")
            #expect(limit.status == .badRequest)
            let cursor = try await app.testing().sendRequest(.GET, "/api/v1/admin-units?cursor=%25%25")
            #expect(cursor.status == .badRequest)
            let province = try await app.testing().sendRequest(.GET, "/api/v1/admin-units?province=02&on=2026-01-01")
            #expect(province.status == .notFound)
        }
    }

    @Test("a province records a commune succession; another province may not", arguments: TestBackend.available)
    func communeSuccession(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let hanoi = try await app.token("sct-01")
            let hcmc = try await app.token("sct-79")
            // An old Gia Lâm commune (Kim Đức, 2008:00589) recorded as going in part to Bát Tràng.
            let body = try jsonBody(["predecessor": "2008:00589", "successor": "2025:00583", "partial": true])
            let refused = try await app.testing().sendRequest(
                .POST, "/api/v1/admin-units/successions",
                headers: ["Authorization": "Bearer \(hcmc)", "Content-Type": "application/json"], body: body)
            #expect(refused.status == .forbidden)
            let created = try await app.testing().sendRequest(
                .POST, "/api/v1/admin-units/successions",
                headers: ["Authorization": "Bearer \(hanoi)", "Content-Type": "application/json"], body: body)
            #expect(created.status == .created)
            let successors = created.json["successors"] as? [[String: Any]] ?? []
            #expect(successors.contains { ($0["unit"] as? [String: Any])?["ref"] as? String == "2025:00583" && $0["partial"] as? Bool == true })
            let bad = try await app.testing().sendRequest(
                .POST, "/api/v1/admin-units/successions",
                headers: ["Authorization": "Bearer \(hanoi)", "Content-Type": "application/json"],
                body: try jsonBody(["predecessor": "00589", "successor": "2025:00583"]))
            #expect(bad.status == .badRequest)
            // The same link twice is a conflict with a message, not a server error; nothing is added.
            let count = try await AuditLog(store: store).count(scope: .everything)
            let again = try await app.testing().sendRequest(
                .POST, "/api/v1/admin-units/successions",
                headers: ["Authorization": "Bearer \(hanoi)", "Content-Type": "application/json", "Accept-Language": "en"], body: body)
            #expect(again.status == .conflict)
            #expect(again.errorMessage?.contains("already recorded") == true)
            #expect(try await AuditLog(store: store).count(scope: .everything) == count)
            // A centre or a committee reads the geography; it does not keep it.
            for username in ["ttkc-01", "ubnd-01"] {
                let refusedRole = try await app.testing().sendRequest(
                    .POST, "/api/v1/admin-units/successions",
                    headers: ["Authorization": "Bearer \(try await app.token(username))", "Content-Type": "application/json"], body: body)
                #expect(refusedRole.status == .forbidden, "\(username)")
            }
        }
    }
}
