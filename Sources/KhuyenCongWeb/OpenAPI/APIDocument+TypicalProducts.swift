import KhuyenCongCore

extension APIDocument {
    static let typicalProductOperations: [APIOperation] = [
        APIOperation(
            method: "GET", path: "/api/v1/selection-parameters", id: "getSelectionParameters", tag: "Typical products",
            summary: "Regions, scoring rules per level and certificate validity in force, each dated and marked verified or not (version 0: the defaults)",
            response: Schema.ref("SelectionParameters")),
        APIOperation(
            method: "PUT", path: "/api/v1/selection-parameters", id: "updateSelectionParameters", tag: "Typical products",
            summary: "Replace the selection parameters, sending the version read (the Cục and system administrators)",
            body: Schema.ref("SelectionParameters"), response: Schema.ref("SelectionParameters")),
        APIOperation(
            method: "GET", path: "/api/v1/selection-rounds", id: "listSelectionRounds", tag: "Typical products",
            summary: "Selection rounds, newest first (any signed-in user: rounds are announcements)",
            parameters: [
                .query("year", selectionYearSchema, "Only rounds of this year"),
                .query("level", Schema.oneOf(SelectionLevel.allCases.map(\.rawValue)), "Only rounds at this level"),
                .query("province", Schema.string(pattern: "^[0-9]{2}$"), "Only rounds in this province (today's code)"),
            ],
            response: Schema.page(of: "SelectionRound")),
        APIOperation(
            method: "POST", path: "/api/v1/selection-rounds", id: "createSelectionRound", tag: "Typical products",
            summary: "Plan a round: the ministry anywhere, a Department in its province, a commune committee in its commune",
            body: Schema.ref("SelectionRoundInput"), status: 201, response: Schema.ref("SelectionRound")),
        APIOperation(
            method: "GET", path: "/api/v1/selection-rounds/{id}", id: "getSelectionRound", tag: "Typical products",
            summary: "One round with its jury and phase", parameters: [roundID], response: Schema.ref("SelectionRound")),
        APIOperation(
            method: "PUT", path: "/api/v1/selection-rounds/{id}", id: "updateSelectionRound", tag: "Typical products",
            summary: "Revise a round before judging closes — window, groups, budget, title, organiser, council, quota — sending the version read; level and area stay",
            parameters: [roundID], body: Schema.ref("SelectionRoundInput"), response: Schema.ref("SelectionRound")),
        APIOperation(
            method: "GET", path: "/api/v1/selection-rounds/{id}/entries", id: "listRoundEntries", tag: "Typical products",
            summary: "The round's entries the caller may see, each as they may see it", parameters: [roundID],
            response: Schema.page(of: "ProductEntry")),
        APIOperation(
            method: "POST", path: "/api/v1/selection-rounds/{id}/entries", id: "registerEntry", tag: "Typical products",
            summary: "Enter a product, by the establishment's account or the organisers, within the window; above the lowest level the product needs a recognition from the level below",
            parameters: [roundID], body: Schema.ref("EntryInput"), status: 201, response: Schema.ref("ProductEntry")),
        APIOperation(
            method: "POST", path: "/api/v1/selection-rounds/{id}/jury", id: "addJudge", tag: "Typical products",
            summary: "Put a user on the jury, with establishments they are linked to (organisers)", parameters: [roundID],
            body: Schema.ref("JudgeInput"), response: Schema.ref("SelectionRound")),
        APIOperation(
            method: "POST", path: "/api/v1/selection-rounds/{id}/close", id: "closeJudging", tag: "Typical products",
            summary: "Close judging once registration has closed, sending the version you read (organisers)", parameters: [roundID],
            body: Schema.object(["version": Schema.integer(minimum: 1)]), response: Schema.ref("SelectionRound")),
        APIOperation(
            method: "GET", path: "/api/v1/selection-rounds/{id}/results", id: "getRoundResults", tag: "Typical products",
            summary: "Aggregates, spread between judges and ranking, for the organisers once judging has closed",
            parameters: [roundID], response: Schema.ref("RoundResults")),
        APIOperation(
            method: "GET", path: "/api/v1/entries/{id}", id: "getEntry", tag: "Typical products",
            summary: "One entry: a judge sees others' sheets only after submitting their own; totals appear once judging has closed",
            parameters: [entryID], response: Schema.ref("ProductEntry")),
        APIOperation(
            method: "POST", path: "/api/v1/entries/{id}/checks", id: "recordEntryCheck", tag: "Typical products",
            summary: "Record one eligibility check, with who checked (organisers)", parameters: [entryID],
            body: Schema.ref("CheckInput"), response: Schema.ref("ProductEntry")),
        APIOperation(
            method: "POST", path: "/api/v1/entries/{id}/scores", id: "scoreEntry", tag: "Typical products",
            summary: "The caller's score sheet (jury members not excluded); `submit` false keeps a draft, a submitted sheet is final",
            parameters: [entryID], body: Schema.ref("ScoreInput"), response: Schema.ref("ProductEntry")),
        APIOperation(
            method: "POST", path: "/api/v1/entries/{id}/conflicts", id: "declareConflict", tag: "Typical products",
            summary: "A judge declares a conflict of interest and is excluded from the entry", parameters: [entryID],
            body: Schema.object(["reason": Schema.string]), response: Schema.ref("ProductEntry")),
        APIOperation(
            method: "POST", path: "/api/v1/entries/{id}/recognition", id: "recogniseEntry", tag: "Typical products",
            summary: "Record the decision recognising a passed entry (organisers, after judging closed)", parameters: [entryID],
            body: Schema.ref("RecognitionInput"), response: Schema.ref("ProductEntry")),
        APIOperation(
            method: "POST", path: "/api/v1/entries/{id}/certificate", id: "issueCertificate", tag: "Typical products",
            summary: "Issue the certificate of a recognised entry, numbered in its level's series; valid to 31/12 of the 4th year",
            parameters: [entryID], body: Schema.ref("CertificateInput"), response: Schema.ref("ProductEntry")),
        APIOperation(
            method: "POST", path: "/api/v1/entries/{id}/documents", id: "attachEntryDocument", tag: "Typical products",
            summary: "Attach a document of the establishment's dossier to the entry (the establishment or the organisers)",
            parameters: [entryID], body: Schema.object(["documentId": Schema.uuid]), response: Schema.ref("ProductEntry")),
        APIOperation(
            method: "POST", path: "/api/v1/establishments/{id}/documents", id: "uploadDossierDocument", tag: "Typical products",
            summary: "Keep a photo or document in the establishment's dossier, checked by its content (JPEG, PNG, WebP; PDF for documents; 10 MB); the same file again returns the kept copy with 200",
            parameters: [
                .path("id", Schema.uuid, "Establishment id"),
                .query("kind", Schema.oneOf(DossierKind.allCases.map(\.rawValue)), "photo or document (default document)"),
                .query("title", Schema.string, "What the file is, e.g. Giấy chứng nhận đăng ký nhãn hiệu"),
            ],
            fileBody: ["image/jpeg", "image/png", "image/webp", "application/pdf"], status: 201, alsoStatus: 200,
            response: Schema.ref("DossierDocument")),
        APIOperation(
            method: "GET", path: "/api/v1/establishments/{id}/documents", id: "listDossierDocuments", tag: "Typical products",
            summary: "The establishment's dossier, offered again for every later round and level",
            parameters: [.path("id", Schema.uuid, "Establishment id")], response: Schema.page(of: "DossierDocument")),
        APIOperation(
            method: "GET", path: "/api/v1/documents/{id}", id: "downloadDossierDocument", tag: "Typical products",
            summary: "A dossier file: for readers of its establishment and the juries it is before; a photo of a published product for anyone",
            access: .anyone, parameters: [.path("id", Schema.uuid, "Document id")],
            fileResponse: ["image/jpeg", "image/png", "image/webp", "application/pdf"]),
        APIOperation(
            method: "GET", path: "/api/v1/certificates/{number}", id: "verifyCertificate", tag: "Typical products",
            summary: "Verify a published certificate by its number (no token)", access: .anyone,
            parameters: [
                .path("number", Schema.string, "e.g. TB-PROVINCE-01-2026-0001"),
                .query("on", Schema.day, "The day whose status is asked (default today)"),
            ],
            response: Schema.ref("PublicProduct")),
        APIOperation(
            method: "GET", path: "/api/v1/public/products", id: "listPublicProducts", tag: "Typical products",
            summary: "Published typical products with a certificate valid today (no token); search ignores diacritics",
            access: .anyone,
            parameters: [
                .query("q", Schema.string, "Words of the product's or the establishment's name"),
                .query("province", Schema.string(pattern: "^[0-9]{2}$"), "Today's province code"),
                .query("level", Schema.oneOf(SelectionLevel.allCases.map(\.rawValue)), "Certificate level"),
                .query("year", selectionYearSchema, "Year of the recognising round"),
                .query("group", Schema.integer(minimum: 1, maximum: 4), "Product group 1–4"),
            ],
            response: Schema.page(of: "PublicProduct"), exports: true),
    ]

