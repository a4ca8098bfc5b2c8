import Foundation

/// A quantity a programme sets a target for (chỉ tiêu), as domain §8.3 lists them. Raw values are
/// stable codes: stored targets and the API use them.
///
/// Progress toward a metric is computed from schemes, never typed in: the quantities of the scheme
/// lines whose activity type counts toward it (`activityTypes`), or, for `establishmentsSupported`,
/// the number of distinct beneficiaries.
public enum ProgrammeMetric: String, Sendable, Codable, CaseIterable, Hashable {
    // The twelve targets of QĐ 1881/QĐ-TTg (domain §8.3), in its order.
    case demoModels = "demo_models"
    case machines
    case technologyLines = "technology_lines"
    case cleanerProductionAssessments = "cleaner_production_assessments"
    case cleanerProductionPilots = "cleaner_production_pilots"
    case pollutionTreatmentUpgrades = "pollution_treatment_upgrades"
    case trademarks
    case clusterDetailedPlans = "cluster_detailed_plans"
    case clusterUpgrades = "cluster_upgrades"
    case fairsDomestic = "fairs_domestic"
    case fairsAbroad = "fairs_abroad"
    case workersTrained = "workers_trained"
    /// Cơ sở CNNT được hỗ trợ: a provincial target (Cà Mau 2026–2030, ≥ 58; domain §8.3), counted
    /// as distinct establishments named as beneficiaries, however many schemes supported each.
    case establishmentsSupported = "establishments_supported"

    /// The activity types whose line quantities add up to this metric. Empty for
    /// `establishmentsSupported`, which counts distinct beneficiaries rather than line quantities.
    ///
    /// A line's quantity is counted in the unit its support is priced per (`ActivityType.defaultCapUnit`),
    /// which for some metrics is not the unit of the target: a machinery line priced per establishment
    /// counts establishments equipped, a fair line priced per establishment counts participations.
    public var activityTypes: Set<ActivityType> {
        switch self {
        case .demoModels: [.demoModelNewTech, .demoModelReplication]
        case .machines: [.machinery]
        case .technologyLines: [.technologyLine]
        case .cleanerProductionAssessments: [.cleanerProductionAssessment]
        case .cleanerProductionPilots: [.cleanerProductionPilot]
        case .pollutionTreatmentUpgrades: [.pollutionTreatmentUpgrade]
        case .trademarks: [.trademarkRegistration]
        case .clusterDetailedPlans: [.clusterDetailedPlanning]
        // Domain §6.4 item 6 groups infrastructure and pollution treatment as the support a cluster gets.
        case .clusterUpgrades: [.clusterInfrastructure, .clusterPollutionTreatment]
        case .fairsDomestic: [.fairDomestic]
        case .fairsAbroad: [.fairAbroad]
        // A training line's quantity is the number of people trained (priced per person).
        case .workersTrained: [.vocationalTraining]
        case .establishmentsSupported: []
        }
    }

    /// True when progress counts distinct beneficiaries instead of line quantities.
    public var countsBeneficiaries: Bool { self == .establishmentsSupported }

    public var labelKey: MessageKey {
        switch self {
        case .demoModels: .metricDemoModels
        case .machines: .metricMachines
        case .technologyLines: .metricTechnologyLines
        case .cleanerProductionAssessments: .metricCleanerProductionAssessments
        case .cleanerProductionPilots: .metricCleanerProductionPilots
        case .pollutionTreatmentUpgrades: .metricPollutionTreatmentUpgrades
        case .trademarks: .metricTrademarks
        case .clusterDetailedPlans: .metricClusterDetailedPlans
        case .clusterUpgrades: .metricClusterUpgrades
        case .fairsDomestic: .metricFairsDomestic
        case .fairsAbroad: .metricFairsAbroad
        case .workersTrained: .metricWorkersTrained
        case .establishmentsSupported: .metricEstablishmentsSupported
        }
    }

    /// The unit a target is stated in ("mô hình", "người").
    public var unitKey: MessageKey {
        switch self {
        case .demoModels, .cleanerProductionPilots: .metricUnitModels
        case .machines: .metricUnitMachines
        case .technologyLines: .metricUnitLines
        case .cleanerProductionAssessments: .metricUnitAssessments
        case .pollutionTreatmentUpgrades: .metricUnitSystems
        case .trademarks, .establishmentsSupported: .metricUnitEstablishments
        case .clusterDetailedPlans, .clusterUpgrades: .metricUnitClusters
        case .fairsDomestic, .fairsAbroad: .metricUnitFairs
        case .workersTrained: .metricUnitPeople
        }
    }
}
