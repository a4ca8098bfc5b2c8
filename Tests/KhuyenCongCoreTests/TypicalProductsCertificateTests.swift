import Foundation
import KhuyenCongCore
import Testing

/// Certificates: validity to 31 December of the 4th year counting the year of issue (TT 14/2018;
/// domain §5.7), numbering per level, area and year, and the priority they give.
@Suite struct TypicalProductsCertificateTests {
    private func recognition(
        _ number: Int = 501, scope: SelectionScope = .province("19"), establishment: UUID = TP.establishmentA,
        decidedOn: String = "20/06/2026"
    ) -> ProductRecognition {
        ProductRecognition(
            id: TP.id(number), roundID: TP.id(1), entryID: TP.id(number - 200), establishmentID: establishment,
            productName: "Chè Tân Cương", scope: scope, year: TP.day(decidedOn).year, decisionRef: "123/QĐ-UBND",
            decidedOn: TP.day(decidedOn))
    }

    private func issue(
        _ recognition: ProductRecognition, on text: String, existing: [ProductCertificate] = []
    ) throws(DomainError) -> ProductCertificate {
        try CertificateIssuing.issue(
            for: recognition, id: TP.id(existing.count + 601), issuedOn: TP.day(text),
            issuedBy: "UBND tỉnh Thái Nguyên", existing: existing)
    }

    @Test func aCertificateIssuedIn2026IsValidThroughTheEndOf2029() throws {
        let certificate = try issue(recognition(), on: "01/07/2026")

        #expect(certificate.validUntil == TP.day("31/12/2029"))
        #expect(certificate.status(on: TP.day("31/12/2029")) == .valid)
        #expect(certificate.status(on: TP.day("01/01/2030")) == .expired)
        #expect(certificate.status(on: TP.day("30/06/2026")) == .notYetValid)
        #expect(certificate.status(on: TP.day("01/07/2026")) == .valid)
    }

    @Test func theYearOfIssueCountsWhateverTheDay() {
        let book = CertificateValidityBook.standard

        #expect(book.validUntil(issuedOn: TP.day("01/01/2026")) == TP.day("31/12/2029"))
        #expect(book.validUntil(issuedOn: TP.day("31/12/2026")) == TP.day("31/12/2029"))
        #expect(book.validUntil(issuedOn: TP.day("01/01/2027")) == TP.day("31/12/2030"))
    }

    @Test func certificatesBeforeCircular14Of2018HadThreeYears() {
        let book = CertificateValidityBook.standard

        #expect(book.validUntil(issuedOn: TP.day("15/08/2018")) == TP.day("31/12/2020"))
        #expect(book.validUntil(issuedOn: TP.day("16/08/2018")) == TP.day("31/12/2021"))
        #expect(!book.rule(issuedOn: TP.day("01/06/2016")).verified)
        #expect(book.rule(issuedOn: TP.day("01/06/2024")).verified)
    }

    @Test func numbersRunPerLevelAreaAndYear() {
        let province2026 = CertificateSeries(scope: .province("19"), year: 2026)
        let issued = [
            "TB-PROVINCE-19-2026-0001", "TB-PROVINCE-19-2026-0007", "TB-PROVINCE-25-2026-0042",
            "TB-PROVINCE-19-2025-0099",
        ]

        #expect(province2026.next(after: []) == "TB-PROVINCE-19-2026-0001")
        #expect(province2026.next(after: issued) == "TB-PROVINCE-19-2026-0008")
        #expect(CertificateSeries(scope: .province("25"), year: 2026).next(after: issued) == "TB-PROVINCE-25-2026-0043")
        #expect(CertificateSeries(scope: .province("19"), year: 2027).next(after: issued) == "TB-PROVINCE-19-2027-0001")
        #expect(
            CertificateSeries(scope: .region("north"), year: 2026).next(after: issued) == "TB-REGION-NORTH-2026-0001")
        #expect(CertificateSeries(scope: .national, year: 2027).number(101) == "TB-NATIONAL-2027-0101")
        #expect(CertificateSeries(scope: .commune("05977"), year: 2026).number(1) == "TB-COMMUNE-05977-2026-0001")
        #expect(province2026.next(after: ["TB-PROVINCE-19-2026-9999"]) == "TB-PROVINCE-19-2026-10000")
        #expect(province2026.sequence(of: "TB-PROVINCE-19-2026-00x1") == nil)
    }

    @Test func issuingNumbersEachRecognitionInTurn() throws {
        let first = try issue(recognition(501), on: "01/07/2026")
        let second = try issue(recognition(502), on: "01/07/2026", existing: [first])
        let nextYear = try issue(
            recognition(503, decidedOn: "15/12/2026"), on: "05/01/2027", existing: [first, second])

        #expect(first.number == "TB-PROVINCE-19-2026-0001")
        #expect(second.number == "TB-PROVINCE-19-2026-0002")
        #expect(nextYear.number == "TB-PROVINCE-19-2027-0001")
        #expect(nextYear.validUntil == TP.day("31/12/2030"), "issued in 2027, counted from 2027")
    }

    @Test func aRecognitionGetsOneCertificate() throws {
        let first = try issue(recognition(), on: "01/07/2026")

        #expect(throws: DomainError(.conflict, .tpCertificateAlreadyIssued, arguments: ["number": first.number])) {
            try issue(recognition(), on: "02/07/2026", existing: [first])
        }
    }

    @Test func noCertificateBeforeTheDecision() {
        let error = #expect(throws: DomainError.self) { try issue(recognition(), on: "19/06/2026") }

        #expect(error?.key == .tpCertificateBeforeDecision)
        #expect(error?.arguments["date"] == "20/06/2026")
    }

    @Test func priorityFollowsTheLevelsStillValid() throws {
        let commune = try issue(recognition(501, scope: .commune("05977"), decidedOn: "10/09/2025"), on: "15/09/2025")
        let province = try issue(recognition(502), on: "01/07/2026")
        let someoneElse = try issue(
            recognition(503, establishment: TP.establishmentB), on: "01/07/2026", existing: [province])
        let all = [commune, province, someoneElse]

        #expect(commune.validUntil == TP.day("31/12/2028"))
        #expect(
            CertificatePriority.certifiedLevels(of: TP.establishmentA, certificates: all, on: TP.day("01/03/2027")) == [
                .commune, .province,
            ])
        #expect(
            CertificatePriority.certifiedLevels(of: TP.establishmentA, certificates: all, on: TP.day("01/01/2029")) == [
                .province
            ])
        #expect(
            CertificatePriority.certifiedLevels(of: TP.establishmentA, certificates: all, on: TP.day("01/01/2030"))
                == [])
        #expect(
            CertificatePriority.certifiedLevels(of: TP.establishmentA, certificates: all, on: TP.day("01/03/2025"))
                == [])
    }

    @Test func priorityFlagsNameTheHighestLevelFirst() throws {
        let commune = try issue(recognition(501, scope: .commune("05977"), decidedOn: "10/09/2025"), on: "15/09/2025")
        let province = try issue(recognition(502), on: "01/07/2026")

        let flags = CertificatePriority.flags(
            of: TP.establishmentA, certificates: [commune, province], on: TP.day("01/03/2027"))

        #expect(flags.map(\.key) == [.tpPriorityCertifiedProvince, .tpPriorityCertifiedCommune])
        #expect(flags.first?.arguments["number"] == "TB-PROVINCE-19-2026-0001")
        #expect(Messages.text(flags[0].key, .en, flags[0].arguments).contains("valid until 31/12/2029"))
    }
}
