import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// One establishment: its facts, its eligibility today explained in words, priority flags,
/// probable duplicates to review, and its change history.
enum EstablishmentPage {
    struct Model: Sendable {
        let establishment: Establishment
        let communeName: String
        let provinceName: String
        let sectorNames: [String]
        let eligibility: EligibilityAnswer
        let priorities: [PriorityFlag]
        let duplicates: [Establishment]
        /// Nil for roles that may not read the audit trail.
        let history: [AuditEntry]?
        let artisans: [Artisan]
        /// Typical-product entries and certificates.
        let entries: [EstablishmentEntry]
        let certificates: [ProductCertificate]
        let today: Day
        let canEdit: Bool
        let saved: Bool
        let merged: Bool
        let mergedInto: Establishment?
    }

    struct AbsorbForm: Content {
        let duplicate: UUID
        let version: Int
    }

    static func survivor(of id: UUID, principal: Principal, services: AppServices) async throws -> Establishment? {
        guard let survivorID = try await services.establishments.mergedInto(id) else { return nil }
        // The survivor may lie outside the reader's area (merged by a national user); then the
        // page still says it was merged, without naming the other record.
        do {
            return try await services.establishments.get(survivorID, scope: principal.scope)
        } catch let error as DomainError where error.kind == .forbidden {
            return nil
        }
    }

    /// The survivor's page merges one of its listed duplicates into itself.
    static func absorb(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let survivor = try req.uuidParameter("id")
        let form = try req.content.decode(AbsorbForm.self)
        try await req.services.establishments.merge(form.duplicate, into: survivor, duplicateVersion: form.version, by: principal)
        return req.redirect(to: Route.establishment(survivor).path + "?merged=1", redirectType: .normal)
    }

    static func handle(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let services = req.services
        let establishment = try await services.establishments.get(try req.uuidParameter("id"), scope: principal.scope)
        let day = try req.dayParameter("on", default: services.today)
        let geography = try await services.geography.current()
        let village = try await services.craftVillages.facts(for: establishment)
        let sectors = Dictionary(
            try await SectorRepository(store: services.store).all().map { ($0.code, $0.name(in: req.language)) },
            uniquingKeysWith: { a, _ in a })
        let commune = geography.unit(establishment.commune)
        let model = Model(
            establishment: establishment, communeName: commune?.name ?? establishment.commune.code,
            provinceName: geography.unit(code: establishment.provinceCode, on: services.today)?.name ?? establishment.provinceCode,
            sectorNames: establishment.sectors.map { sectors[$0] ?? $0 },
            eligibility: Eligibility.evaluate(establishment, on: day, geography: geography, craftVillage: village),
            priorities: try await services.priorities(of: establishment, craftVillage: village, on: day),
            duplicates: try await services.establishments.probableDuplicates(of: establishment, scope: principal.scope),
            history: try await services.auditLog.history(
                entityType: "establishment", entityID: establishment.id.uuidString.lowercased(), scope: principal.scope),
            artisans: try await services.craftVillages.artisans(establishmentID: establishment.id),
            entries: try await services.typicalProducts.entries(ofEstablishment: establishment.id),
            certificates: try await services.typicalProducts.certificates(of: establishment.id), today: services.today,
            canEdit: principal.scope.canWrite(establishment.area), saved: req.queryValue("saved") == "1",
            merged: req.queryValue("merged") == "1",
            mergedInto: try await survivor(of: establishment.id, principal: principal, services: services))
        return .html(view(PageContext(req), model: model))
    }

