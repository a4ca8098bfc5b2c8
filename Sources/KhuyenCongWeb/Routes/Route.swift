import Foundation
import KhuyenCongCore

/// Every page the application serves, used both to register handlers and to build links,
/// so a link can never point at a path nobody serves.
enum Route: Hashable {
    case home
    case login(next: String?)
    case logout
    case language(UILanguage, back: String?)
    case units(on: Day?, level: AdminLevel?, province: String?, query: String?)
    case unit(AdminUnitRef)
    case organisations(query: String?, cursor: String?)
    case organisation(UUID)
    case organisationEdit(UUID)
    case audit(before: Int64?)
    case establishments(query: String?)
    case establishment(UUID)
    case establishmentNew
    case establishmentEdit(UUID)
    case schemes(year: Int?, state: SchemeState?, province: String?, query: String?)
    case scheme(UUID)
    case schemeNew
    case schemeEdit(UUID)
    case schemeAdjust(UUID)
    case schemeActions(UUID)
    case rateTables
    case rateTableNew
    case rateTableEdit(String)
    case programmes(year: Int?)
    case stylesheet
    case apiReference
    case importJob(UUID)
    case openAPIDocument
    case selectionRounds(year: Int?)
    case selectionRoundNew
    case selectionRound(UUID)
    /// A form posted from the round's page: `close`, `entries` or `jury`.
    case selectionRoundForm(UUID, String)
    case entry(UUID)
    /// A form posted from the entry's page: `checks`, `scores`, `conflicts`, `recognition` or `certificate`.
    case entryForm(UUID, String)
    case entrySheet(UUID)
    case catalogue(query: String?, province: String?, level: SelectionLevel?, year: Int?, group: Int?)
    /// The catalogue's open data (the public API) with the page's filters.
    case catalogueData(format: String, query: String)
    case certificateLookup(number: String?)
    case certificate(String)

    var path: String {
        switch self {
        case .home: return "/"
        case .login(let next): return "/login" + Self.query(["next": next])
        case .logout: return "/logout"
        case .language(let language, let back): return "/lang/\(language.rawValue)" + Self.query(["back": back])
        case .units(let on, let level, let province, let query):
            return "/units"
                + Self.query(["on": on?.iso, "level": level?.rawValue, "province": province, "q": query])
        case .unit(let ref): return "/units/\(ref.period.rawValue)/\(ref.code)"
        case .organisations(let query, let cursor):
            return "/organisations" + Self.query(["q": query, "cursor": cursor])
        case .organisation(let id): return "/organisations/\(id.uuidString.lowercased())"
        case .organisationEdit(let id): return "/organisations/\(id.uuidString.lowercased())/edit"
        case .audit(let before): return "/audit" + Self.query(["before": before.map(String.init)])
        case .stylesheet: return "/assets/app.css"
        case .apiReference: return "/api-docs"
        case .importJob(let id): return "/establishments/import/jobs/\(id.uuidString.lowercased())"
        case .openAPIDocument: return "/api/v1/openapi.json"
        case .establishments(let query): return "/establishments" + Self.query(["q": query])
        case .establishment(let id): return "/establishments/\(id.uuidString.lowercased())"
        case .establishmentNew: return "/establishments/new"
        case .establishmentEdit(let id): return "/establishments/\(id.uuidString.lowercased())/edit"
        case .schemes(let year, let state, let province, let query):
            return "/schemes" + Self.query(["year": year.map(String.init), "state": state?.rawValue, "province": province, "q": query])
        case .scheme(let id): return "/schemes/\(id.uuidString.lowercased())"
        case .schemeNew: return "/schemes/new"
        case .schemeEdit(let id): return "/schemes/\(id.uuidString.lowercased())/edit"
        case .schemeAdjust(let id): return "/schemes/\(id.uuidString.lowercased())/adjust"
        case .schemeActions(let id): return "/schemes/\(id.uuidString.lowercased())/actions"
        case .rateTables: return "/rate-tables"
        case .rateTableNew: return "/rate-tables/new"
        case .rateTableEdit(let code): return "/rate-tables/" + (code.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? code) + "/edit"
        case .programmes(let year): return "/programmes" + Self.query(["year": year.map(String.init)])
        case .selectionRounds(let year): return "/selection-rounds" + Self.query(["year": year.map(String.init)])
        case .selectionRoundNew: return "/selection-rounds/new"
        case .selectionRound(let id): return "/selection-rounds/\(id.uuidString.lowercased())"
        case .selectionRoundForm(let id, let form): return "/selection-rounds/\(id.uuidString.lowercased())/\(form)"
        case .entry(let id): return "/entries/\(id.uuidString.lowercased())"
        case .entryForm(let id, let form): return "/entries/\(id.uuidString.lowercased())/\(form)"
        case .entrySheet(let id): return "/entries/\(id.uuidString.lowercased())/sheet"
        case .catalogue(let query, let province, let level, let year, let group):
            return "/products"
                + Self.query([
                    "q": query, "province": province, "level": level?.rawValue, "year": year.map(String.init), "group": group.map(String.init),
                ])
        case .catalogueData(let format, let query):
            return "/api/v1/public/products?format=\(format)" + (query.isEmpty ? "" : "&" + query)
        case .certificateLookup(let number): return "/certificates" + Self.query(["number": number])
        case .certificate(let number):
            return "/certificates/" + (number.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? number)
        }
    }

    /// Probes, metrics and the stylesheet: no sign-in, no form token, no database.
    static func isInfrastructure(_ path: String) -> Bool {
        ["/livez", "/healthz", "/metrics", "/assets/app.css"].contains(path)
    }

    /// Only a local path is followed after sign-in or a language switch (no open redirects).
    static func safeLocalPath(_ candidate: String?) -> String {
        // Browsers drop tabs and line breaks from URLs, so "/\t/evil.example" would become "//evil…".
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\"),
            !candidate.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }),
            let components = URLComponents(string: candidate), components.scheme == nil, components.host == nil
        else { return "/" }
        return candidate
    }

    private static func query(_ pairs: KeyValuePairs<String, String?>) -> String {
        var components = URLComponents()
        components.queryItems = pairs.compactMap { name, value in
            guard let value, !value.isEmpty else { return nil }
            return URLQueryItem(name: name, value: value)
        }
        guard let items = components.queryItems, !items.isEmpty else { return "" }
        // URLComponents leaves "+" alone, which a form decoder reads as a space.
        return "?" + (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
    }
}
