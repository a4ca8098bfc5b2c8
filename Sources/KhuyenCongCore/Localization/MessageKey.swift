/// Every user-facing text has a key here and both languages in `Messages.catalogue`
/// (a test checks that no key lacks either).
public enum MessageKey: String, Sendable, Codable, CaseIterable {
    // Application shell
    case appName, appTagline, skipToContent, footerNote, demoBanner, switchLanguage, menu
    case navHome, navGeography, navOrganisations, navAudit, navLogin, navLogout
    case signedInAs

    // Roles
    case roleMinistryAdmin, roleMinistryLeader, roleProvinceDepartment, roleProvinceCommittee
    case roleImplementingUnit, roleCommuneCommittee, roleCollaborator, roleEstablishment
    case roleJuryMember, roleInspector, roleSystemAdmin

    // Organisation kinds
    case orgKindMinistryDepartment, orgKindNationalCentre, orgKindProvinceDepartment, orgKindProvinceCentre
    case orgKindProvinceCommittee, orgKindCommuneCommittee, orgKindEstablishment, orgKindOther

    // Errors
    case notFound, forbidden, unauthenticated, staleVersion, invalidFields, invalidDate, invalidLevel
    case invalidCursor, invalidLimit, invalidUUID, invalidJSON, unknownUnit, unknownProvince
    case loginFailed, loginThrottled, csrfFailed, serverError, badRequest, payloadTooLarge, readOnlyRole
    case errorTitle, errorBackHome, pageNotFoundTitle, forbiddenTitle
    case fieldRequired, fieldTooLong, fieldInvalidPhone, fieldInvalidEmail
    case usernameTaken, invalidUsername, passwordTooShort, roleNeedsProvince, roleNeedsCommune
    case roleNeedsOrganisation, invalidUnitRef, invalidKind

    // Home
    case homeTitle, homeWelcome, homePublicIntro, homeCountsHeading, homeYourArea, homeNationwide
    case countProvinces, countCommunes, countOrganisations, countUsers, countAuditEntries
    case countCommunesInProvince, homeQuickLinks

    // Geography
    case geoTitle, geoIntro, geoDate, geoSearch, geoSearchPlaceholder, geoShow, geoLevel, geoCode
    case geoName, geoType, geoParent, geoChildren, geoSuccessors, geoPredecessors, geoValidFrom
    case geoValidTo, geoInForce, geoNoResults, geoResultCount, geoProvinces, geoCommunes
    case geoPeriod, geoPeriodThreeTier, geoPeriodTwoTier, geoPartial, geoInferred, geoCurrentProvince
    case geoAllProvinces, geoLevelProvince, geoLevelDistrict, geoLevelCommune, geoUnitTitle
    case geoShowingFirst

    // Organisations
    case orgTitle, orgIntro, orgName, orgKind, orgProvince, orgCommune, orgAddress, orgPhone, orgEmail
    case orgEdit, orgSave, orgSaved, orgVersion, orgNone, orgAll, orgFilter

    // Audit
    case auditTitle, auditIntro, auditWhen, auditWho, auditAction, auditEntity, auditChainOk
    case auditChainBroken

    // Login
    case loginTitle, loginIntro, loginUsername, loginPassword, loginSubmit

    // Pagination
    case nextPage

    // Registry: fields and values
    case taxCodeTaken, taxCodeShape, taxCodeCheckDigit, taxCodePersonalIDTooEarly, legalFormUnknown, sizeClassUnknown
    case communeUnknownOnDate, sectorUnknown, fieldWholeNumber, employeesExceedTotal, fieldInvalidDate, dateInFuture
    case formSME, formCooperativeGroup, formCooperative, formUnionOfCooperatives, formBusinessHousehold
    case formOtherEnterprise, sizeMicro, sizeSmall, sizeMedium, sizeLarge

