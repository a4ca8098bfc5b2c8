import KhuyenCongCore

extension APIDocument {
    static let registryOperations: [APIOperation] = [
        APIOperation(
            method: "GET", path: "/api/v1/admin-units", id: "listAdminUnits", tag: "Geography",
            summary: "Administrative units in force on a date, in Vietnamese order", access: .anyone,
            parameters: [
                .query("on", Schema.day, "The date (default today)"),
                .query("level", Schema.oneOf(AdminLevel.allCases.map(\.rawValue)), "Only units of this level"),
                .query("province", Schema.string, "Only units in this province (code in force on the date)"),
                .query("q", Schema.string, "Name, ignoring diacritics and case"), .limit, .cursor,
            ],
            response: Schema.page(of: "AdminUnit")),
        APIOperation(
            method: "GET", path: "/api/v1/admin-units/{code}", id: "getAdminUnit", tag: "Geography",
            summary: "One unit with its parent, children, predecessors and successors", access: .anyone,
            parameters: [.path("code", Schema.string, "The unit's code"), .query("on", Schema.day, "The date (default today)")],
            response: Schema.ref("AdminUnitDetail")),
        APIOperation(
            method: "POST", path: "/api/v1/admin-units/successions", id: "addSuccession", tag: "Geography",
            summary: "Record which new commune an old commune went to (province staff)",
            body: Schema.object(
                ["predecessor": Schema.string(description: "\"2008:00001\""), "successor": Schema.string(description: "\"2025:00004\"")],
                optional: ["partial": Schema.boolean]),
            status: 201, response: Schema.ref("AdminUnitDetail")),
        APIOperation(
            method: "GET", path: "/api/v1/organisations", id: "listOrganisations", tag: "Organisations",
            summary: "Organisations the caller may see",
            parameters: [
                .query("kind", Schema.oneOf(OrganisationKind.allCases.map(\.rawValue)), "Only this kind"),
                .query("province", Schema.string, "Province code"), .query("q", Schema.string, "Name, ignoring diacritics"),
                .limit, .cursor,
            ],
            response: Schema.page(of: "Organisation")),
        APIOperation(
            method: "GET", path: "/api/v1/organisations/{id}", id: "getOrganisation", tag: "Organisations",
            summary: "One organisation", parameters: [.path("id", Schema.uuid, "Organisation id")],
            response: Schema.ref("Organisation")),
        APIOperation(
            method: "PATCH", path: "/api/v1/organisations/{id}", id: "updateOrganisation", tag: "Organisations",
            summary: "Change an organisation's contact details (optimistic locking by version)",
            parameters: [.path("id", Schema.uuid, "Organisation id")],
            body: Schema.object(
                ["version": Schema.integer(minimum: 1)],
                optional: ["name": Schema.string, "address": Schema.string, "phone": Schema.string, "email": Schema.string]),
            response: Schema.ref("Organisation")),
        APIOperation(
            method: "GET", path: "/api/v1/audit", id: "listAudit", tag: "Audit",
            summary: "The audit trail the caller may see, newest first",
            parameters: [.limit, .query("cursor", Schema.string(pattern: "^[0-9]+$"), "Continue below this sequence number")],
            response: Schema.page(of: "AuditEntry")),
        APIOperation(
            method: "GET", path: "/api/v1/establishments", id: "listEstablishments", tag: "Registry",
            summary: "Establishments the caller may see, filtered, in Vietnamese order (or as CSV/XLSX)",
            parameters: establishmentFilters + [.limit, .cursor],
            response: Schema.page(of: "Establishment"), exports: true),
        APIOperation(
            method: "POST", path: "/api/v1/establishments", id: "createEstablishment", tag: "Registry",
            summary: "Register an establishment", body: Schema.ref("EstablishmentInput"),
            status: 201, response: Schema.ref("EstablishmentDetail")),
        APIOperation(
            method: "POST", path: "/api/v1/establishments/import", id: "importEstablishments", tag: "Registry",
            summary: "Import establishments from a CSV or XLSX file (all or nothing; dry run never commits)",
            parameters: [.query("dryRun", Schema.oneOf(["true", "false", "1", "0"]), "Check only, commit nothing")],
            fileBody: ["text/csv"] + [APIOperation.exportTypes[1]],
            response: Schema.ref("ImportReport")),
        APIOperation(
            method: "GET", path: "/api/v1/establishments/{id}", id: "getEstablishment", tag: "Registry",
            summary: "One establishment with its eligibility on a date and probable duplicates",
            parameters: [.path("id", Schema.uuid, "Establishment id"), .query("on", Schema.day, "Judge eligibility on this date")],
            response: Schema.ref("EstablishmentDetail")),
        APIOperation(
            method: "PATCH", path: "/api/v1/establishments/{id}", id: "updateEstablishment", tag: "Registry",
            summary: "Change an establishment (send the version you read)",
            parameters: [.path("id", Schema.uuid, "Establishment id")], body: Schema.ref("EstablishmentInput"),
            response: Schema.ref("EstablishmentDetail")),
        APIOperation(
            method: "POST", path: "/api/v1/establishments/{id}/merge", id: "mergeEstablishment", tag: "Registry",
            summary: "Merge this duplicate into another establishment, keeping both histories",
            parameters: [.path("id", Schema.uuid, "The duplicate")],
            body: Schema.object(["into": Schema.uuid, "version": Schema.integer(minimum: 1)]),
            response: Schema.ref("EstablishmentDetail")),
        APIOperation(
            method: "GET", path: "/api/v1/craft-villages", id: "listCraftVillages", tag: "Registry",
            summary: "Recognised craft villages, with the establishments the caller may see in each",
            parameters: [.query("province", Schema.string, "Province code")],
            response: Schema.page(of: "CraftVillage")),
    ]

