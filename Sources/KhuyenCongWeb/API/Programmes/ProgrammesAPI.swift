import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

struct ProgrammeTargetDTO: Content {
    let metric: String
    let label: String?
    let unit: String?
    let targetValue: Int?
    let achieved: Int?
    let planned: Int?
    let percentAchieved: Double?
}

struct ProgrammeDTO: Content {
    let id: UUID?
    let code: String
    let scope: String
    let title: String
    let firstYear: Int
    let lastYear: Int
    let decisionRef: String?
    let approvedBy: String?
    let approvedOn: String?
    let status: String
    let statusLabel: String?
    let targets: [ProgrammeTargetDTO]
    let version: Int?

    init(_ programme: Programme, progress: ProgrammeProgress?, language: UILanguage) {
        id = programme.id
        code = programme.code
        scope = programme.scope.description
        title = programme.title
        firstYear = programme.firstYear
        lastYear = programme.lastYear
        decisionRef = programme.decisionRef
        approvedBy = programme.approvedBy
        approvedOn = programme.approvedOn?.iso
        status = programme.status.rawValue
        statusLabel = Messages.text(programme.status.labelKey, language)
        targets = programme.targets.map { target in
            let figures = progress?[target.metric]
            return ProgrammeTargetDTO(
                metric: target.metric.rawValue, label: Messages.text(target.metric.labelKey, language),
                unit: Messages.text(target.metric.unitKey, language), targetValue: target.targetValue, achieved: figures?.achieved,
                planned: figures?.planned, percentAchieved: figures?.percentAchieved.map { Double($0) / 100 })
        }
        version = programme.version
    }

    /// The programme a `POST`/`PUT` describes.
    func programme(id: UUID) throws -> Programme {
        var errors: [FieldError] = []
        let scope = RateScope(scope)
        if scope == nil { errors.append(FieldError(field: "scope", key: .rateScopeInvalid)) }
        let status = ProgrammeStatus(rawValue: status)
        if status == nil { errors.append(FieldError(field: "status", key: .programmeStatusUnknown)) }
        // A bad date is one more field error, reported with the others.
        let approvedOn = approvedOn.flatMap { Day(iso: $0) }
        if self.approvedOn != nil, approvedOn == nil { errors.append(FieldError(field: "approvedOn", key: .invalidDate)) }
        var parsed: [ProgrammeTarget] = []
        for target in targets {
            guard let metric = ProgrammeMetric(rawValue: target.metric) else {
                errors.append(FieldError(field: "targets.\(target.metric)", key: .programmeMetricUnknown))
                continue
            }
            parsed.append(ProgrammeTarget(metric: metric, targetValue: target.targetValue))
        }
        guard errors.isEmpty, let scope, let status else { throw DomainError.invalidFields(errors) }
        return Programme(
            id: id, code: code, scope: scope, title: title, firstYear: firstYear, lastYear: lastYear, decisionRef: decisionRef,
            approvedBy: approvedBy, approvedOn: approvedOn, status: status, targets: parsed, version: version ?? 1)
    }
}

struct CoverageDTO: Content {
    struct Programme: Content {
        let id: UUID
        let code: String
        let status: String
        let statusLabel: String
    }

    let provinceCode: String
    let provinceName: String
    let programme: Programme?
}

/// `/api/v1/programmes`: national and provincial programmes with progress computed from schemes.
enum ProgrammesAPI {
    static func list(_ req: Request) async throws -> ItemsDTO<ProgrammeDTO> {
        _ = try req.requirePrincipal()
        let programmes = try await req.services.programmes.programmes()
        return ItemsDTO(items: programmes.map { ProgrammeDTO($0, progress: nil, language: req.language) }, nextCursor: nil)
    }

    static func show(_ req: Request) async throws -> ProgrammeDTO {
        _ = try req.requirePrincipal()
        let programme = try await req.services.programmes.programme(try req.uuidParameter("id"))
        return ProgrammeDTO(programme, progress: try await req.services.programmes.progress(of: programme), language: req.language)
    }

    static func create(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let input = try req.decodeJSON(ProgrammeDTO.self)
        let saved = try await req.services.programmes.save(try input.programme(id: UUID()), expectedVersion: nil, by: principal)
        let response = Response(status: .created)
        try response.content.encode(ProgrammeDTO(saved, progress: nil, language: req.language), as: .json)
        return response
    }

    static func update(_ req: Request) async throws -> ProgrammeDTO {
        let principal = try req.requirePrincipal()
        let input = try req.decodeJSON(ProgrammeDTO.self)
        guard let version = input.version else { throw DomainError.invalidFields([FieldError(field: "version", key: .fieldRequired)]) }
        let saved = try await req.services.programmes.save(try input.programme(id: try req.uuidParameter("id")), expectedVersion: version, by: principal)
        return ProgrammeDTO(saved, progress: try await req.services.programmes.progress(of: saved), language: req.language)
    }

    /// Which provinces have a programme covering `year` (default this year), and in what state:
    /// the ministry's view of seed point 1.
    static func coverage(_ req: Request) async throws -> ItemsDTO<CoverageDTO> {
        _ = try req.requirePrincipal()
        let year = try req.yearParameter(in: ProgrammeValidation.years) ?? req.services.today.year
        let items = try await ProgrammeCoverage.load(year: year, req: req)
        return ItemsDTO(items: items, nextCursor: nil)
    }
}

enum ProgrammeCoverage {
    static func load(year: Int, req: Request) async throws -> [CoverageDTO] {
        let programmes = try await req.services.programmes.programmes().filter { $0.covers(year: year) }
        let geography = try await req.services.geography.current()
        return geography.units(level: .province, on: req.services.today).map { province in
            let programme = programmes.first { $0.scope == .province(province.code) }
            return CoverageDTO(
                provinceCode: province.code, provinceName: province.name,
                programme: programme.map {
                    .init(id: $0.id, code: $0.code, status: $0.status.rawValue, statusLabel: Messages.text($0.status.labelKey, req.language))
                })
        }
    }
}