    // Registry: eligibility and priorities
    case eligibleBecause, notEligibleBecause, eligibilityUndetermined
    case verdictEligible, verdictNotEligible, verdictUndetermined, eligibilityFilterValues
    case reasonCleanerProduction, reasonClusterInvestor, reasonLargeEnterprise, reasonFormNotRural, reasonRuralForm
    case reasonCraftVillage, reasonUnknownCommune, reasonSuccessionUnclear, reasonWardOfCentralCity
    case reasonCommuneOfCentralCity, reasonUnitOfProvince, reasonRuralCommune2012, reasonWardCityClass
    case reasonWardOfTown2012, reasonWardOfUrbanDistrict2012
    case priorityLabourIntensive, priorityWomanOwned, priorityEthnicMinorityOwned, priorityEmploysEthnicMinority
    case priorityCraftVillage

    // Registry: pages
    case navEstablishments, estTitle, estNew, estIntro, estSearchPlaceholder, estSearchHint, estLegalForm, estSectors, estExport
    case estNone, estName, estTaxCode, estEmployees, estEligibility, estSize, estFemale, estEthnicMinority
    case estWomanOwned, estEthnicMinorityOwned, estCleanerProduction, estClusterInvestor, estFoundedOn
    case estDuplicates, estDuplicatesIntro, estHistory, yes, no, estTaxCodeHint, estCommuneCode, estCommuneHint
    case estDateHint, countEstablishments, invalidFormat

    // Registry: import
    case importEmpty, importNotCSV, importUnterminatedQuote, importLegacyEncoding, importXLSXUnreadable, importUnreadable, importMissingColumns
    case importDuplicateInFile, importTaxCodeOutsideArea, importOutsideArea
    case importTitle, importIntro, importFile, importDryRun, importSubmit, importTemplate, importRowsRead, importCreated, importWouldCreate, importWouldUpdate
    case importUpdated, importUnchanged, importNothingToWrite, importRejected, importCommitted, importNotCommitted, importDryRunDone, importRow, importColumn
    case importValue, importMessage, invalidBoolean, importRunning, importRunningHint, importJobGone
    case craftVillagesTitle, craftVillagesIntro, craftVillagesNone, craftVillageName, craftVillageDecision, artisansTitle
    case artisanPeoples, artisanMeritorious
    case mergeIntoItself, alreadyMerged, mergedNotice, mergeAction, mergeDone
    case importMergedRecord, exportTooLargeForXLSX

    // Audit actions
    case actOrganisationCreate, actOrganisationUpdate, actUserCreate, actLogin, actToken, actReferenceLoad, actSectorSeed, actSuccessionCreate, actEstablishmentCreate, actEstablishmentUpdate, actEstablishmentMerge, actEstablishmentAbsorb, actEstablishmentDemo, actEstablishmentSynthetic, actCraftVillageCreate, actArtisanCreate

    // Schemes: support rates and their calculation
    case activityTypeDemoModelNewTech, activityTypeDemoModelReplication, activityTypeMachinery, activityTypeTechnologyLine
    case activityTypeFairAbroad, activityTypeStudyTourAbroadAirfare, activityTypeSelectionRoundRegional
    case activityTypeSelectionRoundNational, activityTypeClusterInfrastructure, activityTypeEnterpriseFounding
    case activityTypePollutionTreatmentUpgrade, activityTypeCleanerProductionPilot, activityTypeCleanerProductionAssessment
    case activityTypeVocationalTraining, activityTypeFairDomestic, activityTypeShowroom, activityTypeTrademarkRegistration
    case activityTypeConsultancy, activityTypeSeminarForum, activityTypeAssociationClusterLink, activityTypeCommunication
    case activityTypeClusterDetailedPlanning, activityTypeClusterPollutionTreatment, activityTypeArtisanSupport
    case activityTypeDigitalTransformation, activityTypeManagementCapacity
    case activityContentVocationalTraining, activityContentManagementCapacity, activityContentDemonstrationTechnology
    case activityContentTypicalProducts, activityContentInformationConsultancy, activityContentLinkageClusters
    case activityContentCleanerProduction, activityContentInternationalCooperation, activityContentProgrammeCapacity
    case capUnitModel, capUnitModels, capUnitEstablishment, capUnitEstablishments, capUnitEnterprise, capUnitEnterprises
    case capUnitRound, capUnitRounds, capUnitCluster, capUnitClusters, capUnitPerson, capUnitPersons, capUnitScheme
    case capUnitSchemes
    case rateCalcRateCapped, rateCalcRateWithinCap, rateCalcRateNoCap, rateCalcCapOnlyCapped, rateCalcCapOnlyWithinCap
    case rateCalcSource, rateCalcUnverified, rateCalcNote, rateCalcRequestedAbove, rateCalcRequestedWithin
    case rateCalcNoNationalTable, rateCalcNoProvinceTable, rateCalcProvinceCode, rateCalcRuleNotSet

