import Foundation
import KhuyenCongCore

/// Recognises what a file is before reading it, so that an empty or binary file gets one clear
/// message instead of a column of garbled rows. Text that is not UTF-8 is caught by the CSV reader.
enum FileSniffing {
    enum Kind: Equatable {
        case csv
        case xlsx
    }

    static func kind(of sample: Data) throws -> Kind {
        guard !sample.isEmpty else { throw DomainError(.invalidInput, .importEmpty) }
        if sample.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        if sample.contains(0) { throw DomainError(.invalidInput, .importNotCSV) }
        return .csv
    }
}
