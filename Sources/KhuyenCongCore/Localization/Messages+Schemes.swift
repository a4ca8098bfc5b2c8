import Foundation

extension Messages {
    static let schemes: [MessageKey: [Language: String]] = [
        .schemeLevelNational: [.vi: "Khuyến công quốc gia", .en: "National"],
        .schemeLevelLocal: [.vi: "Khuyến công địa phương", .en: "Local"],
        .schemeKindSingle: [.vi: "Đề án đơn lẻ", .en: "Single scheme"],
        .schemeKindPilot: [.vi: "Đề án điểm", .en: "Pilot scheme"],
        .schemeKindGroup: [.vi: "Đề án lập theo nhóm", .en: "Group scheme"],
        .sourceCentral: [.vi: "Ngân sách trung ương (KCQG)", .en: "Central budget (national)"],
        .sourceProvincial: [.vi: "Ngân sách tỉnh (KCĐP)", .en: "Provincial budget (local)"],
        .sourceCommune: [.vi: "Ngân sách xã", .en: "Commune budget"],
        .sourceOther: [.vi: "Tài trợ, nguồn khác", .en: "Sponsors and other sources"],

        .schemeYearOutOfRange: [.vi: "Năm kế hoạch phải từ 2010 đến 2040.", .en: "The plan year must be between 2010 and 2040."],
        .schemeYearsInvalid: [
            .vi: "Năm kết thúc không được trước năm bắt đầu (2010–2040).", .en: "The end year cannot be before the start year (2010–2040).",
        ],
        .schemeNeedsLines: [.vi: "Đề án cần ít nhất một nội dung hoạt động.", .en: "A scheme needs at least one activity line."],
        .schemeBeneficiaryRepeated: [.vi: "Một cơ sở được nêu hai lần.", .en: "An establishment is listed twice."],
        .schemeFundsDoNotAddUp: [
            .vi: "Kinh phí không khớp: hỗ trợ đề nghị + vốn đối ứng + nguồn khác phải bằng tổng chi phí các nội dung.",
            .en: "The money does not add up: requested support + counterpart + other funds must equal the lines' total cost.",
        ],
        .schemeQuantityInvalid: [.vi: "Số lượng phải là số nguyên từ 1 đến 100.000.", .en: "The quantity must be a whole number from 1 to 100,000."],
        .schemeAmountInvalid: [
            .vi: "Số tiền phải là số đồng nguyên, lớn hơn 0 với chi phí, không âm với hỗ trợ.",
            .en: "Amounts are whole đồng: the cost above zero, the support zero or more.",
        ],
        .schemeRequestExceedsCost: [
            .vi: "Hỗ trợ đề nghị lớn hơn chi phí của nội dung này.", .en: "The support requested is more than this line's cost.",
        ],
        .pilotNeedsTwoActivities: [
            .vi: "Đề án điểm cần ít nhất hai nội dung hoạt động khác nhau (TT 36/2013, sửa đổi bởi TT 17/2018).",
            .en: "A pilot scheme needs at least two different activity contents (TT 36/2013 as amended by TT 17/2018).",
        ],
        .pilotNeedsTwoBeneficiaries: [
            .vi: "Đề án điểm cần ít nhất hai cơ sở thụ hưởng.", .en: "A pilot scheme needs at least two beneficiaries.",
        ],
        .pilotNeedsTwoToThreeYears: [
            .vi: "Đề án điểm thực hiện từ 2 đến 3 năm.", .en: "A pilot scheme runs for two to three years.",
        ],
        .schemeBeneficiaryUnknown: [
            .vi: "Có cơ sở thụ hưởng không có trong sổ đăng ký hoặc ngoài phạm vi của bạn.",
            .en: "A beneficiary is not in the registry or outside your area.",
        ],
        .schemeCommuneNotInProvince: [
            .vi: "Có xã không thuộc tỉnh của đề án.", .en: "A commune is not in the scheme's province.",
        ],
        .schemeUnitUnknown: [.vi: "Không có đơn vị thực hiện này.", .en: "No such implementing unit."],
        .schemeNotEditable: [
            .vi: "Chỉ sửa được đề án đang soạn; sau khi phê duyệt phải đề nghị điều chỉnh.",
            .en: "Only a draft can be edited; after approval, request an adjustment.",
        ],

        .stateDraft: [.vi: "Đang soạn", .en: "Draft"],
        .stateSubmitted: [.vi: "Đã nộp, chờ thẩm định", .en: "Submitted for appraisal"],
        .stateGrassrootsApproved: [.vi: "Đạt thẩm định cấp cơ sở", .en: "Passed grassroots appraisal"],
        .stateAtMinistry: [.vi: "Đang ở Bộ (Cục)", .en: "At the ministry"],
        .stateInDraftPlan: [.vi: "Trong dự thảo kế hoạch", .en: "In the draft plan"],
        .stateApproved: [.vi: "Đã phê duyệt", .en: "Approved"],
        .stateContracted: [.vi: "Đã ký hợp đồng", .en: "Contracted"],
        .stateInProgress: [.vi: "Đang thực hiện", .en: "In progress"],
        .stateStopPending: [.vi: "Chờ quyết định dừng", .en: "Stop requested"],
        .stateStopped: [.vi: "Đã dừng", .en: "Stopped"],
        .stateFacilityAccepted: [.vi: "Đã nghiệm thu cơ sở", .en: "Facility acceptance done"],
        .stateSettlementSubmitted: [.vi: "Đã nộp quyết toán", .en: "Settlement submitted"],
        .stateClosed: [.vi: "Đã thanh lý, quyết toán", .en: "Closed"],
        .stateRejected: [.vi: "Không đạt", .en: "Rejected"],
        .stateNotSelected: [.vi: "Không được chọn vào kế hoạch", .en: "Not selected for the plan"],

        .actionSubmit: [.vi: "Nộp hồ sơ", .en: "Submit"],
        .actionReturn: [.vi: "Trả lại để hoàn thiện", .en: "Return for revision"],
        .actionGrassrootsApprove: [.vi: "Thẩm định cấp cơ sở: đạt", .en: "Grassroots appraisal: pass"],
        .actionForwardToMinistry: [.vi: "Gửi Bộ (Cục)", .en: "Forward to the ministry"],
        .actionMinistryApprove: [.vi: "Thẩm định cấp Bộ: đạt", .en: "Ministry appraisal: pass"],
        .actionNotSelect: [.vi: "Không chọn vào kế hoạch", .en: "Do not select"],
        .actionAppraise: [.vi: "Thẩm định: đạt", .en: "Appraisal: pass"],
        .actionReject: [.vi: "Không đạt", .en: "Reject"],
        .actionApprove: [.vi: "Phê duyệt", .en: "Approve"],
        .actionSignContract: [.vi: "Ký hợp đồng", .en: "Sign the contract"],
        .actionStart: [.vi: "Bắt đầu thực hiện", .en: "Start"],
        .actionRequestStop: [.vi: "Đề nghị dừng", .en: "Request a stop"],
        .actionApproveStop: [.vi: "Đồng ý dừng", .en: "Approve the stop"],
        .actionRefuseStop: [.vi: "Không đồng ý dừng", .en: "Refuse the stop"],
        .actionAcceptFacility: [.vi: "Nghiệm thu cơ sở", .en: "Record facility acceptance"],
        .actionSubmitSettlement: [.vi: "Nộp hồ sơ quyết toán", .en: "Submit the settlement"],
        .actionClose: [.vi: "Thanh lý hợp đồng, quyết toán", .en: "Liquidate and close"],

        .guardContentInvalid: [
            .vi: "Chưa thể “{action}”: nội dung đề án còn lỗi cần sửa.", .en: "Cannot “{action}”: the scheme's content has errors to fix.",
        ],
        .guardSupportExceedsRates: [
            .vi: "Chưa thể “{action}”: hỗ trợ đề nghị vượt mức hỗ trợ được phép hoặc chưa tính được theo bảng mức đang áp dụng.",
            .en: "Cannot “{action}”: the support requested is above what the rate table allows, or cannot be computed from it.",
        ],
        .actionNotFromState: [
            .vi: "Không thể “{action}” khi đề án đang ở trạng thái “{state}”.",
            .en: "“{action}” is not possible while the scheme is “{state}”.",
        ],
        .actionNotForRole: [
            .vi: "Vai trò “{role}” không được thực hiện “{action}” đối với đề án này.",
            .en: "The role “{role}” may not “{action}” on this scheme.",
        ],
        .reasonRequired: [.vi: "Cần ghi lý do.", .en: "A reason is required."],
        .settingsRoleNotAllowed: [
            .vi: "Chỉ Sở Công Thương hoặc UBND tỉnh được giao việc này.", .en: "Only the Department or the provincial committee can do this.",
        ],
        .settingsDaysOutOfRange: [.vi: "Số ngày phải từ 1 đến 120.", .en: "The number of days must be from 1 to 120."],
        .deadlineRegistration: [.vi: "Hạn nộp hồ sơ đăng ký", .en: "Registration deadline"],
        .deadlineSettlement: [.vi: "Hạn nộp hồ sơ quyết toán", .en: "Settlement deadline"],
        .deadlineLiquidation: [.vi: "Hạn thanh lý hợp đồng", .en: "Liquidation deadline"],

        .adjIncreaseSupport: [.vi: "Tăng tổng kinh phí hỗ trợ", .en: "Increase the total support"],
        .adjChangeContent: [.vi: "Thay đổi nội dung hoạt động", .en: "Change the activity content"],
        .adjExtend: [.vi: "Kéo dài sang năm sau", .en: "Extend into the next year"],
        .adjAddOrStop: [.vi: "Bổ sung hoặc dừng đề án", .en: "Add or stop a scheme"],
        .adjWithinYear: [
            .vi: "Thay đổi địa điểm, đơn vị thụ hưởng, đơn vị phối hợp, thời gian trong năm",
            .en: "Change of place, beneficiary, cooperating unit or timing within the year",
        ],
        .adjOther: [.vi: "Thay đổi khác không tăng kinh phí", .en: "Other changes that do not raise support"],
        .adjustmentNotYourDecision: [
            .vi: "Điều chỉnh này thuộc thẩm quyền của “{role}” (Thông tư 36/2013, Điều 11).",
            .en: "This adjustment is for “{role}” to decide (Circular 36/2013 Art.11).",
        ],
        .advanceConditionProgress: [
            .vi: "Báo cáo tiến độ cho thấy đã thực hiện trên 50 % khối lượng được hỗ trợ",
            .en: "A progress report showing more than 50 % of the supported work done",
        ],
        .advanceConditionTrainingPlan: [
            .vi: "Hợp đồng và kế hoạch đào tạo (Mẫu 11, Phụ lục 1 TT 36/2013)",
            .en: "The contract and the training plan (Form 11, Appendix 1 TT 36/2013)",
        ],
        .advanceConditionPlan: [.vi: "Hợp đồng và kế hoạch thực hiện", .en: "The contract and the implementation plan"],

        .actSchemeCreate: [.vi: "Tạo đề án", .en: "Scheme created"],
        .actSchemeUpdate: [.vi: "Sửa đề án", .en: "Scheme changed"],
        .actSchemeAction: [.vi: "Chuyển trạng thái đề án", .en: "Scheme state changed"],
        .actRateTableSeed: [.vi: "Nạp bảng mức hỗ trợ", .en: "Support-rate table loaded"],
        .actRateTableSave: [.vi: "Sửa bảng mức hỗ trợ", .en: "Support-rate table changed"],
        .actSchemeSettingsSave: [.vi: "Sửa quy trình đề án địa phương", .en: "Local scheme settings changed"],
        .schemeLevelUnknown: [.vi: "Cấp đề án phải là national hoặc local.", .en: "The level must be national or local."],
        .schemeKindUnknown: [.vi: "Loại đề án phải là single, pilot hoặc group.", .en: "The kind must be single, pilot or group."],
        .schemeActivityUnknown: [
            .vi: "Mã nội dung hoạt động không có trong danh mục (xem /api/v1/activity-types).",
            .en: "Unknown activity type code (see /api/v1/activity-types).",
        ],
        .schemeActionUnknown: [.vi: "Không có thao tác này.", .en: "No such action."],
        .schemeStateUnknown: [
            .vi: "Trạng thái không hợp lệ; dùng mã như draft, submitted, approved, in_progress, closed.",
            .en: "Unknown state; use codes such as draft, submitted, approved, in_progress, closed.",
        ],
        .rateScopeInvalid: [
            .vi: "Phạm vi phải là national hoặc province:<mã tỉnh 2 chữ số>.", .en: "The scope must be national or province:<2-digit province code>.",
        ],
        .rateCapUnitInvalid: [
            .vi: "Đơn vị mức trần phải là model, establishment, enterprise, round, cluster, person hoặc scheme.",
            .en: "The cap unit must be model, establishment, enterprise, round, cluster, person or scheme.",
        ],
        .rateCodeInvalid: [
            .vi: "Mã bảng gồm chữ cái không dấu, chữ số, “-”, “_” hoặc “.” (tối đa 60 ký tự).",
            .en: "A table code uses ASCII letters, digits, “-”, “_” or “.” (up to 60 characters).",
        ],
        .rateValidToBeforeFrom: [.vi: "Ngày hết hiệu lực không được trước ngày có hiệu lực.", .en: "The end date cannot be before the start date."],
        .rateRuleRepeated: [.vi: "Một nội dung hoạt động có hai dòng mức.", .en: "An activity has two rate rows."],
        .rateOutOfRange: [.vi: "Tỷ lệ phải từ 0 đến 100 %.", .en: "The rate must be from 0 to 100 %."],
        .rateTablesOverlap: [
            .vi: "Thời gian hiệu lực trùng với bảng {code} của cùng phạm vi; hãy cho bảng cũ hết hiệu lực trước.",
            .en: "The period overlaps table {code} of the same scope; end the older table first.",
        ],
        .rateTableNotYours: [
            .vi: "Bảng mức quốc gia do Cục sửa; bảng mức của tỉnh do Sở Công Thương tỉnh đó sửa.",
            .en: "The Cục keeps the national table; each province's Department keeps its own.",
        ],
    ]
}
