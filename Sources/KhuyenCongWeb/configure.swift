import KhuyenCongCore
import KhuyenCongStore
import Prometheus
import Vapor

/// The one composition function: the server and the tests both call it, each with its own store.
public func configure(_ app: Application, config: AppConfig, store: Store) async throws {
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    app.routes.defaultMaxBodySize = ByteCount(integerLiteral: config.maxBodyBytes)
    try await store.migrate()
    if config.demo {
        let hash = try await app.password.async.hash("demo")
        try await DemoData(store: store).loadIfNeeded(passwordHash: hash)
    }
    let geography = GeographyCache(repository: GeographyRepository(store: store))
    _ = try await geography.current()
    let registry = PrometheusCollectorRegistry()
    app.services = AppServices(
        config: config, store: store, geography: geography, metrics: registry,
        decoyPasswordHash: try await app.password.async.hash(CSRFMiddleware.newToken()))

    // Replace Vapor's defaults so every error, even a 404 for an unknown path, is rendered by us.
    app.middleware = Middlewares()
    app.middleware.use(MetricsMiddleware(registry: registry))
    app.middleware.use(SecurityHeadersMiddleware(strictTransport: config.secureCookies))
    app.middleware.use(LanguageMiddleware())
    app.middleware.use(ErrorRenderingMiddleware())
    app.middleware.use(AuthenticationMiddleware())
    app.middleware.use(CSRFMiddleware(secureCookies: config.secureCookies, maxBodyBytes: config.maxBodyBytes))
    routes(app)
}
