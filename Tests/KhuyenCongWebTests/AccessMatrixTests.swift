import Foundation
import KhuyenCongCore
import TestSupport
import Testing
import Vapor
import VaporTesting

@testable import KhuyenCongWeb

/// The access policy of the API, written out: for every documented operation, which demo account may
/// reach which record — one in its own area (Bát Tràng, Hà Nội), one elsewhere in Hà Nội, one in
/// TP Hồ Chí Minh. Each cell is asserted through HTTP. "Allowed" means the request got past access
/// control (any answer but 401, 403 or 404); writes send a stale version or a duplicate where they
/// can, so that an allowed write is refused by the domain (409) — creations (a scheme draft, a money
/// entry, an adjustment request) do write, on the throwaway test database.
@Suite("Access-control matrix: every API operation × every demo role × own and foreign area")
struct AccessMatrixTests {
    enum Caller: String, CaseIterable, Sendable, CustomStringConvertible {
        case anonymous
        case ministry = "bo-admin", leader = "lanhdao-bo", committee = "ubnd-01", department = "sct-01"
        case unit = "ttkc-01", collaborator = "ctv-01", establishment = "coso-01", jury = "giamkhao-01"
        case inspector = "thanhtra-01", saigon = "sct-79"

        var description: String { rawValue }

        var role: Role? {
            switch self {
            case .anonymous: nil
            case .ministry: .ministryAdmin
            case .leader: .ministryLeader
            case .committee: .provinceCommittee
            case .department, .saigon: .provinceDepartment
            case .unit: .implementingUnit
            case .collaborator: .collaborator
            case .establishment: .establishment
            case .jury: .juryMember
            case .inspector: .inspector
            }
        }
    }

    /// One request and who may make it.
    struct Probe: Sendable {
        let label: String
        let method: HTTPMethod
        let path: String
        var body: [String: any Sendable]?
        var rawBody: (String, String)?
        let allowed: Set<Caller>
        /// For answers that are 200 whoever asks (an import reports refused rows): whether this
        /// answer means the caller was let through.
        var passed: (@Sendable (TestingHTTPResponse) -> Bool)?
    }

    static let signedIn = Set(Caller.allCases).subtracting([.anonymous])
    static let everyone = Set(Caller.allCases)
    static let nation: Set<Caller> = [.ministry, .leader]
    /// Hà Nội's province-wide roles.
    static let hanoi: Set<Caller> = [.committee, .department, .unit, .inspector]

    /// Ids of the demo records the probes aim at, found through the API.
    struct Fixture {
        var establishmentOwn = "", establishmentHanoi = "", establishmentSaigon = ""
        var organisationOwn = "", organisationSaigon = ""
        var schemeOwn = "", schemeOwnVersion = 1, schemeHanoi = "", schemeSaigon = ""
        /// Whether the other Hà Nội scheme also works in Bát Tràng (the collaborator's commune).
        var schemeHanoiInBatTrang = false
        var adjustment = ""
        var programmeHanoi = "", programmeNational = "", planHanoi = "", planNational = ""
        var oldCommuneOfBatTrang = "", communeSaigon = ""
        /// Records as the API returns them, sent back as bodies (with a stale version, or as a duplicate).
        var establishmentOwnJSON: [String: any Sendable] = [:], establishmentSaigonJSON: [String: any Sendable] = [:]
        var programmeHanoiJSON: [String: any Sendable] = [:], planHanoiJSON: [String: any Sendable] = [:]
        var settingsHanoiJSON: [String: any Sendable] = [:], rateTableHanoiJSON: [String: any Sendable] = [:]
        var rateTableHanoi = ""
        var schemeOwnJSON: [String: any Sendable] = [:], schemeSaigonJSON: [String: any Sendable] = [:]
        /// The role that decides the demo adjustment request.
        var adjustmentDecider = ""
        /// Typical products: Hà Nội's finished and open rounds, TP HCM's open round, an entry in each
        /// (the open Hà Nội one is the establishment account's own) and a published certificate.
        var roundFinished = "", roundOpen = "", roundSaigon = ""
        var entryFinished = "", entryOwn = "", entrySaigon = "", certificate = ""
        /// The cooperative's dossier: a product photo (public with its certificate) and a document.
        var photo = "", document = ""
        /// A filed document of the other Hà Nội scheme and of the TP HCM scheme.
        var schemeDocumentHanoi = "", schemeDocumentSaigon = ""
        /// The selection parameters as read, with a version that is not current.
        var parametersJSON: [String: any Sendable] = [:]
    }

