import Foundation

/// Where the location rule in force on a day does not simply admit a rural establishment — a few
/// hundred wards rather than ten thousand communes. Computing it walks every commune, so callers
/// keep it for the day (`GeographyCache.eligibilityLocations(on:)`).
public struct EligibilityLocations: Sendable, Hashable {
    public let day: Day
    /// Units where the location rule says "not eligible" on `day` (a recognised craft village
    /// still admits the establishment under Decree 235).
    public let notEligibleUnits: Set<AdminUnitRef>
    /// Units where the rule cannot be decided from the data held (unclear succession, a ward of a
    /// city of unknown class).
    public let undeterminedUnits: Set<AdminUnitRef>

    public init(on day: Day, geography: Geography) {
        self.day = day
        var notEligible: Set<AdminUnitRef> = []
        var undetermined: Set<AdminUnitRef> = []
        for unit in geography.units.values where unit.level == .commune {
            switch Eligibility.location(unit.ref, on: day, geography: geography, craftVillage: nil).0 {
            case .eligible: break
            case .notEligible: notEligible.insert(unit.ref)
            case .undetermined: undetermined.insert(unit.ref)
            }
        }
        notEligibleUnits = notEligible
        undeterminedUnits = undetermined
    }
}

/// The eligibility rule in the shape a list filter needs: lists are filtered in the database, so
/// the parts of `Eligibility.evaluate` become sets of values to compare columns with. Tests hold the
/// two forms of the rule to agreeing.
public struct EligibilityFilter: Sendable, Hashable {
    public let verdict: EligibilityAnswer.Verdict
    public let locations: EligibilityLocations

    public init(verdict: EligibilityAnswer.Verdict, locations: EligibilityLocations) {
        self.verdict = verdict
        self.locations = locations
    }

    public init(verdict: EligibilityAnswer.Verdict, on day: Day, geography: Geography) {
        self.init(verdict: verdict, locations: EligibilityLocations(on: day, geography: geography))
    }

    public var day: Day { locations.day }

    /// Whether a craft village recognised by `day` admits an establishment wherever it is.
    public var craftVillagesAdmit: Bool { Eligibility.craftVillagesAdmit(on: day) }
}
