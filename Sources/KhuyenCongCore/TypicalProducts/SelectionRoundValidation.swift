import Foundation

/// The checks on a round's own content. Whether a code names a unit that exists on the day is the
/// store's check against the geography; everything here needs only the draft and the region table.
public enum SelectionRoundValidation {
    /// Rounds the system accepts: the 2014 rules onwards, with room for history and plans.
    public static let years = 2010...2040
    /// Registration may open late in the year before the round's year [U: no rule found; rounds
    /// seen open and close within their year, some plans are issued in the previous December].
    public static let windowMayOpenYearsBefore = 1

    public static func errors(in draft: SelectionRoundDraft, regions: RegionTable) -> [FieldError] {
        var errors: [FieldError] = []
        if !years.contains(draft.year) { errors.append(.init(field: "year", key: .tpRoundYearOutOfRange)) }
        if draft.registrationCloses < draft.registrationOpens {
            errors.append(.init(field: "registrationCloses", key: .tpRoundWindowOrder))
        }
        if !(draft.year - windowMayOpenYearsBefore...draft.year).contains(draft.registrationOpens.year) {
            errors.append(.init(field: "registrationOpens", key: .tpRoundWindowOutsideYear))
        }
        if draft.registrationCloses.year != draft.year {
            errors.append(.init(field: "registrationCloses", key: .tpRoundWindowOutsideYear))
        }
        // Law 72/2025/QH15: no district tier from 1 Jul 2025 (domain §3.1, G4).
        if !draft.level.exists(on: draft.registrationOpens) {
            errors.append(.init(field: "level", key: .tpRoundDistrictAbolished))
        }
        errors += codeErrors(draft, regions: regions)
        if draft.groups.isEmpty { errors.append(.init(field: "groups", key: .tpRoundNeedsGroups)) }
        if let budget = draft.budget, budget < 0 || budget > SchemeValidation.maxLineAmount {
            errors.append(.init(field: "budget", key: .fieldWholeNumber))
        }
        return errors
    }

    /// The level's own code must be present and well formed; every other code must be absent, so a
    /// provincial round cannot be filed under a commune by mistake.
    static func codeErrors(_ draft: SelectionRoundDraft, regions: RegionTable) -> [FieldError] {
        let codes: [(SelectionLevel, String, String?)] = [
            (.commune, "communeCode", present(draft.communeCode)),
            (.district, "districtCode", present(draft.districtCode)),
            (.province, "provinceCode", present(draft.provinceCode)),
            (.region, "regionCode", present(draft.regionCode)),
        ]
        var errors: [FieldError] = []
        for (level, field, code) in codes {
            if level != draft.level {
                if code != nil { errors.append(.init(field: field, key: .tpRoundCodeNotForLevel)) }
                continue
            }
            guard let code else {
                errors.append(.init(field: field, key: .fieldRequired))
                continue
            }
            switch level {
            case .region:
                if regions.region(code: code) == nil { errors.append(.init(field: field, key: .tpRoundRegionUnknown)) }
            default:
                if !isDigits(code, count: digits(for: level)) {
                    errors.append(.init(field: field, key: .tpRoundCodeShape))
                }
            }
        }
        return errors
    }

    /// QĐ 19/2025 (and QĐ 124/2004 before it): province 2 digits, district 3, commune 5.
    static func digits(for level: SelectionLevel) -> Int {
        switch level {
        case .province: 2
        case .district: 3
        default: 5
        }
    }

    static func isDigits(_ code: String, count: Int) -> Bool {
        code.count == count && code.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A code with blanks trimmed, nil when there is nothing left.
    static func present(_ code: String?) -> String? {
        guard let code else { return nil }
        let trimmed = VietnameseText.trimmed(code)
        return trimmed.isEmpty ? nil : trimmed
    }
}
