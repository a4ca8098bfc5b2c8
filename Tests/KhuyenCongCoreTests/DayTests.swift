import Foundation
import Testing
import KhuyenCongCore

@Suite struct DayTests {
    @Test func parsesIsoAndVietnameseForms() {
        #expect(Day(iso: "2025-06-30") == Day(year: 2025, month: 6, day: 30))
        #expect(Day(vietnamese: "01/07/2025") == Day(year: 2025, month: 7, day: 1))
        #expect(Day(parsing: "2026-01-01")?.vietnamese == "01/01/2026")
        #expect(Day(parsing: "31/12/2025")?.iso == "2025-12-31")
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "2025-6-3x", "abc", "", "32/01/2025", "2024-02-30"])
    func rejectsImpossibleDates(_ text: String) {
        #expect(Day(parsing: text) == nil)
    }

    @Test func timestampsAreInVietnamTime() {
        // 2025-12-31 17:30:05 UTC is already New Year's Day in Hà Nội.
        #expect(Day.vietnameseTimestamp(millis: 1_767_202_205_000) == "01/01/2026 00:30:05")
    }

    @Test(arguments: ["2025-+1-05", "2025-01-+5", "+025-01-05", "2025/01/05", "2025-01-051", "2025-01-5 ", " 2025-01-05", "２０２５-01-05"])
    func isoRefusesWhatIsNotExactlyTenDigitsAndDashes(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func isoRoundTripsEveryDayOfTheSupportedRange() {
        var day = Day(year: 1900, month: 1, day: 1)!
        var count = 0
        while day.year <= 2200 {
            let expected = String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
            guard day.iso == expected, Day(iso: expected) == day else {
                Issue.record("\(expected) does not round-trip (\(day.iso))")
                return
            }
            count += 1
            guard let next = Day(year: day.year, month: day.month, day: day.day + 1)
                ?? Day(year: day.year, month: day.month + 1, day: 1) ?? Day(year: day.year + 1, month: 1, day: 1)
            else { break }
            day = next
        }
        #expect(count == 109_938)
    }

    @Test func acceptsLeapDay() {
        #expect(Day(iso: "2024-02-29") != nil)
    }

    @Test func previousCrossesMonthAndYear() {
        #expect(Day(iso: "2025-07-01")!.previous == Day(iso: "2025-06-30"))
        #expect(Day(iso: "2026-01-01")!.previous == Day(iso: "2025-12-31"))
        #expect(Day(iso: "2024-03-01")!.previous == Day(iso: "2024-02-29"))
    }

    @Test func todayIsTakenInVietnamTime() {
        // 2025-06-30 18:30 UTC is already 1 July 01:30 in Hà Nội.
        let date = Date(timeIntervalSince1970: 1_751_308_200)
        #expect(Day(date) == Day(iso: "2025-07-01"))
    }

    @Test func codesAsIsoText() throws {
        let data = try JSONEncoder().encode(Day(iso: "2025-07-01")!)
        #expect(String(decoding: data, as: UTF8.self) == "\"2025-07-01\"")
        #expect(try JSONDecoder().decode(Day.self, from: data) == Day(iso: "2025-07-01"))
    }
}

@Suite struct KeysetCursorTests {
    @Test func roundTripsAndRejectsGarbage() {
        let cursor = KeysetCursor(sortKey: "ha noi\u{1}x", id: "01")
        #expect(KeysetCursor(encoded: cursor.encoded) == cursor)
        #expect(KeysetCursor(encoded: "%%%") == nil)
        #expect(KeysetCursor(encoded: "") == nil)
    }
}

@Suite("Time-ordered ids")
struct TimeOrderedUUIDTests {
    @Test func carryTheirMillisecondVersionAndVariant() {
        let date = Date(timeIntervalSince1970: 1_764_460_800.123)  // 30/11/2025 00:00:00.123 UTC
        let id = UUID.timeOrdered(at: date)
        let bytes = withUnsafeBytes(of: id.uuid) { Array($0) }
        let millis = bytes[0..<6].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(millis == 1_764_460_800_123)
        #expect(bytes[6] >> 4 == 7)
        #expect(bytes[8] >> 6 == 0b10)
        #expect(UUID(uuidString: id.uuidString) == id)
    }

    @Test func sortInCreationOrderAsStoredTextAndDoNotRepeat() {
        let start = Date(timeIntervalSince1970: 1_764_460_800)
        // One per millisecond (half a millisecond in, so that rounding cannot put two in one).
        let ids = (0..<2_000).map { UUID.timeOrdered(at: start.addingTimeInterval((Double($0) + 0.5) / 1000)) }
        let texts = ids.map { $0.uuidString.lowercased() }
        #expect(zip(texts, texts.dropFirst()).allSatisfy { $0 < $1 })
        #expect(Set(ids).count == ids.count)
        // Within one millisecond the random part keeps them apart.
        let sameMillisecond = (0..<2_000).map { _ in UUID.timeOrdered(at: start) }
        #expect(Set(sameMillisecond).count == sameMillisecond.count)
    }
}
