import Foundation
import KhuyenCongCore
import TestSupport
import Testing
import Vapor
import VaporTesting

@testable import KhuyenCongWeb

/// The pages' side of the access policy: every page and file download a browser can open, for
/// every demo account signed in through the login form, on a record of its own area and on others.
/// Allowed means the request got past access control: the page, or the domain's refusal of it (409,
/// a draft that is no longer editable); a refusal is 403 or 404, or — for a visitor who is not signed
/// in — the redirect to the login page.
@Suite("Access-control matrix of the pages and downloads")
struct PageAccessMatrixTests {
    typealias Caller = AccessMatrixTests.Caller

    struct Probe: Sendable {
        let label: String
        let path: String
        let allowed: Set<Caller>
    }

    static func matrix(_ f: AccessMatrixTests.Fixture, importJob: String) -> [String: [Probe]] {
        let everyone = AccessMatrixTests.everyone, signedIn = AccessMatrixTests.signedIn
        let nation = AccessMatrixTests.nation, hanoi = AccessMatrixTests.hanoi
        let readersOfOwn = nation.union(hanoi).union([.collaborator, .establishment])
        let readersOfHanoi = nation.union(hanoi)
        let readersOfSaigon = nation.union([.saigon])
        let schemeReadersOwn = nation.union(hanoi).union([.collaborator])
        let schemeReadersHanoi = nation.union([.committee, .department, .inspector])
            .union(f.schemeHanoiInBatTrang ? [.collaborator] : [])
        let ownNational = f.schemeOwnJSON["level"] as? String == "national"
        let saigonNational = f.schemeSaigonJSON["level"] as? String == "national"
        let editorsOwn = Set<Caller>([.department, .unit]).union(ownNational ? [.ministry] : [])
        let editorsSaigon = Set<Caller>([.saigon]).union(saigonNational ? [.ministry] : [])
        func one(_ path: String, _ allowed: Set<Caller>) -> [Probe] { [Probe(label: "page", path: path, allowed: allowed)] }
        func three(_ build: (String) -> String, own: String, hanoi: String, saigon: String,
                   _ ownAllowed: Set<Caller>, _ hanoiAllowed: Set<Caller>, _ saigonAllowed: Set<Caller>) -> [Probe] {
            [
                Probe(label: "own", path: build(own), allowed: ownAllowed),
                Probe(label: "Hà Nội", path: build(hanoi), allowed: hanoiAllowed),
                Probe(label: "TP HCM", path: build(saigon), allowed: saigonAllowed),
            ]
        }
        return [
            "GET /": one("/", everyone),
            // Signed in, the login page sends the browser home.
            "GET /login": one("/login", [.anonymous]),
            "GET /units": one("/units", everyone),
            "GET /units/:period/:code": one("/units/2025/01", everyone),
            "GET /api-docs": one("/api-docs", everyone),
            "GET /organisations": one("/organisations", signedIn),
            "GET /organisations/:id": [
                Probe(label: "own", path: "/organisations/\(f.organisationOwn)", allowed: readersOfHanoi),
                Probe(label: "TP HCM", path: "/organisations/\(f.organisationSaigon)", allowed: readersOfSaigon),
            ],
            "GET /organisations/:id/edit": [
                Probe(label: "own", path: "/organisations/\(f.organisationOwn)/edit", allowed: readersOfHanoi.subtracting([.inspector])),
                Probe(label: "TP HCM", path: "/organisations/\(f.organisationSaigon)/edit", allowed: readersOfSaigon),
            ],
            "GET /audit": one("/audit", nation.union(hanoi).union([.saigon])),
            "GET /establishments": one("/establishments", signedIn),
            "GET /establishments/export.csv": one("/establishments/export.csv", signedIn),
            "GET /establishments/export.xlsx": one("/establishments/export.xlsx", signedIn),
            "GET /establishments/import": one("/establishments/import", signedIn.subtracting([.inspector, .jury, .establishment])),
            "GET /establishments/import/template.csv": one("/establishments/import/template.csv", signedIn),
            // An import's progress and report belong to the account that started it (here sct-01).
            "GET /establishments/import/jobs/:id": one(importJob, [.department]),
            "GET /establishments/new": one("/establishments/new", signedIn.subtracting([.inspector, .jury, .establishment])),
            "GET /craft-villages": one("/craft-villages", signedIn),
            "GET /establishments/:id": three(
                { "/establishments/\($0)" }, own: f.establishmentOwn, hanoi: f.establishmentHanoi, saigon: f.establishmentSaigon,
                readersOfOwn, readersOfHanoi, readersOfSaigon),
            "GET /establishments/:id/edit": three(
                { "/establishments/\($0)/edit" }, own: f.establishmentOwn, hanoi: f.establishmentHanoi, saigon: f.establishmentSaigon,
                readersOfOwn.subtracting([.inspector]), readersOfHanoi.subtracting([.inspector]), readersOfSaigon),
            "GET /schemes": one("/schemes", signedIn),
            "GET /schemes/export.csv": one("/schemes/export.csv", signedIn),
            "GET /schemes/export.xlsx": one("/schemes/export.xlsx", signedIn),
            "GET /schemes/new": one("/schemes/new", [.ministry, .department, .unit, .saigon]),
            "GET /schemes/:id": three(
                { "/schemes/\($0)" }, own: f.schemeOwn, hanoi: f.schemeHanoi, saigon: f.schemeSaigon,
                schemeReadersOwn, schemeReadersHanoi, readersOfSaigon),
            "GET /schemes/:id/edit": [
                Probe(label: "own", path: "/schemes/\(f.schemeOwn)/edit", allowed: editorsOwn),
                Probe(label: "TP HCM", path: "/schemes/\(f.schemeSaigon)/edit", allowed: editorsSaigon),
            ],
            "GET /schemes/:id/adjust": [
                Probe(label: "own", path: "/schemes/\(f.schemeOwn)/adjust", allowed: [.department, .unit]),
                Probe(label: "TP HCM", path: "/schemes/\(f.schemeSaigon)/adjust", allowed: [.saigon]),
            ],
            "GET /rate-tables": one("/rate-tables", signedIn),
            "GET /rate-tables/new": one("/rate-tables/new", [.ministry, .department, .saigon]),
            "GET /rate-tables/:code/edit": [
                Probe(label: "own", path: "/rate-tables/\(f.rateTableHanoi)/edit", allowed: [.department]),
                Probe(label: "national", path: "/rate-tables/TT28-2018-BTC/edit", allowed: [.ministry]),
            ],
            "GET /programmes": one("/programmes", signedIn),
            "GET /selection-rounds": one("/selection-rounds", signedIn),
            "GET /selection-rounds/:id": [
                Probe(label: "Hà Nội", path: "/selection-rounds/\(f.roundOpen)", allowed: signedIn),
                Probe(label: "TP HCM", path: "/selection-rounds/\(f.roundSaigon)", allowed: signedIn),
            ],
            "GET /entries/:id": [
                Probe(label: "own", path: "/entries/\(f.entryOwn)", allowed: readersOfOwn.union([.jury])),
                Probe(label: "TP HCM", path: "/entries/\(f.entrySaigon)", allowed: readersOfSaigon),
            ],
            // The printable sheet is the jury's and the organisers' (Cục, the round's Department).
            "GET /entries/:id/sheet": [
                Probe(label: "own", path: "/entries/\(f.entryOwn)/sheet", allowed: [.ministry, .department, .jury]),
                Probe(label: "TP HCM", path: "/entries/\(f.entrySaigon)/sheet", allowed: [.ministry, .saigon]),
            ],
            "GET /products": one("/products?q=men", everyone),
            "GET /documents/:id": [
                Probe(label: "published photo", path: "/documents/\(f.photo)", allowed: everyone),
                Probe(label: "document", path: "/documents/\(f.document)", allowed: readersOfOwn.union([.jury])),
            ],
            "GET /certificates": one("/certificates", everyone),
            "GET /certificates/:number": one("/certificates/\(f.certificate)", everyone),
        ]
    }

