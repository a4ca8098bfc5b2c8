import Foundation

/// What is needed to create a user account, checked against the role's area rules before the
/// store is touched.
public struct AccountDraft: Sendable, Hashable {
    public static let minimumPasswordLength = 8

    public var username: String
    public var displayName: String
    public var role: Role
    public var provinceCode: String?
    public var communeCode: String?
    public var organisationID: UUID?

    public init(
        username: String, displayName: String, role: Role, provinceCode: String? = nil,
        communeCode: String? = nil, organisationID: UUID? = nil
    ) {
        self.username = username
        self.displayName = displayName
        self.role = role
        self.provinceCode = provinceCode
        self.communeCode = communeCode
        self.organisationID = organisationID
    }

    /// Checks the username, the password and the area the role needs against today's units.
    public func validate(password: String, geography: Geography, today: Day) -> [DomainError] {
        var errors: [DomainError] = []
        if !Self.isValidUsername(username) { errors.append(DomainError(.invalidInput, .invalidUsername)) }
        if password.count < Self.minimumPasswordLength {
            errors.append(
                DomainError(.invalidInput, .passwordTooShort, arguments: ["min": String(Self.minimumPasswordLength)]))
        }
        let roleArgument = ["role": role.rawValue]
        let province = provinceCode.flatMap { geography.unit(code: $0, on: today) }.flatMap {
            $0.level == .province ? $0 : nil
        }
        let commune = communeCode.flatMap { geography.unit(code: $0, on: today) }.flatMap {
            $0.level == .commune ? $0 : nil
        }
        if provinceCode != nil, province == nil {
            errors.append(
                DomainError(.invalidInput, .unknownProvince, arguments: ["code": provinceCode!, "date": today.vietnamese]))
        }
        if communeCode != nil, commune == nil {
            errors.append(
                DomainError(.invalidInput, .unknownUnit, arguments: ["code": communeCode!, "date": today.vietnamese]))
        }
        switch role.requiredArea {
        case .province where provinceCode == nil:
            errors.append(DomainError(.invalidInput, .roleNeedsProvince, arguments: roleArgument))
        case .commune where communeCode == nil:
            errors.append(DomainError(.invalidInput, .roleNeedsCommune, arguments: roleArgument))
        case .organisation where organisationID == nil:
            errors.append(DomainError(.invalidInput, .roleNeedsOrganisation, arguments: roleArgument))
        default: break
        }
        return errors
    }

    /// The province a commune-level user belongs to, derived rather than typed twice.
    public func resolvedProvinceCode(geography: Geography, today: Day) -> String? {
        if let provinceCode { return provinceCode }
        guard let commune = communeCode.flatMap({ geography.unit(code: $0, on: today) }) else { return nil }
        return geography.province(of: commune)?.code
    }

    public static func isValidUsername(_ name: String) -> Bool {
        (3...64).contains(name.count)
            && name.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ".-_".unicodeScalars.contains(scalar)
            }
    }
}
