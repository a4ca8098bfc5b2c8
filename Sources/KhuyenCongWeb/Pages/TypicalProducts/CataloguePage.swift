import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// The public side, no sign-in: the catalogue of typical products with a valid published
/// certificate (search, filters, open data), and certificate verification.
enum CataloguePage {
    static func handle(_ req: Request) async throws -> Response {
        let filter = try PublicProductsAPI.filter(req)
        let products = try await PublicProductsAPI.products(req, filter: filter)
        let geography = try await req.services.geography.current()
        let provinces = geography.units(level: .province, on: req.services.today)
        let context = PageContext(req)
        let query = req.url.query ?? ""
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(context.t(.tpCatalogueTitle))),
            .p(.class("lead"), .text(context.t(.tpCatalogueIntro))),
            .form(
                .method(.get), .action(Route.catalogue(query: nil, province: nil, level: nil, year: nil, group: nil).path),
                .class("filters"),
                .div(
                    .class("field field-grow"),
                    .label(.for("q"), .text(context.t(.tpSearchProducts))),
                    .input(.type(.search), .id("q"), .name("q"), .value(attr(filter.query ?? "")))),
                .provinceFilter(provinces, selected: filter.provinceCode, context),
                .div(
                    .class("field"),
                    .label(.for("level"), .text(context.t(.tpColLevel))),
                    .select(
                        .id("level"), .attribute(named: "name", value: "level"), .option(.value(""), .label(context.t(.tpAllLevels))),
                        .forEach(SelectionLevel.allCases) { level in
                            .option(.value(level.rawValue), .label(context.t(level.labelKey)), .isSelected(filter.level == level))
                        })),
                .div(
                    .class("field"),
                    .label(.for("group"), .text(context.t(.tpColGroup))),
                    .select(
                        .id("group"), .attribute(named: "name", value: "group"), .option(.value(""), .label(context.t(.tpAllGroups))),
                        .forEach(ProductGroup.allCases) { group in
                            .option(
                                .value(String(group.rawValue)), .label("\(group.rawValue). \(context.t(group.labelKey))"),
                                .isSelected(filter.group == group))
                        })),
                .div(
                    .class("field"),
                    .label(.for("year"), .text(context.t(.tpColYear))),
                    .input(.type(.number), .id("year"), .name("year"), .value(filter.year.map(String.init) ?? ""),
                        .attribute(named: "min", value: "2010"), .attribute(named: "max", value: "2040"))),
                .button(.type(.submit), .class("button"), .text(context.t(.schFilter)))
            ),
            .p(
                .class("export-links"),
                .a(.href(attr(Route.catalogueData(format: "csv", query: filtersOnly(query).dropFirst().description).path)), .text(context.t(.tpDownloadCSV))),
                .text(" · "),
                .a(.href(attr(Route.catalogueData(format: "json", query: filtersOnly(query).dropFirst().description).path)), .text(context.t(.tpDownloadJSON))),
                .text(" · "),
                .link(.certificateLookup(number: nil), context.t(.tpVerifyTitle))),
            .p(.class("result-count"), .text(context.count(products.count))),
            products.isEmpty
                ? .p(.class("empty"), .text(context.t(.tpCatalogueNone)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .thead(.tr(
                            .columnHeader(context.t(.tpColProduct)), .columnHeader(context.t(.tpColEstablishment)),
                            .columnHeader(context.t(.tpColProvince)), .columnHeader(context.t(.tpColLevel)),
                            .columnHeader(context.t(.tpColYear)), .columnHeader(context.t(.tpColGroup)),
                            .columnHeader(context.t(.tpColCertificate)))),
                        .tbody(.forEach(products) { product in
                            .tr(
                                .td(
                                    .unwrap(product.photoUrl) {
                                        .img(.src(attr($0)), .alt(attr(product.productName)), .class("product-photo"),
                                             .attribute(named: "width", value: "96"), .attribute(named: "loading", value: "lazy"))
                                    },
                                    .strong(.text(product.productName)), .unwrap(product.description.isEmpty ? nil : product.description) {
                                    .p(.class("hint"), .text($0))
                                }),
                                .td(.text(product.establishmentName)),
                                .td(.text(product.provinceName)),
                                .td(.text(product.levelLabel)),
                                .td(.text(String(product.year))),
                                .td(.text(product.groupLabel)),
                                .td(.link(.certificate(product.certificateNumber), product.certificateNumber)))
                        })
                    ))
        )
        return .html(Layout.render(context, title: context.t(.tpCatalogueTitle), section: .catalogue, content: content))
    }

    /// `/certificates?number=…` and `/certificates/{number}`: the verification form and its answer.
    static func lookup(_ req: Request) async throws -> Response {
        let number = req.parameters.get("number") ?? req.stringParameter("number")
        if req.parameters.get("number") == nil, let number {
            let on = req.stringParameter("on").flatMap(Day.init(iso:)).map { "?on=" + $0.iso } ?? ""
            return req.redirect(to: Route.certificate(number.trimmingCharacters(in: .whitespaces).uppercased()).path + on, redirectType: .normal)
        }
        let context = PageContext(req)
        let day = try req.dayParameter("on", default: req.services.today)
        var dto: PublicProductDTO?
        if let number, let product = try await req.services.typicalProducts.publishedCertificate(number: number) {
            dto = PublicProductDTO(product, naming: try await SelectionRoundsAPI.naming(req), today: day)
        }
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(context.t(.tpVerifyTitle))),
            .p(.class("lead"), .text(context.t(.tpVerifyIntro))),
            .form(
                .method(.get), .action(Route.certificateLookup(number: nil).path), .class("inline-form"),
                .label(.for("number"), .text(context.t(.tpCertificateNumber) + " ")),
                .input(.type(.text), .id("number"), .name("number"), .value(attr(number ?? "")), .attribute(named: "autocomplete", value: "off")),
                .label(.for("on"), .text(" " + context.t(.tpVerifyOn) + " ")),
                .input(.type(.date), .id("on"), .name("on"), .value(day.iso)),
                .button(.type(.submit), .class("button button-small"), .text(context.t(.tpVerify)))),
            .if(number != nil && dto == nil, .notice(context.t(.tpCertificateUnknown), isError: true)),
            .unwrap(dto) { certificate(context, $0) }
        )
        return .html(
            Layout.render(context, title: context.t(.tpVerifyTitle), section: .catalogue, content: content),
            status: number != nil && dto == nil ? .notFound : .ok)
    }

    static func certificate(_ context: PageContext, _ product: PublicProductDTO) -> Node<HTML.BodyContext> {
        let until = TypicalProductsPageSupport.day(product.validUntil)
        let verdict: Node<HTML.BodyContext> =
            switch CertificateStatus(rawValue: product.status) {
            case .valid: .notice(context.t(.tpVerifyValid, ["number": product.certificateNumber, "date": until]), isError: false)
            case .expired: .notice(context.t(.tpVerifyExpired, ["number": product.certificateNumber, "date": until]), isError: true)
            default:
                .notice(
                    context.t(.tpVerifyNotYet, ["number": product.certificateNumber, "date": TypicalProductsPageSupport.day(product.issuedOn)]),
                    isError: true)
            }
        return .group(
            verdict,
            .dl(
                .class("facts"),
                .fact(context.t(.tpCertificateNumber), product.certificateNumber),
                .fact(context.t(.tpColProduct), product.productName),
                .fact(context.t(.tpColEstablishment), product.establishmentName),
                .fact(context.t(.tpColProvince), product.provinceName),
                .fact(context.t(.tpColLevel), product.levelLabel),
                .fact(context.t(.tpColGroup), product.groupLabel),
                .fact(context.t(.tpColYear), String(product.year)),
                .fact(context.t(.tpIssuedOn), TypicalProductsPageSupport.day(product.issuedOn)),
                .fact(context.t(.tpIssuedBy), product.issuedBy),
                .fact(context.t(.tpValidUntil), until)
            ))
    }
}
