import Foundation

/// Who may approve a programme or a plan, and what that protects: the drafter cannot mark its own
/// work approved, and once approved only the approver may change it (domain §5.1, §5.2; design.md
/// §4.3: no step may skip its predecessor).
public enum Approval {
    /// The Minister for national programmes and plans (Decree 235/2025; TT 36/2013), the provincial
    /// People's Committee for a province's (TT 46/2012 Art.8).
    public static func approver(of scope: RateScope) -> Role {
        switch scope {
        case .national: .ministryLeader
        case .province: .provinceCommittee
        }
    }

    /// Refuses a save that approves, or changes an approved record, by anyone but the approver.
    public static func check(wasApproved: Bool, isApproved: Bool, changed: Bool, scope: RateScope, role: Role) throws(DomainError) {
        let needsApprover = (isApproved && !wasApproved) || (wasApproved && changed)
        if needsApprover, role != approver(of: scope) {
            throw DomainError(.forbidden, .approvalNotYours, labels: ["role": approver(of: scope).messageKey])
        }
    }
}
