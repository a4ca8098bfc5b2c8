import KhuyenCongCore
import KhuyenCongStore

/// The geography held in memory: ~14,000 units read once at start, reloaded after a succession
/// link is added. Units themselves only change with a new official table (a new release).
public actor GeographyCache {
    private let repository: GeographyRepository
    private var cached: Geography?

    public init(repository: GeographyRepository) {
        self.repository = repository
    }

    public func current() async throws -> Geography {
        if let cached { return cached }
        let loaded = try await repository.load()
        cached = loaded
        return loaded
    }

    public func reload() async throws {
        cached = try await repository.load()
    }
}