    // Schemes: lifecycle, deadlines, adjustments, money
    case schemeLevelNational, schemeLevelLocal, schemeKindSingle, schemeKindPilot, schemeKindGroup
    case sourceCentral, sourceProvincial, sourceCommune, sourceOther
    case schemeYearOutOfRange, schemeYearsInvalid, schemeNeedsLines, schemeBeneficiaryRepeated, schemeFundsDoNotAddUp
    case schemeQuantityInvalid, schemeAmountInvalid, schemeRequestExceedsCost
    case pilotNeedsTwoActivities, pilotNeedsTwoBeneficiaries, pilotNeedsTwoToThreeYears
    case schemeBeneficiaryUnknown, schemeCommuneNotInProvince, schemeUnitUnknown, schemeNotEditable, schemeUnitNotYours
    case stateDraft, stateSubmitted, stateGrassrootsApproved, stateAtMinistry, stateInDraftPlan, stateApproved
    case stateContracted, stateInProgress, stateStopPending, stateStopped, stateFacilityAccepted
    case stateSettlementSubmitted, stateClosed, stateRejected, stateNotSelected
    case actionSubmit, actionReturn, actionGrassrootsApprove, actionForwardToMinistry, actionMinistryApprove
    case actionNotSelect, actionAppraise, actionReject, actionApprove, actionSignContract, actionStart
    case actionRequestStop, actionApproveStop, actionRefuseStop, actionAcceptFacility, actionSubmitSettlement, actionClose
    case guardSettlementNotOverdue, guardFundsExceedPlan
    case rateCalcSharedCap
    case checkFunds, checkFundsNoPlan, checkFundsNoEnvelope, checkFundsFit, checkFundsShort
    case sdocApplication, sdocSchemeText, sdocBeneficiaryRequest, sdocTypeDocuments, sdocAppraisalMinutes, sdocContract
    case sdocAcceptanceMinutes, sdocSettlement, sdocOther, sdocNotAccepted, sdocKindUnknown, sdocTitle, sdocIntro, sdocNone
    case sdocMissing, sdocComplete, sdocUpload, sdocFile, sdocColKind, sdocColTitle, sdocColSize, sdocColBy
    case checkDossierMissing, checkDossierPresent, actSchemeDocumentUpload
    case guardContentInvalid, guardSupportExceedsRates, actionNotFromState, actionNotForRole, reasonRequired
    case settingsRoleNotAllowed, settingsDaysOutOfRange, settingsMonthDayInvalid
    case deadlineRegistration, deadlineSettlement, deadlineLiquidation
    case adjIncreaseSupport, adjChangeContent, adjExtend, adjAddOrStop, adjWithinYear, adjOther, adjustmentNotYourDecision
    case adjStateRequested, adjStateConfirmed, adjStateApproved, adjStateRejected, adjActionConfirm, adjActionApprove
    case adjStateWithdrawn, adjActionWithdraw, adjustmentOnlyRequester
    case adjActionReject, adjustmentNotFromState, adjustmentNotAllowedInState, adjustmentAlreadyOpen, adjustmentChangesNothing
    case adjRequestTitle, adjRequestHint
    case adjustmentsTitle, adjKinds, adjDecider, adjRequestedBy, adjNone, actAdjustmentRequest, actAdjustmentDecide
    case moneyContracted, moneyAdvanced, moneyDisbursed, moneyAccepted, moneySettled, moneyRecovered, moneyNotYours, moneyWrongSource
    case moneyNotInState, moneyContractRecorded, moneyAboveApproved, moneyAboveAdvanceLimit, moneyAboveAccepted, moneyAbovePaid
    case moneyKindUnknown, moneyTitle, moneyApproved, moneyRecord, moneyDate, moneyReference, moneyAmount, moneyKind, moneyNone
    case actMoneyRecord, rollupTitle, rollupGroupingInvalid
    case checkBeneficiaries, checkSectors, checkActivities, checkSupport, checkPilot, checkPriorities, checkDossier, checkDuplicates
    case checkNoBeneficiaries, checkNoSector, checkActivityNotYet, checkPilotJudgement, checkNotPilot, checkNoPriority
    case checkDossierManual, checkDuplicate, checklistTitle, checkPass, checkFail, checkManual, checkInfo, schMembers, schMembersHint
    case advanceConditionProgress, advanceConditionTrainingPlan, advanceConditionPlan
    case actSchemeCreate, actSchemeUpdate, actSchemeAction, actRateTableSeed, actRateTableSave, actSchemeSettingsSave
    case schemeLevelUnknown, schemeKindUnknown, schemeActivityUnknown, schemeActionUnknown, schemeStateUnknown
    case rateScopeInvalid, rateCapUnitInvalid
    case navSchemes, navRates, schTitle, schIntro, schWorklist, schWorklistIntro, schWorklistEmpty, schOverdue, schAllSchemes
    case schCode, schName, schYear, schState, schLevel, schKind, schProvince, schRequested, schAllowed, schEligibleCost
    case schLines, schActivity, schQuantity, schDescription, schWhy, schTimeline, schTimelineEmpty, schDeadlines, schDue
    case schMoney, schCounterpart, schOtherFunds, schAdvanceLimit, schReason, schReasonHint, schActions, schNoActions
    case schBlocked, schDone, schSnapshot, schBeneficiaries, schCommunes, schImplementingUnit, schCooperating
    case schNew, schStartYear, schEndYear, schCommunesHint, schBeneficiariesHint
    case schNone, schTotal, schYears, schFilter, schRefused, schSupportSource, schNotComputable
    case rateTablesTitle, rateTablesIntro, rateUnverified, rateVerified, rateNotSet, rateValidity, rateLegalBasis
    case rateRow, rateRate, rateCap, rateScopeNational, rateNoCap, rateUpTo, rateNote
    case rateTableNew, rateTableCode, rateTableCodeHint, rateValidFrom, rateValidTo, rateCapUnit
    case rateCodeInvalid, rateValidToBeforeFrom, rateRuleRepeated, rateOutOfRange, rateTablesOverlap, rateTableNotYours

