import Foundation

/// Who may change which support-rate table, and what a valid table is.
public enum RateTableEditing {
    /// The Cục keeps the national table; each province's Department keeps its own (seed letter
    /// point 6: provinces set and raise their local levels).
    public static func canEdit(_ scope: RateScope, by principal: Principal) -> Bool {
        switch scope {
        case .national: principal.role == .ministryAdmin
        case .province(let code): principal.role == .provinceDepartment && principal.provinceCode == code
        }
    }

    public static let codeMaxLength = 60

    public static func errors(in table: RateTable) -> [FieldError] {
        var errors: [FieldError] = []
        let code = table.code
        if code.isEmpty || code.count > codeMaxLength
            || !code.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) && $0.isASCII || "-_.".unicodeScalars.contains($0) })
        {
            errors.append(.init(field: "code", key: .rateCodeInvalid))
        }
        if VietnameseText.trimmed(table.title).isEmpty { errors.append(.init(field: "title", key: .fieldRequired)) }
        if VietnameseText.trimmed(table.legalBasis).isEmpty { errors.append(.init(field: "legalBasis", key: .fieldRequired)) }
        if let end = table.validTo, end < table.validFrom { errors.append(.init(field: "validTo", key: .rateValidToBeforeFrom)) }
        if Set(table.rules.map(\.activityType)).count != table.rules.count {
            errors.append(.init(field: "rules", key: .rateRuleRepeated))
        }
        for rule in table.rules {
            let field = "rules.\(rule.activityType.rawValue)"
            if let rate = rule.ratePercent, !(0...BasisPoints.whole).contains(rate) {
                errors.append(.init(field: field + ".ratePercent", key: .rateOutOfRange))
            }
            if let cap = rule.cap, cap < 0 || cap > SchemeValidation.maxLineAmount {
                errors.append(.init(field: field + ".cap", key: .schemeAmountInvalid))
            }
        }
        return errors
    }

    /// Two tables of one scope may not be in force on the same day: the calculation must never
    /// have to guess which applies.
    public static func overlapping(_ table: RateTable, with others: [RateTable]) -> RateTable? {
        others.first { other in
            other.code != table.code && other.scope == table.scope
                && other.validFrom <= (table.validTo ?? Day(year: 2200, month: 12, day: 31)!)
                && table.validFrom <= (other.validTo ?? Day(year: 2200, month: 12, day: 31)!)
        }
    }
}
