import Foundation

extension Messages {
    static let supportRates: [MessageKey: [Language: String]] = [
        // Activity types: the Vietnamese wording of domain §7.2.
        .activityTypeDemoModelNewTech: [
            .vi: "Mô hình trình diễn kỹ thuật để phổ biến công nghệ mới, sản xuất sản phẩm mới",
            .en: "Technical demonstration model to spread a new technology or make a new product",
        ],
        .activityTypeDemoModelReplication: [
            .vi: "Mô hình của cơ sở CNNT đang hoạt động có hiệu quả cần phổ biến, nhân rộng",
            .en: "Model of an effective rural industrial establishment, to be spread and replicated",
        ],
        .activityTypeMachinery: [
            .vi: "Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ, tiến bộ khoa học kỹ thuật vào sản xuất",
            .en: "Applying advanced machinery, technology transfer and scientific and technical advances in production",
        ],
        .activityTypeTechnologyLine: [
            .vi: "Ứng dụng dây chuyền công nghệ tiên tiến vào sản xuất",
            .en: "Applying an advanced technology line in production",
        ],
        .activityTypeFairAbroad: [
            .vi: "Tổ chức, tham gia hội chợ triển lãm cho cơ sở CNNT tại nước ngoài",
            .en: "Organising and taking part in fairs and exhibitions abroad for rural industrial establishments",
        ],
        .activityTypeStudyTourAbroadAirfare: [
            .vi: "Vé máy bay đi khảo sát, học tập kinh nghiệm ở nước ngoài",
            .en: "Air tickets for survey and study tours abroad",
        ],
        .activityTypeSelectionRoundRegional: [
            .vi: "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp khu vực",
            .en: "Selection of typical rural industrial products, regional round",
        ],
        .activityTypeSelectionRoundNational: [
            .vi: "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia",
            .en: "Selection of typical rural industrial products, national round",
        ],
        .activityTypeClusterInfrastructure: [
            .vi: "Đầu tư xây dựng kết cấu hạ tầng cụm công nghiệp",
            .en: "Investment in industrial-cluster infrastructure",
        ],
        .activityTypeEnterpriseFounding: [
            .vi: "Thành lập doanh nghiệp sản xuất CNNT tại địa bàn khó khăn, đặc biệt khó khăn",
            .en: "Founding a rural industrial enterprise in a difficult or especially difficult area",
        ],
        .activityTypePollutionTreatmentUpgrade: [
            .vi: "Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm môi trường tại cơ sở CNNT",
            .en: "Repairing or upgrading the pollution-treatment system of a rural industrial establishment",
        ],
        .activityTypeCleanerProductionPilot: [
            .vi: "Mô hình thí điểm áp dụng sản xuất sạch hơn", .en: "Cleaner-production pilot model",
        ],
        .activityTypeCleanerProductionAssessment: [
            .vi: "Đánh giá sản xuất sạch hơn (tư vấn)", .en: "Cleaner-production assessment (consultancy)",
        ],
        .activityTypeVocationalTraining: [
            .vi: "Đào tạo nghề, truyền nghề, nâng cao tay nghề",
            .en: "Vocational training, craft transmission and skills upgrading",
        ],
        .activityTypeFairDomestic: [.vi: "Hội chợ triển lãm trong nước", .en: "Domestic fairs and exhibitions"],
        .activityTypeShowroom: [.vi: "Phòng trưng bày", .en: "Showroom"],
        .activityTypeTrademarkRegistration: [.vi: "Đăng ký thương hiệu", .en: "Trademark registration"],
        .activityTypeConsultancy: [.vi: "Tư vấn", .en: "Consultancy"],
        .activityTypeSeminarForum: [.vi: "Hội thảo, diễn đàn", .en: "Seminars and forums"],
        .activityTypeAssociationClusterLink: [
            .vi: "Hiệp hội, cụm liên kết", .en: "Associations and linked clusters of enterprises",
        ],
        .activityTypeCommunication: [.vi: "Thông tin tuyên truyền", .en: "Information and communication"],
        .activityTypeClusterDetailedPlanning: [
            .vi: "Quy hoạch chi tiết cụm công nghiệp", .en: "Detailed planning of an industrial cluster",
        ],
        .activityTypeClusterPollutionTreatment: [
            .vi: "Xử lý ô nhiễm môi trường cụm công nghiệp", .en: "Pollution treatment in an industrial cluster",
        ],
        .activityTypeArtisanSupport: [
            .vi: "Hỗ trợ nghệ nhân bảo tồn, phát triển nghề thủ công mỹ nghệ",
            .en: "Support for artisans to preserve and develop handicrafts",
        ],
        .activityTypeDigitalTransformation: [.vi: "Chuyển đổi số", .en: "Digital transformation"],
        .activityTypeManagementCapacity: [
            .vi: "Nâng cao năng lực quản lý cho cơ sở CNNT",
            .en: "Management capacity of rural industrial establishments",
        ],

        // Contents of Decree 45/2012/NĐ-CP Art.4.
        .activityContentVocationalTraining: [
            .vi: "Đào tạo nghề, truyền nghề, phát triển nghề",
            .en: "Vocational training, craft transmission and craft development",
        ],
        .activityContentManagementCapacity: [
            .vi: "Nâng cao năng lực quản lý cho cơ sở CNNT",
            .en: "Management capacity of rural industrial establishments",
        ],
        .activityContentDemonstrationTechnology: [
            .vi: "Mô hình trình diễn kỹ thuật, chuyển giao công nghệ, ứng dụng máy móc tiên tiến",
            .en: "Technical demonstration models, technology transfer and advanced machinery",
        ],
        .activityContentTypicalProducts: [
            .vi: "Phát triển sản phẩm công nghiệp nông thôn tiêu biểu",
            .en: "Development of typical rural industrial products",
        ],
        .activityContentInformationConsultancy: [
            .vi: "Tư vấn, cung cấp thông tin", .en: "Consultancy and information services",
        ],
        .activityContentLinkageClusters: [
            .vi: "Liên doanh, liên kết, hiệp hội, cụm công nghiệp và xử lý ô nhiễm môi trường",
            .en: "Joint ventures, linkages, associations, industrial clusters and pollution treatment",
        ],
        .activityContentCleanerProduction: [.vi: "Sản xuất sạch hơn", .en: "Cleaner production"],
        .activityContentInternationalCooperation: [
            .vi: "Hợp tác quốc tế về khuyến công", .en: "International cooperation on industrial promotion",
        ],
        .activityContentProgrammeCapacity: [
            .vi: "Nâng cao năng lực quản lý và tổ chức thực hiện khuyến công",
            .en: "Capacity to manage and carry out industrial promotion",
        ],

        // Cap units: Vietnamese nouns have one form, English ones a plural.
        .capUnitModel: [.vi: "mô hình", .en: "model"],
        .capUnitModels: [.vi: "mô hình", .en: "models"],
        .capUnitEstablishment: [.vi: "cơ sở", .en: "establishment"],
        .capUnitEstablishments: [.vi: "cơ sở", .en: "establishments"],
        .capUnitEnterprise: [.vi: "doanh nghiệp", .en: "enterprise"],
        .capUnitEnterprises: [.vi: "doanh nghiệp", .en: "enterprises"],
        .capUnitRound: [.vi: "cuộc bình chọn", .en: "round"],
        .capUnitRounds: [.vi: "cuộc bình chọn", .en: "rounds"],
        .capUnitCluster: [.vi: "cụm công nghiệp", .en: "cluster"],
        .capUnitClusters: [.vi: "cụm công nghiệp", .en: "clusters"],
        .capUnitPerson: [.vi: "người", .en: "person"],
        .capUnitPersons: [.vi: "người", .en: "people"],
        .capUnitScheme: [.vi: "đề án", .en: "scheme"],
        .capUnitSchemes: [.vi: "đề án", .en: "schemes"],

        // The calculation explained (domain §7.1).
        .rateCalcRateCapped: [
            .vi: "{rate} của {cost} = {share}, vượt mức tối đa {cap}/{unit} × {quantity} = {allowed}, nên được hỗ trợ {allowed}",
            .en: "{rate} of {cost} = {share}, capped at {cap} per {unit} × {quantity} = {allowed}",
        ],
        .rateCalcSharedCap: [
            .vi: "Mức tối đa tính theo cơ sở thụ hưởng (Thông tư 28/2018/TT-BTC): đề án có {count} cơ sở, nên các dòng “{activity}” cộng lại được tối đa {pool}; các dòng trước đã dùng {used}, dòng này còn {allowed}.",
            .en: "The cap is per beneficiary establishment (Circular 28/2018/TT-BTC): the scheme has {count}, so its “{activity}” lines together receive at most {pool}; earlier lines took {used}, leaving {allowed} for this one.",
        ],
        .rateCalcRateWithinCap: [
            .vi: "{rate} của {cost} = {allowed}, trong mức tối đa {cap}/{unit} × {quantity} = {capTotal}",
            .en: "{rate} of {cost} = {allowed}, within the cap of {cap} per {unit} × {quantity} = {capTotal}",
        ],
        .rateCalcRateNoCap: [
            .vi: "{rate} của {cost} = {allowed}, không có mức tối đa",
            .en: "{rate} of {cost} = {allowed}, with no cap",
        ],
        .rateCalcCapOnlyCapped: [
            .vi: "Được hỗ trợ tối đa toàn bộ chi phí hợp lệ {cost}, nhưng không quá {cap}/{unit} × {quantity} = {allowed}",
            .en: "Up to the whole eligible cost of {cost}, capped at {cap} per {unit} × {quantity} = {allowed}",
        ],
        .rateCalcCapOnlyWithinCap: [
            .vi: "Được hỗ trợ toàn bộ chi phí hợp lệ {cost}, trong mức tối đa {cap}/{unit} × {quantity} = {capTotal}",
            .en: "The whole eligible cost of {cost}, within the cap of {cap} per {unit} × {quantity} = {capTotal}",
        ],
        .rateCalcSource: [
            .vi: "({basis}, bảng {code} có hiệu lực ngày {date})",
            .en: "({basis}, table {code} in force on {date})",
        ],
        .rateCalcUnverified: [
            .vi: "Mức này chưa được đối chiếu với văn bản gốc.",
            .en: "This level is not yet verified against the official text.",
        ],
        .rateCalcNote: [.vi: "(Ghi chú: {note})", .en: "(Note: {note})"],
        .rateCalcRequestedAbove: [
            .vi: "Kinh phí đề nghị hỗ trợ {requested} vượt {excess} so với mức được phép.",
            .en: "Requested {requested} is {excess} above what is allowed.",
        ],
        .rateCalcRequestedWithin: [
            .vi: "Kinh phí đề nghị hỗ trợ {requested} nằm trong mức được phép.",
            .en: "Requested {requested} is within what is allowed.",
        ],
        .rateCalcNoNationalTable: [
            .vi: "Không có bảng mức hỗ trợ khuyến công quốc gia nào có hiệu lực ngày {date}; không tính được mức hỗ trợ.",
            .en: "No national support-rate table is in force on {date}; the amount cannot be computed.",
        ],
        .rateCalcNoProvinceTable: [
            .vi: "Không có bảng mức hỗ trợ khuyến công của {province} có hiệu lực ngày {date}; không tính được mức hỗ trợ.",
            .en: "No support-rate table for {province} is in force on {date}; the amount cannot be computed.",
        ],
        .rateCalcProvinceCode: [.vi: "tỉnh, thành phố mã {code}", .en: "the province with code {code}"],
        .rateCalcRuleNotSet: [
            .vi: "Bảng {code} ({basis}) chưa có tỷ lệ hay mức tối đa cho \"{activity}\"; cần nhập mức hỗ trợ theo văn bản gốc trước khi tính được số tiền.",
            .en: "Table {code} ({basis}) does not yet set a rate or a cap for \"{activity}\"; the level must be filled in from the official text before the amount can be computed.",
        ],
    ]
}
