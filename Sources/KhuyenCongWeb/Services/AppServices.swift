import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Prometheus
import Vapor

/// What handlers use, built once by `configure` and reached through `req.services`.
public struct AppServices: Sendable {
    public let config: AppConfig
    public let store: Store
    public let geography: GeographyCache
    public let metrics: PrometheusCollectorRegistry
    /// A bcrypt hash of a random secret at the configured cost, checked when the username is
    /// unknown so that the answer takes as long as for a wrong password.
    public let decoyPasswordHash: String
    /// Imports started from the page, running in the background.
    public let importJobs = ImportJobs()

    public var organisations: OrganisationRepository { OrganisationRepository(store: store) }
    public var users: UserRepository { UserRepository(store: store) }
    public var sessions: SessionRepository { SessionRepository(store: store) }
    public var auditLog: AuditLog { AuditLog(store: store) }
    public var establishments: EstablishmentRepository { EstablishmentRepository(store: store) }
    public var craftVillages: CraftVillageRepository { CraftVillageRepository(store: store) }
    public var schemes: SchemeRepository { SchemeRepository(store: store) }
    public var rateTables: RateTableRepository { RateTableRepository(store: store) }
    public var programmes: ProgrammeRepository { ProgrammeRepository(store: store) }
    public var plans: PlanRepository { PlanRepository(store: store) }
    public var typicalProducts: TypicalProductRepository { TypicalProductRepository(store: store) }
    public var dossiers: DossierRepository { DossierRepository(store: store) }
    public var schemeDocuments: SchemeDocumentRepository { SchemeDocumentRepository(store: store) }
    public var selectionParameters: SelectionParameterRepository { SelectionParameterRepository(store: store) }
    public var loginFailures: LoginFailureRepository { LoginFailureRepository(store: store, policy: config.loginThrottle) }

    /// Today in Vietnam, from the store's (injectable) clock.
    public var today: Day { Day(store.now()) }
}

struct AppServicesKey: StorageKey {
    typealias Value = AppServices
}

extension Application {
    public var services: AppServices {
        get { storage[AppServicesKey.self]! }
        set { storage[AppServicesKey.self] = newValue }
    }
}

extension Request {
    public var services: AppServices { application.services }
}