    // Programmes, targets and annual plans
    case programmeStatusUnknown, programmeMetricUnknown, planSourceUnknown, planStatusUnknown
    case navProgrammes, progTitle, progIntro, progNational, progProvinces, progCoverageIntro, progNone, progTarget, progAchieved
    case progPlanned, progPercent, progMetric, progDecision, progPeriod, plansTitle, plansIntro, planEnvelope, planCommitted
    case planProposed, planRemaining, planSource, planOverCommittedFlag, plansNone
    case approvalNotYours
    case programmeCodeTaken, planExists, actProgrammeSeed, actProgrammeCreate, actProgrammeUpdate, actPlanCreate, actPlanUpdate
    case metricDemoModels, metricMachines, metricTechnologyLines, metricCleanerProductionAssessments
    case metricCleanerProductionPilots, metricPollutionTreatmentUpgrades, metricTrademarks, metricClusterDetailedPlans
    case metricClusterUpgrades, metricFairsDomestic, metricFairsAbroad, metricWorkersTrained, metricEstablishmentsSupported
    case metricUnitModels, metricUnitMachines, metricUnitLines, metricUnitAssessments, metricUnitSystems
    case metricUnitEstablishments, metricUnitClusters, metricUnitFairs, metricUnitPeople
    case programmeStatusDrafting, programmeStatusConsultation, programmeStatusSubmitted, programmeStatusApproved
    case programmeStatusClosed, planStatusDrafting, planStatusSubmitted, planStatusApproved
    case programmeCodeInvalid, programmeYearsInvalid, programmeTargetNegative, programmeTargetRepeated
    case approvalNeedsDecision, programmeTargetToBeFilledIn, planOverCommitted

