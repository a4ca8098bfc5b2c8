import Foundation

/// The administrative geography with its history: every unit of both periods and the succession
/// links between them. A value: loaded once from the store and queried in memory (≈14,000 units).
public struct Geography: Sendable {
    public private(set) var units: [AdminUnitRef: AdminUnit] = [:]
    private var childrenByParent: [AdminUnitRef: [AdminUnitRef]] = [:]
    private var successionsFrom: [AdminUnitRef: [UnitSuccession]] = [:]
    private var successionsTo: [AdminUnitRef: [UnitSuccession]] = [:]

    public init(units: [AdminUnit], successions: [UnitSuccession]) {
        for unit in units {
            self.units[unit.ref] = unit
            if let parent = unit.parentRef { childrenByParent[parent, default: []].append(unit.ref) }
        }
        for link in successions {
            successionsFrom[link.predecessor, default: []].append(link)
            successionsTo[link.successor, default: []].append(link)
        }
    }

    public func unit(_ ref: AdminUnitRef) -> AdminUnit? { units[ref] }

    /// The unit that carried `code` on `day`.
    public func unit(code: String, on day: Day) -> AdminUnit? {
        units[AdminUnitRef(period: AdminPeriod.on(day), code: code)]
    }

    public func parent(of unit: AdminUnit) -> AdminUnit? { unit.parentRef.flatMap { units[$0] } }

    public func children(of unit: AdminUnit) -> [AdminUnit] {
        sorted((childrenByParent[unit.ref] ?? []).compactMap { units[$0] })
    }

    /// The province a unit belongs to within its own period.
    public func province(of unit: AdminUnit) -> AdminUnit? {
        var current: AdminUnit? = unit
        while let candidate = current, candidate.level != .province { current = parent(of: candidate) }
        return current
    }

    /// Units in force on `day`, optionally of one level, under one province (any depth), matching a
    /// diacritics-insensitive query on name or code; in Vietnamese order.
    public func units(
        level: AdminLevel? = nil, on day: Day, provinceCode: String? = nil, query: String? = nil
    ) -> [AdminUnit] {
        let period = AdminPeriod.on(day)
        let words = query.map { VietnameseText.fold($0).split(separator: " ") } ?? []
        let provinceRef = provinceCode.map { AdminUnitRef(period: period, code: $0) }
        let found = units.values.filter { unit in
            guard unit.period == period, level == nil || unit.level == level else { return false }
            if let provinceRef, province(of: unit)?.ref != provinceRef { return false }
            return words.allSatisfy { unit.foldedName.contains($0) || unit.code == $0 }
        }
        return sorted(found)
    }

    /// Units of any period whose name or code matches; newest period first, then Vietnamese order.
    public func search(_ query: String, level: AdminLevel? = nil) -> [AdminUnit] {
        let words = VietnameseText.fold(query).split(separator: " ")
        guard !words.isEmpty else { return [] }
        let found = units.values.filter { unit in
            (level == nil || unit.level == level)
                && words.allSatisfy { unit.foldedName.contains($0) || unit.code == $0 }
        }
        return found.sorted { ($1.period, $0.sortKey, $0.code) < ($0.period, $1.sortKey, $1.code) }
    }

    /// Direct succession links out of a unit (toward newer units).
    public func successions(from unit: AdminUnit) -> [UnitSuccession] { successionsFrom[unit.ref] ?? [] }

    /// Direct succession links into a unit (from older units).
    public func successions(to unit: AdminUnit) -> [UnitSuccession] { successionsTo[unit.ref] ?? [] }

    /// The units that stand for `unit` on `day`: itself while in force, otherwise its successors by
    /// the recorded links in force on that day (followed through any number of reforms).
    /// Empty when no link is recorded — a commune whose succession the province has not entered yet.
    public func successors(of unit: AdminUnit, on day: Day) -> [AdminUnit] {
        if unit.isValid(on: day) { return [unit] }
        var result: [AdminUnit] = []
        var seen: Set<AdminUnitRef> = [unit.ref]
        var frontier = [unit]
        while let current = frontier.popLast() {
            for link in successions(from: current) where link.effectiveOn <= day {
                guard seen.insert(link.successor).inserted, let next = units[link.successor] else { continue }
                if next.isValid(on: day) { result.append(next) } else { frontier.append(next) }
            }
        }
        return sorted(result)
    }

    /// Re-aggregation: the province in force on `day` (default today's) that a record made with
    /// `unit` is counted under. Province succession is exact — every old province went whole into
    /// one new one — so this needs no commune links.
    public func currentProvince(of unit: AdminUnit, on day: Day) -> AdminUnit? {
        guard let province = province(of: unit) else { return nil }
        return successors(of: province, on: day).first
    }

    /// Today's province for a province code as it was on `day`; nil when no province had the code.
    public func currentProvinceCode(for code: String, on day: Day, today: Day) -> String? {
        guard let unit = unit(code: code, on: day), unit.level == .province else { return nil }
        return currentProvince(of: unit, on: today)?.code
    }

    /// Today's communes for a commune code as it was on `day` (an old commune may have gone to
    /// several); nil when no commune had the code, empty when its succession is not yet recorded.
    public func currentCommuneCodes(for code: String, on day: Day, today: Day) -> [String]? {
        guard let unit = unit(code: code, on: day), unit.level == .commune else { return nil }
        return successors(of: unit, on: today).map(\.code)
    }

    private func sorted(_ list: [AdminUnit]) -> [AdminUnit] {
        list.sorted { ($0.sortKey, $0.code) < ($1.sortKey, $1.code) }
    }
}
