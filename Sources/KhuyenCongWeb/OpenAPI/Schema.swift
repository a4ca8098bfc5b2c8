import Foundation

/// JSON Schemas (2020-12, the dialect of OpenAPI 3.1) written the way the DTOs read. Objects are
/// closed (`additionalProperties: false`) so a field added to a DTO but not to the document fails
/// the conformance run instead of slipping through undocumented.
enum Schema {
    static let string: JSONValue = ["type": "string"]
    static let boolean: JSONValue = ["type": "boolean"]
    static let number: JSONValue = ["type": "number"]
    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    /// A calendar day on the wire: `yyyy-MM-dd`.
    static let day: JSONValue = ["type": "string", "format": "date"]
    static let dateTime: JSONValue = ["type": "string", "format": "date-time"]
    /// Money in whole đồng.
    static let dong: JSONValue = integer(minimum: 0, description: "Whole đồng (VND)")
    /// Anything: used only where the payload is the caller's own free-form data.
    static let any: JSONValue = [:]

    static func string(
        pattern: String? = nil, minLength: Int? = nil, maxLength: Int? = nil, description: String? = nil
    ) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", "string")]
        if let pattern { members.append(("pattern", .string(pattern))) }
        if let minLength { members.append(("minLength", .integer(Int64(minLength)))) }
        if let maxLength { members.append(("maxLength", .integer(Int64(maxLength)))) }
        if let description { members.append(("description", .string(description))) }
        return .object(members)
    }

    static func oneOf<Values: Sequence>(_ values: Values, description: String? = nil) -> JSONValue
    where Values.Element == String {
        var members: [(String, JSONValue)] = [("type", "string"), ("enum", .array(values.map(JSONValue.string)))]
        if let description { members.append(("description", .string(description))) }
        return .object(members)
    }

    static func integer(minimum: Int64? = nil, maximum: Int64? = nil, description: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", "integer")]
        if let minimum { members.append(("minimum", .integer(minimum))) }
        if let maximum { members.append(("maximum", .integer(maximum))) }
        if let description { members.append(("description", .string(description))) }
        return .object(members)
    }

    static let integer: JSONValue = integer()

    static func array(_ items: JSONValue, maxItems: Int? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", "array"), ("items", items)]
        if let maxItems { members.append(("maxItems", .integer(Int64(maxItems)))) }
        return .object(members)
    }

    /// A map from text keys to values of one schema (`{"central": 100, …}`).
    static func map(of values: JSONValue) -> JSONValue {
        ["type": "object", "additionalProperties": values]
    }

    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    /// A value that may also be JSON `null` (an optional the client may send explicitly).
    static func nullable(_ schema: JSONValue) -> JSONValue { ["anyOf": [schema, ["type": "null"]]] }

    /// A closed object: every `required` member is always present; `optional` ones may be absent
    /// (Swift optionals that are nil are left out of the JSON).
    static func object(
        _ required: KeyValuePairs<String, JSONValue>, optional: KeyValuePairs<String, JSONValue> = [:],
        description: String? = nil
    ) -> JSONValue {
        let properties = required.map { ($0.key, $0.value) } + optional.map { ($0.key, $0.value) }
        var members: [(String, JSONValue)] = [("type", "object")]
        if let description { members.append(("description", .string(description))) }
        members.append(("properties", .object(properties)))
        if !required.isEmpty { members.append(("required", .array(required.map { .string($0.key) }))) }
        members.append(("additionalProperties", false))
        return .object(members)
    }

    /// A page of a keyset-paginated list: `{"items": […], "nextCursor": …}`.
    static func page(of item: String) -> JSONValue {
        object(["items": array(ref(item))], optional: ["nextCursor": string])
    }
}