    static let roundID = APIOperation.Parameter.path("id", Schema.uuid, "Round id")
    static let entryID = APIOperation.Parameter.path("id", Schema.uuid, "Entry id")

    static let selectionYearSchema = Schema.integer(
        minimum: Int64(SelectionRoundValidation.years.lowerBound), maximum: Int64(SelectionRoundValidation.years.upperBound))

    static let selectionLevelSchema = Schema.oneOf(SelectionLevel.allCases.map(\.rawValue))

    static let typicalProductSchemas: [(String, JSONValue)] = [
        ("SelectionParameters", Schema.object([
            "version": Schema.integer(minimum: 0),
            "parameters": Schema.object([
                "regions": Schema.object([
                    "regions": Schema.array(Schema.object([
                        "code": Schema.string(pattern: "^[a-z][a-z0-9_-]{0,31}$"), "name": Schema.string, "englishName": Schema.string,
                        "provinceCodes": Schema.array(Schema.string(pattern: "^[0-9]{2}$")),
                    ])),
                    "verified": Schema.boolean, "note": Schema.string,
                ]),
                "scoring": Schema.object([
                    "rules": Schema.array(Schema.object([
                        "validFrom": Schema.day, "level": selectionLevelSchema,
                        "method": Schema.object(
                            ["kind": Schema.oneOf(AggregationMethod.kinds)],
                            optional: ["minimumJudges": Schema.integer(minimum: 3, description: "Only for trimmed_mean")]),
                        "passMark": Schema.integer(minimum: 0, maximum: 100), "methodVerified": Schema.boolean,
                        "passMarkVerified": Schema.boolean, "note": Schema.string,
                    ]))
                ]),
                "validity": Schema.object([
                    "rules": Schema.array(Schema.object([
                        "validFrom": Schema.day, "yearsCountingIssueYear": Schema.integer(minimum: 1, maximum: 10),
                        "verified": Schema.boolean, "legalBasis": Schema.string,
                    ]))
                ]),
            ]),
        ])),
        ("Judge", Schema.object(["id": Schema.uuid, "username": Schema.string, "name": Schema.string])),
        ("SelectionRound", Schema.object(
            [
                "id": Schema.uuid, "level": selectionLevelSchema, "levelLabel": Schema.string, "year": selectionYearSchema,
                "title": Schema.string, "registrationOpens": Schema.day, "registrationCloses": Schema.day,
                "groups": Schema.array(Schema.integer(minimum: 1, maximum: 4)),
                "phase": Schema.oneOf(RoundPhase.allCases.map(\.rawValue)), "phaseLabel": Schema.string,
                "judgingClosed": Schema.boolean, "jury": Schema.array(Schema.ref("Judge")), "version": Schema.integer(minimum: 1),
                "council": Schema.array(Schema.string),
            ],
            optional: [
                "organiser": Schema.string, "quota": Schema.integer(minimum: 1),
                "areaCode": Schema.string(description: "Commune, district, province or region code; absent for national rounds"),
                "areaName": Schema.string, "provinceCode": Schema.string(description: "Today's province of the area"),
                "budget": Schema.dong,
            ],
            description: "In lists the jury is left empty; read one round for it")),
        ("SelectionRoundInput", Schema.object(
            [
                "level": selectionLevelSchema, "year": Schema.integer, "registrationOpens": Schema.day,
                "registrationCloses": Schema.day,
            ],
            optional: [
                "title": Schema.string, "provinceCode": Schema.string(description: "For a provincial round"),
                "communeCode": Schema.string(description: "For a commune round"),
                "districtCode": Schema.string(description: "For a district round (opened before 01/07/2025)"),
                "regionCode": Schema.string(description: "For a regional round: north, central or south"),
                "groups": Schema.array(Schema.integer(description: "Product groups 1–4; all when the list is left out")),
                "budget": Schema.dong,
                "organiser": Schema.string(description: "The organising body as the plan names it"),
                "council": Schema.array(Schema.string, maxItems: 50),
                "quota": Schema.integer(description: "How many products the council may propose, 1–10,000"),
                "version": Schema.integer(description: "Required when revising; ignored when creating"),
            ])),
        ("JudgeInput", Schema.object(
            ["username": Schema.string],
            optional: [
                "relations": Schema.array(Schema.object(["establishmentId": Schema.uuid, "description": Schema.string]))
            ])),
        ("PriorRecognition", Schema.object(
            ["level": selectionLevelSchema, "year": Schema.integer, "reference": Schema.string],
            optional: ["validUntil": Schema.day],
            description: "A recognition at the level below: held in the system, or typed from a decision made before it")),
        ("EntryInput", Schema.object(
            ["establishmentId": Schema.uuid, "productName": Schema.string, "group": Schema.integer],
            optional: [
                "isProductSet": Schema.boolean, "description": Schema.string, "priorRecognition": Schema.ref("PriorRecognition"),
            ])),
        ("EligibilityCheck", Schema.object(
            [
                "criterion": Schema.oneOf(EligibilityCriterion.allCases.map(\.rawValue)), "label": Schema.string,
                "outcome": Schema.oneOf(CheckOutcome.allCases.map(\.rawValue)),
            ],
            optional: ["checkedBy": Schema.string, "checkedOn": Schema.day, "note": Schema.string])),
        ("ScoreSheet", Schema.object(
            [
                "judgeId": Schema.uuid, "judgeName": Schema.string, "market": Schema.integer(minimum: 0, maximum: 40),
                "economicTechnical": Schema.integer(minimum: 0, maximum: 40), "culturalAesthetic": Schema.integer(minimum: 0, maximum: 10),
                "other": Schema.integer(minimum: 0, maximum: 10), "total": Schema.integer(minimum: 0, maximum: 100),
                "remarks": Schema.string, "submitted": Schema.boolean,
            ],
            optional: ["submittedOn": Schema.day])),
        ("ScoreSpread", Schema.object([
            "minimum": Schema.integer, "maximum": Schema.integer, "range": Schema.integer, "standardDeviation": Schema.number,
        ])),
        ("EntryResult", Schema.object(
            [
                "totals": Schema.array(Schema.integer), "passMark": Schema.integer, "method": Schema.string, "passed": Schema.boolean,
            ],
            optional: ["score": Schema.number, "spread": Schema.ref("ScoreSpread")])),
        ("DossierDocument", Schema.object(
            [
                "id": Schema.uuid, "establishmentId": Schema.uuid, "kind": Schema.oneOf(DossierKind.allCases.map(\.rawValue)),
                "kindLabel": Schema.string, "title": Schema.string, "mediaType": Schema.string, "byteCount": Schema.integer(minimum: 1),
                "sha256": Schema.string(pattern: "^[0-9a-f]{64}$"), "uploadedBy": Schema.string, "uploadedOn": Schema.day,
            ],
            optional: ["reused": Schema.boolean])),
        ("ProductEntry", Schema.object(
            [
                "id": Schema.uuid, "roundId": Schema.uuid, "establishmentId": Schema.uuid, "establishmentName": Schema.string,
                "productName": Schema.string, "group": Schema.integer(minimum: 1, maximum: 4), "groupLabel": Schema.string,
                "isProductSet": Schema.boolean, "description": Schema.string, "registeredOn": Schema.day,
                "status": Schema.oneOf(EntryStatus.allCases.map(\.rawValue)), "statusLabel": Schema.string,
                "eligibility": Schema.array(Schema.ref("EligibilityCheck")), "scores": Schema.array(Schema.ref("ScoreSheet")),
                "documents": Schema.array(Schema.ref("DossierDocument")),
            ],
            optional: [
                "admittedBy": Schema.ref("PriorRecognition"),
                "excludedFromJudging": ["type": "boolean", "description": "Only for a judge: whether they are excluded from this entry"],
                "result": Schema.ref("EntryResult"),
                "recognition": Schema.object(
                    ["decisionRef": Schema.string, "decidedOn": Schema.day], optional: ["rank": Schema.integer, "award": Schema.string]),
                "certificate": Schema.object([
                    "number": Schema.string, "issuedOn": Schema.day, "issuedBy": Schema.string, "validUntil": Schema.day,
                    "status": Schema.oneOf(CertificateStatus.allCases.map(\.rawValue)), "statusLabel": Schema.string,
                ]),
            ])),
        ("CheckInput", Schema.object(
            [
                "criterion": Schema.oneOf(EligibilityCriterion.allCases.map(\.rawValue)),
                "outcome": Schema.oneOf(CheckOutcome.allCases.map(\.rawValue)),
            ],
            optional: ["note": Schema.string])),
        ("ScoreInput", Schema.object(
            [
                "market": Schema.integer(description: "0–40"), "economicTechnical": Schema.integer(description: "0–40"),
                "culturalAesthetic": Schema.integer(description: "0–10"), "other": Schema.integer(description: "0–10"),
            ],
            optional: ["remarks": Schema.string, "submit": ["type": "boolean", "description": "Default true"]])),
        ("RecognitionInput", Schema.object(
            ["decisionRef": Schema.string, "decidedOn": Schema.day], optional: ["award": Schema.string])),
        ("CertificateInput", Schema.object(
            ["issuedOn": Schema.day, "issuedBy": Schema.string],
            optional: ["publish": ["type": "boolean", "description": "Show it in the public catalogue (default true)"]])),
        ("RankedEntry", Schema.object(
            [
                "entryId": Schema.uuid, "productName": Schema.string, "establishmentName": Schema.string,
                "status": Schema.oneOf(EntryStatus.allCases.map(\.rawValue)), "result": Schema.ref("EntryResult"),
            ],
            optional: ["rank": Schema.integer(minimum: 1, description: "Only for passed entries; ties share a place")])),
        ("RoundResults", Schema.object(["round": Schema.ref("SelectionRound"), "entries": Schema.array(Schema.ref("RankedEntry"))])),
        ("PublicProduct", Schema.object([
            "certificateNumber": Schema.string, "productName": Schema.string, "establishmentName": Schema.string,
            "provinceCode": Schema.string, "provinceName": Schema.string, "level": selectionLevelSchema, "levelLabel": Schema.string,
            "year": Schema.integer, "group": Schema.integer(minimum: 1, maximum: 4), "groupLabel": Schema.string,
            "isProductSet": Schema.boolean, "description": Schema.string, "issuedOn": Schema.day, "issuedBy": Schema.string,
            "validUntil": Schema.day, "status": Schema.oneOf(CertificateStatus.allCases.map(\.rawValue)), "statusLabel": Schema.string,
        ], optional: ["award": Schema.string, "photoUrl": Schema.string(description: "The product's photo, when the dossier has one")])),
    ]
}
