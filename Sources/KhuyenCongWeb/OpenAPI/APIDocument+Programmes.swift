import KhuyenCongCore

extension APIDocument {
    static let programmeOperations: [APIOperation] = [
        APIOperation(
            method: "GET", path: "/api/v1/programmes", id: "listProgrammes", tag: "Programmes",
            summary: "National and provincial programmes, without progress (any signed-in user)",
            response: Schema.page(of: "Programme")),
        APIOperation(
            method: "POST", path: "/api/v1/programmes", id: "createProgramme", tag: "Programmes",
            summary: "Create a programme (ministry staff for national ones, a province's Department or Committee for its own)",
            body: Schema.ref("ProgrammeInput"), status: 201, response: Schema.ref("Programme")),
        APIOperation(
            method: "GET", path: "/api/v1/programmes/coverage", id: "getProgrammeCoverage", tag: "Programmes",
            summary: "Every province with the programme covering a year, if it has one (any signed-in user)",
            parameters: [
                .query(
                    "year",
                    Schema.integer(
                        minimum: Int64(ProgrammeValidation.years.lowerBound), maximum: Int64(ProgrammeValidation.years.upperBound)),
                    "The year (default this year)"),
            ],
            response: Schema.page(of: "ProgrammeCoverage")),
        APIOperation(
            method: "GET", path: "/api/v1/programmes/{id}", id: "getProgramme", tag: "Programmes",
            summary: "One programme with progress toward each target, computed from its schemes",
            parameters: [.path("id", Schema.uuid, "Programme id")], response: Schema.ref("Programme")),
        APIOperation(
            method: "PUT", path: "/api/v1/programmes/{id}", id: "updateProgramme", tag: "Programmes",
            summary: "Replace a programme, sending the version you read (only the approver may approve or change an approved one)",
            parameters: [.path("id", Schema.uuid, "Programme id")], body: Schema.ref("ProgrammeInput"),
            response: Schema.ref("Programme")),
        APIOperation(
            method: "GET", path: "/api/v1/plans", id: "listPlans", tag: "Programmes",
            summary: "Annual plans, newest year first, each with its budget against the year's schemes",
            parameters: [
                .query(
                    "year",
                    Schema.integer(minimum: Int64(PlanValidation.years.lowerBound), maximum: Int64(PlanValidation.years.upperBound)),
                    "Only plans of this year"),
                .query("scope", rateScopeSchema, "Only plans of this scope: `national` or `province:NN`"),
            ],
            response: Schema.page(of: "AnnualPlan")),
        APIOperation(
            method: "POST", path: "/api/v1/plans", id: "createPlan", tag: "Programmes",
            summary: "Create the annual plan of a scope and year (same editors as programmes; one plan per scope and year)",
            body: Schema.ref("PlanInput"), status: 201, response: Schema.ref("AnnualPlan")),
        APIOperation(
            method: "GET", path: "/api/v1/plans/{id}", id: "getPlan", tag: "Programmes",
            summary: "One annual plan with its envelopes set against the support its schemes take up",
            parameters: [.path("id", Schema.uuid, "Plan id")], response: Schema.ref("AnnualPlan")),
        APIOperation(
            method: "PUT", path: "/api/v1/plans/{id}", id: "updatePlan", tag: "Programmes",
            summary: "Replace an annual plan, sending the version you read (only the approver may approve or change an approved one)",
            parameters: [.path("id", Schema.uuid, "Plan id")], body: Schema.ref("PlanInput"),
            response: Schema.ref("AnnualPlan")),
        APIOperation(
            method: "GET", path: "/api/v1/rate-tables", id: "listRateTables", tag: "Support rates",
            summary: "Support-rate tables, national first, then by province and start date (any signed-in user)",
            parameters: [.query("scope", rateScopeSchema, "Only tables of this scope: `national` or `province:NN`")],
            response: Schema.page(of: "RateTable")),
        APIOperation(
            method: "GET", path: "/api/v1/rate-tables/{code}", id: "getRateTable", tag: "Support rates",
            summary: "One support-rate table with its rules",
            parameters: [.path("code", Schema.string, "The table's code, e.g. TT28-2018-BTC")],
            response: Schema.ref("RateTable")),
        APIOperation(
            method: "PUT", path: "/api/v1/rate-tables/{code}", id: "saveRateTable", tag: "Support rates",
            summary: "Create (no version) or replace (the version read) a rate table: ministry admins for national, a Department for its province",
            parameters: [.path("code", Schema.string, "The table's code; must equal `code` in the body")],
            body: Schema.ref("RateTableInput"), status: 200, alsoStatus: 201, response: Schema.ref("RateTable")),
        APIOperation(
            method: "GET", path: "/api/v1/activity-types", id: "listActivityTypes", tag: "Support rates",
            summary: "The activity types support is priced for, with their rate row and content (any signed-in user)",
            response: Schema.page(of: "ActivityType")),
    ]

