import Foundation

/// Mã số thuế / mã số doanh nghiệp, checked structurally.
/// - 10 digits: an enterprise or cooperative; the 10th digit is a check digit.
/// - 10 digits + "-" + 3 digits: a dependent unit (branch) of that enterprise.
/// - 12 digits: from 1 Jul 2025 a business household uses its owner's personal identification number
///   (Law 56/2024/QH15 on tax administration amendments; Circular 86/2024/TT-BTC).
public struct TaxCode: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable { case enterprise, branch, personalID }

    public let value: String
    public let kind: Kind

    /// The day from which a 12-digit personal identification number serves as a household's tax code.
    public static let personalIDFrom = Day(year: 2025, month: 7, day: 1)!

    /// The code without the spaces people type inside it ("0100 109 106"): how codes are compared.
    public static func compacted(_ text: String) -> String {
        // Almost every code is printable ASCII already. Testing each Character for whitespace
        // cost 1.8 % of a 1,000,000-row import's CPU (perf), over the three times a row's code is read.
        if text.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) { return text }
        return text.filter { !$0.isWhitespace }
    }

    /// Validates `text` (spaces ignored) as it would be accepted on `day`.
    public static func parse(_ text: String, on day: Day) -> Result<TaxCode, TaxCodeProblem> {
        let compact = compacted(text)
        guard !compact.isEmpty else { return .failure(.empty) }
        let parts = compact.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return .failure(.notDigits) }
        switch (parts.count, parts[0].count, parts.count == 2 ? parts[1].count : 0) {
        case (1, 10, _):
            return checkDigitIsValid(parts[0]) ? .success(TaxCode(value: compact, kind: .enterprise)) : .failure(.checkDigit)
        case (2, 10, 3):
            return checkDigitIsValid(parts[0]) ? .success(TaxCode(value: compact, kind: .branch)) : .failure(.checkDigit)
        case (1, 12, _):
            return day >= personalIDFrom ? .success(TaxCode(value: compact, kind: .personalID)) : .failure(.personalIDTooEarly)
        default:
            return .failure(.length)
        }
    }

    /// 10 − (Σ dᵢ·wᵢ mod 11) over the first nine digits, weights 31, 29, 23, 19, 17, 13, 7, 5, 3;
    /// a result of 10 means no valid code has these nine digits.
    static func checkDigitIsValid(_ digits: Substring) -> Bool {
        let bytes = Array(digits.utf8)
        guard bytes.count == 10, bytes.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        let sum = zip(bytes, weights).reduce(0) { $0 + Int($1.0 - 0x30) * $1.1 }
        let check = 10 - sum % 11
        return check != 10 && Int(bytes[9] - 0x30) == check
    }

    private static let weights = [31, 29, 23, 19, 17, 13, 7, 5, 3]

    public var description: String { value }

    /// The enterprise code for nine leading digits, or nil when no check digit fits (a result of 10).
    public static func enterpriseCode(leadingDigits: String) -> String? {
        guard leadingDigits.count == 9, leadingDigits.allSatisfy(\.isASCIIDigit) else { return nil }
        let sum = zip(leadingDigits.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
        let check = 10 - sum % 11
        return check == 10 ? nil : leadingDigits + String(check)
    }
}

public enum TaxCodeProblem: String, Error, Sendable, Hashable {
    case empty, notDigits, length, checkDigit, personalIDTooEarly

    public var messageKey: MessageKey {
        switch self {
        case .empty: .fieldRequired
        case .notDigits, .length: .taxCodeShape
        case .checkDigit: .taxCodeCheckDigit
        case .personalIDTooEarly: .taxCodePersonalIDTooEarly
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
