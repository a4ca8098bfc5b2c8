import Foundation
import KhuyenCongCore
import Vapor

extension Response {
    /// A stored file: the type found from its content when it was filed, `nosniff` (set for every
    /// answer) so that a browser never reads it as anything else, photos shown inline and every other
    /// type downloaded, named by the document's id.
    static func storedFile(_ bytes: Data, mediaType: String, id: UUID) -> Response {
        let inline = mediaType.hasPrefix("image/")
        let suffix =
            switch mediaType {
            case "application/pdf": ".pdf"
            case SchemeDocumentUpload.docx: ".docx"
            case SchemeDocumentUpload.xlsx: ".xlsx"
            default: ""
            }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: mediaType)
        headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=3600")
        headers.replaceOrAdd(
            name: .contentDisposition, value: (inline ? "inline" : "attachment") + "; filename=\"\(id.uuidString.lowercased())\(suffix)\"")
        return Response(status: .ok, headers: headers, body: .init(data: bytes))
    }
}
