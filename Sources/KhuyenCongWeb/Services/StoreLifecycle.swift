import KhuyenCongStore
import Vapor

/// On shutdown: stops running page imports (their transactions are undone), then closes the
/// store's connections.
public struct StoreLifecycle: LifecycleHandler {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func shutdownAsync(_ application: Application) async {
        // A server that failed before its services were set up (a migration refused, say) still
        // closes the store, and exits with that error rather than a crash here.
        if let services = application.storage[AppServicesKey.self] { await services.importJobs.cancelAll() }
        await store.shutdown()
    }
}
