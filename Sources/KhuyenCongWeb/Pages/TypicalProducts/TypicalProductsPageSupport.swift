import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// What the typical-product pages share: option lists and how marks and days read.
enum TypicalProductsPageSupport {
    static func levelOptions(_ context: PageContext, levels: [SelectionLevel] = SelectionLevel.allCases) -> [(String, String)] {
        levels.map { ($0.rawValue, context.t($0.labelKey)) }
    }

    static func groupOptions(_ context: PageContext) -> [(String, String)] {
        ProductGroup.allCases.map { (String($0.rawValue), "\($0.rawValue). \(context.t($0.labelKey))") }
    }

    /// An aggregate to two places, with the reader's decimal mark ("65,67" in Vietnamese).
    static func score(_ score: AggregateScore?, _ language: UILanguage) -> String {
        guard let score else { return "—" }
        let text = "\(score.rounded())"
        return language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// "vi" date of an ISO day, or the text as given.
    static func day(_ iso: String) -> String { Day(iso: iso)?.vietnamese ?? iso }
}
