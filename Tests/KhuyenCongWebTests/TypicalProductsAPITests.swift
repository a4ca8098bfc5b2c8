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
            // Its status on any day: valid through the last day of 2028, expired the day after, not yet valid before issue.
            func status(on day: String) async throws -> String? {
                try await client.sendRequest(.GET, "/api/v1/certificates/\(number)?on=\(day)", headers: headers()).json["status"] as? String
            }
            #expect(try await status(on: "2028-12-31") == "valid")
            #expect(try await status(on: "2029-01-01") == "expired")
            #expect(try await status(on: "2025-11-19") == "not_yet_valid")
            #expect(try await client.sendRequest(.GET, "/api/v1/certificates/\(number)?on=31-12-2028", headers: headers()).status == .badRequest)
            let page = try await client.sendRequest(.GET, "/certificates/\(number)?on=2029-01-01", headers: headers())
            #expect(page.text.contains("đã hết hiệu lực sau ngày 31/12/2028"))
            // The certificate gives its holder the priority scheme appraisal reads (TT 14/2018).
            let holder = try await client.sendRequest(.GET, "/api/v1/establishments/\(try #require(own["establishmentId"] as? String))", headers: headers(owner))
            let priorities = (holder.json["eligibility"] as? [String: Any])?["priorities"] as? [String] ?? []
            #expect(priorities.contains { $0.contains("cấp tỉnh") && $0.contains("TB-PROVINCE-01-2025-0001") && $0.contains("31/12/2028") })
            let csv = try await client.sendRequest(.GET, "/api/v1/public/products?format=csv", headers: headers())
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.text.split(separator: "\r\n").count == 3)
        }
    }

    @Test("the dossier keeps a file once, checks it by content, and shows it only to those who may see it",
          arguments: TestBackend.available)
    func dossier(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let client = try app.testing()
            let owner = try await app.token("coso-01")
            let entries = try await client.sendRequest(.GET, "/api/v1/selection-rounds", headers: headers(owner))
            let round = try #require((entries.json["items"] as? [[String: Any]])?.first { $0["year"] as? Int == 2026 && $0["provinceCode"] as? String == "01" }?["id"] as? String)
            let own = try #require(
                (try await client.sendRequest(.GET, "/api/v1/selection-rounds/\(round)/entries", headers: headers(owner)).json["items"] as? [[String: Any]])?.first)
            let entry = try #require(own["id"] as? String), establishment = try #require(own["establishmentId"] as? String)
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data((0..<200).map { UInt8($0 % 251) })
            func upload(_ bytes: Data, kind: String, token: String, language: String = "vi", to target: String? = nil) async throws -> TestingHTTPResponse {
                var headers = headers(token, language: language)
                headers.replaceOrAdd(name: .contentType, value: "application/octet-stream")
                return try await client.sendRequest(
                    .POST, "/api/v1/establishments/\(target ?? establishment)/documents?kind=\(kind)&title=\u{1EA2}nh%20b\u{00EC}nh",
                    headers: headers, body: ByteBuffer(bytes: Array(bytes)))
            }
            let first = try await upload(png, kind: "photo", token: owner)
            #expect(first.status == .created && first.json["mediaType"] as? String == "image/png")
            let again = try await upload(png, kind: "photo", token: owner)
            #expect(again.status == .ok && again.json["reused"] as? Bool == true && again.json["id"] as? String == first.json["id"] as? String)
            let text = try await upload(Data("hello".utf8), kind: "photo", token: owner, language: "en")
            #expect(text.status == .badRequest && text.text.contains("A photo must be a JPEG, PNG or WebP file."))
            let pdfAsPhoto = try await upload(Data("%PDF-1.4 x".utf8), kind: "photo", token: owner)
            #expect(pdfAsPhoto.status == .badRequest)
            let tooLarge = try await upload(png + Data(count: 10 * 1024 * 1024), kind: "document", token: owner)
            #expect(tooLarge.status == .badRequest && tooLarge.text.contains("10 MB"))
            let list = try await client.sendRequest(.GET, "/api/v1/establishments/\(establishment)/documents", headers: headers(owner))
            #expect((list.json["items"] as? [Any])?.count == 3, "the demo's photo and trademark, and the new photo, once")

            let photo = try #require(first.json["id"] as? String)
            let attached = try await client.sendRequest(
                .POST, "/api/v1/entries/\(entry)/documents", headers: headers(owner), body: try jsonBody(["documentId": photo]))
            #expect((attached.json["documents"] as? [[String: Any]])?.contains { $0["id"] as? String == photo } == true)
            // Not yet published: the jury of the round and the establishment's readers see it; others do not.
            #expect(try await client.sendRequest(.GET, "/api/v1/documents/\(photo)", headers: headers(try await app.token("giamkhao-01"))).status == .ok)
            #expect(try await client.sendRequest(.GET, "/api/v1/documents/\(photo)", headers: headers(try await app.token("sct-79"))).status == .forbidden)
            let anonymous = try await client.sendRequest(.GET, "/api/v1/documents/\(photo)", headers: headers())
            #expect(anonymous.status == .notFound)
            let download = try await client.sendRequest(.GET, "/api/v1/documents/\(photo)", headers: headers(owner))
            #expect(download.headers.contentType?.description == "image/png" && download.body.readableBytes == png.count)
            // The published product's photo is public, as the catalogue shows it.
            let catalogue = try await client.sendRequest(.GET, "/api/v1/public/products?q=men%20lam", headers: headers())
            let photoURL = try #require((catalogue.json["items"] as? [[String: Any]])?.first?["photoUrl"] as? String)
            #expect(try await client.sendRequest(.GET, photoURL, headers: headers()).status == .ok)

            // Another establishment's file cannot be attached to this entry.
            let department = try await app.token("sct-01")
            let others = try await client.sendRequest(.GET, "/api/v1/establishments?province=01&limit=5", headers: headers(department))
            let other = try #require((others.json["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String }.first { $0 != establishment })
            let foreign = try await upload(png + Data([1]), kind: "photo", token: department, to: other)
            #expect(foreign.status == .created)
            let refused = try await client.sendRequest(
                .POST, "/api/v1/entries/\(entry)/documents", headers: headers(owner, language: "en"),
                body: try jsonBody(["documentId": try #require(foreign.json["id"] as? String)]))
            #expect(refused.status == .badRequest && refused.text.contains("another establishment"))
        }
    }

    @Test("the selection parameters are dated records the Cục edits; a later row governs only later rounds",
          arguments: TestBackend.available)
    func parameters(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let client = try app.testing()
            let cuc = try await app.token("bo-admin")
            let read = try await client.sendRequest(.GET, "/api/v1/selection-parameters", headers: headers(try await app.token("giamkhao-01")))
            #expect(read.status == .ok && read.json["version"] as? Int == 0)
            var parameters = try #require(read.json["parameters"] as? [String: Any])
            var scoring = try #require(parameters["scoring"] as? [String: Any])
            var rules = try #require(scoring["rules"] as? [[String: Any]])
            #expect(rules.count == SelectionLevel.allCases.count)
            // From 2027 provincial rounds pass at 80; earlier rounds keep their 70.
            rules.append([
                "validFrom": "2027-01-01", "level": "province", "method": ["kind": "median"], "passMark": 80,
                "methodVerified": false, "passMarkVerified": false, "note": "Thử nghiệm",
            ])
            scoring["rules"] = rules
            parameters["scoring"] = scoring
            func put(_ parameters: [String: Any], version: Int, token: String, language: String = "vi") async throws -> TestingHTTPResponse {
                let body = try JSONSerialization.data(withJSONObject: ["version": version, "parameters": parameters])
                return try await client.sendRequest(.PUT, "/api/v1/selection-parameters", headers: headers(token, language: language), body: ByteBuffer(bytes: Array(body)))
            }
            #expect(try await put(parameters, version: 0, token: try await app.token("sct-01")).status == .forbidden)
            var twice = parameters
            var regions = try #require(twice["regions"] as? [String: Any])
            var list = try #require(regions["regions"] as? [[String: Any]])
            list[1]["provinceCodes"] = (list[1]["provinceCodes"] as? [String] ?? []) + ["01"]
            regions["regions"] = list
            twice["regions"] = regions
            let refused = try await put(twice, version: 0, token: cuc, language: "en")
            #expect(refused.status == .badRequest && refused.text.contains("A province belongs to one region only."))
            let saved = try await put(parameters, version: 0, token: cuc)
            #expect(saved.status == .ok && saved.json["version"] as? Int == 1)
            #expect(try await put(parameters, version: 0, token: cuc).status == .conflict)

            // The finished 2025 round keeps its results: the lacquer painting at 65,67 still fails, the others pass at 70.
            let rounds = try await client.sendRequest(.GET, "/api/v1/selection-rounds?year=2025", headers: headers(cuc))
            let finished = try #require((rounds.json["items"] as? [[String: Any]])?.first?["id"] as? String)
            let results = try await client.sendRequest(.GET, "/api/v1/selection-rounds/\(finished)/results", headers: headers(cuc))
            let marks = (results.json["entries"] as? [[String: Any]] ?? []).compactMap { ($0["result"] as? [String: Any])?["passMark"] as? Int }
            #expect(marks == [70, 70, 70])
            let page = TestBrowser(app)
            try await page.signIn("bo-admin")
            let shown = try await page.get("/selection-rounds")
            #expect(shown.text.contains("Quy định đang áp dụng") && shown.text.contains("Chưa đối chiếu"))
        }
    }
}
