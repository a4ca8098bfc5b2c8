import KhuyenCongCore

extension APIDocument {
    static let schemeDocumentTypes = [
        "application/pdf", SchemeDocumentUpload.docx, SchemeDocumentUpload.xlsx, "image/jpeg", "image/png", "image/webp",
    ]

    static let schemeDocumentOperations: [APIOperation] = [
        APIOperation(
            method: "POST", path: "/api/v1/schemes/{id}/documents", id: "uploadSchemeDocument", tag: "Schemes",
            summary: "File a document in the scheme's dossier, checked by its content (PDF, Word, Excel, JPEG, PNG, WebP; 10 MB), by whoever may write the scheme; the same file again returns the kept copy with 200",
            parameters: [
                .path("id", Schema.uuid, "Scheme id"),
                .query("kind", Schema.oneOf(SchemeDocumentKind.allCases.map(\.rawValue)), "What the document is (required)"),
                .query("title", Schema.string, "What the file is, e.g. Đơn đề nghị thực hiện đề án"),
            ],
            fileBody: schemeDocumentTypes, status: 201, alsoStatus: 200, response: Schema.ref("SchemeDocument")),
        APIOperation(
            method: "GET", path: "/api/v1/schemes/{id}/documents", id: "listSchemeDocuments", tag: "Schemes",
            summary: "The scheme's dossier, the kinds its state expects (TT 36/2013 registration, contract, acceptance, settlement) and those still missing",
            parameters: [.path("id", Schema.uuid, "Scheme id")], response: Schema.ref("SchemeDossier")),
        APIOperation(
            method: "GET", path: "/api/v1/scheme-documents/{id}", id: "downloadSchemeDocument", tag: "Schemes",
            summary: "A file of a scheme's dossier, for whoever may read the scheme",
            parameters: [.path("id", Schema.uuid, "Document id")], fileResponse: schemeDocumentTypes),
    ]

    static let schemeDocumentSchemas: [(String, JSONValue)] = [
        ("SchemeDocument", Schema.object(
            [
                "id": Schema.uuid, "schemeId": Schema.uuid, "kind": Schema.oneOf(SchemeDocumentKind.allCases.map(\.rawValue)),
                "kindLabel": Schema.string, "title": Schema.string, "mediaType": Schema.oneOf(schemeDocumentTypes),
                "byteCount": Schema.integer(minimum: 1), "sha256": Schema.string(pattern: "^[0-9a-f]{64}$"), "uploadedBy": Schema.string,
                "uploadedOn": Schema.day,
            ],
            optional: ["reused": Schema.boolean])),
        ("SchemeDocumentKind", Schema.object(
            ["code": Schema.oneOf(SchemeDocumentKind.allCases.map(\.rawValue)), "label": Schema.string])),
        ("SchemeDossier", Schema.object(
            [
                "items": Schema.array(Schema.ref("SchemeDocument")), "expected": Schema.array(Schema.ref("SchemeDocumentKind")),
                "missing": Schema.array(Schema.ref("SchemeDocumentKind")),
            ])),
    ]
}
