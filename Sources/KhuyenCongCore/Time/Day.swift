import Foundation

/// A calendar day without time or zone: validity periods, decisions and reference dates are days.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `yyyy-MM-dd`, the form used on the wire.
    public init?(iso text: String) {
        // Read on bytes: every stored day comes back through here, 50 times for a page of the list.
        var text = text
        guard let (y, m, d) = text.withUTF8({ bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (y, m, d)
        }) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `dd/MM/yyyy`, the form Vietnamese officials type.
    public init?(vietnamese text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
            parts[2].count == 4
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Either accepted form.
    public init?(parsing text: String) {
        // Not Foundation's trimming, which bridged every date of an import through NSString.
        let trimmed = VietnameseText.trimmed(text)
        if let day = Day(iso: trimmed) ?? Day(vietnamese: trimmed) { self = day } else { return nil }
    }

    /// The day of an instant in Vietnam (UTC+7, no daylight saving).
    public init(_ date: Date) {
        let parts = Self.vietnamCalendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
    }

    static let vietnamCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        return calendar
    }()

    /// An instant as people in Vietnam read it: "dd/MM/yyyy HH:mm:ss", Vietnam time.
    public static func vietnameseTimestamp(millis: Int64) -> String {
        let date = Date(timeIntervalSince1970: Double(millis) / 1000)
        let parts = vietnamCalendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%02d/%02d/%04d %02d:%02d:%02d", parts.day ?? 0, parts.month ?? 0, parts.year ?? 0, parts.hour ?? 0,
            parts.minute ?? 0, parts.second ?? 0)
    }

    // Written digit by digit: String(format:) goes through Foundation's formatter, a few
    // microseconds per date, and imports and exports write millions of them.
    public var iso: String {
        // Built in place rather than joined from padded pieces: the list and the API write a day per row.
        String(unsafeUninitializedCapacity: 10) { bytes in
            Self.write(year, digits: 4, into: bytes, at: 0)
            bytes[4] = UInt8(ascii: "-")
            Self.write(month, digits: 2, into: bytes, at: 5)
            bytes[7] = UInt8(ascii: "-")
            Self.write(day, digits: 2, into: bytes, at: 8)
            return 10
        }
    }

    /// `value` (0 ≤ value < 10^digits, as the initialiser guarantees) zero-padded.
    private static func write(_ value: Int, digits: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var rest = value
        for index in stride(from: start + digits - 1, through: start, by: -1) {
            bytes[index] = UInt8(48 + rest % 10)
            rest /= 10
        }
    }
    public var vietnamese: String { Self.padded(day, 2) + "/" + Self.padded(month, 2) + "/" + Self.padded(year, 4) }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The day before, used to close a validity period the day a successor opens.
    public var previous: Day {
        if day > 1 { return Day(year: year, month: month, day: day - 1)! }
        if month > 1 {
            return Day(year: year, month: month - 1, day: Day.daysIn(month: month - 1, year: year))!
        }
        return Day(year: year - 1, month: 12, day: 31)!
    }

    public var next: Day {
        if day < Day.daysIn(month: month, year: year) { return Day(year: year, month: month, day: day + 1)! }
        if month < 12 { return Day(year: year, month: month + 1, day: 1)! }
        return Day(year: year + 1, month: 1, day: 1)!
    }

    /// The day `days` (zero or more) later; deadlines count calendar days.
    public func adding(days: Int) -> Day {
        (0..<max(days, 0)).reduce(self) { day, _ in day.next }
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected yyyy-MM-dd")
        }
        self = day
    }
}
