import Foundation

/// One page of a keyset-paginated list (design.md §5): `nextCursor` is nil on the last page.
public struct Page<Item: Sendable>: Sendable {
    public let items: [Item]
    public let nextCursor: String?

    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

/// An opaque keyset cursor: the sort key and id of the last item shown, base64url-encoded so that
/// clients pass it back untouched.
public struct KeysetCursor: Sendable, Hashable {
    public let sortKey: String
    public let id: String

    public init(sortKey: String, id: String) {
        self.sortKey = sortKey
        self.id = id
    }

    // Base64url by hand, byte by byte: Foundation's `replacingOccurrences` cost more than the rest
    // of a list page's cursor work.
    public var encoded: String {
        let base64 = Data("\(sortKey)\u{1F}\(id)".utf8).base64EncodedString()
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

    public init?(encoded: String) {
        var bytes: [UInt8] = encoded.utf8.map { byte in
            switch byte {
            case UInt8(ascii: "-"): UInt8(ascii: "+")
            case UInt8(ascii: "_"): UInt8(ascii: "/")
            default: byte
            }
        }
        while bytes.count % 4 != 0 { bytes.append(UInt8(ascii: "=")) }
        let base64 = String(decoding: bytes, as: UTF8.self)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else {
            return nil
        }
        let parts = text.split(separator: "\u{1F}", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        self.init(sortKey: String(parts[0]), id: String(parts[1]))
    }
}
