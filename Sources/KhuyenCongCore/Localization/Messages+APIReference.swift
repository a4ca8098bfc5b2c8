import Foundation

extension Messages {
    static let apiReference: [MessageKey: [Language: String]] = [
        .apiTitle: [.vi: "Tài liệu API", .en: "API reference"],
        .apiIntro: [
            .vi: """
                API JSON tại /api/v1 cho các hệ thống khác kết nối. Đăng nhập bằng POST /api/v1/auth/token để nhận \
                mã truy cập, rồi gửi kèm tiêu đề Authorization: Bearer <mã>. Mọi lỗi có dạng \
                {"error": {"code", "message", "details"}}, thông báo theo ngôn ngữ của người gọi (Accept-Language).
                """,
            .en: """
                The JSON API at /api/v1 for other systems. Sign in with POST /api/v1/auth/token to get a token, \
                then send the header Authorization: Bearer <token>. Every error has the shape \
                {"error": {"code", "message", "details"}}, with the message in the caller's language (Accept-Language).
                """,
        ],
        .apiDocumentLink: [.vi: "Tải tài liệu OpenAPI 3.1 (JSON)", .en: "Download the OpenAPI 3.1 document (JSON)"],
        .apiParameters: [.vi: "Tham số", .en: "Parameters"],
        .apiParameterName: [.vi: "Tên", .en: "Name"],
        .apiParameterLocation: [.vi: "Vị trí", .en: "In"],
        .apiDescription: [.vi: "Mô tả", .en: "Description"],
        .apiRequestBody: [.vi: "Nội dung gửi (JSON)", .en: "Request body (JSON)"],
        .apiFileBody: [.vi: "Nội dung gửi là tệp: {types}", .en: "The request body is a file: {types}"],
        .apiResponse: [.vi: "Kết quả {status} (JSON)", .en: "Response {status} (JSON)"],
        .apiExports: [
            .vi: "Cũng trả về tệp CSV (?format=csv) hoặc XLSX (?format=xlsx).",
            .en: "Also answers as a CSV (?format=csv) or XLSX (?format=xlsx) file.",
        ],
        .apiAnyone: [.vi: "Không cần đăng nhập", .en: "No sign-in needed"],
        .apiSignedIn: [.vi: "Cần mã truy cập", .en: "Needs a token"],
        .apiContents: [.vi: "Mục lục", .en: "Contents"],
        .apiType: [.vi: "Kiểu", .en: "Type"],
        .apiSchemas: [.vi: "Các kiểu dữ liệu", .en: "Schemas"],
        .apiFooterLink: [.vi: "API cho nhà phát triển", .en: "API for developers"],
    ]
}
