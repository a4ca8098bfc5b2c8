import Foundation

/// The dated, editable parameters of typical-product selection that no verified text fixes yet
/// (domain §8.1, G6): regions, scoring rules per level, certificate validity. Stored as one
/// versioned record edited by the Cục; the Core defaults apply until someone changes them.
public struct SelectionParameters: Sendable, Hashable, Codable {
    public var regions: RegionTable
    public var scoring: ScoringRuleBook
    public var validity: CertificateValidityBook

    public init(regions: RegionTable, scoring: ScoringRuleBook, validity: CertificateValidityBook) {
        self.regions = regions
        self.scoring = scoring
        self.validity = validity
    }

    public static let standard = SelectionParameters(regions: .historicThree, scoring: .standard, validity: .standard)

    /// Who may change them: the Cục and the system's administrators.
    public static let editors: Set<Role> = [.ministryAdmin, .systemAdmin]

    /// Refuses everyone else, telling an inspector that the role is read-only.
    public static func checkEditor(_ principal: Principal) throws(DomainError) {
        guard editors.contains(principal.role) else {
            throw principal.role.isReadOnly ? DomainError(.forbidden, .readOnlyRole) : DomainError.forbidden
        }
    }

    /// Everything that would make a parameter unusable, given today's province codes.
    public func errors(provinceCodes: Set<String>) -> [FieldError] {
        var errors = scoring.errors.map { FieldError(field: "scoring.\($0.field)", key: $0.key) }
        let codes = regions.regions.map(\.code)
        if regions.regions.isEmpty { errors.append(FieldError(field: "regions", key: .fieldRequired)) }
        for (index, region) in regions.regions.enumerated() {
            let field = "regions.regions[\(index + 1)]"
            if !Self.isRegionCode(region.code) || codes.filter({ $0 == region.code }).count > 1 {
                errors.append(FieldError(field: "\(field).code", key: .tpRoundRegionUnknown))
            }
            if VietnameseText.trimmed(region.name).isEmpty { errors.append(FieldError(field: "\(field).name", key: .fieldRequired)) }
            if region.provinceCodes.contains(where: { !provinceCodes.contains($0) }) {
                errors.append(FieldError(field: "\(field).provinceCodes", key: .unknownProvince))
            }
        }
        if !regions.provincesInSeveralRegions.isEmpty {
            errors.append(FieldError(field: "regions", key: .tpRegionProvinceTwice))
        }
        if validity.rules.isEmpty { errors.append(FieldError(field: "validity.rules", key: .fieldRequired)) }
        for (index, rule) in validity.rules.enumerated() {
            if !(1...10).contains(rule.yearsCountingIssueYear) {
                errors.append(FieldError(field: "validity.rules[\(index + 1)].yearsCountingIssueYear", key: .tpValidityYears))
            }
            if validity.rules[..<index].contains(where: { $0.validFrom == rule.validFrom }) {
                errors.append(FieldError(field: "validity.rules[\(index + 1)].validFrom", key: .tpRuleRepeated))
            }
        }
        return errors
    }

    static func isRegionCode(_ code: String) -> Bool {
        (1...32).contains(code.count) && code.first?.isLetter == true
            && code.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" || $0 == "_" }
    }
}
