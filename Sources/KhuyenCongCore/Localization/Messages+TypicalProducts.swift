import Foundation

extension Messages {
    static let typicalProducts: [MessageKey: [Language: String]] = [
        // Levels are written to read inside a sentence ("dự bình chọn cấp tỉnh").
        .tpLevelCommune: [.vi: "cấp xã", .en: "commune level"],
        .tpLevelDistrict: [.vi: "cấp huyện", .en: "district level"],
        .tpLevelProvince: [.vi: "cấp tỉnh", .en: "provincial level"],
        .tpLevelRegion: [.vi: "cấp khu vực", .en: "regional level"],
        .tpLevelNational: [.vi: "cấp quốc gia", .en: "national level"],

        // TT 26/2014/TT-BCT, domain §8.1.
        .tpGroupHandicrafts: [.vi: "Thủ công mỹ nghệ", .en: "Handicrafts and fine arts"],
        .tpGroupProcessedFood: [
            .vi: "Chế biến nông, lâm, thủy sản và thực phẩm",
            .en: "Processed agricultural, forestry and fishery products and food",
        ],
        .tpGroupMachinery: [
            .vi: "Thiết bị, máy móc, dụng cụ và phụ tùng cơ khí",
            .en: "Equipment, machinery, tools and mechanical parts",
        ],
        .tpGroupOther: [.vi: "Sản phẩm khác", .en: "Other products"],

        .tpRoundYearOutOfRange: [
            .vi: "Năm bình chọn phải trong khoảng 2010–2040.", .en: "The round's year must lie within 2010–2040.",
        ],
        .tpRoundWindowOrder: [
            .vi: "Ngày hết hạn đăng ký không được trước ngày bắt đầu đăng ký.",
            .en: "Registration cannot close before it opens.",
        ],
        .tpRoundWindowOutsideYear: [
            .vi: "Thời gian đăng ký phải kết thúc trong năm bình chọn và bắt đầu không sớm hơn năm trước đó.",
            .en: "Registration must close within the round's year and open no earlier than the year before.",
        ],
        .tpRoundDistrictAbolished: [
            .vi: "Không còn bình chọn cấp huyện từ 01/07/2025 (chính quyền địa phương hai cấp); hãy tổ chức ở cấp xã.",
            .en: "District-level rounds ended on 01/07/2025 (two-tier local government); hold it at commune level.",
        ],
        .tpRoundCodeNotForLevel: [
            .vi: "Mã này không dùng cho cấp bình chọn đã chọn; hãy để trống.",
            .en: "This code does not apply to the chosen level; leave it empty.",
        ],
        .tpRoundCodeShape: [
            .vi: "Mã đơn vị hành chính gồm chữ số: tỉnh 2 số, huyện 3 số, xã 5 số.",
            .en: "Administrative unit codes are digits: 2 for a province, 3 for a district, 5 for a commune.",
        ],
        .tpRoundRegionUnknown: [
            .vi: "Không có khu vực mang mã này trong danh mục khu vực.",
            .en: "No region has this code in the region table.",
        ],
        .tpRoundNeedsGroups: [
            .vi: "Cần chọn ít nhất một nhóm sản phẩm.", .en: "Choose at least one product group.",
        ],

        .tpRegistrationNotOpen: [
            .vi: "Chưa đến thời gian đăng ký: đợt bình chọn nhận đăng ký từ ngày {date}.",
            .en: "Registration has not opened yet: the round accepts entries from {date}.",
        ],
        .tpRegistrationClosed: [
            .vi: "Đã hết thời gian đăng ký: đợt bình chọn nhận đăng ký đến hết ngày {date}.",
            .en: "Registration is closed: the round accepted entries until {date}.",
        ],
        .tpEntryDuplicate: [
            .vi: "Cơ sở đã đăng ký sản phẩm “{name}” trong đợt bình chọn này.",
            .en: "The establishment has already entered “{name}” in this round.",
        ],
        .tpEntryDuplicateField: [
            .vi: "Sản phẩm này đã được đăng ký trong đợt.", .en: "This product is already entered in the round.",
        ],
        .tpEntryGroupInvalid: [
            .vi: "Nhóm sản phẩm phải là 1, 2, 3 hoặc 4.", .en: "The product group must be 1, 2, 3 or 4.",
        ],
        .tpEntryGroupNotInRound: [
            .vi: "Đợt bình chọn này không nhận nhóm sản phẩm đã chọn.",
            .en: "This round does not take entries in the chosen group.",
        ],
        .tpNominationNeedsRecognition: [
            .vi: "Sản phẩm dự bình chọn {level} phải là sản phẩm CNNT tiêu biểu đã được công nhận {below}.",
            .en: "Only products recognised as typical rural industrial products at {below} may enter at {level}.",
        ],
        .tpNominationRecognitionExpired: [
            .vi: "Công nhận sản phẩm CNNT tiêu biểu {below} ({reference}) chỉ có giá trị đến ngày {date}.",
            .en: "The {below} recognition as a typical product ({reference}) was valid only until {date}.",
        ],

        // Eligibility of an entry [V2; domain §8.1].
        .tpCriterionOwnProduct: [
            .vi: "Sản phẩm do chính cơ sở đăng ký sản xuất",
            .en: "Made by the registering establishment itself",
        ],
        .tpCriterionIntellectualProperty: [
            .vi: "Không vi phạm quyền sở hữu trí tuệ, sở hữu công nghiệp",
            .en: "Infringes no intellectual or industrial property rights",
        ],
        .tpCriterionStandards: [
            .vi:
                "Đáp ứng tiêu chuẩn, quy chuẩn về chất lượng, an toàn lao động, vệ sinh, an toàn thực phẩm, môi trường",
            .en: "Meets the standards on quality, labour safety, hygiene, food safety and the environment",
        ],
        .tpCriterionMassProducible: [
            .vi: "Có khả năng sản xuất hàng loạt, không phải sản phẩm độc bản",
            .en: "Can be produced in quantity, not a one-off piece",
        ],
        .tpCriterionMarketDemand: [.vi: "Đáp ứng nhu cầu thị trường", .en: "Meets market demand"],
        .tpOutcomePass: [.vi: "Đạt", .en: "Pass"],
        .tpOutcomeFail: [.vi: "Không đạt", .en: "Fail"],
        .tpOutcomeUnknown: [.vi: "Chưa xác định", .en: "Not determined"],
        .tpEntryNotEligible: [
            .vi: "Sản phẩm “{name}” chưa đạt đủ các điều kiện tham gia nên chưa được chấm điểm.",
            .en: "“{name}” has not passed every eligibility check and cannot be scored yet.",
        ],

        // Phiếu chấm điểm, Appendix 4 to TT 26/2014.
        .tpScoreMarket: [
            .vi: "Đáp ứng thị trường và khả năng phát triển sản xuất (tối đa 40 điểm)",
            .en: "Market response and production-development potential (up to 40 points)",
        ],
        .tpScoreEconomic: [
            .vi: "Kinh tế – kỹ thuật – xã hội và môi trường (tối đa 40 điểm)",
            .en: "Economic, technical, social and environmental (up to 40 points)",
        ],
        .tpScoreCultural: [
            .vi: "Tính văn hóa, tính thẩm mỹ (tối đa 10 điểm)", .en: "Cultural and aesthetic value (up to 10 points)",
        ],
        .tpScoreOther: [.vi: "Một số tiêu chí khác (tối đa 10 điểm)", .en: "Other criteria (up to 10 points)"],
        .tpScoreRange40: [
            .vi: "Điểm phải là số nguyên từ 0 đến 40.", .en: "The score must be a whole number from 0 to 40.",
        ],
        .tpScoreRange10: [
            .vi: "Điểm phải là số nguyên từ 0 đến 10.", .en: "The score must be a whole number from 0 to 10.",
        ],

        .tpJudgeNotOnJury: [
            .vi: "Bạn không phải thành viên ban giám khảo của đợt bình chọn này nên không được chấm điểm.",
            .en: "You are not on this round's jury and may not score its entries.",
        ],
        .tpJudgeExcluded: [
            .vi: "Bạn không được chấm sản phẩm “{name}” do xung đột lợi ích: {reason}.",
            .en: "You may not score “{name}” because of a conflict of interest: {reason}.",
        ],
        .tpConflictDeclared: [.vi: "đã tự khai báo", .en: "declared by you"],
        .tpConflictSameOrganisation: [
            .vi: "cùng tổ chức với cơ sở dự thi", .en: "same organisation as the establishment",
        ],
        .tpConflictRelation: [
            .vi: "có quan hệ đã ghi nhận với cơ sở dự thi", .en: "a recorded relation with the establishment",
        ],
        .tpJudgingClosed: [
            .vi: "Việc chấm điểm của đợt bình chọn đã kết thúc.", .en: "Judging of this round has closed.",
        ],
        .tpScoreAlreadySubmitted: [
            .vi: "Phiếu chấm đã nộp thì không sửa được.", .en: "A submitted score sheet cannot be changed.",
        ],

        .tpMethodMean: [.vi: "Trung bình cộng", .en: "Mean"],
        .tpMethodMedian: [.vi: "Trung vị", .en: "Median"],
        .tpMethodTrimmedMean: [
            .vi: "Trung bình sau khi bỏ điểm cao nhất và thấp nhất",
            .en: "Mean after dropping the highest and the lowest",
        ],
        .tpPassMarkInvalid: [
            .vi: "Điểm đạt phải là số nguyên từ 0 đến 100.", .en: "The pass mark must be a whole number from 0 to 100.",
        ],
        .tpTrimNeedsThreeJudges: [
            .vi: "Chỉ bỏ điểm cao nhất và thấp nhất khi có từ 3 giám khảo trở lên.",
            .en: "Dropping the highest and lowest needs at least 3 judges.",
        ],
        .tpRuleRepeated: [
            .vi: "Đã có quy định cho cấp này từ cùng ngày.", .en: "This level already has a rule from the same day.",
        ],

        .tpRecognitionNeedsPass: [
            .vi: "Sản phẩm “{name}” chưa đạt {mark} điểm nên không thể công nhận.",
            .en: "“{name}” did not reach {mark} points and cannot be recognised.",
        ],
        .tpCertificateValid: [.vi: "Còn hiệu lực", .en: "Valid"],
        .tpCertificateExpired: [.vi: "Hết hiệu lực", .en: "Expired"],
        .tpCertificateNotYetValid: [.vi: "Chưa có hiệu lực", .en: "Not yet valid"],
        .tpCertificateBeforeDecision: [
            .vi: "Ngày cấp giấy chứng nhận không được trước ngày quyết định công nhận ({date}).",
            .en: "A certificate cannot be issued before the recognising decision ({date}).",
        ],
        .tpCertificateBeforeDecisionField: [
            .vi: "Ngày cấp trước ngày quyết định công nhận.", .en: "Issued before the recognising decision.",
        ],
        .tpCertificateAlreadyIssued: [
            .vi: "Sản phẩm đã được cấp giấy chứng nhận số {number}.",
            .en: "The product already has certificate {number}.",
        ],

        // TT 14/2018: priority for holders of a valid certificate.
        .tpPriorityCertifiedCommune: [
            .vi: "Có sản phẩm CNNT tiêu biểu cấp xã “{product}” (số {number}, hiệu lực đến {date})",
            .en: "Holds a commune-level typical product “{product}” (no. {number}, valid until {date})",
        ],
        .tpPriorityCertifiedDistrict: [
            .vi: "Có sản phẩm CNNT tiêu biểu cấp huyện “{product}” (số {number}, hiệu lực đến {date})",
            .en: "Holds a district-level typical product “{product}” (no. {number}, valid until {date})",
        ],
        .tpPriorityCertifiedProvince: [
            .vi: "Có sản phẩm CNNT tiêu biểu cấp tỉnh “{product}” (số {number}, hiệu lực đến {date})",
            .en: "Holds a provincial typical product “{product}” (no. {number}, valid until {date})",
        ],
        .tpPriorityCertifiedRegion: [
            .vi: "Có sản phẩm CNNT tiêu biểu cấp khu vực “{product}” (số {number}, hiệu lực đến {date})",
            .en: "Holds a regional typical product “{product}” (no. {number}, valid until {date})",
        ],
        .tpPriorityCertifiedNational: [
            .vi: "Có sản phẩm CNNT tiêu biểu cấp quốc gia “{product}” (số {number}, hiệu lực đến {date})",
            .en: "Holds a national typical product “{product}” (no. {number}, valid until {date})",
        ],

        // Rounds, entries and judging as the store and the pages see them.
        .tpNotOrganiser: [
            .vi: "Chỉ đơn vị tổ chức đợt bình chọn (Sở Công Thương, UBND xã hoặc Cục) được làm việc này.",
            .en: "Only the round's organisers (the Department, the commune committee or the ministry) may do this.",
        ],
        .tpPhaseAnnounced: [.vi: "Chưa mở đăng ký", .en: "Registration not yet open"],
        .tpPhaseRegistration: [.vi: "Đang nhận đăng ký", .en: "Open for registration"],
        .tpPhaseJudging: [.vi: "Đang chấm", .en: "Judging"],
        .tpPhaseClosed: [.vi: "Đã kết thúc chấm", .en: "Judging closed"],
        .tpStatusRegistered: [.vi: "Đã đăng ký, chờ kiểm tra điều kiện", .en: "Registered, awaiting checks"],
        .tpStatusIneligible: [.vi: "Không đủ điều kiện", .en: "Not eligible"],
        .tpStatusJudging: [.vi: "Đang chấm", .en: "Being judged"],
        .tpStatusPassed: [.vi: "Đạt điểm", .en: "Passed"],
        .tpStatusNotPassed: [.vi: "Không đạt điểm", .en: "Did not pass"],
        .tpStatusRecognised: [.vi: "Được công nhận", .en: "Recognised"],
        .tpStatusCertified: [.vi: "Đã cấp giấy chứng nhận", .en: "Certified"],
        .tpEntryOutsideArea: [
            .vi: "Cơ sở “{name}” không thuộc địa bàn của đợt bình chọn này.",
            .en: "“{name}” is not within this round's area.",
        ],
        .tpEntryOutsideAreaField: [.vi: "Cơ sở ngoài địa bàn đợt bình chọn.", .en: "Outside the round's area."],
        .tpCloseBeforeRegistrationEnds: [
            .vi: "Chỉ kết thúc chấm sau khi hết hạn đăng ký ({date}).",
            .en: "Judging can only close after registration has closed ({date}).",
        ],
        .tpJudgeUnknownUser: [.vi: "Không có tài khoản đang hoạt động với tên này.", .en: "No active account has this username."],
        .tpJudgeAlreadyOnJury: [.vi: "{name} đã ở trong ban giám khảo.", .en: "{name} is already on the jury."],
        .tpRoundUnitUnknown: [
            .vi: "Không có đơn vị hành chính mang mã này vào ngày mở đăng ký.",
            .en: "No administrative unit has this code on the day registration opens.",
        ],
        .tpConflictAlreadyDeclared: [
            .vi: "Bạn đã khai xung đột lợi ích với sản phẩm này.", .en: "You have already declared a conflict with this entry.",
        ],
        .tpResultsAfterClosing: [
            .vi: "Kết quả chỉ có sau khi kết thúc chấm.", .en: "Results exist only once judging has closed.",
        ],
        .tpAlreadyRecognised: [
            .vi: "Sản phẩm đã được công nhận theo quyết định {reference}.",
            .en: "The product was already recognised by decision {reference}.",
        ],
        .tpCertificateNeedsRecognition: [
            .vi: "Chỉ cấp giấy chứng nhận cho sản phẩm đã được công nhận.",
            .en: "A certificate is issued only for a recognised product.",
        ],
        .tpLevelUnknown: [
            .vi: "Cấp bình chọn phải là commune, district, province, region hoặc national.",
            .en: "The level must be commune, district, province, region or national.",
        ],
        .tpCriterionUnknown: [.vi: "Tiêu chí kiểm tra không hợp lệ.", .en: "Unknown eligibility criterion."],
        .tpOutcomeUnknownValue: [.vi: "Kết quả kiểm tra phải là pass, fail hoặc unknown.", .en: "The outcome must be pass, fail or unknown."],
        .tpRoundDefaultTitle: [
            .vi: "Bình chọn sản phẩm CNNT tiêu biểu {level}{area} năm {year}",
            .en: "Typical rural industrial products, {level}{area}, {year}",
        ],
        .tpCertificateUnknown: [
            .vi: "Không có giấy chứng nhận đã công bố mang số này.", .en: "No published certificate has this number.",
        ],
        .tpCatalogueTitle: [.vi: "Sản phẩm CNNT tiêu biểu", .en: "Typical rural industrial products"],
        // Pages
        .navSelection: [.vi: "Bình chọn sản phẩm", .en: "Product selection"],
        .navCatalogue: [.vi: "Sản phẩm tiêu biểu", .en: "Typical products"],
        .tpRoundsTitle: [.vi: "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu", .en: "Selection of typical rural industrial products"],
        .tpRoundsIntro: [.vi: "Các đợt bình chọn từ cấp xã đến cấp quốc gia. Giám khảo chấm các sản phẩm đã qua kiểm tra điều kiện; điểm và kết quả chỉ hiện sau khi kết thúc chấm.", .en: "Rounds from commune to national level. Judges score the entries that passed the eligibility checks; marks and results appear only once judging has closed."],
        .tpRoundsNone: [.vi: "Chưa có đợt bình chọn nào.", .en: "No rounds yet."],
        .tpColRound: [.vi: "Đợt bình chọn", .en: "Round"],
        .tpColLevel: [.vi: "Cấp", .en: "Level"],
        .tpColWindow: [.vi: "Thời gian đăng ký", .en: "Registration"],
        .tpColPhase: [.vi: "Tình trạng", .en: "Phase"],
        .tpColProduct: [.vi: "Sản phẩm", .en: "Product"],
        .tpColEstablishment: [.vi: "Cơ sở", .en: "Establishment"],
        .tpColGroup: [.vi: "Nhóm", .en: "Group"],
        .tpColStatus: [.vi: "Tình trạng", .en: "Status"],
        .tpColScore: [.vi: "Điểm", .en: "Score"],
        .tpColSpread: [.vi: "Chênh lệch giữa giám khảo", .en: "Spread between judges"],
        .tpColRank: [.vi: "Xếp hạng", .en: "Rank"],
        .tpColCertificate: [.vi: "Giấy chứng nhận", .en: "Certificate"],
        .tpColProvince: [.vi: "Tỉnh, thành phố", .en: "Province"],
        .tpColYear: [.vi: "Năm", .en: "Year"],
        .tpJury: [.vi: "Ban giám khảo", .en: "Jury"],
        .tpJuryNone: [.vi: "Chưa có thành viên.", .en: "No members yet."],
        .tpEntries: [.vi: "Sản phẩm dự bình chọn", .en: "Entries"],
        .tpEntriesNone: [.vi: "Chưa có sản phẩm nào bạn được xem.", .en: "No entries you may see."],
        .tpCloseJudging: [.vi: "Kết thúc chấm", .en: "Close judging"],
        .tpCloseHint: [.vi: "Sau khi kết thúc, không ai chấm thêm; hội đồng xem toàn bộ phiếu chấm, điểm tổng hợp và độ chênh lệch.", .en: "After closing nobody scores any more; the council sees every sheet, the aggregates and the spread."],
        .tpResults: [.vi: "Kết quả chấm", .en: "Results"],
        .tpResultsHint: [.vi: "Điểm tổng hợp: {method}; đạt từ {mark} điểm. Hội đồng xem xét độ chênh lệch giữa các giám khảo trước khi đề nghị công nhận.", .en: "Aggregate: {method}; pass mark {mark}. The council weighs the spread between judges before proposing recognition."],
        .tpRecognise: [.vi: "Ghi quyết định công nhận", .en: "Record the recognising decision"],
        .tpDecisionRef: [.vi: "Số quyết định", .en: "Decision number"],
        .tpDecidedOn: [.vi: "Ngày quyết định", .en: "Decision date"],
        .tpAward: [.vi: "Giải hoặc hạng (nếu có)", .en: "Prize or class (if any)"],
        .tpIssue: [.vi: "Cấp giấy chứng nhận", .en: "Issue the certificate"],
        .tpIssuedOn: [.vi: "Ngày cấp", .en: "Issued on"],
        .tpIssuedBy: [.vi: "Cơ quan cấp", .en: "Issued by"],
        .tpPublish: [.vi: "Công bố trên cổng thông tin", .en: "Publish on the portal"],
        .tpEnter: [.vi: "Đăng ký sản phẩm dự bình chọn", .en: "Enter a product"],
        .tpProductName: [.vi: "Tên sản phẩm", .en: "Product name"],
        .tpGroup: [.vi: "Nhóm sản phẩm", .en: "Product group"],
        .tpIsSet: [.vi: "Bộ sản phẩm", .en: "Product set"],
        .tpDescription: [.vi: "Mô tả", .en: "Description"],
        .tpEstablishmentId: [.vi: "Cơ sở (mã định danh trong hệ thống)", .en: "Establishment (its id in the system)"],
        .tpPriorLevel: [.vi: "Cấp đã được công nhận", .en: "Level recognised at"],
        .tpPriorYear: [.vi: "Năm công nhận", .en: "Year recognised"],
        .tpPriorReference: [.vi: "Số quyết định hoặc giấy chứng nhận", .en: "Decision or certificate number"],
        .tpPriorHint: [.vi: "Chỉ điền khi sản phẩm được công nhận ở cấp dưới trước khi có hệ thống; công nhận trong hệ thống được tìm tự động.", .en: "Only for a recognition at the level below made before this system; recognitions held here are found by themselves."],
        .tpPriorNone: [.vi: "— không —", .en: "— none —"],
        .tpEligibility: [.vi: "Kiểm tra điều kiện dự bình chọn", .en: "Eligibility checks"],
        .tpCheckedBy: [.vi: "Người kiểm tra", .en: "Checked by"],
        .tpRecordCheck: [.vi: "Ghi kết quả", .en: "Record"],
        .tpNote: [.vi: "Ghi chú", .en: "Note"],
        .tpYourSheet: [.vi: "Phiếu chấm của bạn", .en: "Your score sheet"],
        .tpSheetHint: [.vi: "Điểm tối đa: thị trường 40; kinh tế, kỹ thuật, xã hội, môi trường 40; văn hóa, thẩm mỹ 10; khác 10. Bạn chỉ xem phiếu của giám khảo khác sau khi nộp phiếu của mình; phiếu đã nộp không sửa được.", .en: "Maximum: market 40; economic, technical, social, environmental 40; cultural and aesthetic 10; other 10. You see the other judges' sheets only after submitting yours; a submitted sheet is final."],
        .tpSaveDraft: [.vi: "Lưu nháp", .en: "Save draft"],
        .tpSubmitSheet: [.vi: "Nộp phiếu", .en: "Submit"],
        .tpRemarks: [.vi: "Nhận xét", .en: "Remarks"],
        .tpSheets: [.vi: "Phiếu chấm", .en: "Score sheets"],
        .tpSheetsHidden: [.vi: "Phiếu chấm và điểm chỉ hiện sau khi bạn nộp phiếu, hoặc khi kết thúc chấm.", .en: "Sheets and marks appear once you have submitted yours, or once judging has closed."],
        .tpDraft: [.vi: "Nháp", .en: "Draft"],
        .tpSubmittedOn: [.vi: "Nộp ngày {date}", .en: "Submitted {date}"],
        .tpTotal: [.vi: "Tổng", .en: "Total"],
        .tpDeclareConflict: [.vi: "Khai xung đột lợi ích", .en: "Declare a conflict of interest"],
        .tpConflictReason: [.vi: "Lý do", .en: "Reason"],
        .tpExcludedNotice: [.vi: "Bạn không chấm sản phẩm này vì có xung đột lợi ích.", .en: "You do not score this entry: you have a conflict of interest."],
        .tpPrintSheet: [.vi: "In phiếu chấm", .en: "Print the score sheet"],
        .tpSheetTitle: [.vi: "PHIẾU CHẤM ĐIỂM SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU", .en: "SCORE SHEET — TYPICAL RURAL INDUSTRIAL PRODUCT"],
        .tpCriterion: [.vi: "Tiêu chí", .en: "Criterion"],
        .tpMaxPoints: [.vi: "Điểm tối đa", .en: "Maximum"],
        .tpPoints: [.vi: "Điểm chấm", .en: "Points"],
        .tpJudgeSignature: [.vi: "Giám khảo (ký, ghi rõ họ tên)", .en: "Judge (signature and full name)"],
        .tpSheetPlaceDate: [.vi: "…………, ngày …… tháng …… năm ……", .en: "…………, date ……………"],
        .tpAdmittedBy: [.vi: "Được dự nhờ công nhận {level} năm {year}, {reference}", .en: "Admitted by a {level} recognition of {year}, {reference}"],
        .tpSaved: [.vi: "Đã lưu.", .en: "Saved."],
        .tpCatalogueIntro: [.vi: "Sản phẩm được công nhận và có giấy chứng nhận còn hiệu lực hôm nay. Dữ liệu mở tải được dưới dạng CSV và JSON.", .en: "Products recognised and holding a certificate valid today. Open data downloads as CSV and JSON."],
        .tpCatalogueNone: [.vi: "Không có sản phẩm phù hợp.", .en: "No matching products."],
        .tpSearchProducts: [.vi: "Tìm theo tên sản phẩm hoặc cơ sở", .en: "Search product or establishment names"],
        .tpAllLevels: [.vi: "Mọi cấp", .en: "All levels"],
        .tpAllGroups: [.vi: "Mọi nhóm", .en: "All groups"],
        .tpDownloadCSV: [.vi: "Tải CSV", .en: "Download CSV"],
        .tpDownloadJSON: [.vi: "Tải JSON", .en: "Download JSON"],
        .tpValidUntil: [.vi: "Hiệu lực đến", .en: "Valid until"],
        .tpVerifyTitle: [.vi: "Tra cứu giấy chứng nhận sản phẩm tiêu biểu", .en: "Verify a typical-product certificate"],
        .tpVerifyIntro: [.vi: "Nhập số giấy chứng nhận để xem sản phẩm, cơ sở và thời hạn hiệu lực.", .en: "Enter a certificate number to see the product, the establishment and how long it is valid."],
        .tpCertificateNumber: [.vi: "Số giấy chứng nhận", .en: "Certificate number"],
        .tpVerify: [.vi: "Tra cứu", .en: "Verify"],
        .tpVerifyValid: [.vi: "Giấy chứng nhận {number} còn hiệu lực đến hết ngày {date}.", .en: "Certificate {number} is valid until {date} inclusive."],
        .tpVerifyExpired: [.vi: "Giấy chứng nhận {number} đã hết hiệu lực sau ngày {date}.", .en: "Certificate {number} expired after {date}."],
        .tpVerifyNotYet: [.vi: "Giấy chứng nhận {number} có hiệu lực từ ngày {date}.", .en: "Certificate {number} takes effect on {date}."],
        .tpNewRound: [.vi: "Tổ chức đợt bình chọn", .en: "Plan a round"],
        .tpRegistrationOpens: [.vi: "Mở đăng ký", .en: "Registration opens"],
        .tpRegistrationCloses: [.vi: "Hết hạn đăng ký", .en: "Registration closes"],
        .tpAreaCode: [.vi: "Mã địa bàn (xã 5 số, tỉnh 2 số, khu vực: north, central, south)", .en: "Area code (commune 5 digits, province 2, region: north, central, south)"],
        .tpRoundTitle: [.vi: "Tên đợt (không bắt buộc)", .en: "Title (optional)"],
        .tpAddJudge: [.vi: "Thêm giám khảo", .en: "Add a judge"],
        .tpJudgeUsername: [.vi: "Tên đăng nhập của giám khảo", .en: "The judge's username"],
        .tpBudget: [.vi: "Kinh phí", .en: "Budget"],
        .tpOrganiserTools: [.vi: "Việc của đơn vị tổ chức", .en: "Organiser's tasks"],
        // The reusable dossier
        .tpRegionProvinceTwice: [
            .vi: "Một tỉnh chỉ thuộc một khu vực.", .en: "A province belongs to one region only.",
        ],
        .tpValidityYears: [.vi: "Số năm hiệu lực phải từ 1 đến 10.", .en: "Validity must be 1 to 10 years."],
        .tpParametersTitle: [.vi: "Quy định đang áp dụng", .en: "Rules in force"],
        .tpParametersIntro: [
            .vi: "Điểm đạt, cách tổng hợp điểm, khu vực và thời hạn giấy chứng nhận là tham số có ngày hiệu lực; Cục sửa qua API /api/v1/selection-parameters. Mục chưa đối chiếu văn bản được đánh dấu.",
            .en: "Pass marks, aggregation, regions and certificate validity are dated parameters; the ministry edits them through /api/v1/selection-parameters. Values not yet checked against the legal text are marked.",
        ],
        .tpParametersUnverified: [.vi: "Chưa đối chiếu", .en: "Not verified"],
        .tpParametersVerified: [.vi: "Đã đối chiếu", .en: "Verified"],
        .tpValidityRule: [
            .vi: "Cấp từ {date}: hiệu lực đến 31/12 của năm thứ {years} (tính cả năm cấp) — {basis}",
            .en: "Issued from {date}: valid until 31/12 of year {years} counting the year of issue — {basis}",
        ],
        .tpNominees: [.vi: "Sản phẩm được công nhận ở cấp dưới", .en: "Products recognised at the level below"],
        .tpNomineesHint: [
            .vi: "Sản phẩm trong địa bàn đợt này đã được công nhận ở cấp dưới và còn hiệu lực; đưa vào đợt bằng một nút.",
            .en: "Products in this round's area recognised at the level below and still valid; enter each with one button.",
        ],
        .tpNominate: [.vi: "Đưa vào đợt", .en: "Enter"],
        .tpOrganiser: [.vi: "Đơn vị tổ chức", .en: "Organiser"],
        .tpCouncil: [.vi: "Hội đồng bình chọn", .en: "Selection council"],
        .tpCouncilHint: [.vi: "Mỗi dòng một thành viên: họ tên — chức vụ.", .en: "One member per line: name — position."],
        .tpQuota: [.vi: "Chỉ tiêu công nhận", .en: "Recognition quota"],
        .tpProposed: [.vi: "Đề nghị công nhận", .en: "Proposed"],
        .tpRoundScopeFixed: [
            .vi: "Không đổi được cấp và địa bàn của đợt bình chọn; hãy tổ chức đợt mới.",
            .en: "A round's level and area cannot change; plan a new round instead.",
        ],
        .tpRoundGroupInUse: [
            .vi: "Không bỏ được nhóm sản phẩm đã có sản phẩm đăng ký.", .en: "A group with entries cannot be removed.",
        ],
        .tpJudge: [.vi: "Giám khảo", .en: "Judge"],
        .tpSheetNumber: [.vi: "TT", .en: "No."],
        .tpVerifyOn: [.vi: "vào ngày", .en: "on"],
        .tpEditRound: [.vi: "Sửa thông tin đợt bình chọn", .en: "Revise the round"],
        .tpAdmittedLabel: [.vi: "Căn cứ dự bình chọn", .en: "Admitted on"],
        .tpDossierPhoto: [.vi: "Ảnh sản phẩm", .en: "Product photo"],
        .tpDossierDocument: [.vi: "Tài liệu", .en: "Document"],
        .tpDossierEmpty: [.vi: "Tệp rỗng.", .en: "The file is empty."],
        .tpDossierTooLarge: [.vi: "Tệp lớn hơn 10 MB.", .en: "The file is larger than 10 MB."],
        .tpDossierNotPhoto: [.vi: "Ảnh phải là tệp JPEG, PNG hoặc WebP.", .en: "A photo must be a JPEG, PNG or WebP file."],
        .tpDossierNotAccepted: [.vi: "Tài liệu phải là tệp PDF, JPEG, PNG hoặc WebP.", .en: "A document must be a PDF, JPEG, PNG or WebP file."],
        .tpDossierOtherEstablishment: [.vi: "Tài liệu này thuộc hồ sơ của cơ sở khác.", .en: "This document belongs to another establishment's dossier."],
        .tpDossierTitle: [.vi: "Hồ sơ sản phẩm", .en: "Dossier"],
        .tpDossierIntro: [.vi: "Ảnh và tài liệu tải lên một lần được giữ trong hồ sơ của cơ sở và dùng lại cho các đợt, các cấp sau.", .en: "Photos and documents uploaded once stay in the establishment's dossier and are offered again for later rounds and levels."],
        .tpDossierAttach: [.vi: "Dùng tài liệu đã có trong hồ sơ", .en: "Use a document already in the dossier"],
        .tpDossierUpload: [.vi: "Tải lên tài liệu mới", .en: "Upload a new document"],
        .tpDossierFile: [.vi: "Tệp (JPEG, PNG, WebP hoặc PDF, tối đa 10 MB)", .en: "File (JPEG, PNG, WebP or PDF, up to 10 MB)"],
        .tpDossierNone: [.vi: "Chưa có tài liệu nào.", .en: "No documents yet."],
        .tpDossierKind: [.vi: "Loại", .en: "Kind"],
        .tpDossierDocumentTitle: [.vi: "Tên tài liệu", .en: "Title"],
        .tpDossierChoose: [.vi: "Chọn tài liệu", .en: "Choose a document"],
        .tpDossierKindUnknown: [.vi: "Loại phải là photo hoặc document.", .en: "The kind must be photo or document."],
    ]
}
