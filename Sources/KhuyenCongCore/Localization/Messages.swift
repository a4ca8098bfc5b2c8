import Foundation

/// The one message catalogue: Vietnamese (default) and English for every key.
/// `{name}` placeholders are filled from the arguments.
public enum Messages {
    public static func text(_ key: MessageKey, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        let template = catalogue[key]?[language] ?? catalogue[key]?[.vi] ?? key.rawValue
        return arguments.isEmpty ? template : fill(template, arguments)
    }

    /// Replaces each `{name}` in one pass (so a value containing braces is never substituted
    /// again); unknown names stay as written. Pages format thousands of messages per request.
    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        var result = ""
        result.reserveCapacity(template.utf8.count + 32)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                let value = arguments[String(rest[rest.index(after: open)..<close])]
            else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    public static let catalogue: [MessageKey: [Language: String]] = [shell, registry, supportRates, schemes, programmes, apiReference, operations, typicalProducts].reduce(into: [:]) { all, part in
        all.merge(part) { first, _ in first }
    }

    static let shell: [MessageKey: [Language: String]] = [
        .appName: [.vi: "KhuyenCong", .en: "KhuyenCong"],
        .appTagline: [
            .vi: "Hệ thống thông tin khuyến công", .en: "Industrial promotion information system",
        ],
        .skipToContent: [.vi: "Bỏ qua đến nội dung chính", .en: "Skip to main content"],
        .footerNote: [
            .vi: "Hệ thống thông tin quản lý hoạt động khuyến công — Bộ Công Thương và các địa phương.",
            .en: "Information system for industrial promotion — Ministry of Industry and Trade and the provinces.",
        ],
        .demoBanner: [
            .vi: "Chế độ trình diễn: dữ liệu và tài khoản mẫu, mật khẩu \"demo\".",
            .en: "Demo mode: sample data and accounts, password \"demo\".",
        ],
        .switchLanguage: [.vi: "English", .en: "Tiếng Việt"],
        .menu: [.vi: "Danh mục", .en: "Menu"],
        .navHome: [.vi: "Trang chủ", .en: "Home"],
        .navGeography: [.vi: "Đơn vị hành chính", .en: "Administrative units"],
        .navOrganisations: [.vi: "Tổ chức", .en: "Organisations"],
        .navAudit: [.vi: "Nhật ký thay đổi", .en: "Audit trail"],
        .navLogin: [.vi: "Đăng nhập", .en: "Sign in"],
        .navLogout: [.vi: "Đăng xuất", .en: "Sign out"],
        .signedInAs: [.vi: "Đang đăng nhập: {name} ({role})", .en: "Signed in as {name} ({role})"],

        .roleMinistryAdmin: [.vi: "Cục (Bộ Công Thương)", .en: "Ministry department"],
        .roleMinistryLeader: [.vi: "Lãnh đạo Bộ", .en: "Ministry leadership"],
        .roleProvinceDepartment: [.vi: "Sở Công Thương", .en: "Provincial Department of Industry and Trade"],
        .roleProvinceCommittee: [.vi: "UBND tỉnh", .en: "Provincial People's Committee"],
        .roleImplementingUnit: [.vi: "Đơn vị thực hiện", .en: "Implementing unit"],
        .roleCommuneCommittee: [.vi: "UBND cấp xã", .en: "Commune People's Committee"],
        .roleCollaborator: [.vi: "Cộng tác viên khuyến công", .en: "Industrial promotion collaborator"],
        .roleEstablishment: [.vi: "Cơ sở CNNT", .en: "Rural industrial establishment"],
        .roleJuryMember: [.vi: "Thành viên hội đồng, ban giám khảo", .en: "Council or jury member"],
        .roleInspector: [.vi: "Thanh tra, kiểm tra", .en: "Inspector"],
        .roleSystemAdmin: [.vi: "Quản trị hệ thống", .en: "System administrator"],

        .orgKindMinistryDepartment: [.vi: "Cục thuộc Bộ Công Thương", .en: "Ministry department"],
        .orgKindNationalCentre: [.vi: "Trung tâm khuyến công quốc gia", .en: "National industrial promotion centre"],
        .orgKindProvinceDepartment: [.vi: "Sở Công Thương", .en: "Provincial Department of Industry and Trade"],
        .orgKindProvinceCentre: [.vi: "Trung tâm Khuyến công tỉnh", .en: "Provincial industrial promotion centre"],
        .orgKindProvinceCommittee: [.vi: "UBND tỉnh", .en: "Provincial People's Committee"],
        .orgKindCommuneCommittee: [.vi: "UBND cấp xã", .en: "Commune People's Committee"],
        .orgKindEstablishment: [.vi: "Cơ sở CNNT", .en: "Rural industrial establishment"],
        .orgKindOther: [.vi: "Tổ chức khác", .en: "Other organisation"],

        .notFound: [.vi: "Không tìm thấy nội dung yêu cầu.", .en: "The requested item was not found."],
        .forbidden: [
            .vi: "Bạn không có quyền truy cập nội dung này.", .en: "You do not have access to this item.",
        ],
        .unauthenticated: [
            .vi: "Cần đăng nhập hoặc mã truy cập hợp lệ.", .en: "Sign-in or a valid access token is required.",
        ],
        .staleVersion: [
            .vi: "Bản ghi đã được người khác thay đổi. Hãy tải lại và thực hiện lại thay đổi của bạn.",
            .en: "Someone else changed this record. Reload it and make your change again.",
        ],
        .invalidFields: [
            .vi: "Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.",
            .en: "Some fields are not valid; please check the marked fields.",
        ],
        .invalidDate: [
            .vi: "Tham số \"{name}\" phải là ngày dạng yyyy-MM-dd (ví dụ 2026-01-01).",
            .en: "Parameter \"{name}\" must be a date as yyyy-MM-dd (for example 2026-01-01).",
        ],
        .invalidLevel: [
            .vi: "Tham số \"{name}\" phải là province, district hoặc commune.",
            .en: "Parameter \"{name}\" must be province, district or commune.",
        ],
        .invalidCursor: [
            .vi: "Tham số \"{name}\" không hợp lệ; hãy dùng giá trị nextCursor của trang trước.",
            .en: "Parameter \"{name}\" is not valid; use the nextCursor of the previous page.",
        ],
        .invalidLimit: [
            .vi: "Tham số \"{name}\" phải là số nguyên từ 1 đến 500.",
            .en: "Parameter \"{name}\" must be a whole number from 1 to 500.",
        ],
        .invalidUUID: [
            .vi: "\"{name}\" phải là một mã định danh (UUID) hợp lệ.", .en: "\"{name}\" must be a valid identifier (UUID).",
        ],
        .invalidJSON: [
            .vi: "Nội dung gửi lên không phải JSON hợp lệ hoặc thiếu trường bắt buộc.",
            .en: "The request body is not valid JSON or lacks a required field.",
        ],
        .unknownUnit: [
            .vi: "Không có đơn vị hành chính mã {code} vào ngày {date}.",
            .en: "There is no administrative unit with code {code} on {date}.",
        ],
        .unknownProvince: [
            .vi: "Không có tỉnh, thành phố mã {code} vào ngày {date}.",
            .en: "There is no province with code {code} on {date}.",
        ],
        .invalidUnitRef: [
            .vi: "\"{name}\" phải có dạng kỳ:mã, ví dụ 2008:00583 hoặc 2025:00583.",
            .en: "\"{name}\" must look like period:code, for example 2008:00583 or 2025:00583.",
        ],
        .invalidKind: [
            .vi: "Tham số \"{name}\" không phải là loại tổ chức hợp lệ.",
            .en: "Parameter \"{name}\" is not a valid kind of organisation.",
        ],
        .loginFailed: [
            .vi: "Tên đăng nhập hoặc mật khẩu không đúng.", .en: "The username or password is incorrect.",
        ],
        .loginThrottled: [
            .vi: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.",
            .en: "Too many failed sign-ins. Please try again in {minutes} minutes.",
        ],
        .csrfFailed: [
            .vi: "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và gửi lại.",
            .en: "The form has expired or is not valid. Reload the page and submit again.",
        ],
        .serverError: [
            .vi: "Đã có lỗi trong hệ thống. Lỗi đã được ghi lại; vui lòng thử lại sau.",
            .en: "Something went wrong on our side. It has been logged; please try again later.",
        ],
        .badRequest: [.vi: "Yêu cầu không hợp lệ.", .en: "The request is not valid."],
        // Only imports send large bodies, so the remedy for them is named here.
        .payloadTooLarge: [
            .vi: "Nội dung gửi lên quá lớn. Tệp nhập lớn hãy dùng lệnh khuyencong import establishments.",
            .en: "The request body is too large. Import large files with the khuyencong import establishments command.",
        ],
        .readOnlyRole: [
            .vi: "Vai trò của bạn chỉ được xem, không được thay đổi dữ liệu.",
            .en: "Your role may view but not change data.",
        ],
        .errorTitle: [.vi: "Có lỗi xảy ra", .en: "Something went wrong"],
        .errorBackHome: [.vi: "Về trang chủ", .en: "Back to the home page"],
        .pageNotFoundTitle: [.vi: "Không tìm thấy trang", .en: "Page not found"],
        .forbiddenTitle: [.vi: "Không có quyền truy cập", .en: "Access denied"],
        .fieldRequired: [.vi: "Trường này là bắt buộc.", .en: "This field is required."],
        .fieldTooLong: [.vi: "Nội dung quá dài.", .en: "This is too long."],
        .fieldInvalidPhone: [
            .vi: "Số điện thoại chỉ gồm chữ số, dấu cách và + . - ( ), tối đa 20 ký tự.",
            .en: "A phone number has digits, spaces and + . - ( ) only, at most 20 characters.",
        ],
        .fieldInvalidEmail: [.vi: "Địa chỉ thư điện tử không hợp lệ.", .en: "The email address is not valid."],
        .usernameTaken: [.vi: "Tên đăng nhập \"{name}\" đã được dùng.", .en: "The username \"{name}\" is taken."],
        .invalidUsername: [
            .vi: "Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.",
            .en: "A username has 3–64 characters: lower-case letters, digits, dot, hyphen, underscore.",
        ],
        .passwordTooShort: [
            .vi: "Mật khẩu cần ít nhất {min} ký tự.", .en: "The password needs at least {min} characters.",
        ],
        .roleNeedsProvince: [
            .vi: "Vai trò {role} cần mã tỉnh (--province) hiện hành.",
            .en: "Role {role} needs a current province code (--province).",
        ],
        .roleNeedsCommune: [
            .vi: "Vai trò {role} cần mã xã (--commune) hiện hành.",
            .en: "Role {role} needs a current commune code (--commune).",
        ],
        .roleNeedsOrganisation: [
            .vi: "Vai trò {role} cần mã tổ chức (--organisation).",
            .en: "Role {role} needs an organisation id (--organisation).",
        ],

        .homeTitle: [.vi: "Trang chủ", .en: "Home"],
        .homeWelcome: [.vi: "Xin chào, {name}", .en: "Welcome, {name}"],
        .homePublicIntro: [
            .vi: "Hệ thống quản lý chương trình, kế hoạch, đề án khuyến công, cơ sở công nghiệp nông thôn và sản phẩm CNNT tiêu biểu. Cán bộ, cơ sở và cộng tác viên đăng nhập để làm việc; danh mục đơn vị hành chính được công khai.",
            .en: "The system for industrial promotion programmes, plans and schemes, rural industrial establishments and typical products. Staff, establishments and collaborators sign in to work; the administrative units are public.",
        ],
        .homeCountsHeading: [.vi: "Số liệu ngày {date}", .en: "Figures on {date}"],
        .homeYourArea: [.vi: "Phạm vi của bạn: {area}", .en: "Your area: {area}"],
        .homeNationwide: [.vi: "Toàn quốc", .en: "Nationwide"],
        .countProvinces: [.vi: "Tỉnh, thành phố hiện hành", .en: "Current provinces"],
        .countCommunes: [.vi: "Xã, phường, đặc khu hiện hành", .en: "Current communes and wards"],
        .countOrganisations: [.vi: "Tổ chức trong phạm vi", .en: "Organisations in your area"],
        .countUsers: [.vi: "Tài khoản trong phạm vi", .en: "Accounts in your area"],
        .countAuditEntries: [.vi: "Mục nhật ký thay đổi", .en: "Audit trail entries"],
        .countCommunesInProvince: [.vi: "Xã, phường trong tỉnh", .en: "Communes in the province"],
        .homeQuickLinks: [.vi: "Lối tắt", .en: "Quick links"],

        .geoTitle: [.vi: "Đơn vị hành chính", .en: "Administrative units"],
        .geoIntro: [
            .vi: "Danh mục theo Quyết định 19/2025/QĐ-TTg (từ 01/07/2025) và danh mục cũ (đến 30/06/2025). Chọn ngày để xem đơn vị đang có hiệu lực.",
            .en: "Code tables of Decision 19/2025/QĐ-TTg (from 01/07/2025) and the older table (until 30/06/2025). Choose a date to see the units in force.",
        ],
        .geoDate: [.vi: "Ngày", .en: "Date"],
        .geoSearch: [.vi: "Tìm kiếm", .en: "Search"],
        .geoSearchPlaceholder: [.vi: "Tên hoặc mã, gõ có dấu hay không dấu", .en: "Name or code, with or without diacritics"],
        .geoShow: [.vi: "Xem", .en: "Show"],
        .geoLevel: [.vi: "Cấp", .en: "Level"],
        .geoCode: [.vi: "Mã", .en: "Code"],
        .geoName: [.vi: "Tên", .en: "Name"],
        .geoType: [.vi: "Loại", .en: "Type"],
        .geoParent: [.vi: "Trực thuộc", .en: "Part of"],
        .geoChildren: [.vi: "Đơn vị trực thuộc", .en: "Units within"],
        .geoSuccessors: [.vi: "Đơn vị kế thừa", .en: "Successor units"],
        .geoPredecessors: [.vi: "Đơn vị tiền thân", .en: "Predecessor units"],
        .geoValidFrom: [.vi: "Hiệu lực từ", .en: "Valid from"],
        .geoValidTo: [.vi: "Hiệu lực đến", .en: "Valid until"],
        .geoInForce: [.vi: "Đang hiệu lực", .en: "In force"],
        .geoNoResults: [.vi: "Không có đơn vị nào phù hợp.", .en: "No unit matches."],
        .geoResultCount: [.vi: "{count} đơn vị", .en: "{count} units"],
        .geoProvinces: [.vi: "Tỉnh, thành phố", .en: "Provinces"],
        .geoCommunes: [.vi: "Xã, phường, đặc khu", .en: "Communes"],
        .geoPeriod: [.vi: "Danh mục", .en: "Code table"],
        .geoPeriodThreeTier: [.vi: "3 cấp (đến 30/06/2025)", .en: "Three tiers (until 30/06/2025)"],
        .geoPeriodTwoTier: [.vi: "2 cấp (từ 01/07/2025)", .en: "Two tiers (from 01/07/2025)"],
        .geoPartial: [.vi: "một phần", .en: "in part"],
        .geoInferred: [.vi: "suy ra từ mã, chờ tỉnh xác nhận", .en: "inferred from the code, awaiting the province"],
        .geoCurrentProvince: [.vi: "Thuộc tỉnh hiện nay", .en: "Today's province"],
        .geoAllProvinces: [.vi: "Tất cả tỉnh, thành phố", .en: "All provinces"],
        .geoLevelProvince: [.vi: "Tỉnh", .en: "Province"],
        .geoLevelDistrict: [.vi: "Huyện", .en: "District"],
        .geoLevelCommune: [.vi: "Xã", .en: "Commune"],
        .geoShowingFirst: [.vi: "(hiển thị {count} đơn vị đầu tiên; hãy thu hẹp tìm kiếm)", .en: "(showing the first {count}; narrow the search)"],
        .geoUnitTitle: [.vi: "{name} (mã {code})", .en: "{name} (code {code})"],

        .orgTitle: [.vi: "Tổ chức", .en: "Organisations"],
        .orgIntro: [
            .vi: "Cơ quan, đơn vị tham gia hoạt động khuyến công trong phạm vi của bạn.",
            .en: "Bodies taking part in industrial promotion within your area.",
        ],
        .orgName: [.vi: "Tên tổ chức", .en: "Name"],
        .orgKind: [.vi: "Loại", .en: "Kind"],
        .orgProvince: [.vi: "Tỉnh, thành phố", .en: "Province"],
        .orgCommune: [.vi: "Xã, phường", .en: "Commune"],
        .orgAddress: [.vi: "Địa chỉ", .en: "Address"],
        .orgPhone: [.vi: "Điện thoại", .en: "Phone"],
        .orgEmail: [.vi: "Thư điện tử", .en: "Email"],
        .orgEdit: [.vi: "Sửa thông tin", .en: "Edit"],
        .orgSave: [.vi: "Lưu thay đổi", .en: "Save changes"],
        .orgSaved: [.vi: "Đã lưu thay đổi.", .en: "Changes saved."],
        .orgVersion: [.vi: "Phiên bản", .en: "Version"],
        .orgNone: [.vi: "Không có tổ chức nào trong phạm vi.", .en: "No organisation in your area."],
        .orgAll: [.vi: "Tất cả", .en: "All"],
        .orgFilter: [.vi: "Lọc", .en: "Filter"],

        .auditTitle: [.vi: "Nhật ký thay đổi", .en: "Audit trail"],
        .auditIntro: [
            .vi: "Mọi thay đổi được ghi lại, nối chuỗi bằng mã băm và không thể sửa.",
            .en: "Every change is recorded, hash-chained and cannot be edited.",
        ],
        .auditWhen: [.vi: "Thời điểm", .en: "When"],
        .auditWho: [.vi: "Người thực hiện", .en: "Who"],
        .auditAction: [.vi: "Thao tác", .en: "Action"],
        .auditEntity: [.vi: "Đối tượng", .en: "Record"],
        .auditChainOk: [.vi: "Chuỗi nhật ký toàn vẹn ({count} mục).", .en: "The audit chain is intact ({count} entries)."],
        .auditChainBroken: [
            .vi: "Chuỗi nhật ký bị phá vỡ tại mục số {seq}.", .en: "The audit chain is broken at entry {seq}.",
        ],

        .loginTitle: [.vi: "Đăng nhập", .en: "Sign in"],
        .loginIntro: [
            .vi: "Dành cho cán bộ, đơn vị thực hiện, cộng tác viên, cơ sở và thành viên hội đồng.",
            .en: "For staff, implementing units, collaborators, establishments and council members.",
        ],
        .loginUsername: [.vi: "Tên đăng nhập", .en: "Username"],
        .loginPassword: [.vi: "Mật khẩu", .en: "Password"],
        .loginSubmit: [.vi: "Đăng nhập", .en: "Sign in"],

        .nextPage: [.vi: "Trang sau", .en: "Next page"],
    ]
}

extension Role {
    public var messageKey: MessageKey {
        switch self {
        case .ministryAdmin: .roleMinistryAdmin
        case .ministryLeader: .roleMinistryLeader
        case .provinceDepartment: .roleProvinceDepartment
        case .provinceCommittee: .roleProvinceCommittee
        case .implementingUnit: .roleImplementingUnit
        case .communeCommittee: .roleCommuneCommittee
        case .collaborator: .roleCollaborator
        case .establishment: .roleEstablishment
        case .juryMember: .roleJuryMember
        case .inspector: .roleInspector
        case .systemAdmin: .roleSystemAdmin
        }
    }
}