    /// `RateScope` on the wire: "national" or "province:" and a two-digit province code.
    static let rateScopeSchema = Schema.string(pattern: "^(national|province:[0-9]{2})$", description: "`national` or `province:NN`")

    /// Programme and rate-table codes: ASCII letters, digits, "-", "_" and ".".
    static let programmeCodeSchema = Schema.string(
        pattern: "^[A-Za-z0-9._-]{1,\(ProgrammeValidation.codeMaxLength)}$", description: "e.g. QD-1881-2020-TTg")

    static let rateTableCodeSchema = Schema.string(
        pattern: "^[A-Za-z0-9._-]{1,\(RateTableEditing.codeMaxLength)}$", description: "e.g. TT28-2018-BTC")

    static let programmeYearSchema = Schema.integer(
        minimum: Int64(ProgrammeValidation.years.lowerBound), maximum: Int64(ProgrammeValidation.years.upperBound))

    static let planYearSchema = Schema.integer(
        minimum: Int64(PlanValidation.years.lowerBound), maximum: Int64(PlanValidation.years.upperBound))

    /// Đồng per funding source, keyed by the source's code.
    static let planEnvelopesSchema: JSONValue = Schema.map(of: Schema.integer(minimum: 0, maximum: PlanValidation.maxEnvelope))
        .merging([("propertyNames", Schema.oneOf(FundingSource.allCases.map(\.rawValue)))])

    static let rateBasisPointsSchema = Schema.integer(minimum: 0, maximum: Int64(BasisPoints.whole), description: "30 % = 3000")

    static let rateCapSchema = Schema.integer(
        minimum: 0, maximum: SchemeValidation.maxLineAmount, description: "Whole đồng (VND) per cap unit")

    static let programmeReadOnly = "Read-only: may be sent back as read, and is ignored"

