import Foundation
import Testing

@testable import KhuyenCongStore

@Suite("Ids read the quick way are the ids Foundation reads")
struct StoredUUIDTests {
    @Test func matchesFoundation() {
        for _ in 0..<200 {
            let id = UUID()
            #expect(UUID(stored: id.uuidString.lowercased()) == id)
            #expect(UUID(stored: id.uuidString) == id)
        }
        for text in ["", "x", "0f8c", "00000000-0000-0000-0000-00000000000g", "00000000_0000-0000-0000-000000000000",
                     "00000000-0000-0000-0000-0000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "FFFFFFFF-0000-4000-8000-0123456789AB"] {
            #expect(UUID(stored: text) == UUID(uuidString: text), "\(text)")
        }
    }
}
