import Foundation

/// The numbering of certificates: one series per level, area and year of issue, each counting from 1.
///
/// Format `TB-<LEVEL>[-<AREA>]-<YYYY>-<NNNN>` — "TB" for tiêu biểu; LEVEL is `SelectionLevel.numberToken`;
/// AREA is the organiser's code (commune 5 digits, district 3, province 2, region code upper-cased)
/// and is absent for national certificates, since every province and region issues its own; YYYY is
/// the year of issue (which also starts the validity count); NNNN the sequence, zero-padded to four
/// digits and growing beyond if ever needed. Examples: TB-PROVINCE-19-2026-0001,
/// TB-REGION-NORTH-2026-0012, TB-NATIONAL-2027-0101. No official numbering was found; this is the
/// system's register number, distinct from the number of the recognising decision.
public struct CertificateSeries: Sendable, Hashable {
    public let scope: SelectionScope
    public let year: Int

    public init(scope: SelectionScope, year: Int) {
        self.scope = scope
        self.year = year
    }

    public var prefix: String {
        let area = scope.code.map { "-" + $0.uppercased() } ?? ""
        return "TB-\(scope.level.numberToken)\(area)-\(year)-"
    }

    public func number(_ sequence: Int) -> String { prefix + String(format: "%04d", sequence) }

    /// The sequence of `number` in this series, nil when it belongs to another.
    public func sequence(of number: String) -> Int? {
        guard number.hasPrefix(prefix) else { return nil }
        let digits = number.dropFirst(prefix.count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// The number after the highest already issued in this series; numbers of other series are ignored.
    public func next(after issued: [String]) -> String {
        number((issued.compactMap(sequence(of:)).max() ?? 0) + 1)
    }
}
