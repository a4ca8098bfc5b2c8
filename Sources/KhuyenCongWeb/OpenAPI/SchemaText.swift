import Foundation

/// A JSON Schema written as a person reads a type: `{ id: uuid, parentCode?: string }`,
/// `"draft" | "submitted"`, `Establishment[]`. Used by the API reference page.
enum SchemaText {
    static func describe(_ schema: JSONValue, indent: Int = 0) -> String {
        if case .string(let reference)? = schema["$ref"] {
            return String(reference.split(separator: "/").last ?? "")
        }
        if case .array(let choices)? = schema["anyOf"] {
            return choices.map { describe($0, indent: indent) }.joined(separator: " | ")
        }
        if case .array(let values)? = schema["enum"] {
            return values.map { $0.serialized() }.joined(separator: " | ")
        }
        guard case .string(let type)? = schema["type"] else { return "any" }
        switch type {
        case "array": return describe(schema["items"] ?? [:], indent: indent) + "[]"
        case "object": return object(schema, indent: indent)
        case "string":
            if case .string(let format)? = schema["format"] { return format == "binary" ? "file" : format }
            return "string"
        case "integer":
            if case .integer(let minimum)? = schema["minimum"], case .integer(let maximum)? = schema["maximum"] {
                return "integer \(minimum)…\(maximum)"
            }
            if case .integer(let minimum)? = schema["minimum"] { return "integer ≥ \(minimum)" }
            return "integer"
        default: return type
        }
    }

    private static func object(_ schema: JSONValue, indent: Int) -> String {
        guard case .object(let properties)? = schema["properties"], !properties.isEmpty else {
            if let values = schema["additionalProperties"], values != .bool(false) {
                return "{ [key: string]: \(describe(values, indent: indent)) }"
            }
            return "object"
        }
        var required: Set<String> = []
        if case .array(let names)? = schema["required"] {
            required = Set(names.compactMap { if case .string(let name) = $0 { name } else { nil } })
        }
        let pad = String(repeating: "  ", count: indent + 1)
        let lines = properties.map { name, value in
            pad + name + (required.contains(name) ? "" : "?") + ": " + describe(value, indent: indent + 1)
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n" + String(repeating: "  ", count: indent) + "}"
    }
}
