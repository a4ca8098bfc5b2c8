import Foundation
import KhuyenCongCore
import TestSupport
import Testing
import Vapor
import VaporTesting

@testable import KhuyenCongWeb

@Suite("OpenAPI document: every /api/v1 route documented, and nothing documented that is not served")
struct OpenAPIDocumentTests {
    /// "GET /api/v1/schemes/{id}" for every registered API route.
    static func servedOperations(_ app: Application) -> Set<String> {
        Set(app.routes.all.compactMap { route -> String? in
            guard route.path.count >= 2, route.path[0] == .constant("api"), route.path[1] == .constant("v1") else { return nil }
            return "\(route.method.rawValue) " + RouteTestSupport.path(of: route) { "{\($0)}" }
        })
    }

    @Test("the routes and the documented operations are the same set")
    func routesMatchDocument() async throws {
        try await TestApp.with(.sqlite, demo: false) { app, _ in
            let served = Self.servedOperations(app)
            let documented = APIDocument.operations.map(\.key)
            #expect(Set(documented).count == documented.count, "an operation is documented twice")
            let undocumented = served.subtracting(documented).sorted()
            let unserved = Set(documented).subtracting(served).sorted()
            #expect(undocumented.isEmpty, "served but not in the OpenAPI document: \(undocumented)")
            #expect(unserved.isEmpty, "documented but not served: \(unserved)")
            #expect(served.count == documented.count && served.count > 40)
        }
    }

    @Test("operation ids are unique and every path parameter is declared")
    func operationsAreWellFormed() {
        let ids = APIDocument.operations.map(\.id)
        #expect(Set(ids).count == ids.count)
        for operation in APIDocument.operations {
            let templated = operation.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
            let declared = operation.parameters.filter { $0.location == .path }.map(\.name)
            #expect(templated == declared, "\(operation.key)")
            #expect(APIDocument.tags.contains { $0.0 == operation.tag }, "\(operation.key) has an unknown tag")
            #expect(operation.method != "GET" || operation.body == nil, "\(operation.key): a GET with a body")
            // `exports` adds `format` by itself; OpenAPI forbids a parameter twice.
            let parameters = (operation.parameters + (operation.exports ? [.format] : [])).map { "\($0.location):\($0.name)" }
            #expect(Set(parameters).count == parameters.count, "\(operation.key) declares a parameter twice")
        }
    }

    @Test("every $ref names a component, and every component is used")
    func referencesResolve() {
        let document = APIDocument.document()
        var references: Set<String> = []
        func collect(_ value: JSONValue) {
            switch value {
            case .object(let members):
                for (key, member) in members {
                    if key == "$ref", case .string(let target) = member { references.insert(target) } else { collect(member) }
                }
            case .array(let items): items.forEach(collect)
            default: break
            }
        }
        collect(document)
        let names = APIDocument.schemas.map(\.0)
        #expect(Set(names).count == names.count, "a component is defined twice")
        let defined = Set(names.map { "#/components/schemas/\($0)" })
        #expect(references.subtracting(defined).isEmpty, "dangling: \(references.subtracting(defined).sorted())")
        #expect(defined.subtracting(references).isEmpty, "unused: \(defined.subtracting(references).sorted())")
    }

    @Test("GET /api/v1/openapi.json answers without a token with the document as valid JSON")
    func served() async throws {
        try await TestApp.with(.sqlite, demo: false) { app, _ in
            let response = try await app.testing().sendRequest(.GET, "/api/v1/openapi.json")
            #expect(response.status == .ok)
            #expect(response.headers.contentType == .json)
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            #expect(parsed["openapi"] as? String == "3.1.0")
            let paths = try #require(parsed["paths"] as? [String: [String: Any]])
            #expect(paths.values.reduce(0) { $0 + $1.count } == APIDocument.operations.count)
            let createScheme = try #require(paths["/api/v1/schemes"]?["post"] as? [String: Any])
            let responses = try #require(createScheme["responses"] as? [String: Any])
            #expect(responses["201"] != nil && responses["4XX"] != nil)
        }
    }

    @Test("the reference page lists every operation, in Vietnamese and in English")
    func referencePage() async throws {
        try await TestApp.with(.sqlite, demo: false) { app, _ in
            let browser = TestBrowser(app)
            let vietnamese = try await browser.get("/api-docs")
            #expect(vietnamese.status == .ok)
            #expect(vietnamese.text.contains("Tài liệu API"))
            for operation in APIDocument.operations {
                #expect(vietnamese.text.contains("id=\"\(operation.id)\""), "\(operation.key)")
            }
            _ = try await browser.get("/lang/en?back=/api-docs")
            let english = try await browser.get("/api-docs")
            #expect(english.text.contains("API reference"))
            #expect(english.text.contains("Download the OpenAPI 3.1 document"))
        }
    }

    @Test("schemas read as types on the page")
    func schemaText() {
        let schema = Schema.object(
            ["id": Schema.uuid, "state": Schema.oneOf(["draft", "submitted"]), "lines": Schema.array(Schema.ref("SchemeLine"))],
            optional: ["note": Schema.string])
        #expect(SchemaText.describe(schema) == """
            {
              id: uuid,
              state: "draft" | "submitted",
              lines: SchemeLine[],
              note?: string
            }
            """)
        #expect(SchemaText.describe(Schema.integer(minimum: 0, maximum: 40)) == "integer 0…40")
    }
}
