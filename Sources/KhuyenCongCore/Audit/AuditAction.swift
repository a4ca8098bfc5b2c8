/// Labels for the actions recorded in the audit trail; an action without one is shown by its code.
public enum AuditAction {
    public static func label(_ action: String, in language: Language) -> String {
        labels[action].map { Messages.text($0, language) } ?? action
    }

    static let labels: [String: MessageKey] = [
        "organisation.create": .actOrganisationCreate,
        "organisation.update": .actOrganisationUpdate,
        "user.create": .actUserCreate,
        "auth.login": .actLogin,
        "auth.token": .actToken,
        "reference.load": .actReferenceLoad,
        "sector.seed": .actSectorSeed,
        "unit_succession.create": .actSuccessionCreate,
        "establishment.create": .actEstablishmentCreate,
        "establishment.update": .actEstablishmentUpdate,
        "establishment.merge": .actEstablishmentMerge,
        "establishment.absorb": .actEstablishmentAbsorb,
        "establishment.demo": .actEstablishmentDemo,
        "establishment.seed_synthetic": .actEstablishmentSynthetic,
        "craft_village.create": .actCraftVillageCreate,
        "artisan.create": .actArtisanCreate,
        "scheme.create": .actSchemeCreate,
        "scheme.update": .actSchemeUpdate,
        "scheme.action": .actSchemeAction,
        "scheme_document.upload": .actSchemeDocumentUpload,
        "programme.seed": .actProgrammeSeed,
        "programme.create": .actProgrammeCreate,
        "programme.update": .actProgrammeUpdate,
        "plan.create": .actPlanCreate,
        "plan.update": .actPlanUpdate,
        "scheme_money.record": .actMoneyRecord,
        "scheme_adjustment.request": .actAdjustmentRequest,
        "scheme_adjustment.decide": .actAdjustmentDecide,
        "rate_table.seed": .actRateTableSeed,
        "rate_table.save": .actRateTableSave,
        "scheme_settings.save": .actSchemeSettingsSave,
    ]
}
