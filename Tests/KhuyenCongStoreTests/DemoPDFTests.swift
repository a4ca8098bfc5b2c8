import Foundation
import KhuyenCongCore
import Testing

@testable import KhuyenCongStore

@Suite("Demo dossier PDFs: well-formed files a viewer opens")
struct DemoPDFTests {
    @Test func theCrossReferenceTablePointsAtEachObjectAndTheTextIsASCII() throws {
        let data = DemoPDF.document(lines: ["Đơn đề nghị — KCQG-2026-01-0001", "Lò nung (gas) \\ 5 m³"])
        let text = try #require(String(data: data, encoding: .ascii), "the file is plain ASCII")
        #expect(text.hasPrefix("%PDF-1.4\n") && text.hasSuffix("%%EOF\n"))
        #expect(text.contains("(Don de nghi - KCQG-2026-01-0001)") && text.contains("(Lo nung \\(gas\\) \\\\ 5 m-)"))
        let bytes = Array(data)
        func at(_ offset: Int, _ prefix: String) -> Bool { bytes[offset...].starts(with: Array(prefix.utf8)) }
        let start = try #require(text.components(separatedBy: "startxref\n").last?.split(separator: "\n").first.flatMap { Int($0) })
        #expect(at(start, "xref\n"))
        let offsets = text.split(separator: "\n").filter { $0.hasSuffix(" 00000 n ") }.compactMap { Int($0.prefix(10)) }
        #expect(offsets.count == 5)
        for (index, offset) in offsets.enumerated() { #expect(at(offset, "\(index + 1) 0 obj"), "object \(index + 1)") }
    }
}