    static let programmeSchemas: [(String, JSONValue)] = [
        ("ProgrammeTarget", Schema.object(
            [
                "metric": Schema.oneOf(ProgrammeMetric.allCases.map(\.rawValue)), "label": Schema.string,
                "unit": Schema.string,
            ],
            optional: [
                "targetValue": Schema.integer(minimum: 0, description: "Absent while not known"),
                "achieved": Schema.integer(minimum: 0, description: "From schemes accepted at the facility or beyond"),
                "planned": Schema.integer(minimum: 0, description: "From approved schemes still under way"),
                "percentAchieved": Schema.number,
            ],
            description: "A target; the progress figures come only with one programme read or replaced")),
        ("Programme", Schema.object(
            [
                "id": Schema.uuid, "code": Schema.string, "scope": rateScopeSchema, "title": Schema.string,
                "firstYear": programmeYearSchema, "lastYear": programmeYearSchema,
                "status": Schema.oneOf(ProgrammeStatus.allCases.map(\.rawValue)), "statusLabel": Schema.string,
                "targets": Schema.array(Schema.ref("ProgrammeTarget")), "version": Schema.integer(minimum: 1),
            ],
            optional: ["decisionRef": Schema.string, "approvedBy": Schema.string, "approvedOn": Schema.day])),
        ("ProgrammeTargetInput", Schema.object(
            ["metric": Schema.oneOf(ProgrammeMetric.allCases.map(\.rawValue))],
            optional: [
                "targetValue": Schema.integer(minimum: 0, description: "Leave out while not known"),
                "label": Schema.string(description: programmeReadOnly), "unit": Schema.string(description: programmeReadOnly),
                "achieved": Schema.integer(description: programmeReadOnly), "planned": Schema.integer(description: programmeReadOnly),
                "percentAchieved": ["type": "number", "description": .string(programmeReadOnly)],
            ])),
        ("ProgrammeInput", Schema.object(
            [
                "code": programmeCodeSchema, "scope": rateScopeSchema, "title": Schema.string,
                "firstYear": programmeYearSchema,
                "lastYear": Schema.integer(
                    minimum: Int64(ProgrammeValidation.years.lowerBound), maximum: Int64(ProgrammeValidation.years.upperBound),
                    description: "Inclusive; not before firstYear, and at most \(ProgrammeValidation.maxYears) years in all"),
                "status": Schema.oneOf(ProgrammeStatus.allCases.map(\.rawValue)),
                "targets": Schema.array(Schema.ref("ProgrammeTargetInput")),
            ],
            optional: [
                "version": Schema.integer(description: "Required when replacing; ignored when creating"),
                "decisionRef": Schema.string(description: "Required once approved"),
                "approvedBy": Schema.string, "approvedOn": Schema.day,
                "id": ["type": "string", "format": "uuid", "description": .string(programmeReadOnly)],
                "statusLabel": Schema.string(description: programmeReadOnly),
            ])),
        ("ProgrammeCoverage", Schema.object(
            ["provinceCode": Schema.string, "provinceName": Schema.string],
            optional: [
                "programme": Schema.object([
                    "id": Schema.uuid, "code": Schema.string,
                    "status": Schema.oneOf(ProgrammeStatus.allCases.map(\.rawValue)), "statusLabel": Schema.string,
                ]),
            ],
            description: "A province of today and its programme covering the year; no `programme` when it has none")),
        ("PlanBudgetFigures", Schema.object([
            "source": Schema.oneOf(FundingSource.allCases.map(\.rawValue) + ["total"]), "label": Schema.string,
            "envelope": Schema.integer(minimum: 0), "committed": Schema.integer(minimum: 0),
            "proposed": Schema.integer(minimum: 0),
            "remaining": Schema.integer(description: "envelope − committed; negative when over-committed"),
            "overCommitted": Schema.boolean,
        ])),
        ("AnnualPlan", Schema.object(
            [
                "id": Schema.uuid, "scope": rateScopeSchema, "year": planYearSchema, "title": Schema.string,
                "status": Schema.oneOf(PlanStatus.allCases.map(\.rawValue)), "statusLabel": Schema.string,
                "envelopes": planEnvelopesSchema,
                "budget": Schema.array(Schema.ref("PlanBudgetFigures")),
                "total": Schema.ref("PlanBudgetFigures"), "version": Schema.integer(minimum: 1),
            ],
            optional: ["decisionRef": Schema.string, "approvedOn": Schema.day])),
        ("PlanInput", Schema.object(
            [
                "scope": rateScopeSchema, "year": planYearSchema, "title": Schema.string,
                "status": Schema.oneOf(PlanStatus.allCases.map(\.rawValue)), "envelopes": planEnvelopesSchema,
            ],
            optional: [
                "version": Schema.integer(description: "Required when replacing; ignored when creating"),
                "decisionRef": Schema.string(description: "Required once approved"), "approvedOn": Schema.day,
                "id": ["type": "string", "format": "uuid", "description": .string(programmeReadOnly)],
                "statusLabel": Schema.string(description: programmeReadOnly),
                "budget": Schema.array(Schema.ref("PlanBudgetFigures")), "total": Schema.ref("PlanBudgetFigures"),
            ])),
        ("SupportRule", Schema.object(
            [
                "activityType": Schema.oneOf(ActivityType.allCases.map(\.rawValue)), "activityLabel": Schema.string,
                "rateRow": Schema.string, "capUnit": Schema.oneOf(CapUnit.allCases.map(\.rawValue)),
                "verified": Schema.boolean,
            ],
            optional: [
                "ratePercent": ["type": "number", "minimum": 0, "maximum": 100, "description": "30 % = 30"],
                "rateBasisPoints": rateBasisPointsSchema, "cap": rateCapSchema, "note": Schema.string,
            ])),
        ("RateTable", Schema.object(
            [
                "code": Schema.string, "scope": rateScopeSchema, "title": Schema.string, "legalBasis": Schema.string,
                "validFrom": Schema.day, "rules": Schema.array(Schema.ref("SupportRule")),
                "version": Schema.integer(minimum: 1),
            ],
            optional: ["validTo": Schema.day])),
        ("SupportRuleInput", Schema.object(
            [
                "activityType": Schema.oneOf(ActivityType.allCases.map(\.rawValue)),
                "capUnit": Schema.oneOf(CapUnit.allCases.map(\.rawValue)), "verified": Schema.boolean,
            ],
            optional: [
                "rateBasisPoints": rateBasisPointsSchema,
                "ratePercent": ["type": "number", "description": "Used when rateBasisPoints is absent: 12.5 means 12.5 %"],
                "cap": rateCapSchema, "note": Schema.string,
                "activityLabel": Schema.string(description: programmeReadOnly), "rateRow": Schema.string(description: programmeReadOnly),
            ])),
        ("RateTableInput", Schema.object(
            [
                "code": rateTableCodeSchema, "scope": rateScopeSchema, "title": Schema.string, "legalBasis": Schema.string,
                "validFrom": Schema.day, "rules": Schema.array(Schema.ref("SupportRuleInput")),
            ],
            optional: [
                "validTo": Schema.day,
                "version": Schema.integer(description: "The version read, to replace; leave out to create"),
            ])),
        ("ActivityType", Schema.object([
            "code": Schema.oneOf(ActivityType.allCases.map(\.rawValue)), "label": Schema.string, "rateRow": Schema.string,
            "content": Schema.oneOf(ActivityContent.allCases.map(\.rawValue)), "contentLabel": Schema.string,
            "defaultCapUnit": Schema.oneOf(CapUnit.allCases.map(\.rawValue)),
        ])),
    ]
}
