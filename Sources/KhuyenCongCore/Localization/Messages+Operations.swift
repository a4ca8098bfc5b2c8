import Foundation

extension Messages {
    /// Operations: backup and restore, background imports, recording unit successions.
    static let operations: [MessageKey: [Language: String]] = [
        .successionExists: [
            .vi: "Đã ghi nhận {from} được thay bằng {to}; không ghi lại lần nữa.",
            .en: "{from} succeeded by {to} is already recorded; it is not recorded twice.",
        ],
        .importRunning: [
            .vi: "Đang kiểm tra và nhập {file}: đã đọc {rows} dòng…",
            .en: "Checking and importing {file}: {rows} rows read so far…",
        ],
        .importRunningHint: [
            .vi: "Trang tự cập nhật mỗi giây. Có thể rời trang: kết quả được giữ một giờ tại địa chỉ này.",
            .en: "This page updates itself every second. You may leave: the result is kept for an hour at this address.",
        ],
        .importJobGone: [
            .vi: "Không tìm thấy lượt nhập này: kết quả chỉ được giữ một giờ và chỉ người nhập mới xem được.",
            .en: "This import was not found: results are kept for an hour and only the person who ran it may see them.",
        ],
        .cliBackupPostgres: [
            .vi: "Cơ sở dữ liệu là PostgreSQL: sao lưu bằng pg_dump và khôi phục bằng pg_restore (xem docs/operating.md).",
            .en: "The database is PostgreSQL: back it up with pg_dump and restore with pg_restore (see docs/operating.md).",
        ],
        .cliBackupExists: [
            .vi: "Tệp {file} đã có; chọn tên khác để không ghi đè bản sao lưu cũ.",
            .en: "{file} already exists; choose another name so no earlier backup is overwritten.",
        ],
        .cliBackupNotFound: [.vi: "Không tìm thấy tệp {file}.", .en: "{file} was not found."],
        .cliBackupInvalid: [
            .vi: "{file} không phải bản sao lưu KhuyenCong còn nguyên vẹn (không phải SQLite, bị hỏng hoặc thiếu bảng); không thay đổi gì.",
            .en: "{file} is not an intact KhuyenCong backup (not SQLite, damaged, or missing tables); nothing was changed.",
        ],
        .cliBackupAuditBroken: [
            .vi: "Nhật ký kiểm toán trong bản sao lưu bị đứt ở mục {seq}; không khôi phục.",
            .en: "The backup's audit trail is broken at entry {seq}; not restored.",
        ],
        .cliBackupDone: [
            .vi: "Đã sao lưu vào {file}: {bytes} byte, nhật ký kiểm toán {entries} mục nguyên vẹn (mã cuối {head}).",
            .en: "Backed up to {file}: {bytes} bytes, audit trail of {entries} entries intact (last hash {head}).",
        ],
        .cliRestoreDone: [
            .vi: "Đã khôi phục từ {file}: nhật ký kiểm toán {entries} mục nguyên vẹn (mã cuối {head}). Khởi động lại máy chủ.",
            .en: "Restored from {file}: audit trail of {entries} entries intact (last hash {head}). Start the server again.",
        ],
        .cliRestoreServerRunning: [
            .vi: "Máy chủ KhuyenCong đang chạy trên thư mục dữ liệu này; dừng máy chủ rồi khôi phục. Không thay đổi gì.",
            .en: "A KhuyenCong server is running on this data directory; stop it, then restore. Nothing was changed.",
        ],
        .cliRestoreKept: [
            .vi: "Cơ sở dữ liệu trước đó được giữ lại tại {file}.",
            .en: "The previous database was kept at {file}.",
        ],
    ]
}
