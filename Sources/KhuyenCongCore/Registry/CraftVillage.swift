import Foundation

/// Làng nghề recognised by a provincial People's Committee (domain §4.2).
public struct CraftVillage: Sendable, Hashable, Identifiable {
    public let id: UUID
    public var name: String
    public var commune: AdminUnitRef
    public var provinceCode: String
    /// The recognising decision, e.g. "Quyết định 2050/QĐ-UBND ngày 12/06/2012".
    public var decisionRef: String
    public var recognisedOn: Day?
    public var version: Int

    public init(
        id: UUID, name: String, commune: AdminUnitRef, provinceCode: String, decisionRef: String, recognisedOn: Day?,
        version: Int = 1
    ) {
        self.id = id
        self.name = name
        self.commune = commune
        self.provinceCode = provinceCode
        self.decisionRef = decisionRef
        self.recognisedOn = recognisedOn
        self.version = version
    }

    public var facts: CraftVillageFacts { CraftVillageFacts(name: name, recognisedOn: recognisedOn) }
}

/// Nghệ nhân nhân dân / nghệ nhân ưu tú — beneficiaries since Decree 235/2025.
public struct Artisan: Sendable, Hashable, Identifiable {
    public enum Title: String, Sendable, Codable, CaseIterable {
        /// Nghệ nhân nhân dân.
        case peoples = "peoples"
        /// Nghệ nhân ưu tú.
        case meritorious
    }

    public let id: UUID
    public var fullName: String
    public var title: Title
    public var craft: String
    public var provinceCode: String
    public var establishmentID: UUID?

    public init(id: UUID, fullName: String, title: Title, craft: String, provinceCode: String, establishmentID: UUID?) {
        self.id = id
        self.fullName = fullName
        self.title = title
        self.craft = craft
        self.provinceCode = provinceCode
        self.establishmentID = establishmentID
    }
}
