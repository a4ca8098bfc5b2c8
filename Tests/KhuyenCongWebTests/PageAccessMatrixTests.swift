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
        /// A form to post (with the browser's CSRF token) instead of opening the page.
        var form: [String: String]? = nil
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
            "GET /scheme-documents/:id": [
                Probe(label: "Hà Nội", path: "/scheme-documents/\(f.schemeDocumentHanoi)", allowed: schemeReadersHanoi),
                Probe(label: "TP HCM", path: "/scheme-documents/\(f.schemeDocumentSaigon)", allowed: readersOfSaigon),
            ],
            "GET /documents/:id": [
                Probe(label: "published photo", path: "/documents/\(f.photo)", allowed: everyone),
                Probe(label: "document", path: "/documents/\(f.document)", allowed: readersOfOwn.union([.jury])),
            ],
            "GET /certificates": one("/certificates", everyone),
            "GET /certificates/:number": one("/certificates/\(f.certificate)", everyone),
        ].merging(postMatrix(f)) { first, _ in first }
    }

    /// The forms. Each posts what an allowed caller would be refused by the domain for (a stale
    /// version, a duplicate, a bad value) wherever that is possible, so that "allowed" is told from
    /// "refused by access" without changing the demo; creations (a round) do write.
    static func postMatrix(_ f: AccessMatrixTests.Fixture) -> [String: [Probe]] {
        let signedIn = AccessMatrixTests.signedIn, nation = AccessMatrixTests.nation, hanoi = AccessMatrixTests.hanoi
        let readersOfOwn = nation.union(hanoi).union([.collaborator, .establishment])
        let readersOfHanoi = nation.union(hanoi)
        let readersOfSaigon = nation.union([.saigon])
        let ownNational = f.schemeOwnJSON["level"] as? String == "national"
        let saigonNational = f.schemeSaigonJSON["level"] as? String == "national"
        let editorsOwn = Set<Caller>([.department, .unit]).union(ownNational ? [.ministry] : [])
        let editorsSaigon = Set<Caller>([.saigon]).union(saigonNational ? [.ministry] : [])
        let payerOwn: Set<Caller> = ownNational ? [.ministry] : [.department]
        let payerSaigon: Set<Caller> = saigonNational ? [.ministry] : [.saigon]
        let organisersHanoi: Set<Caller> = [.ministry, .department], organisersSaigon: Set<Caller> = [.ministry, .saigon]
        let creators = signedIn.subtracting([.inspector, .jury, .establishment])
        func post(_ label: String, _ path: String, _ form: [String: String], _ allowed: Set<Caller>) -> Probe {
            Probe(label: label, path: path, allowed: allowed, form: form)
        }
        let ownEntry = "/entries/\(f.entryOwn)", saigonEntry = "/entries/\(f.entrySaigon)", finished = "/entries/\(f.entryFinished)"
        let sheet = ["market": "45", "economicTechnical": "30", "culturalAesthetic": "5", "other": "5", "submit": "final"]
        let entry = ["establishmentId": f.establishmentOwn, "productName": "Bình hút lộc men rạn", "group": "1"]
        return [
            "POST /organisations/:id/edit": [
                post("own", "/organisations/\(f.organisationOwn)/edit", ["version": "999", "name": "Sở"], readersOfHanoi.subtracting([.inspector])),
                post("TP HCM", "/organisations/\(f.organisationSaigon)/edit", ["version": "999", "name": "Sở"], readersOfSaigon),
            ],
            "POST /establishments/import": [post("no file", "/establishments/import", [:], creators)],
            "POST /establishments/new": [post("empty", "/establishments/new", [:], creators)],
            "POST /establishments/:id/edit": [
                post("own", "/establishments/\(f.establishmentOwn)/edit", ["version": "999"], readersOfOwn.subtracting([.inspector])),
                post("TP HCM", "/establishments/\(f.establishmentSaigon)/edit", ["version": "999"], readersOfSaigon),
            ],
            "POST /establishments/:id/absorb": [
                post("Hà Nội", "/establishments/\(f.establishmentHanoi)/absorb", ["duplicate": f.establishmentOwn, "version": "999"],
                     readersOfHanoi.subtracting([.inspector])),
            ],
            "POST /schemes/new": [post("empty", "/schemes/new", [:], [.ministry, .department, .unit, .saigon])],
            "POST /schemes/:id/edit": [
                post("own", "/schemes/\(f.schemeOwn)/edit", ["version": "999"], editorsOwn),
                post("TP HCM", "/schemes/\(f.schemeSaigon)/edit", ["version": "999"], editorsSaigon),
            ],
            "POST /schemes/:id/adjust": [
                post("own", "/schemes/\(f.schemeOwn)/adjust", [:], [.department, .unit]),
                post("TP HCM", "/schemes/\(f.schemeSaigon)/adjust", [:], [.saigon]),
            ],
            "POST /schemes/:id/actions": [
                post("own", "/schemes/\(f.schemeOwn)/actions", ["action": "submit", "version": "999"], [.department, .unit]),
                post("TP HCM", "/schemes/\(f.schemeSaigon)/actions", ["action": "submit", "version": "999"], [.saigon]),
            ],
            "POST /schemes/:id/adjustments/:adjustment": [
                post("Hà Nội", "/schemes/\(f.schemeHanoi)/adjustments/\(f.adjustment)", ["action": "approve", "version": "999", "reason": "x"],
                     Set(Caller.allCases.filter { $0.role?.rawValue == f.adjustmentDecider })),
            ],
            "POST /schemes/:id/money": [
                post("own", "/schemes/\(f.schemeOwn)/money", ["kind": "advanced", "amount": "x", "on": "2026-01-01", "reference": "r"], payerOwn),
                post("TP HCM", "/schemes/\(f.schemeSaigon)/money", ["kind": "advanced", "amount": "x", "on": "2026-01-01", "reference": "r"],
                     payerSaigon),
            ],
            "POST /schemes/:id/documents": [
                post("own", "/schemes/\(f.schemeOwn)/documents", ["kind": "application", "title": "x"], editorsOwn),
                post("TP HCM", "/schemes/\(f.schemeSaigon)/documents", ["kind": "application", "title": "x"], editorsSaigon),
            ],
            "POST /rate-tables/new": [post("empty", "/rate-tables/new", [:], [.ministry, .department, .saigon])],
            "POST /rate-tables/:code/edit": [
                post("own", "/rate-tables/\(f.rateTableHanoi)/edit", ["version": "999"], [.department]),
                post("national", "/rate-tables/TT28-2018-BTC/edit", ["version": "999"], [.ministry]),
            ],
            "POST /selection-rounds/new": [
                post("Hà Nội", "/selection-rounds/new",
                     ["level": "province", "areaCode": "01", "year": "2026", "registrationOpens": "2026-09-01", "registrationCloses": "2026-12-31"],
                     organisersHanoi),
            ],
            "POST /selection-rounds/:id/edit": [
                post("Hà Nội", "/selection-rounds/\(f.roundOpen)/edit",
                     ["level": "province", "areaCode": "01", "year": "2026", "registrationOpens": "2026-09-01", "registrationCloses": "2026-12-31",
                      "version": "999"], organisersHanoi),
                post("TP HCM", "/selection-rounds/\(f.roundSaigon)/edit",
                     ["level": "province", "areaCode": "79", "year": "2026", "registrationOpens": "2026-10-01", "registrationCloses": "2026-12-31",
                      "version": "999"], organisersSaigon),
            ],
            "POST /selection-rounds/:id/close": [
                post("Hà Nội", "/selection-rounds/\(f.roundOpen)/close", ["version": "999"], organisersHanoi),
                post("TP HCM", "/selection-rounds/\(f.roundSaigon)/close", ["version": "999"], organisersSaigon),
            ],
            "POST /selection-rounds/:id/jury": [
                post("Hà Nội", "/selection-rounds/\(f.roundOpen)/jury", ["username": "giamkhao-01"], organisersHanoi),
                post("TP HCM", "/selection-rounds/\(f.roundSaigon)/jury", ["username": "no-such-user"], organisersSaigon),
            ],
            "POST /selection-rounds/:id/entries": [
                post("own", "/selection-rounds/\(f.roundOpen)/entries", entry, organisersHanoi.union([.establishment])),
                post("TP HCM", "/selection-rounds/\(f.roundSaigon)/entries", entry, organisersSaigon.union([.establishment])),
            ],
            "POST /entries/:id/checks": [
                post("Hà Nội (closed)", finished + "/checks", ["criterion": "standards", "outcome": "fail"], organisersHanoi),
                post("TP HCM", saigonEntry + "/checks", ["criterion": "standards", "outcome": "pass", "note": String(repeating: "x", count: 2001)],
                     organisersSaigon),
            ],
            "POST /entries/:id/scores": [
                post("own", ownEntry + "/scores", sheet, [.jury]),
                post("TP HCM", saigonEntry + "/scores", sheet, []),
            ],
            "POST /entries/:id/conflicts": [post("own", ownEntry + "/conflicts", ["reason": " "], [.jury])],
            "POST /entries/:id/documents": [
                post("own", ownEntry + "/documents", ["documentId": UUID().uuidString], organisersHanoi.union([.establishment])),
                post("TP HCM", saigonEntry + "/documents", ["documentId": UUID().uuidString], organisersSaigon),
            ],
            "POST /entries/:id/recognition": [
                post("Hà Nội (recognised)", finished + "/recognition", ["decisionRef": "1/QĐ", "decidedOn": "2025-12-01"], organisersHanoi),
                post("TP HCM", saigonEntry + "/recognition", ["decisionRef": "1/QĐ", "decidedOn": "2026-12-01"], organisersSaigon),
            ],
            "POST /entries/:id/certificate": [
                post("Hà Nội (certified)", finished + "/certificate", ["issuedOn": "2025-12-01", "issuedBy": "UBND"], organisersHanoi),
                post("TP HCM", saigonEntry + "/certificate", ["issuedOn": "2026-12-01", "issuedBy": "UBND"], organisersSaigon),
            ],
        ]
    }

    /// "GET /schemes/:id" for every page a browser opens and "POST /schemes/:id/edit" for every form
    /// it posts (API, probes and the stylesheet aside; signing in and out are the session's own tests).
    static func servedPages(_ app: Application) -> Set<String> {
        Set(app.routes.all.compactMap { route -> String? in
            guard [.GET, .POST].contains(route.method), route.path.first != .constant("api") else { return nil }
            let path = RouteTestSupport.path(of: route) { ":\($0)" }
            guard !Route.isInfrastructure(path), !path.hasPrefix("/lang/"), !["/login", "/logout"].contains(path) || route.method == .GET
            else { return nil }
            return "\(route.method.rawValue) \(path)"
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
                        let browser = browsers[caller]!
                        let response: TestingHTTPResponse
                        if let form = probe.form { response = try await browser.post(probe.path, form: form) } else { response = try await browser.get(probe.path) }
                        #expect(response.status.code < 500, "\(page) [\(probe.label)] as \(caller): \(response.status)")
                        let location = response.headers.first(name: .location)
                        let refused = [401, 403, 404].contains(response.status.code) || location?.hasPrefix("/login") == true
                            || (page == "GET /login" && location == "/")
                        if !refused { granted.insert(caller) }
                        // A page opens (200) or says why not (409); a form may also be refused for its content (400) or go on (303).
                        let expected: Set<UInt> = probe.form == nil ? [200, 409] : [200, 303, 400, 409]
                        #expect(expected.contains(response.status.code) || refused, "\(page) [\(probe.label)] as \(caller): \(response.status)")
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
