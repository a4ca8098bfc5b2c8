import Foundation

/// What an establishment (or its organiser on its behalf) sends to enter a product in a round.
public struct ProductEntryDraft: Sendable, Hashable {
    public var establishmentID: UUID
    /// The establishment's organisation, when it has one: a judge of the same organisation is excluded.
    public var establishmentOrganisationID: UUID?
    public var productName: String
    /// The group number as typed, 1–4 (§8.1); checked against `ProductGroup`.
    public var group: Int
    /// Bộ sản phẩm: several items entered as one product.
    public var isProductSet: Bool
    public var description: String

    public init(
        establishmentID: UUID, establishmentOrganisationID: UUID? = nil, productName: String, group: Int,
        isProductSet: Bool = false, description: String = ""
    ) {
        self.establishmentID = establishmentID
        self.establishmentOrganisationID = establishmentOrganisationID
        self.productName = productName
        self.group = group
        self.isProductSet = isProductSet
        self.description = description
    }
}

/// A product entered in a round (domain §4.4). Eligibility, scores and decisions refer to it by id.
public struct ProductEntry: Sendable, Hashable, Identifiable, Codable {
    public let id: UUID
    public let roundID: UUID
    public var establishmentID: UUID
    public var establishmentOrganisationID: UUID?
    public var productName: String
    public var group: ProductGroup
    public var isProductSet: Bool
    public var description: String
    public var registeredOn: Day
    /// The recognition at the level below that admitted it, nil for direct entries.
    public var admittedBy: PriorRecognition?

    public init(
        id: UUID, roundID: UUID, establishmentID: UUID, establishmentOrganisationID: UUID? = nil, productName: String,
        group: ProductGroup, isProductSet: Bool = false, description: String = "", registeredOn: Day,
        admittedBy: PriorRecognition? = nil
    ) {
        self.id = id
        self.roundID = roundID
        self.establishmentID = establishmentID
        self.establishmentOrganisationID = establishmentOrganisationID
        self.productName = productName
        self.group = group
        self.isProductSet = isProductSet
        self.description = description
        self.registeredOn = registeredOn
        self.admittedBy = admittedBy
    }

    /// The key two entries of one product share: same establishment, same name once folded (so that
    /// "Nón lá Huế" and "NON LA  HUE" are one product).
    public var productKey: ProductKey { ProductKey(establishmentID: establishmentID, productName: productName) }
}

/// One establishment's product, independent of case, diacritics and spacing of its name.
public struct ProductKey: Sendable, Hashable {
    public let establishmentID: UUID
    public let foldedName: String

    public init(establishmentID: UUID, productName: String) {
        self.establishmentID = establishmentID
        self.foldedName = VietnameseText.fold(VietnameseText.normalized(productName))
    }
}

/// Registration of an entry: its fields, the window, duplicates, then nomination — in that order, so
/// that the first refusal is the one the registrant can act on.
public enum EntryRegistration {
    public static let productNameMaxLength = 300
    public static let descriptionMaxLength = 4000

    public static func errors(in draft: ProductEntryDraft, round: SelectionRound) -> [FieldError] {
        var errors: [FieldError] = []
        let name = VietnameseText.trimmed(draft.productName)
        if name.isEmpty { errors.append(.init(field: "productName", key: .fieldRequired)) }
        if name.count > productNameMaxLength { errors.append(.init(field: "productName", key: .fieldTooLong)) }
        if VietnameseText.trimmed(draft.description).count > descriptionMaxLength {
            errors.append(.init(field: "description", key: .fieldTooLong))
        }
        if let group = ProductGroup(rawValue: draft.group) {
            if !round.groups.contains(group) { errors.append(.init(field: "group", key: .tpEntryGroupNotInRound)) }
        } else {
            errors.append(.init(field: "group", key: .tpEntryGroupInvalid))
        }
        return errors
    }

    /// Refuses registration outside the window, naming the day it opens or closed.
    public static func checkWindow(_ round: SelectionRound, on day: Day) throws(DomainError) {
        if day < round.registrationOpens {
            throw DomainError(
                .conflict, .tpRegistrationNotOpen, arguments: ["date": round.registrationOpens.vietnamese])
        }
        if day > round.registrationCloses {
            throw DomainError(
                .conflict, .tpRegistrationClosed, arguments: ["date": round.registrationCloses.vietnamese])
        }
    }

    /// The entry `draft` makes in `round` on `day`, given the round's entries so far and the product's
    /// recognitions, or the refusal.
    public static func register(
        _ draft: ProductEntryDraft, in round: SelectionRound, id: UUID, on day: Day, existing: [ProductEntry],
        recognitions: [PriorRecognition], validity: CertificateValidityBook = .standard
    ) throws(DomainError) -> ProductEntry {
        let errors = errors(in: draft, round: round)
        guard errors.isEmpty, let group = ProductGroup(rawValue: draft.group) else {
            throw DomainError.invalidFields(errors)
        }
        try checkWindow(round, on: day)
        let key = ProductKey(establishmentID: draft.establishmentID, productName: draft.productName)
        if let twin = existing.first(where: { $0.roundID == round.id && $0.productKey == key }) {
            throw DomainError(
                .conflict, .tpEntryDuplicate, arguments: ["name": twin.productName],
                fields: [FieldError(field: "productName", key: .tpEntryDuplicateField)])
        }
        try Nomination.check(round: round, recognitions: recognitions, on: day, validity: validity)
        return ProductEntry(
            id: id, roundID: round.id, establishmentID: draft.establishmentID,
            establishmentOrganisationID: draft.establishmentOrganisationID,
            productName: VietnameseText.normalized(VietnameseText.trimmed(draft.productName)), group: group,
            isProductSet: draft.isProductSet, description: VietnameseText.trimmed(draft.description), registeredOn: day,
            admittedBy: Nomination.admittingRecognition(for: round, among: recognitions, on: day, validity: validity))
    }
}