    /// "GET /schemes/:id" for every page route a browser opens (API, probes and the stylesheet aside).
    static func servedPages(_ app: Application) -> Set<String> {
        Set(app.routes.all.compactMap { route -> String? in
            guard route.method == .GET, route.path.first != .constant("api") else { return nil }
            let path = RouteTestSupport.path(of: route) { ":\($0)" }
            guard !Route.isInfrastructure(path), !path.hasPrefix("/lang/") else { return nil }
            return "GET \(path)"
        })
    }

    @Test("every page a browser can open has its row in the matrix")
    func coverage() async throws {
        try await TestApp.with(.sqlite) { app, _ in
            let rows = Set(Self.matrix(try await AccessMatrixTests.fixture(app), importJob: "/").keys)
            let served = Self.servedPages(app)
            #expect(served.subtracting(rows).sorted() == [], "pages without a matrix row")
            #expect(rows.subtracting(served).sorted() == [], "matrix rows for pages nobody serves")
        }
    }

    @Test("each cell holds for a browser signed in through the login form")
    func cells() async throws {
        try await TestApp.with(.sqlite) { app, _ in
            let fixture = try await AccessMatrixTests.fixture(app)
            let starter = TestBrowser(app)
            try await starter.signIn("sct-01")
            let importJob = try await ImportPageTests.startImport(
                app, starter, csv: "Mã số thuế,Tên cơ sở,Loại hình,Mã xã\n712345678901,Hộ Gốm,Hộ kinh doanh,00583\n", dryRun: true)
            _ = try await ImportPageTests.waitForReport(starter, importJob)
            var browsers: [Caller: TestBrowser] = [:]
            for caller in Caller.allCases {
                let browser = TestBrowser(app)
                _ = try await browser.get("/login")
                if caller != .anonymous {
                    let signedIn = try await browser.signIn(caller.rawValue)
                    #expect(signedIn.status == .seeOther, "\(caller) could not sign in")
                }
                browsers[caller] = browser
            }
            var mismatches: [String] = []
            var cells = 0
            for (page, probes) in Self.matrix(fixture, importJob: importJob).sorted(by: { $0.key < $1.key }) {
                for probe in probes {
                    var granted: Set<Caller> = []
                    var statuses: [String] = []
                    for caller in Caller.allCases {
                        let response = try await browsers[caller]!.get(probe.path)
                        #expect(response.status.code < 500, "\(page) [\(probe.label)] as \(caller): \(response.status)")
                        let location = response.headers.first(name: .location)
                        let refused = [401, 403, 404].contains(response.status.code) || location?.hasPrefix("/login") == true
                            || (page == "GET /login" && location == "/")
                        if !refused { granted.insert(caller) }
                        #expect([200, 409].contains(response.status.code) || refused, "\(page) [\(probe.label)] as \(caller): \(response.status)")
                        statuses.append("\(caller)=\(response.status.code)")
                        cells += 1
                    }
                    if let line = RouteTestSupport.mismatch(page, probe.label, granted: granted, allowed: probe.allowed, statuses: statuses) {
                        mismatches.append(line)
                    }
                }
            }
            #expect(mismatches.isEmpty, Comment(rawValue: "\n" + mismatches.joined(separator: "\n")))
            print("Page access matrix: \(cells) cells asserted")
            #expect(cells > 400)
        }
    }
}