    static let establishmentFilters: [APIOperation.Parameter] = [
        .query("q", Schema.string, "Name, tax code or address, ignoring diacritics and case"),
        .query("province", Schema.string, "Province code in force on `unitsOn`"),
        .query("commune", Schema.string, "Commune code in force on `unitsOn`"),
        .query("unitsOn", Schema.day, "The date the unit codes are read on (default today)"),
        .query("form", Schema.oneOf(LegalForm.allCases.map(\.rawValue)), "Legal form"),
        .query("sector", Schema.string, "Sector code"),
        .query("craftVillage", Schema.uuid, "Craft village id"),
        .query("eligibility", Schema.oneOf(EligibilityAnswer.Verdict.allCases.map(\.rawValue)), "Eligibility today"),
    ]

    static let registrySchemas: [(String, JSONValue)] = [
        ("AdminUnit", Schema.object(
            [
                "ref": Schema.string(description: "period:code, the stable identity"), "code": Schema.string,
                "period": Schema.oneOf(AdminPeriod.allCases.map(\.rawValue)),
                "level": Schema.oneOf(AdminLevel.allCases.map(\.rawValue)), "name": Schema.string,
                "divisionType": Schema.string, "validFrom": Schema.day,
            ],
            optional: ["parentCode": Schema.string, "validTo": Schema.day])),
        ("Succession", Schema.object([
            "unit": Schema.ref("AdminUnit"), "effectiveOn": Schema.day, "partial": Schema.boolean, "inferred": Schema.boolean,
        ])),
        ("AdminUnitDetail", Schema.object(
            [
                "unit": Schema.ref("AdminUnit"), "children": Schema.array(Schema.ref("AdminUnit")),
                "successorsOnDate": Schema.array(Schema.ref("AdminUnit")),
                "successors": Schema.array(Schema.ref("Succession")), "predecessors": Schema.array(Schema.ref("Succession")),
            ],
            optional: ["parent": Schema.ref("AdminUnit"), "currentProvince": Schema.ref("AdminUnit")])),
        ("Organisation", Schema.object(
            [
                "id": Schema.uuid, "kind": Schema.oneOf(OrganisationKind.allCases.map(\.rawValue)), "name": Schema.string,
                "address": Schema.string, "phone": Schema.string, "email": Schema.string, "version": Schema.integer(minimum: 1),
            ],
            optional: ["provinceCode": Schema.string, "communeCode": Schema.string])),
        ("AuditEntry", Schema.object(
            [
                "sequence": Schema.integer(minimum: 1), "at": Schema.dateTime, "actorName": Schema.string,
                "action": Schema.string, "entityType": Schema.string, "entityId": Schema.string, "hash": Schema.string,
            ],
            optional: [
                "actorId": Schema.uuid, "provinceCode": Schema.string, "before": Schema.string, "after": Schema.string,
                "reason": Schema.string,
            ])),
        ("Establishment", Schema.object(
            [
                "id": Schema.uuid, "taxCode": Schema.string, "name": Schema.string,
                "legalForm": Schema.oneOf(LegalForm.allCases.map(\.rawValue)),
                "sizeClass": Schema.oneOf(SizeClass.allCases.map(\.rawValue)),
                "commune": Schema.string(description: "The commune as entered, with its period (\"2025:00583\")"),
                "communeCode": Schema.string, "provinceCode": Schema.string, "address": Schema.string,
                "sectors": Schema.array(Schema.string), "employees": Schema.integer(minimum: 0),
                "employeesFemale": Schema.integer(minimum: 0), "employeesEthnicMinority": Schema.integer(minimum: 0),
                "womanOwned": Schema.boolean, "ethnicMinorityOwned": Schema.boolean,
                "appliesCleanerProduction": Schema.boolean, "isClusterInvestor": Schema.boolean, "phone": Schema.string,
                "version": Schema.integer(minimum: 1),
            ],
            optional: ["craftVillageId": Schema.uuid, "foundedOn": Schema.day])),
        ("EstablishmentDetail", Schema.object([
            "establishment": Schema.ref("Establishment"),
            "eligibility": Schema.object([
                "on": Schema.day, "rule": Schema.oneOf(EligibilityAnswer.Rule.allCases.map(\.rawValue)),
                "verdict": Schema.oneOf(EligibilityAnswer.Verdict.allCases.map(\.rawValue)),
                "explanation": Schema.string, "priorities": Schema.array(Schema.string),
            ]),
            "probableDuplicates": Schema.array(Schema.ref("Establishment")),
        ])),
        ("EstablishmentInput", Schema.object(
            [:],
            optional: [
                "version": Schema.integer(minimum: 1, description: "Required when changing a record"),
                "taxCode": Schema.string, "name": Schema.string,
                "legalForm": Schema.string(description: "Code or Vietnamese label"),
                "sizeClass": Schema.oneOf(SizeClass.allCases.map(\.rawValue)),
                "communeCode": Schema.string(description: "5-digit commune code in force today"),
                "address": Schema.string, "sectors": Schema.array(Schema.string),
                "employees": Schema.integer(minimum: 0), "employeesFemale": Schema.integer(minimum: 0),
                "employeesEthnicMinority": Schema.integer(minimum: 0), "womanOwned": Schema.boolean,
                "ethnicMinorityOwned": Schema.boolean, "appliesCleanerProduction": Schema.boolean,
                "isClusterInvestor": Schema.boolean, "phone": Schema.string,
                "foundedOn": Schema.string(description: "dd/MM/yyyy or yyyy-MM-dd"),
            ])),
        ("ImportReport", Schema.object([
            "rowsRead": Schema.integer(minimum: 0), "created": Schema.integer(minimum: 0),
            "updated": Schema.integer(minimum: 0), "unchanged": Schema.integer(minimum: 0), "rejectedRows": Schema.integer(minimum: 0),
            "rejected": Schema.array(Schema.object([
                "row": Schema.integer(minimum: 0), "column": Schema.string, "value": Schema.string, "message": Schema.string,
            ])),
            "committed": Schema.boolean, "dryRun": Schema.boolean,
        ])),
        ("CraftVillage", Schema.object(
            [
                "id": Schema.uuid, "name": Schema.string, "commune": Schema.string, "provinceCode": Schema.string,
                "decisionRef": Schema.string, "establishments": Schema.integer(minimum: 0),
            ],
            optional: ["communeName": Schema.string, "recognisedOn": Schema.day])),
    ]
}
