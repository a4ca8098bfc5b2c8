import KhuyenCongCore
import Vapor

/// A value that writes its own JSON (for hot read paths; see JSONWriter).
protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

extension ItemsDTO: JSONWritable where Item: JSONWritable {
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
        var json = JSONWriter(capacity: 1024)
        value.write(to: &json)
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: json.bytes)))
    }
}
