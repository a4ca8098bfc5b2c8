import Testing
import KhuyenCongCore

@Suite struct VietnameseTextTests {
    @Test func foldingDropsDiacriticsAndDStroke() {
        #expect(VietnameseText.fold("Thành phố Hà Nội") == "thanh pho ha noi")
        #expect(VietnameseText.fold("Đắk Lắk") == "dak lak")
        #expect(VietnameseText.fold("  QUẢNG   Ninh ") == "quang ninh")
    }

    @Test func matchingIgnoresDiacriticsAndCase() {
        #expect(VietnameseText.matches(query: "ha noi", in: "Thành phố Hà Nội"))
        #expect(VietnameseText.matches(query: "dak", in: "Đắk Nông"))
        #expect(!VietnameseText.matches(query: "hue", in: "Thành phố Hà Nội"))
    }

    @Test func collationFollowsTheVietnameseAlphabet() {
        let names = ["Đồng Nai", "Yên Bái", "Ân Thi", "An Giang", "Bắc Ninh", "Dương", "Ăn", "Bà Rịa"]
        let sorted = names.sorted(by: VietnameseCollation.areInIncreasingOrder)
        // a < ă < â, b, d < đ, y — and letters decide before tones.
        #expect(sorted == ["An Giang", "Ăn", "Ân Thi", "Bà Rịa", "Bắc Ninh", "Dương", "Đồng Nai", "Yên Bái"])
    }

    @Test func collationPutsTonesAfterLetters() {
        #expect(VietnameseCollation.areInIncreasingOrder("ma", "má"))
        #expect(VietnameseCollation.areInIncreasingOrder("má", "mai"))
    }
}

@Suite struct MoneyTests {
    @Test func formatsDongWithDotGroups() {
        #expect(Money.format(1_234_567) == "1.234.567 ₫")
        #expect(Money.format(0) == "0 ₫")
        #expect(Money.format(-5_000) == "-5.000 ₫")
        #expect(Money.formatCount(10051) == "10.051")
    }
}
