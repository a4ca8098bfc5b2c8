import Foundation

extension Messages {
    static let registry: [MessageKey: [Language: String]] = [
        .taxCodeTaken: [
            .vi: "Mã số thuế {code} đã có trong sổ đăng ký ({name}).", .en: "Tax code {code} is already registered ({name}).",
        ],
        .taxCodeShape: [
            .vi: "Mã số thuế gồm 10 chữ số, 10 chữ số + \"-\" + 3 chữ số (chi nhánh) hoặc 12 chữ số (số định danh của chủ hộ kinh doanh).",
            .en: "A tax code has 10 digits, 10 digits + \"-\" + 3 digits (branch) or 12 digits (a household owner's personal ID).",
        ],
        .taxCodeCheckDigit: [
            .vi: "Mã số thuế không đúng: chữ số kiểm tra (chữ số thứ 10) không khớp.",
            .en: "The tax code is wrong: its check digit (the 10th digit) does not match.",
        ],
        .taxCodePersonalIDTooEarly: [
            .vi: "Số định danh cá nhân chỉ dùng làm mã số thuế hộ kinh doanh từ 01/07/2025.",
            .en: "A personal ID serves as a household's tax code only from 01/07/2025.",
        ],
        .legalFormUnknown: [
            .vi: "Loại hình không hợp lệ; dùng: DNNVV, tổ hợp tác, hợp tác xã, liên hiệp HTX, hộ kinh doanh, doanh nghiệp khác.",
            .en: "Unknown legal form; use: SME, cooperative group, cooperative, union of cooperatives, business household, other enterprise.",
        ],
        .sizeClassUnknown: [.vi: "Quy mô phải là micro, small, medium hoặc large.", .en: "Size must be micro, small, medium or large."],
        .communeUnknownOnDate: [
            .vi: "Không có xã, phường với mã này vào ngày nhập.", .en: "No commune has this code on the date of entry.",
        ],
        .sectorUnknown: [.vi: "Có mã ngành nghề không có trong danh mục.", .en: "A sector code is not in the list."],
        .fieldWholeNumber: [.vi: "Phải là số nguyên không âm.", .en: "Must be a whole number, zero or more."],
        .employeesExceedTotal: [.vi: "Không được lớn hơn tổng số lao động.", .en: "Cannot exceed the total number of workers."],
        .fieldInvalidDate: [.vi: "Ngày phải có dạng dd/MM/yyyy.", .en: "The date must be dd/MM/yyyy."],
        .dateInFuture: [.vi: "Ngày không được ở tương lai.", .en: "The date cannot be in the future."],

        .formSME: [.vi: "Doanh nghiệp nhỏ và vừa", .en: "Small or medium enterprise"],
        .formCooperativeGroup: [.vi: "Tổ hợp tác", .en: "Cooperative group"],
        .formCooperative: [.vi: "Hợp tác xã", .en: "Cooperative"],
        .formUnionOfCooperatives: [.vi: "Liên hiệp hợp tác xã", .en: "Union of cooperatives"],
        .formBusinessHousehold: [.vi: "Hộ kinh doanh", .en: "Business household"],
        .formOtherEnterprise: [.vi: "Doanh nghiệp khác", .en: "Other enterprise"],
        .sizeMicro: [.vi: "Siêu nhỏ", .en: "Micro"],
        .sizeSmall: [.vi: "Nhỏ", .en: "Small"],
        .sizeMedium: [.vi: "Vừa", .en: "Medium"],
        .sizeLarge: [.vi: "Lớn", .en: "Large"],


        .eligibleBecause: [.vi: "Thuộc đối tượng ngày {date} vì {reasons}.", .en: "Eligible on {date} because {reasons}."],
        .notEligibleBecause: [
            .vi: "Không thuộc đối tượng ngày {date} vì {reasons}.", .en: "Not eligible on {date} because {reasons}.",
        ],
        .eligibilityUndetermined: [
            .vi: "Chưa xác định được ngày {date}: {reasons}. Cần cán bộ kiểm tra.",
            .en: "Cannot be decided on {date}: {reasons}. A person must check.",
        ],
        .reasonCleanerProduction: [
            .vi: "cơ sở áp dụng sản xuất sạch hơn (Nghị định 45/2012, khoản 2 Điều 1, điểm b)",
            .en: "it applies cleaner production (Decree 45/2012 Art.1 cl.2 (b))",
        ],
        .reasonClusterInvestor: [
            .vi: "là chủ đầu tư hạ tầng cụm công nghiệp (Nghị định 45/2012, khoản 2 Điều 1, điểm b)",
            .en: "it invests in industrial-cluster infrastructure (Decree 45/2012 Art.1 cl.2 (b))",
        ],
        .reasonLargeEnterprise: [
            .vi: "doanh nghiệp lớn không phải là cơ sở công nghiệp nông thôn",
            .en: "a large enterprise is not a rural industrial establishment",
        ],
        .reasonFormNotRural: [
            .vi: "loại hình này không phải là cơ sở công nghiệp nông thôn",
            .en: "this legal form is not a rural industrial establishment",
        ],
        .reasonRuralForm: [.vi: "loại hình là cơ sở công nghiệp nông thôn", .en: "its legal form is a rural industrial establishment"],
        .reasonCraftVillage: [
            .vi: "ở làng nghề {village} được UBND tỉnh công nhận ngày {date} (Nghị định 235/2025)",
            .en: "it is in the craft village {village}, recognised by the province on {date} (Decree 235/2025)",
        ],
        .reasonUnknownCommune: [.vi: "không rõ xã, phường của địa chỉ", .en: "the address's commune is not known"],
        .reasonSuccessionUnclear: [
            .vi: "chưa xác định được {commune} nay thuộc xã, phường nào; tỉnh cần nhập liên kết kế thừa",
            .en: "it is not yet recorded which current commune {commune} became; the province must enter the succession",
        ],
        .reasonWardOfCentralCity: [
            .vi: "{commune} là phường của thành phố trực thuộc trung ương {province} (Nghị định 235/2025) và không thuộc làng nghề được công nhận",
            .en: "{commune} is a ward of the centrally-run city {province} (Decree 235/2025) and not in a recognised craft village",
        ],
        .reasonCommuneOfCentralCity: [
            .vi: "{commune} là xã, đặc khu của thành phố trực thuộc trung ương {province} (Nghị định 235/2025)",
            .en: "{commune} is a commune or special zone of the centrally-run city {province} (Decree 235/2025)",
        ],
        .reasonUnitOfProvince: [
            .vi: "{commune} là xã, phường, đặc khu của {province} (Nghị định 235/2025)",
            .en: "{commune} is a commune, ward or special zone of the province {province} (Decree 235/2025)",
        ],
        .reasonRuralCommune2012: [
            .vi: "{commune} là xã, thị trấn (Nghị định 45/2012, bản gốc)",
            .en: "{commune} is a commune or township (Decree 45/2012, original text)",
        ],
        .reasonWardCityClass: [
            .vi: "{commune} là phường; quy định năm 2012 phụ thuộc loại đô thị mà hệ thống chưa có",
            .en: "{commune} is a ward; the 2012 rule depends on the city's class, which the system does not hold",
        ],
        .reasonWardOfTown2012: [
            .vi: "{commune} là phường của thị xã {district} (Nghị định 45/2012, bản gốc)",
            .en: "{commune} is a ward of the town {district} (Decree 45/2012, original text)",
        ],
        .reasonWardOfUrbanDistrict2012: [
            .vi: "{commune} là phường của quận {district} (Nghị định 45/2012, bản gốc)",
            .en: "{commune} is a ward of the urban district {district} (Decree 45/2012, original text)",
        ],
        .priorityLabourIntensive: [
            .vi: "Sử dụng nhiều lao động: {count} lao động (từ {min})",
            .en: "Labour-intensive: {count} workers (from {min})",
        ],
        .priorityWomanOwned: [.vi: "Do phụ nữ làm chủ", .en: "Woman-owned"],
        .priorityEthnicMinorityOwned: [.vi: "Do người dân tộc thiểu số làm chủ", .en: "Owned by an ethnic-minority person"],
        .priorityEmploysEthnicMinority: [
            .vi: "Sử dụng {count} lao động là người dân tộc thiểu số", .en: "Employs {count} ethnic-minority workers",
        ],
        .priorityCraftVillage: [.vi: "Thuộc làng nghề {village}", .en: "In the craft village {village}"],

        .navEstablishments: [.vi: "Cơ sở CNNT", .en: "Establishments"],
        .estTitle: [.vi: "Cơ sở công nghiệp nông thôn", .en: "Rural industrial establishments"],
        .estNew: [.vi: "Thêm cơ sở", .en: "Add an establishment"],
        .estIntro: [
            .vi: "Sổ đăng ký cơ sở CNNT trong phạm vi của bạn: tìm theo tên, mã số thuế hoặc địa chỉ, gõ có dấu hay không dấu.",
            .en: "The registry of rural industrial establishments in your area: search by name, tax code or address, with or without diacritics.",
        ],
        .estSearchPlaceholder: [.vi: "Tên, mã số thuế, địa chỉ", .en: "Name, tax code, address"],
        .estSearchHint: [
            .vi: "Không phân biệt chữ hoa, chữ thường, có dấu hay không dấu. Từ khóa có một hoặc hai ký tự chỉ khớp với đầu một từ (\"to\" tìm thấy \"Tổ hợp tác\", không thấy \"Photo\"); từ khóa dài hơn khớp ở bất kỳ vị trí nào.",
            .en: "Accents and case are ignored. A word of one or two characters matches the start of a word (\"to\" finds \"Tổ hợp tác\", not \"Photo\"); a longer word matches anywhere.",
        ],
        .estLegalForm: [.vi: "Loại hình", .en: "Legal form"],
        .estSectors: [.vi: "Ngành nghề", .en: "Sectors"],
        .estExport: [.vi: "Tải danh sách đã lọc", .en: "Download the filtered list"],
        .estNone: [.vi: "Không có cơ sở nào phù hợp.", .en: "No establishment matches."],
        .estName: [.vi: "Tên cơ sở", .en: "Name"],
        .estTaxCode: [.vi: "Mã số thuế", .en: "Tax code"],
        .estEmployees: [.vi: "Số lao động", .en: "Workers"],
        .estEligibility: [.vi: "Đối tượng hỗ trợ", .en: "Eligibility"],
        .estSize: [.vi: "Quy mô", .en: "Size"],
        .estFemale: [.vi: "Lao động nữ", .en: "Women"],
        .estEthnicMinority: [.vi: "Lao động dân tộc thiểu số", .en: "Ethnic-minority workers"],
        .estWomanOwned: [.vi: "Chủ cơ sở là phụ nữ", .en: "Woman-owned"],
        .estEthnicMinorityOwned: [.vi: "Chủ cơ sở là người dân tộc thiểu số", .en: "Owned by an ethnic-minority person"],
        .estCleanerProduction: [.vi: "Áp dụng sản xuất sạch hơn", .en: "Applies cleaner production"],
        .estClusterInvestor: [.vi: "Chủ đầu tư hạ tầng cụm công nghiệp", .en: "Industrial-cluster infrastructure investor"],
        .estFoundedOn: [.vi: "Ngày thành lập", .en: "Founded on"],
        .estDuplicates: [.vi: "Có thể trùng lặp", .en: "Possible duplicates"],
        .estDuplicatesIntro: [
            .vi: "Các cơ sở cùng tên trong cùng xã hoặc cùng số điện thoại — hãy kiểm tra.",
            .en: "Establishments with the same name in the same commune, or the same phone — please review.",
        ],
        .estHistory: [.vi: "Lịch sử thay đổi", .en: "Change history"],
        .yes: [.vi: "Có", .en: "Yes"],
        .no: [.vi: "Không", .en: "No"],
        .estTaxCodeHint: [
            .vi: "10 chữ số; chi nhánh: 10 chữ số-3 chữ số; hộ kinh doanh từ 01/07/2025: số định danh 12 chữ số.",
            .en: "10 digits; a branch: 10 digits-3 digits; a household from 01/07/2025: the 12-digit personal ID.",
        ],
        .estCommuneCode: [.vi: "Mã xã, phường", .en: "Commune code"],
        .estCommuneHint: [
            .vi: "Mã 5 chữ số đang có hiệu lực (tra tại trang Đơn vị hành chính).",
            .en: "The 5-digit code in force (look it up on the Administrative units page).",
        ],
        .estDateHint: [.vi: "dd/MM/yyyy, ví dụ 15/03/2010", .en: "dd/MM/yyyy, for example 15/03/2010"],
        .invalidFormat: [.vi: "Tham số \"{name}\" phải là csv hoặc json.", .en: "Parameter \"{name}\" must be csv or json."],
        .countEstablishments: [.vi: "Cơ sở CNNT trong phạm vi", .en: "Establishments in your area"],

        .verdictEligible: [.vi: "Đủ điều kiện hôm nay", .en: "Eligible today"],
        .verdictNotEligible: [.vi: "Không đủ điều kiện hôm nay", .en: "Not eligible today"],
        .verdictUndetermined: [.vi: "Cần xem xét", .en: "To be checked"],
        .eligibilityFilterValues: [
            .vi: "Tham số \"{name}\" phải là eligible, not_eligible hoặc undetermined.",
            .en: "Parameter \"{name}\" must be eligible, not_eligible or undetermined.",
        ],
        .importEmpty: [.vi: "Tệp không có dòng dữ liệu nào.", .en: "The file has no data rows."],
        .importNotCSV: [
            .vi: "Tệp không phải CSV hoặc XLSX. Hãy lưu bảng tính dưới dạng CSV UTF-8.",
            .en: "The file is not CSV or XLSX. Save the spreadsheet as CSV UTF-8.",
        ],
        .importUnterminatedQuote: [
            .vi: "Dấu ngoặc kép mở ở dòng {row} không được đóng đến hết tệp.",
            .en: "The quotation mark opened at row {row} is never closed.",
        ],
        .importLegacyEncoding: [
            .vi: "Tệp không ở mã UTF-8 (có thể là TCVN3/ABC hoặc VNI). Hãy mở bằng Excel và lưu lại dạng \"CSV UTF-8\", hoặc chuyển mã bằng Unikey.",
            .en: "The file is not UTF-8 (probably TCVN3/ABC or VNI). Open it in Excel and save as \"CSV UTF-8\", or convert it with Unikey.",
        ],
        .importXLSXUnreadable: [
            .vi: "Không đọc được bảng tính XLSX (tệp hỏng, có mật khẩu hoặc dạng không hỗ trợ). Hãy mở bằng Excel, lưu lại rồi nhập lại.",
            .en: "The XLSX workbook cannot be read (damaged, password-protected or an unsupported variant). Open it in Excel, save it again and retry.",
        ],
        .importUnreadable: [.vi: "Không đọc được tệp.", .en: "The file cannot be read."],
        .importMissingColumns: [
            .vi: "Tệp thiếu cột bắt buộc: {columns}.", .en: "The file lacks required columns: {columns}.",
        ],
        .importDuplicateInFile: [
            .vi: "Mã số thuế lặp lại trong tệp (đã có ở dòng {row}).", .en: "The tax code repeats in the file (first at row {row}).",
        ],
        .importTaxCodeOutsideArea: [
            .vi: "Mã số thuế thuộc một cơ sở ngoài phạm vi của bạn.", .en: "The tax code belongs to an establishment outside your area.",
        ],
        .importOutsideArea: [
            .vi: "Xã, phường này ngoài phạm vi được nhập.", .en: "This commune is outside the area you may import into.",
        ],
        .invalidBoolean: [.vi: "Tham số \"{name}\" phải là true hoặc false.", .en: "Parameter \"{name}\" must be true or false."],
        .importTitle: [.vi: "Nhập danh sách cơ sở", .en: "Import establishments"],
        .importIntro: [
            .vi: "Tệp CSV UTF-8 hoặc bảng tính XLSX (trang tính đầu tiên) có các cột: mã số thuế, tên, loại hình, mã xã (bắt buộc); địa chỉ, ngành nghề, lao động, điện thoại, ngày thành lập. Mã số thuế đã có thì cập nhật cơ sở đó. Có dòng lỗi thì không ghi dòng nào.",
            .en: "A UTF-8 CSV file or an XLSX workbook (its first sheet) with the columns tax code, name, legal form, commune code (required); address, sectors, workers, phone, founding date. An existing tax code updates that establishment. If any row is wrong, nothing is written.",
        ],
        .importFile: [.vi: "Tệp CSV hoặc XLSX", .en: "CSV or XLSX file"],
        .importDryRun: [.vi: "Chỉ kiểm tra, không ghi", .en: "Check only, write nothing"],
        .importSubmit: [.vi: "Nhập", .en: "Import"],
        .importTemplate: [.vi: "Tải tệp mẫu", .en: "Download the template"],
        .importRowsRead: [.vi: "Số dòng đã đọc", .en: "Rows read"],
        .importCreated: [.vi: "Thêm mới", .en: "Created"],
        .importUpdated: [.vi: "Cập nhật", .en: "Updated"],
        .importUnchanged: [.vi: "Không thay đổi (giữ nguyên)", .en: "Unchanged (left as they are)"],
        .importNothingToWrite: [
            .vi: "Không có gì để ghi: mọi dòng đã có trong sổ đăng ký đúng như trong tệp.",
            .en: "Nothing to write: every row is already in the registry as the file has it.",
        ],
        .importWouldCreate: [.vi: "Sẽ thêm mới (chưa ghi)", .en: "Would be created (not written)"],
        .importWouldUpdate: [.vi: "Sẽ cập nhật (chưa ghi)", .en: "Would be updated (not written)"],
        .importRejected: [.vi: "Dòng lỗi", .en: "Rejected rows"],
        .importCommitted: [.vi: "Đã ghi vào sổ đăng ký.", .en: "Written to the registry."],
        .importNotCommitted: [
            .vi: "Không ghi dòng nào vì có dòng lỗi. Hãy sửa tệp và nhập lại.",
            .en: "Nothing was written because some rows are wrong. Fix the file and import it again.",
        ],
        .importDryRunDone: [.vi: "Kiểm tra xong; chưa ghi gì.", .en: "Checked; nothing was written."],
        .importRow: [.vi: "Dòng", .en: "Row"],
        .importColumn: [.vi: "Cột", .en: "Column"],
        .importValue: [.vi: "Giá trị", .en: "Value"],
        .importMessage: [.vi: "Lỗi", .en: "Problem"],
        .craftVillagesTitle: [.vi: "Làng nghề", .en: "Craft villages"],
        .craftVillagesIntro: [
            .vi: "Làng nghề, làng nghề truyền thống được UBND cấp tỉnh công nhận, với quyết định công nhận.",
            .en: "Craft villages recognised by provincial People's Committees, with the recognising decision.",
        ],
        .craftVillagesNone: [.vi: "Chưa có làng nghề nào.", .en: "No craft village yet."],
        .craftVillageName: [.vi: "Làng nghề", .en: "Craft village"],
        .craftVillageDecision: [.vi: "Quyết định công nhận", .en: "Recognising decision"],
        .artisansTitle: [.vi: "Nghệ nhân", .en: "Artisans"],
        .artisanPeoples: [.vi: "Nghệ nhân nhân dân", .en: "People's artisan"],
        .artisanMeritorious: [.vi: "Nghệ nhân ưu tú", .en: "Meritorious artisan"],
        .mergeIntoItself: [.vi: "Không thể gộp một cơ sở vào chính nó.", .en: "An establishment cannot be merged into itself."],
        .alreadyMerged: [.vi: "Một trong hai cơ sở đã được gộp trước đó.", .en: "One of the two establishments was already merged."],
        .mergedNotice: [
            .vi: "Cơ sở này đã được gộp (lịch sử của cả hai được giữ nguyên) vào: ",
            .en: "This establishment was merged (both histories are kept) into: ",
        ],
        .mergeAction: [.vi: "Gộp vào cơ sở này", .en: "Merge into this establishment"],
        .mergeDone: [.vi: "Đã gộp cơ sở trùng lặp.", .en: "The duplicate was merged."],
        .importMergedRecord: [
            .vi: "Mã số thuế thuộc một cơ sở đã được gộp vào cơ sở khác.",
            .en: "The tax code belongs to an establishment merged into another one.",
        ],
        .cliEstablishmentsRange: [
            .vi: "--establishments phải từ 1 đến 10.000.000.", .en: "--establishments must be between 1 and 10,000,000.",
        ],
        .cliSeedDone: [.vi: "Xong: thêm {count} cơ sở trong {seconds} giây.", .en: "Done: {count} establishments added in {seconds} s."],
        .cliSpeed: [.vi: "{seconds} giây, {rate} dòng/giây", .en: "{seconds} s, {rate} rows/s"],
        .cliMigrated: [.vi: "Xong: cơ sở dữ liệu đã cập nhật ({database}).", .en: "Done: the database is up to date ({database})."],
        .cliReindexed: [
            .vi: "Xong: đã dựng lại chỉ mục tìm kiếm cơ sở ({count} cơ sở, {buckets} nhóm theo thứ tự tên) trong {seconds} giây.",
            .en: "Done: the establishment search index was rebuilt ({count} establishments, {buckets} buckets in name order) in {seconds} s.",
        ],
        .cliReindexPostgres: [
            .vi: "PostgreSQL tự cập nhật chỉ mục tìm kiếm (pg_trgm); không cần dựng lại.",
            .en: "PostgreSQL keeps its search index (pg_trgm) up to date itself; there is nothing to rebuild.",
        ],
        .cliDatabaseUnreadable: [
            .vi: "Không đọc được cơ sở dữ liệu ({database}): tệp không phải cơ sở dữ liệu SQLite hoặc đã bị hỏng. Tệp được giữ nguyên. Hãy khôi phục từ bản sao lưu (khuyencong restore TỆP) hoặc đặt KHUYENCONG_DATA_DIR về đúng thư mục dữ liệu.",
            .en: "Cannot read the database ({database}): the file is not an SQLite database or is damaged. The file was left as it is. Restore a backup (khuyencong restore FILE) or point KHUYENCONG_DATA_DIR at the right data directory.",
        ],
        .cliPasswordStdinRequired: [
            .vi: "Cần --password-stdin: hãy chuyển mật khẩu qua đầu vào chuẩn.", .en: "--password-stdin is required: pipe the password in.",
        ],
        .cliUnknownRole: [.vi: "Không có vai trò {role}. Các vai trò: {roles}.", .en: "Unknown role {role}. Roles: {roles}."],
        .cliUserCreated: [.vi: "Đã tạo tài khoản {name} ({role}) {id}", .en: "Account {name} ({role}) created: {id}"],
        .exportTooLargeForXLSX: [
            .vi: "Danh sách có hơn {max} cơ sở; hãy lọc bớt hoặc tải dạng CSV.",
            .en: "The list has more than {max} establishments; filter it further or download CSV.",
        ],
        .actOrganisationCreate: [.vi: "Tạo tổ chức", .en: "Organisation created"],
        .actOrganisationUpdate: [.vi: "Sửa thông tin tổ chức", .en: "Organisation changed"],
        .actUserCreate: [.vi: "Tạo tài khoản", .en: "Account created"],
        .actLogin: [.vi: "Đăng nhập", .en: "Signed in"],
        .actToken: [.vi: "Cấp mã truy cập API", .en: "API token issued"],
        .actReferenceLoad: [.vi: "Nạp danh mục chính thức", .en: "Official table loaded"],
        .actSectorSeed: [.vi: "Nạp danh mục ngành nghề ban đầu", .en: "Initial sector list loaded"],
        .actSuccessionCreate: [.vi: "Ghi liên kết kế thừa đơn vị hành chính", .en: "Unit succession recorded"],
        .actEstablishmentCreate: [.vi: "Thêm cơ sở", .en: "Establishment added"],
        .actEstablishmentUpdate: [.vi: "Sửa thông tin cơ sở", .en: "Establishment changed"],
        .actEstablishmentMerge: [.vi: "Gộp vào cơ sở khác", .en: "Merged into another establishment"],
        .actEstablishmentAbsorb: [.vi: "Nhận cơ sở trùng lặp được gộp vào", .en: "Absorbed a merged duplicate"],
        .actEstablishmentDemo: [.vi: "Tạo cơ sở trình diễn", .en: "Demo establishments added"],
        .actEstablishmentSynthetic: [.vi: "Tạo cơ sở dữ liệu giả lập", .en: "Synthetic establishments added"],
        .actCraftVillageCreate: [.vi: "Thêm làng nghề", .en: "Craft village added"],
        .actArtisanCreate: [.vi: "Thêm nghệ nhân", .en: "Artisan added"],
    ]
}
