import KhuyenCongCore
import KhuyenCongStore

/// The geography held in memory: ~14,000 units read once at start, reloaded after a succession
/// link is added. Units themselves only change with a new official table (a new release).
public actor GeographyCache {
    private let repository: GeographyRepository
    private var cached: Geography?
    /// The eligibility filter's unit sets, by day (a list filtered by eligibility would otherwise
    /// walk every commune on each request).
    private var locations: [Day: EligibilityLocations] = [:]

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
        locations = [:]
    }

    public func eligibilityLocations(on day: Day) async throws -> EligibilityLocations {
        if let known = locations[day] { return known }
        let computed = EligibilityLocations(on: day, geography: try await current())
        if locations.count >= 8 { locations = [:] }
        locations[day] = computed
        return computed
    }
}
