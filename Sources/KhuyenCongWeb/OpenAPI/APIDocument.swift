import Foundation

/// The OpenAPI 3.1 document of `/api/v1`, served at `GET /api/v1/openapi.json` and rendered as the
/// API reference page. Each area lists its operations and schemas in its own file.
enum APIDocument {
    static let version = "1.0.0"

    static var operations: [APIOperation] {
        systemOperations + registryOperations + schemeOperations + schemeDocumentOperations + programmeOperations + typicalProductOperations
    }

    static var schemas: [(String, JSONValue)] {
        systemSchemas + registrySchemas + schemeSchemas + schemeDocumentSchemas + programmeSchemas + typicalProductSchemas
    }

    /// The tags in the order the reference page shows them, with a line on each.
    static let tags: [(String, String)] = [
        ("System", "Signing in, the caller, this document"),
        ("Geography", "Administrative units before and after the 2025 reform, and their successions"),
        ("Organisations", "Ministry, departments, centres, committees and implementing units"),
        ("Registry", "Rural industrial establishments, craft villages, import and export"),
        ("Schemes", "Schemes (đề án) from registration to settlement: lifecycle, support, adjustments, money"),
        ("Support rates", "Versioned support-rate tables and the activity types they price"),
        ("Programmes", "Five-year programmes and annual plans"),
        ("Typical products", "Selection rounds, entries, judging, recognition, certificates and the public catalogue"),
        ("Audit", "The tamper-evident audit trail"),
    ]

    static func document() -> JSONValue {
        var paths: [(String, JSONValue)] = []
        for operation in operations {
            let entry = (operation.method.lowercased(), item(operation))
            if let index = paths.firstIndex(where: { $0.0 == operation.path }) {
                paths[index].1 = paths[index].1.merging([entry])
            } else {
                paths.append((operation.path, .object([entry])))
            }
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "KhuyenCong API",
                "version": .string(version),
                "description": """
                    The JSON API of KhuyenCong, the information system of the industrial-extension (khuyến công) \
                    programme. Sign in with `POST /api/v1/auth/token` and send `Authorization: Bearer <token>`. \
                    Every error has the shape `{"error": {"code", "message", "details"}}`, with the message in \
                    the caller's language (`Accept-Language: vi` by default, or `en`).
                    """,
            ],
            "servers": [["url": "/"]],
            "tags": .array(tags.map { ["name": .string($0.0), "description": .string($0.1)] }),
            "paths": .object(paths),
            "components": [
                "schemas": .object(schemas),
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
            ],
        ]
    }

    private static func item(_ operation: APIOperation) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("operationId", .string(operation.id)),
            ("tags", [.string(operation.tag)]),
            ("summary", .string(operation.summary)),
        ]
        var parameters = operation.parameters
        if operation.exports { parameters.append(.format) }
        if !parameters.isEmpty {
            members.append(("parameters", .array(parameters.map { parameter in
                [
                    "name": .string(parameter.name), "in": .string(parameter.location.rawValue),
                    "required": .bool(parameter.location == .path), "description": .string(parameter.description),
                    "schema": parameter.schema,
                ]
            })))
        }
        if let body = operation.body {
            members.append((
                "requestBody",
                ["required": .bool(!operation.bodyOptional), "content": ["application/json": ["schema": body]]]))
        } else if !operation.fileBody.isEmpty {
            let binary: JSONValue = ["type": "string", "format": "binary"]
            members.append(("requestBody", [
                "required": true,
                "content": .object(operation.fileBody.map { ($0, ["schema": binary]) }),
            ]))
        }
        members.append(("responses", responses(operation)))
        members.append(("security", operation.access == .anyone ? [] : [["bearer": []]]))
        return .object(members)
    }

    private static func responses(_ operation: APIOperation) -> JSONValue {
        var content: [(String, JSONValue)] = []
        if let response = operation.response { content.append(("application/json", ["schema": response])) }
        let files = (operation.exports ? APIOperation.exportTypes : []) + operation.fileResponse
        content += files.map { ($0, ["schema": ["type": "string", "format": "binary"]]) }
        func success(_ status: Int) -> JSONValue {
            var members: [(String, JSONValue)] = [("description", status == 201 ? "Created" : "OK")]
            if !content.isEmpty { members.append(("content", .object(content))) }
            return .object(members)
        }
        let error: JSONValue = [
            "description": "Refused: the body says why, in the caller's language",
            "content": ["application/json": ["schema": Schema.ref("Error")]],
        ]
        var responses: [(String, JSONValue)] = [(String(operation.status), success(operation.status))]
        if let other = operation.alsoStatus { responses.append((String(other), success(other))) }
        return .object(responses + [("4XX", error)])
    }
}
