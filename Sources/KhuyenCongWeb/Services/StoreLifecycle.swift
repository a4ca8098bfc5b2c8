import KhuyenCongStore
import Vapor

/// Closes the store's connections when the application shuts down.
public struct StoreLifecycle: LifecycleHandler {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func shutdownAsync(_ application: Application) async {
        await store.shutdown()
    }
}
