import Foundation

/// Interface languages: Vietnamese first, English second (design.md §4.6).
public enum Language: String, Sendable, CaseIterable, Codable {
    case vi, en

    public static let `default` = Language.vi

    /// Picks from an `Accept-Language` header; Vietnamese unless English is preferred.
    public static func negotiate(acceptLanguage: String?) -> Language {
        guard let header = acceptLanguage?.lowercased() else { return .default }
        for part in header.split(separator: ",") {
            let tag = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if tag.hasPrefix("vi") { return .vi }
            if tag.hasPrefix("en") { return .en }
        }
        return .default
    }
}
