import Foundation
import KhuyenCongCore

/// Recognises what a file is before reading it as CSV, so that a spreadsheet, a binary file or a
/// legacy-encoded text gets one clear message instead of a column of garbled rows.
enum FileSniffing {
    enum Kind: Equatable {
        case csv
        case xlsx
    }

    static func kind(of sample: Data) throws -> Kind {
        guard !sample.isEmpty else { throw DomainError(.invalidInput, .importEmpty) }
        if sample.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        if sample.contains(0) { throw DomainError(.invalidInput, .importNotCSV) }
        var bytes = Array(sample)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if !isUTF8(bytes) {
            // Vietnamese text that is not UTF-8 is almost always TCVN3 (ABC) or VNI from older Office
            // files; a wrong guess would corrupt every name, so the file is refused with the remedy.
            throw DomainError(.invalidInput, .importLegacyEncoding)
        }
        return .csv
    }

    /// Valid UTF-8, allowing a sequence cut off at the end of the sample.
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            if index + length > bytes.count { return true }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
