import Foundation

/// One link of the succession between units of the two periods (many-to-many).
/// Province links come from Resolution 202/2025/QH15 and are exact; commune links are entered or
/// corrected by provinces, and may be seeded as `inferred` from the reform's coding convention.
public struct UnitSuccession: Hashable, Sendable, Codable {
    public let predecessor: AdminUnitRef
    public let successor: AdminUnitRef
    public let effectiveOn: Day
    /// Only part of the predecessor's territory went to this successor.
    public let partial: Bool
    /// Derived from the code convention (a new commune usually takes the code of one of the communes
    /// it absorbed), not from an official mapping; to be confirmed by the province.
    public let inferred: Bool

    public init(
        predecessor: AdminUnitRef, successor: AdminUnitRef, effectiveOn: Day, partial: Bool,
        inferred: Bool = false
    ) {
        self.predecessor = predecessor
        self.successor = successor
        self.effectiveOn = effectiveOn
        self.partial = partial
        self.inferred = inferred
    }
}
