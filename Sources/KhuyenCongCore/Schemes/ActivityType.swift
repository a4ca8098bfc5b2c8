import Foundation

/// A kind of supported activity (hoạt động khuyến công) as the support-rate tables price it
/// (domain §7.2, rows N1–N14). The raw values are stable: the API and stored rate tables use them.
public enum ActivityType: String, Sendable, Codable, CaseIterable, Hashable {
    /// N1 — Mô hình trình diễn kỹ thuật để phổ biến công nghệ mới, sản xuất sản phẩm mới.
    case demoModelNewTech = "demo_model_new_tech"
    /// N2 — Mô hình của cơ sở CNNT đang hoạt động có hiệu quả cần phổ biến, nhân rộng.
    case demoModelReplication = "demo_model_replication"
    /// N3 — Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ, tiến bộ KHKT.
    case machinery
    /// N3b — the same for a whole technology line (dây chuyền công nghệ), which has a higher cap.
    case technologyLine = "technology_line"
    /// N4 — Hội chợ triển lãm tại nước ngoài.
    case fairAbroad = "fair_abroad"
    /// N5 — Vé máy bay đi khảo sát, học tập kinh nghiệm ở nước ngoài.
    case studyTourAbroadAirfare = "study_tour_abroad_airfare"
    /// N6 — Bình chọn sản phẩm CNNT tiêu biểu cấp khu vực.
    case selectionRoundRegional = "selection_round_regional"
    /// N7 — Bình chọn sản phẩm CNNT tiêu biểu cấp quốc gia.
    case selectionRoundNational = "selection_round_national"
    /// N8 — Đầu tư xây dựng kết cấu hạ tầng cụm công nghiệp.
    case clusterInfrastructure = "cluster_infrastructure"
    /// N9 — Thành lập doanh nghiệp sản xuất CNNT tại địa bàn khó khăn, đặc biệt khó khăn.
    case enterpriseFounding = "enterprise_founding"
    /// N10 — Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm môi trường tại cơ sở CNNT.
    case pollutionTreatmentUpgrade = "pollution_treatment_upgrade"
    /// N11 — Mô hình thí điểm áp dụng sản xuất sạch hơn.
    case cleanerProductionPilot = "cleaner_production_pilot"
    /// N12 — Đánh giá sản xuất sạch hơn (tư vấn).
    case cleanerProductionAssessment = "cleaner_production_assessment"
    /// N13 — Đào tạo nghề, truyền nghề, nâng cao tay nghề.
    case vocationalTraining = "vocational_training"
    // N14: the other activities, whose national levels are not yet known (domain §7.2).
    /// Hội chợ triển lãm trong nước.
    case fairDomestic = "fair_domestic"
    /// Phòng trưng bày.
    case showroom
    /// Đăng ký thương hiệu.
    case trademarkRegistration = "trademark_registration"
    /// Tư vấn.
    case consultancy
    /// Hội thảo, diễn đàn.
    case seminarForum = "seminar_forum"
    /// Hiệp hội, cụm liên kết.
    case associationClusterLink = "association_cluster_link"
    /// Thông tin tuyên truyền.
    case communication
    /// Quy hoạch chi tiết cụm công nghiệp.
    case clusterDetailedPlanning = "cluster_detailed_planning"
    /// Xử lý ô nhiễm môi trường cụm công nghiệp.
    case clusterPollutionTreatment = "cluster_pollution_treatment"
    /// Hỗ trợ nghệ nhân bảo tồn, phát triển nghề thủ công mỹ nghệ (Decree 235/2025).
    case artisanSupport = "artisan_support"
    /// Chuyển đổi số (Decree 235/2025).
    case digitalTransformation = "digital_transformation"
    /// Nâng cao năng lực quản lý cho cơ sở CNNT.
    case managementCapacity = "management_capacity"

    /// The row of domain §7.2 that prices this activity: "N1" … "N13", "N3b", and "N14" for the rest.
    public var rateRow: String {
        switch self {
        case .demoModelNewTech: "N1"
        case .demoModelReplication: "N2"
        case .machinery: "N3"
        case .technologyLine: "N3b"
        case .fairAbroad: "N4"
        case .studyTourAbroadAirfare: "N5"
        case .selectionRoundRegional: "N6"
        case .selectionRoundNational: "N7"
        case .clusterInfrastructure: "N8"
        case .enterpriseFounding: "N9"
        case .pollutionTreatmentUpgrade: "N10"
        case .cleanerProductionPilot: "N11"
        case .cleanerProductionAssessment: "N12"
        case .vocationalTraining: "N13"
        case .fairDomestic, .showroom, .trademarkRegistration, .consultancy, .seminarForum,
            .associationClusterLink, .communication, .clusterDetailedPlanning, .clusterPollutionTreatment,
            .artisanSupport, .digitalTransformation, .managementCapacity:
            "N14"
        }
    }

