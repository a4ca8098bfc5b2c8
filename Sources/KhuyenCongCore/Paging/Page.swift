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

    public var encoded: String { Base64URL.encode(Data("\(sortKey)\u{1F}\(id)".utf8)) }

    public init?(encoded: String) {
        guard let data = Base64URL.decode(encoded), let text = String(data: data, encoding: .utf8) else {
            return nil
        }
        let parts = text.split(separator: "\u{1F}", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        self.init(sortKey: String(parts[0]), id: String(parts[1]))
    }
}
