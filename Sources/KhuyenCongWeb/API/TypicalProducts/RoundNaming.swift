import Foundation
import KhuyenCongCore
import KhuyenCongStore

/// Names of rounds and their areas in the reader's language, from today's geography and the region
/// table; one place for the API, the pages and the certificates.
struct RoundNaming: Sendable {
    let geography: Geography
    let regions: RegionTable
    let language: UILanguage

    func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String { Messages.text(key, language, arguments) }

    func areaName(of record: RoundRecord) -> String? {
        let round = record.round
        switch round.scope {
        case .national: return nil
        case .region(let code): return regions.region(code: code)?.name(in: language)
        case .commune(let code), .district(let code), .province(let code):
            return geography.unit(code: code, on: round.registrationOpens)?.name
        }
    }

    /// The organiser's title, or one made from level, area and year.
    func title(of record: RoundRecord) -> String {
        if let title = record.title { return title }
        let area = areaName(of: record).map { " – \($0)" } ?? ""
        return text(.tpRoundDefaultTitle, ["level": text(record.round.level.labelKey), "area": area, "year": String(record.round.year)])
    }

    func provinceName(_ code: String) -> String {
        geography.unit(AdminUnitRef(period: .twoTier, code: code))?.name ?? code
    }
}
