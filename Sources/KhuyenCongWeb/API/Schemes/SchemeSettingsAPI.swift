import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

/// `GET|PUT /api/v1/provinces/{code}/scheme-settings`: who appraises and approves a province's
/// local schemes and its deadlines. Everyone reads; only that province's Department writes.
struct SchemeSettingsDTO: Content {
    let provinceCode: String?
    let appraiser: String
    let approver: String
    /// `MM-dd`, e.g. `05-20`.
    let registrationDeadline: String
    let settlementDays: Int
    let liquidationDeadline: String
    let version: Int

    init(_ settings: ProvinceSchemeSettings, provinceCode: String, version: Int) {
        self.provinceCode = provinceCode
        appraiser = settings.appraiser.rawValue
        approver = settings.approver.rawValue
        registrationDeadline = String(format: "%02d-%02d", settings.registrationDeadline.month, settings.registrationDeadline.day)
        settlementDays = settings.settlementDays
        liquidationDeadline = String(format: "%02d-%02d", settings.liquidationDeadline.month, settings.liquidationDeadline.day)
        self.version = version
    }

    func settings() throws -> ProvinceSchemeSettings {
        func monthDay(_ text: String, field: String) throws -> MonthDay {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, let value = MonthDay(month: parts[0], day: parts[1]) else {
                throw DomainError.invalidFields([FieldError(field: field, key: .settingsMonthDayInvalid)])
            }
            return value
        }
        guard let appraiser = Role(rawValue: appraiser) else { throw DomainError.invalidFields([FieldError(field: "appraiser", key: .settingsRoleNotAllowed)]) }
        guard let approver = Role(rawValue: approver) else { throw DomainError.invalidFields([FieldError(field: "approver", key: .settingsRoleNotAllowed)]) }
        return ProvinceSchemeSettings(
            appraiser: appraiser, approver: approver, registrationDeadline: try monthDay(registrationDeadline, field: "registrationDeadline"),
            settlementDays: settlementDays, liquidationDeadline: try monthDay(liquidationDeadline, field: "liquidationDeadline"))
    }
}

enum SchemeSettingsAPI {
    static func province(_ req: Request) async throws -> String {
        guard let code = req.parameters.get("code"), try await req.services.geography.current().unit(code: code, on: req.services.today)?.level == .province
        else { throw DomainError(.notFound, .unknownProvince) }
        return code
    }

    static func show(_ req: Request) async throws -> SchemeSettingsDTO {
        _ = try req.requirePrincipal()
        let code = try await province(req)
        let (settings, version) = try await ProvinceSchemeSettingsRepository(store: req.services.store).get(code)
        return SchemeSettingsDTO(settings, provinceCode: code, version: version)
    }

    static func update(_ req: Request) async throws -> SchemeSettingsDTO {
        let principal = try req.requirePrincipal()
        let code = try await province(req)
        let input = try req.decodeJSON(SchemeSettingsDTO.self)
        let repository = ProvinceSchemeSettingsRepository(store: req.services.store)
        try await repository.save(try input.settings(), for: code, expectedVersion: input.version, by: principal)
        let (settings, version) = try await repository.get(code)
        return SchemeSettingsDTO(settings, provinceCode: code, version: version)
    }
}
