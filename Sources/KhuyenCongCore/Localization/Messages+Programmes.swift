import Foundation

extension Messages {
    static let programmes: [MessageKey: [Language: String]] = [
        // Wording of the targets of QĐ 1881/QĐ-TTg as domain §8.3 gives them.
        .metricDemoModels: [
            .vi: "Mô hình trình diễn kỹ thuật, chuyển giao công nghệ",
            .en: "Technical demonstration and technology-transfer models",
        ],
        .metricMachines: [.vi: "Máy móc thiết bị tiên tiến được ứng dụng", .en: "Advanced machines applied"],
        .metricTechnologyLines: [.vi: "Dây chuyền công nghệ tiên tiến", .en: "Advanced technology lines"],
        .metricCleanerProductionAssessments: [
            .vi: "Đánh giá sản xuất sạch hơn tại cơ sở CNNT",
            .en: "Cleaner-production assessments at rural industrial establishments",
        ],
        .metricCleanerProductionPilots: [
            .vi: "Mô hình thí điểm áp dụng sản xuất sạch hơn", .en: "Cleaner-production pilot models",
        ],
        .metricPollutionTreatmentUpgrades: [
            .vi: "Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm môi trường tại cơ sở CNNT",
            .en: "Pollution-treatment systems repaired or upgraded at rural industrial establishments",
        ],
        .metricTrademarks: [
            .vi: "Cơ sở CNNT được hỗ trợ xây dựng, đăng ký thương hiệu",
            .en: "Rural industrial establishments supported to build and register trademarks",
        ],
        .metricClusterDetailedPlans: [
            .vi: "Cụm công nghiệp được hỗ trợ lập quy hoạch chi tiết",
            .en: "Industrial clusters supported in detailed planning",
        ],
        .metricClusterUpgrades: [
            .vi: "Cụm công nghiệp được hỗ trợ sửa chữa, nâng cấp hạ tầng",
            .en: "Industrial clusters supported in repairs and upgrades",
        ],
        .metricFairsDomestic: [.vi: "Hội chợ triển lãm trong nước được hỗ trợ", .en: "Domestic fairs supported"],
        .metricFairsAbroad: [.vi: "Hội chợ triển lãm ở nước ngoài được hỗ trợ", .en: "Fairs abroad supported"],
        .metricWorkersTrained: [.vi: "Lao động nông thôn được đào tạo", .en: "Rural workers trained"],
        .metricEstablishmentsSupported: [
            .vi: "Cơ sở CNNT được hỗ trợ", .en: "Rural industrial establishments supported",
        ],

        .metricUnitModels: [.vi: "mô hình", .en: "models"],
        .metricUnitMachines: [.vi: "máy móc, thiết bị", .en: "machines"],
        .metricUnitLines: [.vi: "dây chuyền", .en: "lines"],
        .metricUnitAssessments: [.vi: "lượt đánh giá", .en: "assessments"],
        .metricUnitSystems: [.vi: "hệ thống", .en: "systems"],
        .metricUnitEstablishments: [.vi: "cơ sở", .en: "establishments"],
        .metricUnitClusters: [.vi: "cụm công nghiệp", .en: "clusters"],
        .metricUnitFairs: [.vi: "hội chợ", .en: "fairs"],
        .metricUnitPeople: [.vi: "người", .en: "people"],

        .programmeStatusDrafting: [.vi: "Đang xây dựng", .en: "Drafting"],
        .programmeStatusConsultation: [.vi: "Đang lấy ý kiến", .en: "In consultation"],
        .programmeStatusSubmitted: [.vi: "Đã trình phê duyệt", .en: "Submitted for approval"],
        .programmeStatusApproved: [.vi: "Đã phê duyệt", .en: "Approved"],
        .programmeStatusClosed: [.vi: "Đã tổng kết", .en: "Closed"],
        .planStatusDrafting: [.vi: "Đang xây dựng", .en: "Drafting"],
        .planStatusSubmitted: [.vi: "Đã trình phê duyệt", .en: "Submitted for approval"],
        .planStatusApproved: [.vi: "Đã phê duyệt", .en: "Approved"],

        .programmeCodeInvalid: [
            .vi: "Mã chương trình gồm chữ cái không dấu, chữ số, “-”, “_” hoặc “.” (tối đa 60 ký tự).",
            .en: "A programme code uses ASCII letters, digits, “-”, “_” or “.” (up to 60 characters).",
        ],
        .programmeYearsInvalid: [
            .vi:
                "Giai đoạn phải nằm trong khoảng 2000–2100, năm kết thúc không trước năm bắt đầu và dài tối đa 10 năm.",
            .en: "The period must lie within 2000–2100, end no earlier than it starts and last at most 10 years.",
        ],
        .programmeTargetNegative: [
            .vi: "Chỉ tiêu phải là số nguyên không âm.", .en: "A target must be a whole number, zero or more.",
        ],
        .programmeTargetRepeated: [.vi: "Một chỉ tiêu được nêu hai lần.", .en: "A target is listed twice."],
        .approvalNeedsDecision: [
            .vi: "Đã phê duyệt thì cần số quyết định và ngày phê duyệt.",
            .en: "Once approved, the decision number and the approval date are required.",
        ],
        .programmeTargetToBeFilledIn: [
            .vi: "Chưa có chỉ tiêu: cần nhập từ văn bản phê duyệt.",
            .en: "Target not known yet: to be filled in from the decision.",
        ],
        .planOverCommitted: [
            .vi: "Kinh phí đã cam kết vượt dự toán của nguồn {source}: {amount}.",
            .en: "Commitments exceed the {source} envelope by {amount}.",
        ],
    ]
}