    static func view(_ context: PageContext, model: Model) -> String {
        let e = model.establishment
        func row(_ key: MessageKey, _ value: String) -> Node<HTML.DescriptionListContext> { .fact(context.t(key), value) }
        let yes = context.t(.yes)
        let no = context.t(.no)
        let verdictClass: String =
            switch model.eligibility.verdict {
            case .eligible: "notice notice-ok"
            case .notEligible: "notice notice-error"
            case .undetermined: "notice notice-warn"
            }
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("breadcrumb"), .link(.establishments(query: nil), context.t(.estTitle))),
            .div(
                .class("title-row"),
                .h1(.text(e.name)),
                .if(model.canEdit, .a(.class("button"), .href(Route.establishmentEdit(e.id).path), .text(context.t(.orgEdit))))
            ),
            .if(model.saved, .notice(context.t(.orgSaved), isError: false)),
            .if(model.merged, .notice(context.t(.mergeDone), isError: false)),
            .unwrap(model.mergedInto) { survivor in
                .div(
                    .class("notice notice-warn"), .attribute(named: "role", value: "status"),
                    .text(context.t(.mergedNotice)), .link(.establishment(survivor.id), survivor.name))
            },
            .section(
                .attribute(named: "aria-labelledby", value: "eligibility-heading"),
                .h2(.id("eligibility-heading"), .text(context.t(.estEligibility))),
                .div(.class(verdictClass), .attribute(named: "role", value: "status"), .text(model.eligibility.explanation(in: context.language))),
                .if(
                    !model.priorities.isEmpty,
                    .ul(.class("tag-list"), .forEach(model.priorities) { .li(.class("tag"), .text(context.t($0.key, $0.arguments))) }))
            ),
            .dl(
                .class("facts"),
                row(.estTaxCode, e.taxCode),
                row(.estLegalForm, context.t(e.legalForm.messageKey)),
                row(.estSize, context.t(e.sizeClass.messageKey)),
                row(.orgCommune, "\(model.communeName) (\(e.commune.code))"),
                row(.orgProvince, model.provinceName),
                row(.orgAddress, e.address),
                row(.estSectors, model.sectorNames.joined(separator: "; ")),
                row(.estEmployees, "\(context.count(e.employees)) (\(context.t(.estFemale)): \(context.count(e.employeesFemale)), \(context.t(.estEthnicMinority)): \(context.count(e.employeesEthnicMinority)))"),
                row(.estWomanOwned, e.womanOwned ? yes : no),
                row(.estEthnicMinorityOwned, e.ethnicMinorityOwned ? yes : no),
                row(.estCleanerProduction, e.appliesCleanerProduction ? yes : no),
                row(.estClusterInvestor, e.isClusterInvestor ? yes : no),
                row(.orgPhone, e.phone),
                row(.estFoundedOn, e.foundedOn.map(context.date) ?? ""),
                row(.orgVersion, String(e.version))
            ),
            .if(
                !model.artisans.isEmpty,
                .section(
                    .h2(.text(context.t(.artisansTitle))),
                    .ul(.forEach(model.artisans) { artisan in
                        .li(.text("\(artisan.fullName) — \(context.t(artisan.title == .peoples ? .artisanPeoples : .artisanMeritorious)) (\(artisan.craft))"))
                    })
                )),
            .if(
                !model.entries.isEmpty || !model.certificates.isEmpty,
                .section(
                    .h2(.text(context.t(.navCatalogue))),
                    .ul(
                        .forEach(model.certificates.reversed()) { certificate in
                            .li(
                                .link(.certificate(certificate.number), certificate.number),
                                .text(" — \(certificate.productName), \(context.t(certificate.level.labelKey)), "
                                    + context.t(certificate.status(on: model.today).labelKey) + " (\(context.t(.tpValidUntil)) \(context.date(certificate.validUntil)))"))
                        },
                        .forEach(model.entries) { entry in
                            .li(.link(.entry(entry.entryID), entry.productName), .text(" — \(context.t(entry.level.labelKey)) \(entry.year)"))
                        })
                )),
            .if(
                !model.duplicates.isEmpty,
                .section(
                    .h2(.text(context.t(.estDuplicates))),
                    .p(.text(context.t(.estDuplicatesIntro))),
                    .ul(
                        .class("duplicates"),
                        .forEach(model.duplicates) { other in
                            .li(
                                .link(.establishment(other.id), other.name), .text(" — " + other.taxCode + " "),
                                .if(
                                    model.canEdit && model.mergedInto == nil,
                                    .form(
                                        .action(attr(Route.establishment(e.id).path + "/absorb")), .method(.post), .class("inline-form"),
                                        .csrfField(context.csrfToken),
                                        .input(.type(.hidden), .name("duplicate"), .value(other.id.uuidString.lowercased())),
                                        .input(.type(.hidden), .name("version"), .value(String(other.version))),
                                        .button(.type(.submit), .class("button button-small button-quiet"), .text(context.t(.mergeAction)))
                                    ))
                            )
                        })
                )),
            .unwrap(model.history) { history in
                .section(
                    .h2(.text(context.t(.estHistory))),
                    .ul(.class("history"), .forEach(history.reversed()) { entry in
                        .li(.text("\(Day.vietnameseTimestamp(millis: entry.atMillis)) — \(entry.actorName) — \(AuditAction.label(entry.action, in: context.language))"))
                    })
                )
            }
        )
        return Layout.render(context, title: e.name, section: .establishments, content: content)
    }
}
