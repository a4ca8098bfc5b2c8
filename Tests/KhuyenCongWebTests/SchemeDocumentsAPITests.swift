import Foundation
import KhuyenCongCore
import KhuyenCongStore
import TestSupport
import Testing
import VaporTesting

@Suite("API and pages: a scheme's dossier, filed by its writers, read by its readers, checked at appraisal")
struct SchemeDocumentsAPITests {
    func headers(_ token: String?, language: String = "vi") -> HTTPHeaders {
        var headers: HTTPHeaders = ["Accept-Language": language, "Content-Type": "application/octet-stream"]
        if let token { headers.replaceOrAdd(name: .authorization, value: "Bearer \(token)") }
        return headers
    }

    static let pdf = Data("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
    /// The start of a Word file: a ZIP whose first entry is in `word/`.
    static let docx = Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0, count: 26) + Data("word/document.xml".utf8) + Data(count: 64)

    @Test("file, list, download; the same file once; bad files refused with every reason; the checklist sees the dossier",
          arguments: TestBackend.available)
    func dossier(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, store in
            let client = try app.testing()
            let unit = try await app.token("ttkc-01")
            // The 2027 draft: never submitted, so nothing filed yet.
            let drafts = try await client.sendRequest(.GET, "/api/v1/schemes?state=draft&year=2027&limit=50", headers: headers(unit))
            let draft = try #require((drafts.json["items"] as? [[String: Any]])?.first?["id"] as? String)
            func file(_ bytes: Data, kind: String, title: String = "%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B", token: String? = nil,
                      language: String = "vi") async throws -> TestingHTTPResponse {
                try await client.sendRequest(
                    .POST, "/api/v1/schemes/\(draft)/documents?kind=\(kind)&title=\(title)", headers: headers(token ?? unit, language: language),
                    body: ByteBuffer(bytes: Array(bytes)))
            }
            let inspector = try await app.token("thanhtra-01"), saigon = try await app.token("sct-79")
            let auditBefore = try await AuditLog(store: store).count(scope: .everything)

            // Refusals name every problem and file nothing.
            let bad = try await file(Data("hello".utf8), kind: "memo", title: "", language: "en")
            #expect(bad.status == .badRequest)
            let details = (bad.json["error"] as? [String: Any])?["details"] as? [[String: Any]] ?? []
            let fields = Set(details.compactMap { $0["field"] as? String })
            #expect(fields == ["kind", "title", "file"])
            #expect(bad.text.contains("PDF, Word (.docx), Excel (.xlsx)"))
            let tooLarge = try await file(Self.pdf + Data(count: 10 * 1024 * 1024), kind: "application")
            #expect(tooLarge.status == .badRequest && tooLarge.text.contains("10 MB"))
            // Someone who may read but not write the scheme, and a foreign province, are refused before the file is looked at.
            #expect(try await file(Data("x".utf8), kind: "memo", token: inspector).status == .forbidden)
            #expect(try await file(Self.pdf, kind: "application", token: saigon).status == .forbidden)
            #expect(try await AuditLog(store: store).count(scope: .everything) == auditBefore)

            let application = try await file(Self.pdf, kind: "application")
            #expect(application.status == .created)
            #expect(application.json["mediaType"] as? String == "application/pdf")
            #expect(application.json["title"] as? String == "Đơn đề nghị")
            let again = try await file(Self.pdf, kind: "application")
            #expect(again.status == .ok && again.json["reused"] as? Bool == true && again.json["id"] as? String == application.json["id"] as? String)
            let word = try await file(Self.docx, kind: "scheme_text", title: "De%20an")
            #expect(word.json["mediaType"] as? String == SchemeDocumentUpload.docx)
            #expect(try await AuditLog(store: store).count(scope: .everything) == auditBefore + 2)

            let list = try await client.sendRequest(.GET, "/api/v1/schemes/\(draft)/documents", headers: headers(unit, language: "en"))
            #expect((list.json["items"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } == ["application", "scheme_text"])
            // A draft expects nothing yet.
            #expect((list.json["expected"] as? [Any])?.isEmpty == true)

            let id = try #require(application.json["id"] as? String)
            let download = try await client.sendRequest(.GET, "/api/v1/scheme-documents/\(id)", headers: headers(unit))
            #expect(download.status == .ok && download.headers.contentType?.description == "application/pdf")
            #expect(download.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            #expect(download.body.readableBytes == Self.pdf.count)
            #expect(try await client.sendRequest(.GET, "/api/v1/scheme-documents/\(id)", headers: headers(saigon)).status == .forbidden)
            #expect(try await client.sendRequest(.GET, "/api/v1/scheme-documents/\(id)", headers: headers(nil)).status == .unauthorized)
            #expect(try await client.sendRequest(.GET, "/api/v1/scheme-documents/\(UUID())", headers: headers(unit)).status == .notFound)

            // The checklist: the scheme has a beneficiary, so its request is still missing.
            let checklist = try await client.sendRequest(.GET, "/api/v1/schemes/\(draft)/checklist", headers: headers(unit, language: "en"))
            let dossier = (checklist.json["items"] as? [[String: Any]])?.first { $0["check"] as? String == "dossier_complete" }
            #expect(dossier?["status"] as? String == "fail")
            #expect((dossier?["details"] as? [String])?.first?.contains("The beneficiary's request for support") == true)
            _ = try await file(Self.pdf + Data([1]), kind: "beneficiary_request", title: "De%20nghi")
            let complete = try await client.sendRequest(.GET, "/api/v1/schemes/\(draft)/checklist", headers: headers(unit))
            let after = (complete.json["items"] as? [[String: Any]])?.first { $0["check"] as? String == "dossier_complete" }
            #expect(after?["status"] as? String == "manual")
        }
    }

    @Test("the scheme page lists the dossier, says what the step lacks, and files a document from its form", arguments: [TestBackend.sqlite])
    func page(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app, _ in
            let client = try app.testing()
            let unit = try await app.token("ttkc-01")
            let submitted = try await client.sendRequest(.GET, "/api/v1/schemes?state=submitted&province=01&limit=50", headers: headers(unit))
            let schemes = try #require(submitted.json["items"] as? [[String: Any]])
            // The demo leaves one submitted scheme without its beneficiary's request.
            var lacking: String?
            for scheme in schemes {
                let id = try #require(scheme["id"] as? String)
                let dossier = try await client.sendRequest(.GET, "/api/v1/schemes/\(id)/documents", headers: headers(unit))
                if (dossier.json["missing"] as? [[String: Any]])?.first?["code"] as? String == "beneficiary_request" { lacking = id }
            }
            let id = try #require(lacking)
            let browser = TestBrowser(app)
            try await browser.signIn("ttkc-01")
            let page = try await browser.get("/schemes/\(id)")
            #expect(page.text.contains("Hồ sơ đề án"))
            #expect(page.text.contains("Còn thiếu ở bước này: Văn bản đề nghị hỗ trợ của cơ sở thụ hưởng."))
            #expect(page.text.contains("Đơn đề nghị thực hiện đề án —"))
            // A wrong file shows the page again with the reason, nothing filed.
            let refused = try await browser.postFile(
                "/schemes/\(id)/documents", form: ["kind": "beneficiary_request", "title": "Văn bản đề nghị của cơ sở"],
                file: ("file", "note.txt", "text/plain", Data("hello".utf8)))
            #expect(refused.status == .badRequest && refused.text.contains("Tài liệu phải là tệp PDF"))
            let posted = try await browser.postFile(
                "/schemes/\(id)/documents", form: ["kind": "beneficiary_request", "title": "Văn bản đề nghị của cơ sở"],
                file: ("file", "de-nghi.pdf", "application/pdf", Self.pdf))
            #expect(posted.status == .seeOther)
            let again = try await browser.get("/schemes/\(id)")
            #expect(again.text.contains("Đủ các tài liệu cần có ở bước này."))
            #expect(again.text.contains("Văn bản đề nghị của cơ sở"))
        }
    }
}
