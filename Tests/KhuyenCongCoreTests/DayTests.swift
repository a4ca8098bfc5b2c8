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