    /// The content of Decree 45/2012/NĐ-CP Art.4 the activity belongs to (domain §6.4); programmes
    /// and reports group activities by it.
    public var content: ActivityContent {
        switch self {
        case .demoModelNewTech, .demoModelReplication, .machinery, .technologyLine:
            .demonstrationTechnology
        // Art.4 cl.4 lists fairs (at home and abroad), selection rounds, showrooms and brands together
        // under typical products, so a fair abroad stays there rather than under international cooperation.
        case .fairAbroad, .fairDomestic, .showroom, .trademarkRegistration, .selectionRoundRegional,
            .selectionRoundNational:
            .typicalProducts
        // Domain §6.4 item 2 names study tours and start-up support as management capacity.
        case .studyTourAbroadAirfare, .enterpriseFounding, .seminarForum, .managementCapacity:
            .managementCapacity
        // Domain §6.4 item 6 puts cluster infrastructure, planning and pollution treatment together.
        case .clusterInfrastructure, .clusterDetailedPlanning, .clusterPollutionTreatment, .associationClusterLink,
            .pollutionTreatmentUpgrade:
            .linkageClusters
        case .cleanerProductionPilot, .cleanerProductionAssessment:
            .cleanerProduction
        // Artisans are supported to pass on and develop their craft (Decree 235/2025), which is the
        // craft-transmission part of content 1; no content of the 2012 list names artisans.
        case .vocationalTraining, .artisanSupport:
            .vocationalTraining
        case .consultancy, .communication:
            .informationConsultancy
        // Decree 235/2025 adds digital transformation without a content of its own; support given to
        // establishments (software, data, e-commerce know-how) is closest to management capacity,
        // whereas the authorities' own databases belong to programme capacity (content 9).
        case .digitalTransformation:
            .managementCapacity
        }
    }

    /// The unit a cap is usually stated per when a table does not say otherwise.
    public var defaultCapUnit: CapUnit {
        switch self {
        case .demoModelNewTech, .demoModelReplication, .cleanerProductionPilot: .model
        case .machinery, .technologyLine, .pollutionTreatmentUpgrade, .fairAbroad, .fairDomestic, .showroom,
            .trademarkRegistration, .consultancy, .cleanerProductionAssessment, .digitalTransformation,
            .managementCapacity:
            .establishment
        case .studyTourAbroadAirfare, .vocationalTraining, .artisanSupport: .person
        case .selectionRoundRegional, .selectionRoundNational: .round
        case .clusterInfrastructure, .clusterDetailedPlanning, .clusterPollutionTreatment: .cluster
        case .enterpriseFounding: .enterprise
        case .seminarForum, .associationClusterLink, .communication: .scheme
        }
    }

    /// The Vietnamese wording of domain §7.2 and its English translation.
    public var labelKey: MessageKey {
        switch self {
        case .demoModelNewTech: .activityTypeDemoModelNewTech
        case .demoModelReplication: .activityTypeDemoModelReplication
        case .machinery: .activityTypeMachinery
        case .technologyLine: .activityTypeTechnologyLine
        case .fairAbroad: .activityTypeFairAbroad
        case .studyTourAbroadAirfare: .activityTypeStudyTourAbroadAirfare
        case .selectionRoundRegional: .activityTypeSelectionRoundRegional
        case .selectionRoundNational: .activityTypeSelectionRoundNational
        case .clusterInfrastructure: .activityTypeClusterInfrastructure
        case .enterpriseFounding: .activityTypeEnterpriseFounding
        case .pollutionTreatmentUpgrade: .activityTypePollutionTreatmentUpgrade
        case .cleanerProductionPilot: .activityTypeCleanerProductionPilot
        case .cleanerProductionAssessment: .activityTypeCleanerProductionAssessment
        case .vocationalTraining: .activityTypeVocationalTraining
        case .fairDomestic: .activityTypeFairDomestic
        case .showroom: .activityTypeShowroom
        case .trademarkRegistration: .activityTypeTrademarkRegistration
        case .consultancy: .activityTypeConsultancy
        case .seminarForum: .activityTypeSeminarForum
        case .associationClusterLink: .activityTypeAssociationClusterLink
        case .communication: .activityTypeCommunication
        case .clusterDetailedPlanning: .activityTypeClusterDetailedPlanning
        case .clusterPollutionTreatment: .activityTypeClusterPollutionTreatment
        case .artisanSupport: .activityTypeArtisanSupport
        case .digitalTransformation: .activityTypeDigitalTransformation
        case .managementCapacity: .activityTypeManagementCapacity
        }
    }
}

/// Nội dung hoạt động khuyến công: the nine contents of Decree 45/2012/NĐ-CP Art.4, in its order
/// (domain §6.4; the wording there is from memory and unverified, the grouping is corroborated).
public enum ActivityContent: String, Sendable, Codable, CaseIterable, Hashable {
    /// 1. Đào tạo nghề, truyền nghề, phát triển nghề.
    case vocationalTraining = "vocational_training"
    /// 2. Nâng cao năng lực quản lý cho cơ sở CNNT.
    case managementCapacity = "management_capacity"
    /// 3. Mô hình trình diễn kỹ thuật, chuyển giao công nghệ, ứng dụng máy móc tiên tiến.
    case demonstrationTechnology = "demonstration_technology"
    /// 4. Phát triển sản phẩm CNNT tiêu biểu.
    case typicalProducts = "typical_products"
    /// 5. Tư vấn, cung cấp thông tin.
    case informationConsultancy = "information_consultancy"
    /// 6. Liên doanh, liên kết, hiệp hội, cụm công nghiệp.
    case linkageClusters = "linkage_clusters"
    /// 7. Sản xuất sạch hơn.
    case cleanerProduction = "cleaner_production"
    /// 8. Hợp tác quốc tế về khuyến công.
    case internationalCooperation = "international_cooperation"
    /// 9. Nâng cao năng lực quản lý và tổ chức thực hiện khuyến công.
    case programmeCapacity = "programme_capacity"

    public var labelKey: MessageKey {
        switch self {
        case .vocationalTraining: .activityContentVocationalTraining
        case .managementCapacity: .activityContentManagementCapacity
        case .demonstrationTechnology: .activityContentDemonstrationTechnology
        case .typicalProducts: .activityContentTypicalProducts
        case .informationConsultancy: .activityContentInformationConsultancy
        case .linkageClusters: .activityContentLinkageClusters
        case .cleanerProduction: .activityContentCleanerProduction
        case .internationalCooperation: .activityContentInternationalCooperation
        case .programmeCapacity: .activityContentProgrammeCapacity
        }
    }
}
