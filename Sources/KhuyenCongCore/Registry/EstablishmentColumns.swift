import Foundation

/// The columns of the establishment import and export files. Files may name a column by its code
/// (`tax_code`) or by its Vietnamese header (`Mã số thuế`), with or without diacritics.
public enum EstablishmentColumn: String, Sendable, CaseIterable, Hashable {
    case taxCode = "tax_code"
    case name
    case legalForm = "legal_form"
    case communeCode = "commune_code"
    case address
    case sectors
    case employees
    case employeesFemale = "employees_female"
    case employeesEthnicMinority = "employees_ethnic_minority"
    case phone
    case foundedOn = "founded_on"

    public var vietnameseHeader: String {
        switch self {
        case .taxCode: "Mã số thuế"
        case .name: "Tên cơ sở"
        case .legalForm: "Loại hình"
        case .communeCode: "Mã xã"
        case .address: "Địa chỉ"
        case .sectors: "Ngành nghề"
        case .employees: "Số lao động"
        case .employeesFemale: "Lao động nữ"
        case .employeesEthnicMinority: "Lao động dân tộc thiểu số"
        case .phone: "Điện thoại"
        case .foundedOn: "Ngày thành lập"
        }
    }

    public var isRequired: Bool { [.taxCode, .name, .legalForm, .communeCode].contains(self) }

    /// The code (`tax_code`, or `tax code`) or the Vietnamese header, ignoring case and diacritics.
    public init?(header: String) {
        let folded = VietnameseText.fold(header)
        guard let match = Self(rawValue: folded.replacingOccurrences(of: " ", with: "_")) ?? Self.byFoldedHeader[folded] else {
            return nil
        }
        self = match
    }

    static let byFoldedHeader: [String: EstablishmentColumn] = Dictionary(
        uniqueKeysWithValues: allCases.map { (VietnameseText.fold($0.vietnameseHeader), $0) })

    /// One establishment as a file row, in `allCases` order, re-importable as it is.
    public static func values(of e: Establishment, language: Language) -> [String] {
        allCases.map { (column: EstablishmentColumn) -> String in
            switch column {
            case .taxCode: e.taxCode
            case .name: e.name
            case .legalForm: Messages.text(e.legalForm.messageKey, language)
            case .communeCode: e.commune.code
            case .address: e.address
            case .sectors: e.sectors.joined(separator: ";")
            case .employees: String(e.employees)
            case .employeesFemale: String(e.employeesFemale)
            case .employeesEthnicMinority: String(e.employeesEthnicMinority)
            case .phone: e.phone
            case .foundedOn: e.foundedOn?.vietnamese ?? ""
            }
        }
    }
}

extension EstablishmentColumn {
    /// A spreadsheet that took a code for a number drops its leading zero: tax codes of Hà Nội
    /// (01…) arrive with 9 digits, commune codes with fewer than 5, mobile numbers with 9. Codes made
    /// only of digits get their zeros back; anything else is left for validation to judge.
    public func restoringLeadingZeros(_ value: String) -> String {
        guard !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return value }
        switch self {
        case .taxCode where value.count == 9 || value.count == 11: return "0" + value
        case .communeCode where value.count < 5: return String(repeating: "0", count: 5 - value.count) + value
        case .phone where value.count == 9: return "0" + value
        default: return value
        }
    }
}
