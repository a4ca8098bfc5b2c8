import KhuyenCongCore
import Vapor

/// A value that writes its own JSON (for hot read paths; see JSONWriter).
protocol JSONWritable {
    func write(to json: inout JSONWriter)
    /// About how many bytes one value writes, so that the buffer is reserved once instead of
    /// doubling its way up (five copies for a 50-row list).
    static var typicalJSONBytes: Int { get }
    /// The bytes to reserve for this value.
    var expectedJSONBytes: Int { get }
}

extension JSONWritable {
    static var typicalJSONBytes: Int { 1024 }
    var expectedJSONBytes: Int { Self.typicalJSONBytes }
}

extension ItemsDTO: JSONWritable where Item: JSONWritable {
    var expectedJSONBytes: Int { 128 + items.count * Item.typicalJSONBytes }

    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("items")
        json.beginArray()
        for item in items { item.write(to: &json) }
        json.endArray()
        json.field("nextCursor", nextCursor)
        json.endObject()
    }
}

/// A 200 response whose JSON body is written by the value itself.
struct JSONBody<Value: JSONWritable>: AsyncResponseEncodable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    func encodeResponse(for request: Request) async throws -> Response {
        var json = JSONWriter(capacity: value.expectedJSONBytes)
        value.write(to: &json)
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: json.bytes)))
    }
}
