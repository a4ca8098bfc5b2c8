import Foundation

/// Whether an establishment is a beneficiary on a date, with the reasons in words (domain §6.1, G3).
public struct EligibilityAnswer: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable, CaseIterable {
        case eligible, notEligible = "not_eligible"
        /// The rule depends on a fact the system does not hold (e.g. a city's class); check by hand.
        case undetermined

        public var label: MessageKey {
            switch self {
            case .eligible: .verdictEligible
            case .notEligible: .verdictNotEligible
            case .undetermined: .verdictUndetermined
            }
        }
    }

    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// Decree 45/2012/NĐ-CP Art.1 cl.2, original text — applications before 15 Oct 2025.
        case decree45 = "decree_45_2012"
        /// Decree 45 as amended by Decree 235/2025/NĐ-CP Art.1 cl.1 — from 15 Oct 2025.
        case decree235 = "decree_235_2025"
    }

    public struct Reason: Sendable, Hashable {
        public let key: MessageKey
        public let arguments: [String: String]

        public init(_ key: MessageKey, _ arguments: [String: String] = [:]) {
            self.key = key
            self.arguments = arguments
        }
    }

    public let day: Day
    public let rule: Rule
    public let verdict: Verdict
    public let reasons: [Reason]

    /// "Eligible on 01/03/2026 because …" in the given language.
    public func explanation(in language: Language) -> String {
        let head: MessageKey =
            switch verdict {
            case .eligible: .eligibleBecause
            case .notEligible: .notEligibleBecause
            case .undetermined: .eligibilityUndetermined
            }
        let parts = reasons.map { Messages.text($0.key, language, $0.arguments) }
        return Messages.text(head, language, ["date": day.vietnamese, "reasons": parts.joined(separator: "; ")])
    }
}

/// Facts about the establishment's craft village that the rule needs.
public struct CraftVillageFacts: Sendable, Hashable {
    public let name: String
    public let recognisedOn: Day?

    public init(name: String, recognisedOn: Day?) {
        self.name = name
        self.recognisedOn = recognisedOn
    }
}

public enum Eligibility {
    /// Decree 235/2025/NĐ-CP takes effect on 15 Oct 2025.
    public static let decree235From = Day(year: 2025, month: 10, day: 15)!

    /// Forms that make a rural industrial establishment (cơ sở CNNT) under (a); a large enterprise is
    /// not one (definition lists SMEs, cooperatives, groups, households — the exclusion is inferred).
    public static let ruralForms: Set<LegalForm> = [.sme, .cooperativeGroup, .cooperative, .unionOfCooperatives, .businessHousehold]

    public static func evaluate(
        _ establishment: Establishment, on day: Day, geography: Geography, craftVillage: CraftVillageFacts?
    ) -> EligibilityAnswer {
        let rule: EligibilityAnswer.Rule = day >= decree235From ? .decree235 : .decree45
        // (b) applies wherever the establishment is and whatever its form.
        var basisB: [EligibilityAnswer.Reason] = []
        if establishment.appliesCleanerProduction { basisB.append(.init(.reasonCleanerProduction)) }
        if establishment.isClusterInvestor { basisB.append(.init(.reasonClusterInvestor)) }
        if !basisB.isEmpty { return EligibilityAnswer(day: day, rule: rule, verdict: .eligible, reasons: basisB) }

        let formLabel = ["form": establishment.legalForm.rawValue]
        guard ruralForms.contains(establishment.legalForm), establishment.sizeClass != .large else {
            let key: MessageKey = establishment.sizeClass == .large ? .reasonLargeEnterprise : .reasonFormNotRural
            return EligibilityAnswer(day: day, rule: rule, verdict: .notEligible, reasons: [.init(key, formLabel)])
        }
        let formReason = EligibilityAnswer.Reason(.reasonRuralForm)
        let (verdict, location) = self.location(establishment.commune, on: day, geography: geography, craftVillage: craftVillage)
        return EligibilityAnswer(day: day, rule: rule, verdict: verdict, reasons: [formReason] + location)
    }

    /// Whether a recognised craft village admits an establishment wherever it is (Decree 235 only).
    public static func craftVillagesAdmit(on day: Day) -> Bool { day >= decree235From }

    /// The location part of the rule in force on `day`.
    static func location(_ commune: AdminUnitRef, on day: Day, geography: Geography, craftVillage: CraftVillageFacts?)
        -> (EligibilityAnswer.Verdict, [EligibilityAnswer.Reason])
    {
        craftVillagesAdmit(on: day)
            ? locationUnderDecree235(commune, on: day, geography: geography, craftVillage: craftVillage)
            : locationUnderDecree45(commune, geography: geography)
    }

    /// Communes, wards and special zones of provinces; communes and special zones of central cities;
    /// recognised craft villages anywhere (Decree 45 Art.1 cl.2 as amended by Decree 235).
    static func locationUnderDecree235(
        _ commune: AdminUnitRef, on day: Day, geography: Geography, craftVillage: CraftVillageFacts?
    ) -> (EligibilityAnswer.Verdict, [EligibilityAnswer.Reason]) {
        if let craftVillage, let recognised = craftVillage.recognisedOn, recognised <= day {
            return (.eligible, [.init(.reasonCraftVillage, ["village": craftVillage.name, "date": recognised.vietnamese])])
        }
        guard let recorded = geography.unit(commune) else { return (.undetermined, [.init(.reasonUnknownCommune)]) }
        let current = geography.successors(of: recorded, on: day)
        let kinds = Set(current.map(\.kind))
        guard let commune = current.first, kinds.count == 1, let province = geography.province(of: commune) else {
            return (.undetermined, [.init(.reasonSuccessionUnclear, ["commune": recorded.name])])
        }
        let place = ["commune": commune.name, "province": province.name]
        if province.kind == .centralCity, commune.kind == .ward {
            return (.notEligible, [.init(.reasonWardOfCentralCity, place)])
        }
        return (.eligible, [.init(province.kind == .centralCity ? .reasonCommuneOfCentralCity : .reasonUnitOfProvince, place)])
    }

    /// Districts, towns, townships, communes, wards of class-2 and class-3 cities and wards of class-1
    /// cities converted from communes within five years (Decree 45/2012 Art.1 cl.2, original text).
    /// The system holds no city classes, so a ward of a provincial city is left for a person to decide.
    static func locationUnderDecree45(_ ref: AdminUnitRef, geography: Geography)
        -> (EligibilityAnswer.Verdict, [EligibilityAnswer.Reason])
    {
        guard let commune = geography.unit(ref) else { return (.undetermined, [.init(.reasonUnknownCommune)]) }
        let place = ["commune": commune.name]
        switch commune.kind {
        case .commune, .township, .specialZone:
            return (.eligible, [.init(.reasonRuralCommune2012, place)])
        case .ward:
            guard commune.period == .threeTier, let district = geography.parent(of: commune) else {
                return (.undetermined, [.init(.reasonWardCityClass, place)])
            }
            switch district.kind {
            case .town: return (.eligible, [.init(.reasonWardOfTown2012, ["commune": commune.name, "district": district.name])])
            case .urbanDistrict: return (.notEligible, [.init(.reasonWardOfUrbanDistrict2012, ["commune": commune.name, "district": district.name])])
            default: return (.undetermined, [.init(.reasonWardCityClass, place)])
            }
        default:
            return (.undetermined, [.init(.reasonUnknownCommune)])
        }
    }
}
