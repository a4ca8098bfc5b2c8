import KhuyenCongCore

extension APIDocument {
    static let schemeOperations: [APIOperation] = [
        APIOperation(
            method: "GET", path: "/api/v1/schemes", id: "listSchemes", tag: "Schemes",
            summary: "Schemes the caller may see, filtered, in code order (or as CSV/XLSX)",
            parameters: schemeFilters + [.limit, .cursor],
            response: Schema.page(of: "SchemeSummary"), exports: true),
        APIOperation(
            method: "POST", path: "/api/v1/schemes", id: "createScheme", tag: "Schemes",
            summary: "Draft a scheme (the Cục for national ones, a Department or implementing unit in its own province)",
            body: Schema.ref("SchemeInput"), status: 201, response: Schema.ref("Scheme")),
        APIOperation(
            method: "GET", path: "/api/v1/schemes/{id}", id: "getScheme", tag: "Schemes",
            summary: "One scheme with its lines, deadlines and the timeline of its workflow steps",
            parameters: [.path("id", Schema.uuid, "Scheme id")], response: Schema.ref("Scheme")),
        APIOperation(
            method: "PUT", path: "/api/v1/schemes/{id}", id: "updateScheme", tag: "Schemes",
            summary: "Revise a draft with its whole content (send the version you read)",
            parameters: [.path("id", Schema.uuid, "Scheme id")], body: Schema.ref("SchemeInput"),
            response: Schema.ref("Scheme")),
        APIOperation(
            method: "GET", path: "/api/v1/schemes/{id}/support", id: "getSchemeSupport", tag: "Schemes",
            summary: "The most support each line may receive under the rate table in force, and why",
            parameters: [.path("id", Schema.uuid, "Scheme id")], response: Schema.ref("SchemeSupport")),
        APIOperation(
            method: "GET", path: "/api/v1/schemes/{id}/actions", id: "listSchemeActions", tag: "Schemes",
            summary: "The workflow steps the caller may take on the scheme now, and what blocks the others",
            parameters: [.path("id", Schema.uuid, "Scheme id")], response: Schema.ref("SchemeActions")),
        APIOperation(
            method: "GET", path: "/api/v1/schemes/{id}/checklist", id: "getSchemeChecklist", tag: "Schemes",
            summary: "The appraiser's checklist, computed where the system holds the facts",
            parameters: [.path("id", Schema.uuid, "Scheme id")], response: Schema.ref("SchemeChecklist")),
        APIOperation(
            method: "POST", path: "/api/v1/schemes/{id}/actions/{action}", id: "performSchemeAction", tag: "Schemes",
            summary: "Take a workflow step (submit, appraise, approve, sign the contract, …) as the role it belongs to",
            parameters: [
                .path("id", Schema.uuid, "Scheme id"),
                .path("action", Schema.oneOf(SchemeAction.allCases.map(\.rawValue)), "The step"),
            ],
            body: Schema.ref("SchemeActionInput"), bodyOptional: true, response: Schema.ref("Scheme")),
        APIOperation(
            method: "GET", path: "/api/v1/schemes/{id}/money", id: "getSchemeMoney", tag: "Schemes",
            summary: "A scheme's approved support, its advance limit and every recorded money entry",
            parameters: [.path("id", Schema.uuid, "Scheme id")], response: Schema.ref("SchemeMoney")),
        APIOperation(
            method: "POST", path: "/api/v1/schemes/{id}/money", id: "recordSchemeMoney", tag: "Schemes",
            summary: "Record a contract, advance, payment, acceptance, settlement or recovery (the paying office only)",
            parameters: [.path("id", Schema.uuid, "Scheme id")], body: Schema.ref("MoneyInput"),
            status: 201, response: Schema.ref("SchemeMoney")),
        APIOperation(
            method: "GET", path: "/api/v1/money/rollup", id: "getMoneyRollup", tag: "Schemes",
            summary: "Support money of the schemes the caller may see, summed by province, plan year or funding source",
            parameters: [
                .query("by", Schema.oneOf(MoneyRollup.Grouping.allCases.map(\.rawValue)), "The grouping (default province)"),
                .query("year", schemePlanYear, "Only schemes of this plan year"),
            ],
            response: Schema.ref("MoneyRollup")),
        APIOperation(
            method: "GET", path: "/api/v1/schemes/{id}/adjustments", id: "listSchemeAdjustments", tag: "Schemes",
            summary: "The adjustment requests of an approved scheme, with their routing and decisions",
            parameters: [.path("id", Schema.uuid, "Scheme id")], response: Schema.page(of: "Adjustment")),
        APIOperation(
            method: "POST", path: "/api/v1/schemes/{id}/adjustments", id: "requestSchemeAdjustment", tag: "Schemes",
            summary: "Ask to adjust an approved scheme (implementing unit or Department); only the fields sent change",
            parameters: [.path("id", Schema.uuid, "Scheme id")], body: Schema.ref("AdjustmentInput"),
            status: 201, response: Schema.ref("Adjustment")),
        APIOperation(
            method: "POST", path: "/api/v1/adjustments/{id}/{action}", id: "decideAdjustment", tag: "Schemes",
            summary: "Confirm (the Department), approve or reject (the decider) an adjustment request",
            parameters: [
                .path("id", Schema.uuid, "Adjustment id"),
                .path("action", Schema.oneOf(AdjustmentAction.allCases.map(\.rawValue)), "The decision"),
            ],
            body: Schema.object([:], optional: ["reason": Schema.string, "version": Schema.integer(minimum: 1)]),
            bodyOptional: true, response: Schema.ref("Adjustment")),
        APIOperation(
            method: "GET", path: "/api/v1/provinces/{code}/scheme-settings", id: "getSchemeSettings", tag: "Schemes",
            summary: "Who appraises and approves a province's local schemes, and its deadlines",
            parameters: [.path("code", Schema.string, "Province code in force today")],
            response: Schema.ref("SchemeSettings")),
        APIOperation(
            method: "PUT", path: "/api/v1/provinces/{code}/scheme-settings", id: "updateSchemeSettings", tag: "Schemes",
            summary: "Change a province's scheme settings (that province's Department only; send the version you read)",
            parameters: [.path("code", Schema.string, "Province code in force today")],
            body: Schema.ref("SchemeSettingsInput"), response: Schema.ref("SchemeSettings")),
    ]

