import KhuyenCongCore

extension APIDocument {
    static let systemOperations: [APIOperation] = [
        APIOperation(
            method: "POST", path: "/api/v1/auth/token", id: "createToken", tag: "System",
            summary: "Exchange a username and password for a bearer token", access: .anyone,
            body: Schema.object(["username": Schema.string, "password": Schema.string]),
            response: Schema.object(["token": Schema.string, "expiresInSeconds": Schema.integer(minimum: 1)])),
        APIOperation(
            method: "GET", path: "/api/v1/me", id: "getMe", tag: "System", summary: "Who the token belongs to",
            response: Schema.ref("Me")),
        APIOperation(
            method: "GET", path: "/api/v1/openapi.json", id: "getOpenAPIDocument", tag: "System",
            summary: "This document", access: .anyone, response: ["type": "object"]),
    ]

    static let systemSchemas: [(String, JSONValue)] = [
        ("Error", Schema.object([
            "error": Schema.object([
                "code": Schema.oneOf(DomainError.Kind.allCases.map(\.rawValue)),
                "message": Schema.string,
                "details": Schema.array(Schema.object(["field": Schema.string, "message": Schema.string])),
            ]),
        ])),
        ("Me", Schema.object(
            [
                "id": Schema.uuid, "username": Schema.string, "displayName": Schema.string,
                "role": Schema.oneOf(Role.allCases.map(\.rawValue)), "roleName": Schema.string, "readOnly": Schema.boolean,
            ],
            optional: ["provinceCode": Schema.string, "communeCode": Schema.string, "organisationId": Schema.uuid])),
    ]
}
