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
        await application.services.importJobs.cancelAll()
        await store.shutdown()
    }
}
