import Foundation

/// One documented `/api/v1` operation. The document, the API reference page and the route test are
/// all built from the list of these, so the three cannot disagree.
struct APIOperation: Sendable {
    enum Access: Sendable {
        /// Anyone, no token (reference data, the token endpoint, the document itself).
        case anyone
        /// A bearer token; what the caller may then see or change is decided per record.
        case signedIn
    }

    /// A list that also answers as a file: CSV with `?format=csv` or `Accept: text/csv`, a workbook
    /// with `?format=xlsx`.
    static let exportTypes = ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]

    struct Parameter: Sendable {
        enum Location: String, Sendable { case path, query }
        let name: String
        let location: Location
        let schema: JSONValue
        let description: String

        static func path(_ name: String, _ schema: JSONValue = Schema.string, _ description: String) -> Parameter {
            Parameter(name: name, location: .path, schema: schema, description: description)
        }

        static func query(_ name: String, _ schema: JSONValue = Schema.string, _ description: String) -> Parameter {
            Parameter(name: name, location: .query, schema: schema, description: description)
        }

        static let limit = query("limit", Schema.integer(minimum: 1, maximum: 500), "Page size (default 50)")
        static let cursor = query("cursor", Schema.string, "The `nextCursor` of the previous page")
        static let format = query("format", Schema.oneOf(["json", "csv", "xlsx"]), "Answer as JSON (default) or as a file")
    }

    let method: String
    /// The path as OpenAPI writes it, `/api/v1/schemes/{id}`.
    let path: String
    let id: String
    let tag: String
    let summary: String
    var access: Access = .signedIn
    var parameters: [Parameter] = []
    /// The JSON request body's schema, when the operation takes one.
    var body: JSONValue?
    /// The body may be left out altogether (every field of it is optional).
    var bodyOptional = false
    /// Media types of a raw file body (the import), instead of JSON.
    var fileBody: [String] = []
    var status: Int = 200
    /// Another success the operation may answer with the same body (an upload of a file already kept: 200).
    var alsoStatus: Int?
    var response: JSONValue?
    var exports = false
    /// Media types of a file answered instead of JSON (a dossier document).
    var fileResponse: [String] = []

    /// "GET /api/v1/schemes/{id}", the key the route test compares.
    var key: String { "\(method) \(path)" }
}
