import Foundation

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5): tokens, CSRF secrets and list
/// cursors travel in URLs, cookies and headers. Done byte by byte, because Foundation's
/// `replacingOccurrences` cost more than the rest of a list page's cursor work.
public enum Base64URL {
    public static func encode(_ data: Data) -> String {
        let base64 = data.base64EncodedString()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(base64.utf8.count)
        for byte in base64.utf8 {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: "-"))
            case UInt8(ascii: "/"): bytes.append(UInt8(ascii: "_"))
            case UInt8(ascii: "="): continue
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes of `text`, or nil when it is not base64url.
    public static func decode(_ text: String) -> Data? {
        var bytes: [UInt8] = text.utf8.map { byte in
            switch byte {
            case UInt8(ascii: "-"): UInt8(ascii: "+")
            case UInt8(ascii: "_"): UInt8(ascii: "/")
            default: byte
            }
        }
        while bytes.count % 4 != 0 { bytes.append(UInt8(ascii: "=")) }
        return Data(base64Encoded: String(decoding: bytes, as: UTF8.self))
    }
}
