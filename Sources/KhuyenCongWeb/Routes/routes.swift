import KhuyenCongCore
import Vapor

/// Every route, in one place. Paths here match `Route.path`.
func routes(_ app: Application) {
    app.get("livez", use: Health.live)
    app.get("healthz", use: Health.health)
    app.get("metrics", use: Health.metrics)
    app.get("assets", "app.css", use: Health.stylesheet)

    // Pages
    app.get(use: HomePage.handle)
    app.get("login", use: LoginPage.show)
    app.post("login", use: LoginPage.submit)
    app.post("logout", use: LoginPage.logout)
    app.get("lang", ":language", use: switchLanguage)
    app.get("units", use: UnitsPage.handle)
    app.get("units", ":period", ":code", use: UnitPage.handle)
    app.get("organisations", use: OrganisationsPage.handle)
    app.get("organisations", ":id", use: OrganisationPage.show)
    app.get("organisations", ":id", "edit", use: OrganisationPage.edit)
    app.post("organisations", ":id", "edit", use: OrganisationPage.update)
    app.get("audit", use: AuditPage.handle)
    app.get("establishments", use: EstablishmentsPage.handle)
    app.get("establishments", "export.csv", use: EstablishmentExport.page)
    app.get("establishments", "export.xlsx", use: EstablishmentExport.pageXLSX)
    app.get("establishments", "import", use: ImportPage.show)
    // Pages accept up to KHUYENCONG_MAX_BODY_MB (the CSRF check reads the body first); bigger files go
    // through the API (50 MB) or the command line.
    app.post("establishments", "import", use: ImportPage.submit)
    app.get("establishments", "import", "template.csv", use: ImportPage.template)
    app.get("establishments", "new", use: EstablishmentFormPage.new)
    app.get("craft-villages", use: CraftVillagesPage.handle)
    app.post("establishments", "new", use: EstablishmentFormPage.create)
    app.get("establishments", ":id", use: EstablishmentPage.handle)
    app.get("establishments", ":id", "edit", use: EstablishmentFormPage.edit)
    app.post("establishments", ":id", "edit", use: EstablishmentFormPage.update)
    app.post("establishments", ":id", "absorb", use: EstablishmentPage.absorb)
    app.get("schemes", use: SchemesPage.handle)
    app.get("schemes", "new", use: SchemeFormPage.new)
    app.post("schemes", "new", use: SchemeFormPage.create)
    app.get("schemes", ":id", use: SchemePage.handle)
    app.get("schemes", ":id", "edit", use: SchemeFormPage.edit)
    app.post("schemes", ":id", "edit", use: SchemeFormPage.update)
    app.post("schemes", ":id", "actions", use: SchemePage.act)
    app.post("schemes", ":id", "adjustments", ":adjustment", use: SchemePage.decideAdjustment)
    app.post("schemes", ":id", "money", use: SchemePage.recordMoney)
    app.get("rate-tables", use: RateTablesPage.handle)
    app.get("rate-tables", "new", use: RateTableFormPage.new)
    app.post("rate-tables", "new", use: RateTableFormPage.save)
    app.get("rate-tables", ":code", "edit", use: RateTableFormPage.edit)
    app.post("rate-tables", ":code", "edit", use: RateTableFormPage.save)
    app.get("programmes", use: ProgrammesPage.handle)

    // API
    let api = app.grouped("api", "v1")
    api.post("auth", "token", use: AuthAPI.token)
    api.get("me", use: AuthAPI.me)
    api.get("admin-units", use: AdminUnitsAPI.list)
    api.post("admin-units", "successions", use: AdminUnitsAPI.addSuccession)
    api.get("admin-units", ":code", use: AdminUnitsAPI.show)
    api.get("organisations", use: OrganisationsAPI.list)
    api.get("organisations", ":id", use: OrganisationsAPI.show)
    api.patch("organisations", ":id", use: OrganisationsAPI.update)
    api.get("audit", use: AuditAPI.list)
    api.get("establishments", use: EstablishmentExport.listOrExport)
    api.post("establishments", use: EstablishmentsAPI.create)
    api.on(.POST, "establishments", "import", body: .collect(maxSize: "50mb"), use: EstablishmentImportAPI.run)
    api.get("establishments", ":id", use: EstablishmentsAPI.show)
    api.get("craft-villages", use: CraftVillagesAPI.list)
    api.patch("establishments", ":id", use: EstablishmentsAPI.update)
    api.post("establishments", ":id", "merge", use: EstablishmentsAPI.merge)
    api.get("schemes", use: SchemesAPI.list)
    api.post("schemes", use: SchemesAPI.create)
    api.get("schemes", ":id", use: SchemesAPI.show)
    api.put("schemes", ":id", use: SchemesAPI.update)
    api.get("schemes", ":id", "support", use: SchemesAPI.support)
    api.get("schemes", ":id", "actions", use: SchemesAPI.actions)
    api.get("schemes", ":id", "checklist", use: SchemesAPI.checklist)
    api.post("schemes", ":id", "actions", ":action", use: SchemesAPI.act)
    api.get("schemes", ":id", "money", use: SchemeMoneyAPI.show)
    api.post("schemes", ":id", "money", use: SchemeMoneyAPI.record)
    api.get("money", "rollup", use: SchemeMoneyAPI.rollup)
    api.get("schemes", ":id", "adjustments", use: SchemeAdjustmentsAPI.list)
    api.post("schemes", ":id", "adjustments", use: SchemeAdjustmentsAPI.request)
    api.post("adjustments", ":id", ":action", use: SchemeAdjustmentsAPI.decide)
    api.get("provinces", ":code", "scheme-settings", use: SchemeSettingsAPI.show)
    api.put("provinces", ":code", "scheme-settings", use: SchemeSettingsAPI.update)
    api.get("programmes", use: ProgrammesAPI.list)
    api.post("programmes", use: ProgrammesAPI.create)
    api.get("programmes", "coverage", use: ProgrammesAPI.coverage)
    api.get("programmes", ":id", use: ProgrammesAPI.show)
    api.put("programmes", ":id", use: ProgrammesAPI.update)
    api.get("plans", use: PlansAPI.list)
    api.post("plans", use: PlansAPI.create)
    api.get("plans", ":id", use: PlansAPI.show)
    api.put("plans", ":id", use: PlansAPI.update)
    api.get("rate-tables", use: RateTablesAPI.list)
    api.get("rate-tables", ":code", use: RateTablesAPI.show)
    api.put("rate-tables", ":code", use: RateTablesAPI.save)
    api.get("activity-types", use: RateTablesAPI.activityTypes)
}

/// `GET /lang/{vi|en}?back=/path`: remembers the choice for a year and returns to the page.
@Sendable func switchLanguage(_ req: Request) throws -> Response {
    guard let language = req.parameters.get("language").flatMap(UILanguage.init(rawValue:)) else {
        throw DomainError.notFound
    }
    let response = req.redirect(to: Route.safeLocalPath(req.query[String.self, at: "back"]), redirectType: .normal)
    response.cookies[LanguageMiddleware.cookieName] = HTTPCookies.Value(
        string: language.rawValue, expires: nil, maxAge: 365 * 24 * 3600, domain: nil, path: "/",
        isSecure: req.services.config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    return response
}
