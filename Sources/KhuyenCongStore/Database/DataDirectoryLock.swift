import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory lock on the SQLite data directory (`khuyencong.lock`): the server holds it while it
/// runs, so that `restore` can tell a running server from a stopped one. The operating system drops
/// it when the process ends, even when it is killed.
public final class DataDirectoryLock: @unchecked Sendable {
    public static let fileName = "khuyencong.lock"
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The lock, or nil when another process holds it.
    public static func acquire(in directory: String) -> DataDirectoryLock? {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent(fileName)
        let descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return DataDirectoryLock(descriptor: descriptor)
    }

    public func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
