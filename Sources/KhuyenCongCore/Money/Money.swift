import Foundation

/// Money is VND as whole đồng in `Int64` (design.md §3); never floating point.
public enum Money {
    /// `1.234.567 ₫`
    public static func format(_ dong: Int64) -> String {
        let digits = String(dong.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return (dong < 0 ? "-" : "") + grouped + " ₫"
    }

    /// Whole đồng as people type them: `1.234.567`, `1 234 567 ₫`, `1,234,567`. Nil for anything
    /// else (letters, a sign, a fraction), so that a typo is refused rather than half read.
    public static func parse(_ text: String) -> Int64? {
        let digits = text.filter { !$0.isWhitespace && $0 != "." && $0 != "," && $0 != "₫" }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int64(digits)
    }

    /// Integer counts with Vietnamese grouping: `10.051`.
    public static func formatCount(_ value: Int) -> String {
        String(format(Int64(value)).dropLast(2))
    }
}