    static func fixture(_ app: Application) async throws -> Fixture {
        let client = try app.testing()
        func get(_ path: String, as user: String = "bo-admin") async throws -> [String: Any] {
            let token = try await app.token(user)
            return try await client.sendRequest(.GET, path, headers: ["Authorization": "Bearer \(token)"]).json
        }
        func items(_ path: String, as user: String = "bo-admin") async throws -> [[String: Any]] {
            try await get(path, as: user)["items"] as? [[String: Any]] ?? []
        }
        var f = Fixture()
        // The establishment account's own record (its only one).
        let ownRecords = try await items("/api/v1/establishments", as: "coso-01")
        #expect(ownRecords.count == 1)
        f.establishmentOwn = try #require(ownRecords.first?["id"] as? String)
        f.establishmentHanoi = try #require(
            try await items("/api/v1/establishments?province=01&limit=100").first { ($0["communeCode"] as? String) != "00583" }?["id"] as? String)
        f.establishmentSaigon = try #require(try await items("/api/v1/establishments?province=79&limit=1").first?["id"] as? String)
        let organisations = try await items("/api/v1/organisations?kind=province_department&limit=100")
        f.organisationOwn = try #require(organisations.first { $0["provinceCode"] as? String == "01" }?["id"] as? String)
        f.organisationSaigon = try #require(organisations.first { $0["provinceCode"] as? String == "79" }?["id"] as? String)
        let unitSchemes = Set(try await items("/api/v1/schemes?limit=200", as: "ttkc-01").compactMap { $0["id"] as? String })
        let communeSchemes = Set(try await items("/api/v1/schemes?limit=200", as: "ctv-01").compactMap { $0["id"] as? String })
        f.schemeOwn = try #require(unitSchemes.intersection(communeSchemes).sorted().first)
        f.schemeOwnVersion = try #require((try await get("/api/v1/schemes/\(f.schemeOwn)"))["version"] as? Int)
        let hanoiSchemes = try await items("/api/v1/schemes?province=01&limit=200").compactMap { $0["id"] as? String }
        f.schemeHanoi = try #require(hanoiSchemes.first { !unitSchemes.contains($0) })
        let hanoiCommunes = (try await get("/api/v1/schemes/\(f.schemeHanoi)"))["communeCodes"] as? [String] ?? []
        f.schemeHanoiInBatTrang = hanoiCommunes.contains("00583")
        f.schemeSaigon = try #require(try await items("/api/v1/schemes?province=79&limit=1").first?["id"] as? String)
        for scheme in hanoiSchemes where f.adjustment.isEmpty {
            if let adjustment = try await items("/api/v1/schemes/\(scheme)/adjustments").first {
                f.adjustment = try #require(adjustment["id"] as? String)
                f.adjustmentDecider = try #require(adjustment["decider"] as? String)
            }
        }
        #expect(!f.adjustment.isEmpty, "the demo data holds an adjustment request in Hà Nội")
        f.schemeDocumentHanoi = try #require(try await items("/api/v1/schemes/\(f.schemeHanoi)/documents").first?["id"] as? String)
        f.schemeDocumentSaigon = try #require(try await items("/api/v1/schemes/\(f.schemeSaigon)/documents").first?["id"] as? String)
        let programmes = try await items("/api/v1/programmes")
        f.programmeHanoi = try #require(programmes.first { $0["scope"] as? String == "province:01" }?["id"] as? String)
        f.programmeNational = try #require(programmes.first { $0["scope"] as? String == "national" }?["id"] as? String)
        let plans = try await items("/api/v1/plans")
        f.planHanoi = try #require(plans.first { $0["scope"] as? String == "province:01" }?["id"] as? String)
        f.planNational = try #require(plans.first { $0["scope"] as? String == "national" }?["id"] as? String)
        let batTrang = try await get("/api/v1/admin-units/00583")
        let predecessor = (batTrang["predecessors"] as? [[String: Any]])?.first?["unit"] as? [String: Any]
        f.oldCommuneOfBatTrang = try #require(predecessor?["ref"] as? String)
        func sendable(_ json: [String: Any]) throws -> [String: any Sendable] {
            try #require(JSONSerialization.jsonObject(with: JSONSerialization.data(withJSONObject: json)) as? [String: any Sendable])
        }
        let own = try #require(try await get("/api/v1/establishments/\(f.establishmentOwn)")["establishment"] as? [String: Any])
        let saigon = try #require(try await get("/api/v1/establishments/\(f.establishmentSaigon)")["establishment"] as? [String: Any])
        f.communeSaigon = try #require(saigon["communeCode"] as? String)
        f.establishmentOwnJSON = try sendable(own)
        f.establishmentSaigonJSON = try sendable(saigon)
        f.programmeHanoiJSON = try sendable(try await get("/api/v1/programmes/\(f.programmeHanoi)"))
        f.planHanoiJSON = try sendable(try await get("/api/v1/plans/\(f.planHanoi)"))
        f.settingsHanoiJSON = try sendable(try await get("/api/v1/provinces/01/scheme-settings"))
        let tables = try await items("/api/v1/rate-tables")
        f.rateTableHanoi = try #require(tables.first { $0["scope"] as? String == "province:01" }?["code"] as? String)
        f.rateTableHanoiJSON = try sendable(try await get("/api/v1/rate-tables/\(f.rateTableHanoi)"))
        f.schemeOwnJSON = try sendable(try await get("/api/v1/schemes/\(f.schemeOwn)"))
        f.schemeSaigonJSON = try sendable(try await get("/api/v1/schemes/\(f.schemeSaigon)"))
        f.parametersJSON = with(try sendable(try await get("/api/v1/selection-parameters")), ["version": 999])
        try await typicalProducts(&f, items: items)
        return f
    }

    static func typicalProducts(_ f: inout Fixture, items: (String, String) async throws -> [[String: Any]]) async throws {
        func round(_ query: String) async throws -> String {
            try #require(try await items("/api/v1/selection-rounds?\(query)", "bo-admin").first?["id"] as? String)
        }
        f.roundFinished = try await round("year=2025&province=01")
        f.roundOpen = try await round("year=2026&province=01")
        f.roundSaigon = try await round("year=2026&province=79")
        f.entryOwn = try #require(try await items("/api/v1/selection-rounds/\(f.roundOpen)/entries", "coso-01").first?["id"] as? String)
        f.entryFinished = try #require(
            try await items("/api/v1/selection-rounds/\(f.roundFinished)/entries", "bo-admin").first { $0["certificate"] != nil }?["id"] as? String)
        f.entrySaigon = try #require(try await items("/api/v1/selection-rounds/\(f.roundSaigon)/entries", "bo-admin").first?["id"] as? String)
        f.certificate = try #require(try await items("/api/v1/public/products", "bo-admin").first?["certificateNumber"] as? String)
        let dossier = try await items("/api/v1/establishments/\(f.establishmentOwn)/documents", "bo-admin")
        f.photo = try #require(dossier.first { $0["kind"] as? String == "photo" }?["id"] as? String)
        f.document = try #require(dossier.first { $0["kind"] as? String == "document" }?["id"] as? String)
    }

    static func with(_ json: [String: any Sendable], _ changes: [String: any Sendable]) -> [String: any Sendable] {
        json.merging(changes) { _, new in new }
    }

    static func schemeBody(province: String, commune: String, version: Int? = nil) -> [String: any Sendable] {
        var body: [String: any Sendable] = [
            "level": "local", "kind": "single", "title": "Máy chẻ nan tre", "planYear": 2026,
            "provinceCode": province, "communeCodes": [commune],
            "lines": [["activityType": "machinery", "description": "Máy chẻ nan", "quantity": 1,
                       "eligibleCost": 100_000_000, "requestedSupport": 30_000_000] as [String: any Sendable]],
        ]
        if let version { body["version"] = version }
        return body
    }

    /// CSV of the import template's columns with one row: the establishment as it is.
    static func importRow(_ e: [String: any Sendable]) -> String {
        let header = "tax_code,name,legal_form,commune_code,address,sectors,employees,employees_female,employees_ethnic_minority,phone,founded_on"
        func text(_ key: String) -> String { "\"\(e[key].map { "\($0)" } ?? "")\"" }
        let sectors = (e["sectors"] as? [String] ?? []).joined(separator: ";")
        let row = [text("taxCode"), text("name"), text("legalForm"), text("communeCode"), text("address"), "\"\(sectors)\"",
                   text("employees"), text("employeesFemale"), text("employeesEthnicMinority"), text("phone"), text("foundedOn")]
        return header + "\n" + row.joined(separator: ",") + "\n"
    }

    /// The matrix: operation → the probes that exercise it, each with who may pass.
    static func matrix(_ f: Fixture) -> [String: [Probe]] {
        let readersOfOwn: Set<Caller> = nation.union(hanoi).union([.collaborator, .establishment])
        let readersOfSaigon: Set<Caller> = nation.union([.saigon])
        let readersOfHanoi: Set<Caller> = nation.union(hanoi)
        let establishmentWritersOwn: Set<Caller> = readersOfOwn.subtracting([.inspector])
        let establishmentWritersHanoi: Set<Caller> = readersOfHanoi.subtracting([.inspector])
        let establishmentWritersSaigon = readersOfSaigon
        let ownScheme = "/api/v1/schemes/\(f.schemeOwn)", saigonScheme = "/api/v1/schemes/\(f.schemeSaigon)"
        let hanoiScheme = "/api/v1/schemes/\(f.schemeHanoi)"
        let schemeReadersOwn: Set<Caller> = nation.union(hanoi).union([.collaborator])
        let schemeReadersHanoi: Set<Caller> = nation.union([.committee, .department, .inspector])
            .union(f.schemeHanoiInBatTrang ? [.collaborator] : [])
        // National schemes are paid by the ministry and may be revised by the Cục too; local ones by the Sở.
        let ownNational = f.schemeOwnJSON["level"] as? String == "national"
        let saigonNational = f.schemeSaigonJSON["level"] as? String == "national"
        let payerOwn: Set<Caller> = ownNational ? [.ministry] : [.department]
        let payerSaigon: Set<Caller> = saigonNational ? [.ministry] : [.saigon]
        let editorsOwn: Set<Caller> = Set<Caller>([.department, .unit]).union(ownNational ? [.ministry] : [])
        let editorsSaigon: Set<Caller> = Set<Caller>([.saigon]).union(saigonNational ? [.ministry] : [])
        func reads(_ suffix: String) -> [Probe] {
            [
                Probe(label: "own", method: .GET, path: ownScheme + suffix, allowed: schemeReadersOwn),
                Probe(label: "Hà Nội", method: .GET, path: hanoiScheme + suffix, allowed: schemeReadersHanoi),
                Probe(label: "TP HCM", method: .GET, path: saigonScheme + suffix, allowed: readersOfSaigon),
            ]
        }
        func list(_ path: String, _ allowed: Set<Caller> = signedIn) -> [Probe] {
            [Probe(label: "list", method: .GET, path: path, allowed: allowed)]
        }
        let importPassed: @Sendable (TestingHTTPResponse) -> Bool = { response in
            response.status == .ok && response.json["rejectedRows"] as? Int == 0 && response.json["rowsRead"] as? Int == 1
        }
        return [
            "POST /api/v1/auth/token": [Probe(
                label: "credentials", method: .POST, path: "/api/v1/auth/token",
                body: ["username": "bo-admin", "password": "demo"], allowed: everyone)],
            "GET /api/v1/me": list("/api/v1/me"),
            "GET /api/v1/openapi.json": list("/api/v1/openapi.json", everyone),
            "GET /api/v1/admin-units": list("/api/v1/admin-units?level=province", everyone),
            "GET /api/v1/admin-units/{code}": list("/api/v1/admin-units/79", everyone),
            "POST /api/v1/admin-units/successions": [
                Probe(
                    label: "Hà Nội", method: .POST, path: "/api/v1/admin-units/successions",
                    body: ["predecessor": f.oldCommuneOfBatTrang, "successor": "2025:00583"], allowed: [.ministry, .department]),
            ],
            "GET /api/v1/organisations": list("/api/v1/organisations"),
            "GET /api/v1/organisations/{id}": [
                Probe(label: "own", method: .GET, path: "/api/v1/organisations/\(f.organisationOwn)", allowed: readersOfHanoi),
                Probe(label: "TP HCM", method: .GET, path: "/api/v1/organisations/\(f.organisationSaigon)", allowed: readersOfSaigon),
            ],
            "PATCH /api/v1/organisations/{id}": [
                Probe(label: "own", method: .PATCH, path: "/api/v1/organisations/\(f.organisationOwn)", body: ["version": 999, "phone": "024 1"],
                      allowed: establishmentWritersHanoi),
                Probe(label: "TP HCM", method: .PATCH, path: "/api/v1/organisations/\(f.organisationSaigon)", body: ["version": 999, "phone": "028 1"],
                      allowed: establishmentWritersSaigon),
            ],
            "GET /api/v1/audit": list("/api/v1/audit", nation.union(hanoi).union([.saigon])),
            "GET /api/v1/establishments": list("/api/v1/establishments") + list("/api/v1/establishments?format=csv")
                + list("/api/v1/establishments?format=xlsx"),
            "POST /api/v1/establishments": [
                Probe(label: "own", method: .POST, path: "/api/v1/establishments", body: f.establishmentOwnJSON, allowed: establishmentWritersHanoi.union([.collaborator])),
                Probe(label: "TP HCM", method: .POST, path: "/api/v1/establishments", body: f.establishmentSaigonJSON, allowed: establishmentWritersSaigon),
            ],
            "POST /api/v1/establishments/import": [
                Probe(label: "own", method: .POST, path: "/api/v1/establishments/import?dryRun=true",
                      rawBody: ("text/csv", importRow(f.establishmentOwnJSON)), allowed: establishmentWritersHanoi.union([.collaborator]), passed: importPassed),
                Probe(label: "TP HCM", method: .POST, path: "/api/v1/establishments/import?dryRun=true",
                      rawBody: ("text/csv", importRow(f.establishmentSaigonJSON)), allowed: establishmentWritersSaigon, passed: importPassed),
            ],
            "GET /api/v1/establishments/{id}": [
                Probe(label: "own", method: .GET, path: "/api/v1/establishments/\(f.establishmentOwn)", allowed: readersOfOwn),
                Probe(label: "Hà Nội", method: .GET, path: "/api/v1/establishments/\(f.establishmentHanoi)", allowed: readersOfHanoi),
                Probe(label: "TP HCM", method: .GET, path: "/api/v1/establishments/\(f.establishmentSaigon)", allowed: readersOfSaigon),
            ],
            "PATCH /api/v1/establishments/{id}": [
                Probe(label: "own", method: .PATCH, path: "/api/v1/establishments/\(f.establishmentOwn)", body: ["version": 999], allowed: establishmentWritersOwn),
                Probe(label: "Hà Nội", method: .PATCH, path: "/api/v1/establishments/\(f.establishmentHanoi)", body: ["version": 999], allowed: establishmentWritersHanoi),
                Probe(label: "TP HCM", method: .PATCH, path: "/api/v1/establishments/\(f.establishmentSaigon)", body: ["version": 999], allowed: establishmentWritersSaigon),
            ],
            "POST /api/v1/establishments/{id}/merge": [
                Probe(label: "Hà Nội", method: .POST, path: "/api/v1/establishments/\(f.establishmentHanoi)/merge",
                      body: ["into": f.establishmentOwn, "version": 999], allowed: establishmentWritersHanoi),
                Probe(label: "TP HCM", method: .POST, path: "/api/v1/establishments/\(f.establishmentSaigon)/merge",
                      body: ["into": f.establishmentOwn, "version": 999], allowed: nation),
            ],
            "GET /api/v1/craft-villages": list("/api/v1/craft-villages"),
            "GET /api/v1/schemes": list("/api/v1/schemes") + list("/api/v1/schemes?format=csv") + list("/api/v1/schemes?format=xlsx"),
            "POST /api/v1/schemes": [
                Probe(label: "own", method: .POST, path: "/api/v1/schemes", body: schemeBody(province: "01", commune: "00583"),
                      allowed: [.department, .unit]),
                Probe(label: "TP HCM", method: .POST, path: "/api/v1/schemes", body: schemeBody(province: "79", commune: f.communeSaigon),
                      allowed: [.saigon]),
            ],
            "GET /api/v1/schemes/{id}": reads(""),
            "PUT /api/v1/schemes/{id}": [
                Probe(label: "own", method: .PUT, path: ownScheme, body: with(f.schemeOwnJSON, ["version": 999]), allowed: editorsOwn),
                Probe(label: "TP HCM", method: .PUT, path: saigonScheme, body: with(f.schemeSaigonJSON, ["version": 999]),
                      allowed: editorsSaigon),
            ],
            "GET /api/v1/schemes/{id}/support": reads("/support"),
            "GET /api/v1/schemes/{id}/actions": reads("/actions"),
            "GET /api/v1/schemes/{id}/checklist": reads("/checklist"),
            "GET /api/v1/schemes/{id}/money": reads("/money"),
            "GET /api/v1/schemes/{id}/adjustments": reads("/adjustments"),
            "POST /api/v1/schemes/{id}/actions/{action}": [
                Probe(label: "own", method: .POST, path: ownScheme + "/actions/submit", body: ["version": 999], allowed: [.department, .unit]),
                Probe(label: "TP HCM", method: .POST, path: saigonScheme + "/actions/submit", body: ["version": 999], allowed: [.saigon]),
            ],
            "POST /api/v1/schemes/{id}/money": [
                Probe(label: "own", method: .POST, path: ownScheme + "/money", body: ["kind": "advanced", "amount": 1, "reference": "x"],
                      allowed: payerOwn),
                Probe(label: "TP HCM", method: .POST, path: saigonScheme + "/money", body: ["kind": "advanced", "amount": 1, "reference": "x"],
                      allowed: payerSaigon),
            ],
            "GET /api/v1/money/rollup": list("/api/v1/money/rollup"),
            // Text is no PDF: an allowed upload is refused by its content (400), nothing filed.
            "POST /api/v1/schemes/{id}/documents": [
                Probe(label: "own", method: .POST, path: ownScheme + "/documents?kind=application&title=x",
                      rawBody: ("application/pdf", "not a pdf"), allowed: editorsOwn),
                Probe(label: "TP HCM", method: .POST, path: saigonScheme + "/documents?kind=application&title=x",
                      rawBody: ("application/pdf", "not a pdf"), allowed: editorsSaigon),
            ],
            "GET /api/v1/schemes/{id}/documents": reads("/documents"),
            "GET /api/v1/scheme-documents/{id}": [
                Probe(label: "Hà Nội", method: .GET, path: "/api/v1/scheme-documents/\(f.schemeDocumentHanoi)", allowed: schemeReadersHanoi),
                Probe(label: "TP HCM", method: .GET, path: "/api/v1/scheme-documents/\(f.schemeDocumentSaigon)", allowed: readersOfSaigon),
            ],
            "POST /api/v1/schemes/{id}/adjustments": [
                Probe(label: "own", method: .POST, path: ownScheme + "/adjustments", body: ["reason": "x", "title": "y"],
                      allowed: [.department, .unit]),
                Probe(label: "TP HCM", method: .POST, path: saigonScheme + "/adjustments", body: ["reason": "x", "title": "y"],
                      allowed: [.saigon]),
            ],
            "POST /api/v1/adjustments/{id}/{action}": [
                Probe(label: "Hà Nội", method: .POST, path: "/api/v1/adjustments/\(f.adjustment)/approve", body: ["version": 999, "reason": "x"],
                      allowed: Set(Caller.allCases.filter { $0.role?.rawValue == f.adjustmentDecider })),
            ],
            "GET /api/v1/provinces/{code}/scheme-settings": [
                Probe(label: "own", method: .GET, path: "/api/v1/provinces/01/scheme-settings", allowed: signedIn),
                Probe(label: "TP HCM", method: .GET, path: "/api/v1/provinces/79/scheme-settings", allowed: signedIn),
            ],
            "PUT /api/v1/provinces/{code}/scheme-settings": [
                Probe(label: "own", method: .PUT, path: "/api/v1/provinces/01/scheme-settings",
                      body: with(f.settingsHanoiJSON, ["version": 999]), allowed: [.department]),
                Probe(label: "TP HCM", method: .PUT, path: "/api/v1/provinces/79/scheme-settings",
                      body: with(f.settingsHanoiJSON, ["version": 999]), allowed: [.saigon]),
            ],
            "GET /api/v1/programmes": list("/api/v1/programmes"),
            "POST /api/v1/programmes": [
                Probe(label: "own", method: .POST, path: "/api/v1/programmes", body: f.programmeHanoiJSON, allowed: [.department, .committee]),
                Probe(label: "national", method: .POST, path: "/api/v1/programmes",
                      body: with(f.programmeHanoiJSON, ["scope": "national"]), allowed: [.ministry, .leader]),
            ],
            "GET /api/v1/programmes/coverage": list("/api/v1/programmes/coverage"),
            "GET /api/v1/programmes/{id}": [
                Probe(label: "own", method: .GET, path: "/api/v1/programmes/\(f.programmeHanoi)", allowed: signedIn),
                Probe(label: "national", method: .GET, path: "/api/v1/programmes/\(f.programmeNational)", allowed: signedIn),
            ],
            "PUT /api/v1/programmes/{id}": [
                Probe(label: "own", method: .PUT, path: "/api/v1/programmes/\(f.programmeHanoi)",
                      body: with(f.programmeHanoiJSON, ["version": 999]), allowed: [.department, .committee]),
            ],
            "GET /api/v1/plans": list("/api/v1/plans"),
            "POST /api/v1/plans": [
                Probe(label: "own", method: .POST, path: "/api/v1/plans", body: f.planHanoiJSON, allowed: [.department, .committee]),
            ],
            "GET /api/v1/plans/{id}": [
                Probe(label: "own", method: .GET, path: "/api/v1/plans/\(f.planHanoi)", allowed: signedIn),
                Probe(label: "national", method: .GET, path: "/api/v1/plans/\(f.planNational)", allowed: signedIn),
            ],
            "PUT /api/v1/plans/{id}": [
                Probe(label: "own", method: .PUT, path: "/api/v1/plans/\(f.planHanoi)",
                      body: with(f.planHanoiJSON, ["version": 999]), allowed: [.department, .committee]),
            ],
            "GET /api/v1/rate-tables": list("/api/v1/rate-tables"),
            "GET /api/v1/rate-tables/{code}": list("/api/v1/rate-tables/TT28-2018-BTC"),
            "PUT /api/v1/rate-tables/{code}": [
                Probe(label: "own", method: .PUT, path: "/api/v1/rate-tables/\(f.rateTableHanoi)",
                      body: with(f.rateTableHanoiJSON, ["version": 999]), allowed: [.department]),
                Probe(label: "national", method: .PUT, path: "/api/v1/rate-tables/TT28-2018-BTC",
                      body: with(f.rateTableHanoiJSON, ["version": 999, "code": "TT28-2018-BTC", "scope": "national"]), allowed: [.ministry]),
            ],
            "GET /api/v1/activity-types": list("/api/v1/activity-types"),
        ].merging(typicalProductMatrix(f, readersOfOwn: readersOfOwn, readersOfSaigon: readersOfSaigon)) { first, _ in first }
    }

    /// Rounds are announcements every signed-in user reads; organisers are the ministry and the
    /// province's Department; entries are read by organisers, the jury and whoever sees the round's or
    /// the establishment's area; only the jury scores or declares conflicts.
    static func typicalProductMatrix(_ f: Fixture, readersOfOwn: Set<Caller>, readersOfSaigon: Set<Caller>) -> [String: [Probe]] {
        let organisersHanoi: Set<Caller> = [.ministry, .department], organisersSaigon: Set<Caller> = [.ministry, .saigon]
        let rounds = "/api/v1/selection-rounds", entries = "/api/v1/entries"
        let ownEntry = "\(entries)/\(f.entryOwn)", saigonEntry = "\(entries)/\(f.entrySaigon)"
        let finishedEntry = "\(entries)/\(f.entryFinished)"
        func roundBody(_ province: String) -> [String: any Sendable] {
            ["level": "province", "year": 2026, "provinceCode": province, "registrationOpens": "2026-09-01", "registrationCloses": "2026-12-31"]
        }
        let sheet: [String: any Sendable] = ["market": 45, "economicTechnical": 30, "culturalAesthetic": 5, "other": 5]
        let longNote = String(repeating: "x", count: 2001)
        return [
            "GET /api/v1/selection-rounds": [Probe(label: "list", method: .GET, path: rounds, allowed: signedIn)],
            "GET /api/v1/selection-parameters": [Probe(label: "read", method: .GET, path: "/api/v1/selection-parameters", allowed: signedIn)],
            // A stale version: the Cục hears 409, everyone else 403.
            "PUT /api/v1/selection-parameters": [
                Probe(label: "stale", method: .PUT, path: "/api/v1/selection-parameters", body: f.parametersJSON, allowed: [.ministry]),
            ],
            "POST /api/v1/selection-rounds": [
                Probe(label: "Hà Nội", method: .POST, path: rounds, body: roundBody("01"), allowed: organisersHanoi),
                Probe(label: "TP HCM", method: .POST, path: rounds, body: roundBody("79"), allowed: organisersSaigon),
            ],
            "GET /api/v1/selection-rounds/{id}": [
                Probe(label: "Hà Nội", method: .GET, path: "\(rounds)/\(f.roundOpen)", allowed: signedIn),
                Probe(label: "TP HCM", method: .GET, path: "\(rounds)/\(f.roundSaigon)", allowed: signedIn),
            ],
            "PUT /api/v1/selection-rounds/{id}": [
                Probe(label: "Hà Nội", method: .PUT, path: "\(rounds)/\(f.roundOpen)", body: roundBody("01").merging(["version": 999]) { _, new in new },
                      allowed: organisersHanoi),
                Probe(label: "TP HCM", method: .PUT, path: "\(rounds)/\(f.roundSaigon)", body: roundBody("79").merging(["version": 999]) { _, new in new },
                      allowed: organisersSaigon),
            ],
            "GET /api/v1/selection-rounds/{id}/entries": [
                Probe(label: "Hà Nội", method: .GET, path: "\(rounds)/\(f.roundOpen)/entries", allowed: signedIn),
            ],
            "POST /api/v1/selection-rounds/{id}/entries": [
                // The product is already entered: the organisers and the establishment hear "duplicate".
                Probe(label: "own", method: .POST, path: "\(rounds)/\(f.roundOpen)/entries",
                      body: ["establishmentId": f.establishmentOwn, "productName": "Bình hút lộc men rạn", "group": 1],
                      allowed: organisersHanoi.union([.establishment])),
                // An establishment may offer its own products anywhere; the round's area then refuses it (400).
                Probe(label: "TP HCM", method: .POST, path: "\(rounds)/\(f.roundSaigon)/entries",
                      body: ["establishmentId": f.establishmentOwn, "productName": "Bình hút lộc men rạn", "group": 1],
                      allowed: organisersSaigon.union([.establishment])),
            ],
            "POST /api/v1/selection-rounds/{id}/jury": [
                Probe(label: "Hà Nội", method: .POST, path: "\(rounds)/\(f.roundOpen)/jury", body: ["username": "giamkhao-01"],
                      allowed: organisersHanoi),
                Probe(label: "TP HCM", method: .POST, path: "\(rounds)/\(f.roundSaigon)/jury", body: ["username": "no-such-user"],
                      allowed: organisersSaigon),
            ],
            "POST /api/v1/selection-rounds/{id}/close": [
                Probe(label: "Hà Nội", method: .POST, path: "\(rounds)/\(f.roundOpen)/close", body: ["version": 999], allowed: organisersHanoi),
                Probe(label: "TP HCM", method: .POST, path: "\(rounds)/\(f.roundSaigon)/close", body: ["version": 999], allowed: organisersSaigon),
            ],
            "GET /api/v1/selection-rounds/{id}/results": [
                Probe(label: "Hà Nội", method: .GET, path: "\(rounds)/\(f.roundFinished)/results", allowed: organisersHanoi),
                Probe(label: "TP HCM", method: .GET, path: "\(rounds)/\(f.roundSaigon)/results", allowed: organisersSaigon),
            ],
            "GET /api/v1/entries/{id}": [
                Probe(label: "own", method: .GET, path: ownEntry, allowed: readersOfOwn.union([.jury])),
                Probe(label: "TP HCM", method: .GET, path: saigonEntry, allowed: readersOfSaigon),
            ],
            "POST /api/v1/entries/{id}/checks": [
                Probe(label: "Hà Nội (closed)", method: .POST, path: finishedEntry + "/checks",
                      body: ["criterion": "standards", "outcome": "fail"], allowed: organisersHanoi),
                Probe(label: "TP HCM", method: .POST, path: saigonEntry + "/checks",
                      body: ["criterion": "standards", "outcome": "pass", "note": longNote], allowed: organisersSaigon),
            ],
            "POST /api/v1/entries/{id}/scores": [
                Probe(label: "own", method: .POST, path: ownEntry + "/scores", body: sheet, allowed: [.jury]),
                Probe(label: "TP HCM", method: .POST, path: saigonEntry + "/scores", body: sheet, allowed: []),
            ],
            "POST /api/v1/entries/{id}/conflicts": [
                Probe(label: "own", method: .POST, path: ownEntry + "/conflicts", body: ["reason": " "], allowed: [.jury]),
            ],
            "POST /api/v1/entries/{id}/recognition": [
                Probe(label: "Hà Nội (recognised)", method: .POST, path: finishedEntry + "/recognition",
                      body: ["decisionRef": "1/QĐ", "decidedOn": "2025-12-01"], allowed: organisersHanoi),
                Probe(label: "TP HCM", method: .POST, path: saigonEntry + "/recognition",
                      body: ["decisionRef": "1/QĐ", "decidedOn": "2026-12-01"], allowed: organisersSaigon),
            ],
            "POST /api/v1/entries/{id}/certificate": [
                Probe(label: "Hà Nội (certified)", method: .POST, path: finishedEntry + "/certificate",
                      body: ["issuedOn": "2025-12-01", "issuedBy": "UBND"], allowed: organisersHanoi),
                Probe(label: "TP HCM", method: .POST, path: saigonEntry + "/certificate",
                      body: ["issuedOn": "2026-12-01", "issuedBy": "UBND"], allowed: organisersSaigon),
            ],
            "POST /api/v1/entries/{id}/documents": [
                Probe(label: "own", method: .POST, path: ownEntry + "/documents", body: ["documentId": UUID().uuidString],
                      allowed: organisersHanoi.union([.establishment])),
                Probe(label: "TP HCM", method: .POST, path: saigonEntry + "/documents", body: ["documentId": UUID().uuidString],
                      allowed: organisersSaigon),
            ],
            // Text is no photo: an allowed upload is refused by its content (400), nothing kept.
            "POST /api/v1/establishments/{id}/documents": [
                Probe(label: "own", method: .POST, path: "/api/v1/establishments/\(f.establishmentOwn)/documents?kind=photo&title=x",
                      rawBody: ("image/png", "not a picture"), allowed: readersOfOwn.subtracting([.inspector])),
                Probe(label: "TP HCM", method: .POST, path: "/api/v1/establishments/\(f.establishmentSaigon)/documents?kind=photo&title=x",
                      rawBody: ("image/png", "not a picture"), allowed: readersOfSaigon),
            ],
            "GET /api/v1/establishments/{id}/documents": [
                Probe(label: "own", method: .GET, path: "/api/v1/establishments/\(f.establishmentOwn)/documents", allowed: readersOfOwn),
                Probe(label: "TP HCM", method: .GET, path: "/api/v1/establishments/\(f.establishmentSaigon)/documents", allowed: readersOfSaigon),
            ],
            "GET /api/v1/documents/{id}": [
                Probe(label: "published photo", method: .GET, path: "/api/v1/documents/\(f.photo)", allowed: everyone),
                Probe(label: "document", method: .GET, path: "/api/v1/documents/\(f.document)", allowed: readersOfOwn.union([.jury])),
            ],
            "GET /api/v1/certificates/{number}": [
                Probe(label: "published", method: .GET, path: "/api/v1/certificates/\(f.certificate)", allowed: everyone),
            ],
            "GET /api/v1/public/products": [
                Probe(label: "JSON", method: .GET, path: "/api/v1/public/products?q=men", allowed: everyone),
                Probe(label: "CSV", method: .GET, path: "/api/v1/public/products?format=csv", allowed: everyone),
            ],
        ]
    }

    @Test("every served API operation has its row in the matrix, and every row names a served operation")
    func coverage() async throws {
        try await TestApp.with(.sqlite) { app, _ in
            let served = OpenAPIDocumentTests.servedOperations(app)
            let rows = Set(Self.matrix(try await Self.fixture(app)).keys)
            #expect(served.subtracting(rows).sorted() == [], "operations without a matrix row")
            #expect(rows.subtracting(served).sorted() == [], "matrix rows for operations nobody serves")
        }
    }

    @Test("each cell of the matrix holds through HTTP")
    func cells() async throws {
        try await TestApp.with(.sqlite) { app, _ in
            let fixture = try await Self.fixture(app)
            let client = try app.testing()
            var tokens: [Caller: String] = [:]
            for caller in Caller.allCases where caller != .anonymous { tokens[caller] = try await app.token(caller.rawValue) }
            var mismatches: [String] = []
            var cells = 0
            for (operation, probes) in Self.matrix(fixture).sorted(by: { $0.key < $1.key }) {
                for probe in probes {
                    var granted: Set<Caller> = []
                    var statuses: [String] = []
                    for caller in Caller.allCases {
                        var headers: HTTPHeaders = ["Accept-Language": "en"]
                        if let token = tokens[caller] { headers.add(name: .authorization, value: "Bearer \(token)") }
                        var body: ByteBuffer?
                        if let json = probe.body {
                            headers.contentType = .json
                            body = try jsonBody(json)
                        } else if let (type, text) = probe.rawBody {
                            headers.replaceOrAdd(name: .contentType, value: type)
                            body = ByteBuffer(string: text)
                        }
                        let response = try await client.sendRequest(probe.method, probe.path, headers: headers, body: body)
                        #expect(response.status.code < 500, "\(operation) [\(probe.label)] as \(caller): \(response.status) \(response.text.prefix(200))")
                        let passed = probe.passed?(response) ?? ![401, 403, 404].contains(response.status.code)
                        if passed { granted.insert(caller) }
                        statuses.append("\(caller)=\(response.status.code)")
                        cells += 1
                    }
                    if let line = RouteTestSupport.mismatch(operation, probe.label, granted: granted, allowed: probe.allowed, statuses: statuses) {
                        mismatches.append(line)
                    }
                }
            }
            #expect(mismatches.isEmpty, Comment(rawValue: "\n" + mismatches.joined(separator: "\n")))
            print("API access matrix: \(cells) cells asserted")
            #expect(cells > 900)
        }
    }
}
