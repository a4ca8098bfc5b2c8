import Foundation
import KhuyenCongCore
import SQLKit

/// `EligibilityFilter` as a SQL condition on the establishments table, following the order of
/// `Eligibility.evaluate`: basis (b) admits anyone; otherwise the form must be rural, and then a
/// recognised craft village (Decree 235) or the location decides.
enum EligibilityPredicate {
    static func condition(_ filter: EligibilityFilter) -> any SQLExpression {
        let basisB = or(equals("cleaner_production", true), equals("cluster_investor", true))
        let rural = and(
            SQLBinaryExpression(SQLIdentifier("legal_form"), .in, SQLBind.group(Eligibility.ruralForms.map(\.rawValue).sorted())),
            SQLBinaryExpression(SQLIdentifier("size_class"), .notEqual, SQLBind(SizeClass.large.rawValue)))
        let village: any SQLExpression =
            filter.craftVillagesAdmit
            // "IS NOT NULL" first: NULL IN (…) is NULL, and NOT NULL would drop the row from every verdict.
            ? SQLQueryString(
                """
                (craft_village_id IS NOT NULL AND craft_village_id IN \
                (SELECT id FROM craft_villages WHERE recognised_on IS NOT NULL AND recognised_on <= \(bind: filter.day.iso)))
                """)
            : SQLLiteral.boolean(false)
        let notEligibleHere = located(in: filter.locations.notEligibleUnits)
        let undecidedHere = located(in: filter.locations.undeterminedUnits)
        switch filter.verdict {
        case .eligible:
            return or(basisB, and(rural, or(village, not(or(notEligibleHere, undecidedHere)))))
        case .notEligible:
            return and(not(basisB), or(not(rural), and(not(village), notEligibleHere)))
        case .undetermined:
            return and(and(not(basisB), rural), and(not(village), undecidedHere))
        }
    }

    /// The record's commune is one of `units` (compared by period and code).
    static func located(in units: Set<AdminUnitRef>) -> any SQLExpression {
        let byPeriod = Dictionary(grouping: units, by: \.period)
        guard !byPeriod.isEmpty else { return SQLLiteral.boolean(false) }
        return byPeriod.sorted { $0.key.rawValue < $1.key.rawValue }.map { period, refs -> any SQLExpression in
            and(
                SQLBinaryExpression(SQLIdentifier("commune_period"), .equal, SQLBind(period.rawValue)),
                SQLBinaryExpression(SQLIdentifier("commune_code"), .in, SQLBind.group(refs.map(\.code).sorted())))
        }.reduce(SQLLiteral.boolean(false) as any SQLExpression) { or($0, $1) }
    }

    static func equals(_ column: String, _ value: Bool) -> any SQLExpression {
        SQLBinaryExpression(SQLIdentifier(column), .equal, SQLBind(value))
    }

    static func and(_ lhs: any SQLExpression, _ rhs: any SQLExpression) -> any SQLExpression {
        SQLGroupExpression(SQLBinaryExpression(lhs, .and, rhs))
    }

    static func or(_ lhs: any SQLExpression, _ rhs: any SQLExpression) -> any SQLExpression {
        SQLGroupExpression(SQLBinaryExpression(lhs, .or, rhs))
    }

    static func not(_ expression: any SQLExpression) -> any SQLExpression {
        SQLGroupExpression(SQLList([SQLRaw("NOT"), SQLGroupExpression(expression)], separator: SQLRaw(" ")))
    }
}
