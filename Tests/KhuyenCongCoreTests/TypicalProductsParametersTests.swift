import Foundation
import Testing

@testable import KhuyenCongCore

@Suite("Typical products: the selection parameters are data — checked, and read back as written")
struct TypicalProductsParametersTests {
    let provinces = Set(RegionTable.historicThree.regions.flatMap(\.provinceCodes))

    @Test("the defaults are usable and cover the 34 provinces once")
    func defaults() {
        #expect(SelectionParameters.standard.errors(provinceCodes: provinces).isEmpty)
        #expect(provinces.count == 34)
    }

    @Test("a province in two regions, an unknown province, a bad region code and a zero-year validity are refused")
    func refusals() {
        var parameters = SelectionParameters.standard
        var regions = parameters.regions.regions
        regions[1] = SelectionRegion(code: "Central!", name: regions[1].name, englishName: regions[1].englishName, provinceCodes: regions[1].provinceCodes + ["01", "99"])
        parameters.regions = RegionTable(regions: regions, verified: false)
        parameters.validity = CertificateValidityBook(rules: [
            CertificateValidityRule(validFrom: Day(year: 2018, month: 8, day: 16)!, yearsCountingIssueYear: 0, verified: false, legalBasis: "x"),
        ])
        let fields = Set(parameters.errors(provinceCodes: provinces).map(\.field))
        #expect(fields == ["regions", "regions.regions[2].code", "regions.regions[2].provinceCodes", "validity.rules[1].yearsCountingIssueYear"])
    }

    @Test("every aggregation method and a whole parameter set survive JSON, in date order")
    func roundTrip() throws {
        for method in [AggregationMethod.mean, .median, .trimmedMean(minimumJudges: 5)] {
            #expect(try JSONDecoder().decode(AggregationMethod.self, from: JSONEncoder().encode(method)) == method)
        }
        let text = #"{"kind":"trimmed_mean","minimumJudges":4}"#
        #expect(try JSONDecoder().decode(AggregationMethod.self, from: Data(text.utf8)) == .trimmedMean(minimumJudges: 4))
        let decoded = try JSONDecoder().decode(SelectionParameters.self, from: JSONEncoder().encode(SelectionParameters.standard))
        #expect(decoded == .standard)
        let unordered = #"{"rules":[{"validFrom":"2018-08-16","yearsCountingIssueYear":4,"verified":true,"legalBasis":"b"},{"validFrom":"2014-10-21","yearsCountingIssueYear":3,"verified":false,"legalBasis":"a"}]}"#
        let book = try JSONDecoder().decode(CertificateValidityBook.self, from: Data(unordered.utf8))
        #expect(book.validUntil(issuedOn: Day(year: 2016, month: 5, day: 1)!) == Day(year: 2018, month: 12, day: 31)!)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CertificateValidityBook.self, from: Data(#"{"rules":[]}"#.utf8)) }
    }
}
