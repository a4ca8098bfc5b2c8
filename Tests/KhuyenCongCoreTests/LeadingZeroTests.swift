import Testing
import KhuyenCongCore

@Suite struct LeadingZeroTests {
    @Test func codesTakenForNumbersGetTheirZerosBack() {
        #expect(EstablishmentColumn.taxCode.restoringLeadingZeros("100109106") == "0100109106")
        #expect(EstablishmentColumn.taxCode.restoringLeadingZeros("0100109106") == "0100109106")
        #expect(EstablishmentColumn.communeCode.restoringLeadingZeros("583") == "00583")
        #expect(EstablishmentColumn.phone.restoringLeadingZeros("912345678") == "0912345678")
        #expect(EstablishmentColumn.name.restoringLeadingZeros("123") == "123")
        #expect(EstablishmentColumn.taxCode.restoringLeadingZeros("10010910-6") == "10010910-6")
    }
}