    /// A plan year the system accepts.
    static let schemePlanYear = Schema.integer(
        minimum: Int64(SchemeValidation.planYears.lowerBound), maximum: Int64(SchemeValidation.planYears.upperBound))

    static let schemeFilters: [APIOperation.Parameter] = {
        let state = "(" + SchemeState.allCases.map(\.rawValue).joined(separator: "|") + ")"
        return [
            .query("year", schemePlanYear, "Plan year"),
            .query("state", Schema.string(pattern: "^\(state)(,\(state))*$"), "One state or several, comma-separated"),
            .query("level", Schema.oneOf(SchemeLevel.allCases.map(\.rawValue)), "National or local"),
            .query("province", Schema.string, "Province code"),
            .query("q", Schema.string, "Words of the code or title, ignoring diacritics and case"),
        ]
    }()

    /// `MM-dd`, a day of every year.
    static let schemeMonthDay = Schema.string(pattern: "^[0-9]{2}-[0-9]{2}$", description: "MM-dd, e.g. 05-20")

    static let schemeSchemas: [(String, JSONValue)] = [
        ("SchemeSummary", Schema.object([
            "id": Schema.uuid, "code": Schema.string, "level": Schema.oneOf(SchemeLevel.allCases.map(\.rawValue)),
            "kind": Schema.oneOf(SchemeKind.allCases.map(\.rawValue)), "title": Schema.string, "planYear": Schema.integer,
            "provinceCode": Schema.string, "state": Schema.oneOf(SchemeState.allCases.map(\.rawValue)), "stateLabel": Schema.string,
            "totalEligibleCost": Schema.dong, "totalRequested": Schema.dong, "version": Schema.integer(minimum: 1),
        ])),
        ("SchemeLine", Schema.object([
            "activityType": Schema.oneOf(ActivityType.allCases.map(\.rawValue)), "activityLabel": Schema.string,
            "description": Schema.string, "quantity": Schema.integer(minimum: 1), "eligibleCost": Schema.dong,
            "requestedSupport": Schema.dong,
        ])),
        ("Scheme", Schema.object(
            [
                "id": Schema.uuid, "code": Schema.string, "level": Schema.oneOf(SchemeLevel.allCases.map(\.rawValue)),
                "kind": Schema.oneOf(SchemeKind.allCases.map(\.rawValue)), "title": Schema.string, "planYear": Schema.integer,
                "startYear": Schema.integer, "endYear": Schema.integer, "provinceCode": Schema.string,
                "communeCodes": Schema.array(Schema.string), "cooperatingUnits": Schema.array(Schema.string),
                "beneficiaryIds": Schema.array(Schema.uuid), "lines": Schema.array(Schema.ref("SchemeLine")),
                "totalEligibleCost": Schema.dong, "totalRequested": Schema.dong, "counterpartFunds": Schema.dong,
                "otherFunds": Schema.dong, "state": Schema.oneOf(SchemeState.allCases.map(\.rawValue)), "stateLabel": Schema.string,
                "deadlines": Schema.array(Schema.object([
                    "kind": Schema.oneOf(SchemeDeadline.Kind.allCases.map(\.rawValue)), "label": Schema.string, "due": Schema.day,
                    "overdue": Schema.boolean,
                ])),
                "timeline": Schema.array(Schema.object(
                    [
                        "seq": Schema.integer(minimum: 1), "action": Schema.oneOf(SchemeAction.allCases.map(\.rawValue)),
                        "from": Schema.oneOf(SchemeState.allCases.map(\.rawValue)),
                        "to": Schema.oneOf(SchemeState.allCases.map(\.rawValue)), "by": Schema.string, "at": Schema.dateTime,
                        "snapshotHash": Schema.string, "members": Schema.array(Schema.string),
                    ],
                    optional: ["reason": Schema.string])),
                "version": Schema.integer(minimum: 1),
            ],
            optional: ["implementingUnitId": Schema.uuid, "approvedOn": Schema.day, "facilityAcceptedOn": Schema.day])),
        ("SchemeLineInput", Schema.object(
            [
                "activityType": Schema.oneOf(ActivityType.allCases.map(\.rawValue)), "eligibleCost": Schema.dong,
                "requestedSupport": Schema.dong,
            ],
            optional: [
                "description": Schema.string, "quantity": Schema.integer(minimum: 1, description: "Cap units covered (default 1)"),
            ])),
        ("SchemeInput", Schema.object(
            [
                "level": Schema.oneOf(SchemeLevel.allCases.map(\.rawValue)), "kind": Schema.oneOf(SchemeKind.allCases.map(\.rawValue)),
                "title": Schema.string, "planYear": schemePlanYear, "provinceCode": Schema.string,
                "lines": Schema.array(Schema.ref("SchemeLineInput")),
            ],
            optional: [
                "version": Schema.integer(minimum: 1, description: "Required when revising a draft"),
                "startYear": Schema.integer(description: "Default the plan year"),
                "endYear": Schema.integer(description: "Default the start year"),
                "communeCodes": Schema.array(Schema.string), "implementingUnitId": Schema.uuid,
                "cooperatingUnits": Schema.array(Schema.string), "beneficiaryIds": Schema.array(Schema.uuid),
                "counterpartFunds": Schema.integer(
                    minimum: 0, description: "Whole đồng; default what support and other funds leave of the cost"),
                "otherFunds": Schema.dong,
            ])),
        ("SchemeActionInput", Schema.object(
            [:],
            optional: [
                "reason": Schema.string(description: "Required for return, reject, not-select and stop steps"),
                "version": Schema.integer(minimum: 1), "members": Schema.array(Schema.string),
            ])),
        ("SchemeSupport", Schema.object(
            [
                "referenceDate": Schema.day,
                "lines": Schema.array(Schema.object(
                    [
                        "activityType": Schema.oneOf(ActivityType.allCases.map(\.rawValue)), "quantity": Schema.integer(minimum: 1),
                        "eligibleCost": Schema.dong, "requestedSupport": Schema.dong, "exceedsAllowed": Schema.boolean,
                        "outcome": Schema.oneOf(LineAssessment.Outcome.allCases.map(\.rawValue)),
                        "rule": Schema.object(
                            ["capUnit": Schema.oneOf(CapUnit.allCases.map(\.rawValue)), "verified": Schema.boolean],
                            optional: [
                                "table": Schema.string, "legalBasis": Schema.string, "ratePercent": Schema.number,
                                "rateBasisPoints": Schema.integer(minimum: 0), "cap": Schema.dong,
                            ]),
                        "explanation": Schema.string,
                    ],
                    optional: ["allowedSupport": Schema.dong])),
                "totalRequested": Schema.dong, "withinRules": Schema.boolean,
            ],
            optional: ["totalAllowed": Schema.dong])),
        ("SchemeActions", Schema.object([
            "state": Schema.oneOf(SchemeState.allCases.map(\.rawValue)), "version": Schema.integer(minimum: 1),
            "items": Schema.array(Schema.object([
                "action": Schema.oneOf(SchemeAction.allCases.map(\.rawValue)), "label": Schema.string,
                "targetState": Schema.oneOf(SchemeState.allCases.map(\.rawValue)), "requiresReason": Schema.boolean,
                "allowed": Schema.boolean,
                "blockedBy": Schema.array(Schema.object([
                    "check": Schema.oneOf(SchemeGuard.allCases.map(\.rawValue)), "message": Schema.string,
                ])),
            ])),
        ])),
        ("SchemeChecklist", Schema.object([
            "referenceDate": Schema.day,
            "items": Schema.array(Schema.object([
                "check": Schema.oneOf(AppraisalChecklist.Check.allCases.map(\.rawValue)), "label": Schema.string,
                "status": Schema.oneOf(AppraisalChecklist.Status.allCases.map(\.rawValue)), "details": Schema.array(Schema.string),
            ])),
        ])),
        ("MoneyEntry", Schema.object([
            "id": Schema.uuid, "kind": Schema.oneOf(MoneyKind.allCases.map(\.rawValue)), "kindLabel": Schema.string,
            "source": Schema.oneOf(FundingSource.allCases.map(\.rawValue)), "amount": Schema.dong, "on": Schema.day,
            "reference": Schema.string, "recordedBy": Schema.string,
        ])),
        ("SchemeMoney", Schema.object([
            "source": Schema.oneOf(FundingSource.allCases.map(\.rawValue)), "approved": Schema.dong, "advanceLimit": Schema.dong,
            "totals": [
                "type": "object", "description": "The sum of each kind of entry",
                "properties": .object(MoneyKind.allCases.map { ($0.rawValue, Schema.dong) }),
                "required": .array(MoneyKind.allCases.map { .string($0.rawValue) }), "additionalProperties": false,
            ],
            "paid": Schema.dong, "entries": Schema.array(Schema.ref("MoneyEntry")),
        ])),
        ("MoneyInput", Schema.object(
            [
                "kind": Schema.oneOf(MoneyKind.allCases.map(\.rawValue)), "amount": Schema.integer(minimum: 1),
                "reference": Schema.string(description: "Contract number, treasury voucher, minutes"),
            ],
            optional: ["on": Schema.string(description: "yyyy-MM-dd or dd/MM/yyyy (default today)")])),
        ("MoneyRollupRow", Schema.object([
            "key": Schema.string, "approved": Schema.dong, "contracted": Schema.dong, "advanced": Schema.dong,
            "disbursed": Schema.dong, "accepted": Schema.dong, "settled": Schema.dong, "recovered": Schema.dong,
        ])),
        ("MoneyRollup", Schema.object(
            [
                "by": Schema.oneOf(MoneyRollup.Grouping.allCases.map(\.rawValue)),
                "rows": Schema.array(Schema.ref("MoneyRollupRow")), "total": Schema.ref("MoneyRollupRow"),
            ],
            optional: ["year": Schema.integer])),
        ("Adjustment", Schema.object(
            [
                "id": Schema.uuid, "schemeId": Schema.uuid,
                "kinds": Schema.array(Schema.object([
                    "code": Schema.oneOf(AdjustmentKind.allCases.map(\.rawValue)), "label": Schema.string,
                ])),
                "decider": Schema.oneOf(Role.allCases.map(\.rawValue)), "deciderLabel": Schema.string,
                "state": Schema.oneOf(AdjustmentState.allCases.map(\.rawValue)), "stateLabel": Schema.string,
                "reason": Schema.string, "requestedBy": Schema.string,
                "requestedAt": Schema.integer(minimum: 0, description: "Milliseconds since 1970"),
                "proposedLines": Schema.array(Schema.ref("SchemeLine")), "proposedTotalRequested": Schema.dong,
                "proposedEndYear": Schema.integer, "version": Schema.integer(minimum: 1),
            ],
            optional: [
                "decidedBy": Schema.string, "decidedAt": Schema.integer(minimum: 0, description: "Milliseconds since 1970"),
                "decisionReason": Schema.string,
            ])),
        ("AdjustmentInput", Schema.object(
            ["reason": Schema.string],
            optional: [
                "title": Schema.string, "startYear": Schema.integer, "endYear": Schema.integer,
                "communeCodes": Schema.array(Schema.string), "cooperatingUnits": Schema.array(Schema.string),
                "beneficiaryIds": Schema.array(Schema.uuid), "lines": Schema.array(Schema.ref("SchemeLineInput")),
            ])),
        ("SchemeSettings", Schema.object([
            "provinceCode": Schema.string,
            "appraiser": Schema.oneOf(ProvinceSchemeSettings.deciders.map(\.rawValue)),
            "approver": Schema.oneOf(ProvinceSchemeSettings.deciders.map(\.rawValue)),
            "registrationDeadline": schemeMonthDay, "settlementDays": Schema.integer(minimum: 1, maximum: 120),
            "liquidationDeadline": schemeMonthDay,
            "version": Schema.integer(minimum: 0, description: "0 until the province first saves its own"),
        ])),
        ("SchemeSettingsInput", Schema.object(
            [
                "appraiser": Schema.oneOf(ProvinceSchemeSettings.deciders.map(\.rawValue)),
                "approver": Schema.oneOf(ProvinceSchemeSettings.deciders.map(\.rawValue)),
                "registrationDeadline": schemeMonthDay, "settlementDays": Schema.integer(minimum: 1, maximum: 120),
                "liquidationDeadline": schemeMonthDay,
                "version": Schema.integer(minimum: 0, description: "0 until the province first saves its own"),
            ],
            optional: ["provinceCode": Schema.string(description: "Ignored: the path names the province")])),
    ]
}