    // The API reference page
    case apiTitle, apiIntro, apiDocumentLink, apiParameters, apiParameterName, apiParameterLocation, apiDescription
    case apiRequestBody, apiFileBody, apiResponse, apiExports, apiAnyone, apiSignedIn, apiContents, apiFooterLink, apiType, apiSchemas

    // Typical products
    case tpLevelCommune, tpLevelDistrict, tpLevelProvince, tpLevelRegion, tpLevelNational
    case tpGroupHandicrafts, tpGroupProcessedFood, tpGroupMachinery, tpGroupOther
    case tpRoundYearOutOfRange, tpRoundWindowOrder, tpRoundWindowOutsideYear, tpRoundDistrictAbolished
    case tpRoundCodeNotForLevel, tpRoundCodeShape, tpRoundRegionUnknown, tpRoundNeedsGroups
    case tpRegistrationNotOpen, tpRegistrationClosed, tpEntryDuplicate, tpEntryDuplicateField, tpEntryGroupInvalid
    case tpEntryGroupNotInRound, tpNominationNeedsRecognition, tpNominationRecognitionExpired
    case tpCriterionOwnProduct, tpCriterionIntellectualProperty, tpCriterionStandards, tpCriterionMassProducible
    case tpCriterionMarketDemand, tpOutcomePass, tpOutcomeFail, tpOutcomeUnknown, tpEntryNotEligible
    case tpScoreMarket, tpScoreEconomic, tpScoreCultural, tpScoreOther, tpScoreRange40, tpScoreRange10
    case tpJudgeNotOnJury, tpJudgeExcluded, tpConflictDeclared, tpConflictSameOrganisation, tpConflictRelation
    case tpJudgingClosed, tpScoreAlreadySubmitted
    case tpMethodMean, tpMethodMedian, tpMethodTrimmedMean, tpPassMarkInvalid, tpTrimNeedsThreeJudges, tpRuleRepeated
    case tpRecognitionNeedsPass, tpCertificateValid, tpCertificateExpired, tpCertificateNotYetValid
    case tpCertificateBeforeDecision, tpCertificateBeforeDecisionField, tpCertificateAlreadyIssued
    case tpPriorityCertifiedCommune, tpPriorityCertifiedDistrict, tpPriorityCertifiedProvince
    case tpPriorityCertifiedRegion, tpPriorityCertifiedNational
    case tpNotOrganiser, tpPhaseAnnounced, tpPhaseRegistration, tpPhaseJudging, tpPhaseClosed
    case tpStatusRegistered, tpStatusIneligible, tpStatusJudging, tpStatusPassed, tpStatusNotPassed, tpStatusRecognised
    case tpStatusCertified, tpEntryOutsideArea, tpEntryOutsideAreaField, tpCloseBeforeRegistrationEnds, tpJudgeUnknownUser
    case tpJudgeAlreadyOnJury, tpRoundUnitUnknown, tpConflictAlreadyDeclared, tpResultsAfterClosing, tpAlreadyRecognised
    case tpCertificateNeedsRecognition, tpLevelUnknown, tpCriterionUnknown, tpOutcomeUnknownValue
    case tpRoundDefaultTitle, tpCertificateUnknown, tpCatalogueTitle
    case tpDossierPhoto, tpDossierDocument, tpDossierEmpty, tpDossierTooLarge, tpDossierNotPhoto, tpDossierNotAccepted
    case tpDossierOtherEstablishment, tpDossierTitle, tpDossierIntro, tpDossierAttach, tpDossierUpload, tpDossierFile
    case tpDossierNone, tpDossierKind, tpDossierDocumentTitle, tpDossierChoose, tpDossierKindUnknown
    case tpAdmittedLabel, tpRegionProvinceTwice, tpValidityYears, tpParametersTitle, tpParametersIntro, tpParametersUnverified
    case tpParametersVerified, tpValidityRule, tpNominees, tpNomineesHint, tpNominate
    case tpOrganiser, tpCouncil, tpCouncilHint, tpQuota, tpProposed, tpRoundScopeFixed, tpRoundGroupInUse, tpEditRound, tpVerifyOn, tpJudge, tpSheetNumber
    // Typical-product pages
    case navSelection, navCatalogue, tpRoundsTitle, tpRoundsIntro, tpRoundsNone, tpColRound
    case tpColLevel, tpColWindow, tpColPhase, tpColProduct, tpColEstablishment, tpColGroup
    case tpColStatus, tpColScore, tpColSpread, tpColRank, tpColCertificate, tpColProvince
    case tpColYear, tpJury, tpJuryNone, tpEntries, tpEntriesNone, tpCloseJudging
    case tpCloseHint, tpResults, tpResultsHint, tpRecognise, tpDecisionRef, tpDecidedOn
    case tpAward, tpIssue, tpIssuedOn, tpIssuedBy, tpPublish, tpEnter
    case tpProductName, tpGroup, tpIsSet, tpDescription, tpEstablishmentId, tpPriorLevel
    case tpPriorYear, tpPriorReference, tpPriorHint, tpPriorNone, tpEligibility, tpCheckedBy
    case tpRecordCheck, tpNote, tpYourSheet, tpSheetHint, tpSaveDraft, tpSubmitSheet
    case tpRemarks, tpSheets, tpSheetsHidden, tpDraft, tpSubmittedOn, tpTotal
    case tpDeclareConflict, tpConflictReason, tpExcludedNotice, tpPrintSheet, tpSheetTitle, tpCriterion
    case tpMaxPoints, tpPoints, tpJudgeSignature, tpSheetPlaceDate, tpAdmittedBy, tpSaved
    case tpCatalogueIntro, tpCatalogueNone, tpSearchProducts, tpAllLevels, tpAllGroups, tpDownloadCSV
    case tpDownloadJSON, tpValidUntil, tpVerifyTitle, tpVerifyIntro, tpCertificateNumber, tpVerify
    case tpVerifyValid, tpVerifyExpired, tpVerifyNotYet, tpNewRound, tpRegistrationOpens, tpRegistrationCloses
    case tpAreaCode, tpRoundTitle, tpAddJudge, tpJudgeUsername, tpBudget, tpOrganiserTools

    // Command line
    case cliBackupPostgres, cliBackupExists, cliBackupNotFound, cliBackupInvalid, cliBackupAuditBroken, cliBackupDone
    case cliRestoreDone, cliRestoreKept, cliRestoreServerRunning, successionExists
    case cliEstablishmentsRange, cliSeedDone, cliSpeed, cliMigrated, cliReindexed, cliReindexPostgres, cliDatabaseUnreadable, cliPasswordStdinRequired, cliUnknownRole, cliUserCreated
}
