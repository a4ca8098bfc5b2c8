import Foundation
import KhuyenCongCore
import Testing

@Suite struct SchemeDocumentTests {
    static func scheme(_ state: SchemeState, beneficiaries: [UUID] = [UUID()]) -> Scheme {
        Scheme(
            id: UUID(), code: "KCQG-2026-01-0001", level: .national, kind: .single, title: "Máy CNC", planYear: 2026, startYear: 2026,
            endYear: 2026, provinceCode: "01", beneficiaryIDs: beneficiaries,
            lines: [SchemeLine(activityType: .machinery, description: "Máy", quantity: 1, eligibleCost: 600_000_000, requestedSupport: 300_000_000)],
            state: state)
    }

    static func document(_ kind: SchemeDocumentKind) -> SchemeDocument {
        SchemeDocument(
            id: UUID(), ownerID: UUID(), kind: kind, title: "x", mediaType: "application/pdf", byteCount: 10, sha256: String(repeating: "0", count: 64),
            uploadedBy: "u", uploadedOn: Day(year: 2026, month: 1, day: 1)!)
    }

    @Test func theDossierGrowsWithTheLifecycle() {
        #expect(SchemeDossier.expected(for: Self.scheme(.draft)).isEmpty)
        #expect(SchemeDossier.expected(for: Self.scheme(.submitted)) == [.application, .schemeText, .beneficiaryRequest])
        // A group scheme without beneficiaries yet needs no beneficiary's request.
        #expect(SchemeDossier.expected(for: Self.scheme(.submitted, beneficiaries: [])) == [.application, .schemeText])
        #expect(SchemeDossier.expected(for: Self.scheme(.inProgress)).last == .contract)
        #expect(SchemeDossier.expected(for: Self.scheme(.facilityAccepted)).suffix(2) == [.contract, .acceptanceMinutes])
        #expect(SchemeDossier.expected(for: Self.scheme(.closed)).suffix(3) == [.contract, .acceptanceMinutes, .settlement])
        let filed = [Self.document(.schemeText), Self.document(.other)]
        #expect(SchemeDossier.missing(SchemeDossier.expected(for: Self.scheme(.submitted)), in: filed) == [.application, .beneficiaryRequest])
    }

    @Test func filesAreJudgedByTheirContent() throws {
        #expect(SchemeDocumentUpload.mediaType(of: Data("%PDF-1.7\n".utf8)) == "application/pdf")
        let zip = Data([0x50, 0x4B, 0x03, 0x04]) + Data(count: 26)
        #expect(SchemeDocumentUpload.mediaType(of: zip + Data("word/document.xml".utf8)) == SchemeDocumentUpload.docx)
        #expect(SchemeDocumentUpload.mediaType(of: zip + Data("xl/workbook.xml".utf8)) == SchemeDocumentUpload.xlsx)
        // Any other archive, or a file merely named .pdf, is refused.
        #expect(SchemeDocumentUpload.mediaType(of: zip + Data("payload.exe".utf8)) == nil)
        #expect(SchemeDocumentUpload.mediaType(of: Data("<html>".utf8)) == nil)
        let accepted = try SchemeDocumentUpload.check(Data("%PDF-1.4".utf8), kind: .contract, title: "  Hợp đồng  ")
        #expect(accepted.kind == .contract && accepted.mediaType == "application/pdf")
        #expect(throws: DomainError.invalidFields([
            FieldError(field: "kind", key: .sdocKindUnknown), FieldError(field: "title", key: .fieldRequired),
            FieldError(field: "file", key: .tpDossierEmpty),
        ])) { try SchemeDocumentUpload.check(Data(), kind: nil, title: " ") }
    }

    @Test(arguments: Role.allCases)
    func onlyTheSchemesWritersFile(_ role: Role) {
        let scheme = Self.scheme(.inProgress)
        let principal = Principal(
            userID: UUID(), username: "u", displayName: "U", role: role, provinceCode: "01", communeCode: nil, organisationID: UUID())
        let expected: Bool =
            switch role {
            case .ministryAdmin, .provinceDepartment: true
            // An implementing unit files only for the schemes it implements; this one has none.
            default: false
            }
        #expect(SchemeDocumentUpload.mayUpload(scheme, by: principal) == expected)
    }

    @Test func everyKindHasBothLanguages() {
        for kind in SchemeDocumentKind.allCases {
            #expect(Messages.text(kind.labelKey, .vi) != Messages.text(kind.labelKey, .en))
        }
    }
}
