import KhuyenCongCore
import Vapor

/// Browse the units in force on a chosen date: provinces, the communes of one province, or a
/// diacritics-insensitive search.
enum UnitsPage {
    /// A nationwide search can match thousands of units; the page shows the first ones and says so.
    static let maximumRows = 300

    struct Model: Sendable {
        let day: Day
        let query: String?
        let province: AdminUnit?
        let provinces: [AdminUnit]
        let units: [AdminUnit]
        let totalCount: Int
        /// A province code that does not exist on the chosen date (e.g. after changing the date).
        let ignoredProvinceCode: String?
    }

    static func handle(_ req: Request) async throws -> Response {
        let services = req.services
        let day = try req.dayParameter("on", default: services.today)
        let level = try req.levelParameter()
        let query = req.stringParameter("q")
        let provinceCode = req.stringParameter("province")
        let geography = try await services.geography.current()
        let province = provinceCode.flatMap { geography.unit(code: $0, on: day) }.flatMap { $0.level == .province ? $0 : nil }
        let provinces = geography.units(level: .province, on: day)
        let found: [AdminUnit]
        if let province {
            found = geography.units(level: level ?? .commune, on: day, provinceCode: province.code, query: query)
        } else if let query {
            found = geography.units(level: level, on: day, query: query)
        } else {
            found = geography.units(level: level ?? .province, on: day)
        }
        let model = Model(
            day: day, query: query, province: province, provinces: provinces,
            units: Array(found.prefix(maximumRows)), totalCount: found.count,
            ignoredProvinceCode: province == nil ? provinceCode : nil)
        return .html(view(PageContext(req), model: model))
    }
}
