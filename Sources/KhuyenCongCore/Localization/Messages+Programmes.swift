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
        .programmeStatusUnknown: [
            .vi: "Trạng thái không hợp lệ (drafting, consultation, submitted, approved, closed).",
            .en: "Unknown status (drafting, consultation, submitted, approved, closed).",
        ],
        .programmeMetricUnknown: [.vi: "Chỉ tiêu không có trong danh mục.", .en: "Unknown target metric."],
        .planSourceUnknown: [
            .vi: "Nguồn kinh phí phải là central, provincial, commune hoặc other.", .en: "The source must be central, provincial, commune or other.",
        ],
        .planStatusUnknown: [.vi: "Trạng thái phải là drafting, submitted hoặc approved.", .en: "The status must be drafting, submitted or approved."],
        .navProgrammes: [.vi: "Chương trình, kế hoạch", .en: "Programmes and plans"],
        .progTitle: [.vi: "Chương trình khuyến công", .en: "Industrial promotion programmes"],
        .progIntro: [
            .vi: "Tiến độ được tính từ các đề án (đã nghiệm thu: đạt; đã phê duyệt, đang thực hiện: theo kế hoạch), không nhập tay.",
            .en: "Progress is computed from the schemes (accepted: achieved; approved or under way: planned), never typed in.",
        ],
        .progNational: [.vi: "Chương trình quốc gia", .en: "National programmes"],
        .progProvinces: [.vi: "Chương trình khuyến công địa phương năm {year}", .en: "Local programmes in {year}"],
        .progCoverageIntro: [
            .vi: "Tỉnh, thành phố nào đã có chương trình khuyến công địa phương cho năm này (Công văn 3384/BCT-CTĐP, điểm 1).",
            .en: "Which provinces have a local programme covering this year (letter 3384/BCT-CTĐP, point 1).",
        ],
        .progNone: [.vi: "Chưa có", .en: "None"],
        .progTarget: [.vi: "Mục tiêu", .en: "Target"],
        .progAchieved: [.vi: "Đạt", .en: "Achieved"],
        .progPlanned: [.vi: "Theo kế hoạch", .en: "Planned"],
        .progPercent: [.vi: "Tỷ lệ đạt", .en: "Achieved %"],
        .progMetric: [.vi: "Chỉ tiêu", .en: "Metric"],
        .progDecision: [.vi: "Quyết định", .en: "Decision"],
        .progPeriod: [.vi: "Giai đoạn", .en: "Period"],
        .plansTitle: [.vi: "Kế hoạch khuyến công năm", .en: "Annual plans"],
        .plansIntro: [
            .vi: "Dự toán theo nguồn so với kinh phí hỗ trợ của các đề án đã phê duyệt trở đi; đề án đang trình chỉ để tham khảo.",
            .en: "Envelopes by source against the support of schemes approved or beyond; schemes still under review are shown for information.",
        ],
        .planEnvelope: [.vi: "Dự toán", .en: "Envelope"],
        .planCommitted: [.vi: "Đã cam kết", .en: "Committed"],
        .planProposed: [.vi: "Đang trình", .en: "Proposed"],
        .planRemaining: [.vi: "Còn lại", .en: "Remaining"],
        .planSource: [.vi: "Nguồn", .en: "Source"],
        .planOverCommittedFlag: [.vi: "Vượt dự toán", .en: "Over the envelope"],
        .plansNone: [.vi: "Chưa có kế hoạch nào cho năm này.", .en: "No plan for this year yet."],
        .approvalNotYours: [
            .vi: "Chỉ “{role}” phê duyệt, hoặc sửa khi đã phê duyệt.", .en: "Only “{role}” approves this, or changes it once approved.",
        ],
        .programmeCodeTaken: [.vi: "Đã có chương trình với mã này.", .en: "A programme with this code exists."],
        .planExists: [.vi: "Đã có kế hoạch của phạm vi này cho năm này.", .en: "This scope already has a plan for this year."],
        .actProgrammeSeed: [.vi: "Nạp chương trình khuyến công", .en: "Programme loaded"],
        .actProgrammeCreate: [.vi: "Tạo chương trình khuyến công", .en: "Programme created"],
        .actProgrammeUpdate: [.vi: "Sửa chương trình khuyến công", .en: "Programme changed"],
        .actPlanCreate: [.vi: "Tạo kế hoạch khuyến công năm", .en: "Annual plan created"],
        .actPlanUpdate: [.vi: "Sửa kế hoạch khuyến công năm", .en: "Annual plan changed"],
    ]
}
