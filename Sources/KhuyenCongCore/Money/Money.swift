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

    /// Integer counts with Vietnamese grouping: `10.051`.
    public static func formatCount(_ value: Int) -> String {
        String(format(Int64(value)).dropLast(2))
    }
}
