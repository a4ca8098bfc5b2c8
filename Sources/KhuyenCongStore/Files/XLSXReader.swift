import Foundation

public enum XLSXReadError: Error, Sendable, Equatable {
    /// Not a ZIP archive, so not an XLSX workbook (an old binary .xls, say).
    case notZip
    /// A well-formed file using something this reader does not handle (ZIP64, encryption, …).
    case unsupported(String)
    /// The archive, its compressed data or one of its XML parts is damaged.
    case corrupt(String)
    /// The archive holds no worksheet.
    case noWorksheet
}

/// Reads the first worksheet of an XLSX workbook (ECMA-376 SpreadsheetML) row by row, each cell as
/// the text an import wants: shared and inline strings, numbers as written (integral ones without a
/// fraction or exponent), TRUE/FALSE, and date-formatted numbers as ISO dates.
///
/// The worksheet is inflated and scanned a chunk at a time, so memory stays bounded — apart from
/// the shared-string table — however many rows it has.
public struct XLSXReader: SheetRowReader, Sendable {
    private var sheet: XMLScanner
    private let sharedStrings: [String]
    /// Per cell style (`s=`, an index into cellXfs): whether its number format shows a date.
    private let dateStyles: [Bool]
    private let uses1904Dates: Bool
    private var inSheetData = false
    private var lastRowRead = 0
    private var nextNumber = 1
    /// A row read ahead while the empty rows before it are handed out.
    private var pending: (number: Int, cells: [String])?
    private var value: [UInt8] = []

    /// Excel's last row: a reference beyond it means a damaged file, not a gap to fill with empty rows.
    private static let maximumRow = 1_048_576

    public init(data: Data) throws {
        let zip = try ZipArchive(data: data)
        let workbook =
            try Self.relationships(of: "", in: zip).first { $0.type.hasSuffix("/officeDocument") }?.target
            ?? "xl/workbook.xml"
        let parts = try Self.relationships(of: workbook, in: zip)
        let (sheetID, uses1904Dates) = try Self.firstSheet(of: workbook, in: zip)
        func part(_ type: String, _ fallback: String) -> ZipArchive.Entry? {
            parts.first { $0.type.hasSuffix(type) }.flatMap { zip.entry(named: $0.target) }
                ?? zip.entry(named: fallback)
        }
        let sheetPart = parts.first { $0.id == sheetID }.flatMap { zip.entry(named: $0.target) }
        guard let sheetPart = sheetPart ?? zip.entry(named: "xl/worksheets/sheet1.xml") else {
            throw XLSXReadError.noWorksheet
        }
        sharedStrings =
            try part("/sharedStrings", "xl/sharedStrings.xml").map { try Self.sharedStrings(in: zip, $0) } ?? []
        dateStyles = try part("/styles", "xl/styles.xml").map { try Self.dateStyles(in: zip, $0) } ?? []
        self.uses1904Dates = uses1904Dates
        sheet = XMLScanner(zip.stream(of: sheetPart))
    }

    /// The next row and its 1-based number, or nil after the last. Rows the file leaves out come
    /// back empty, so numbers stay those a user sees in Excel; cells are placed by their reference
    /// (a missing cell is ""), and a row ends at its last non-empty cell.
    public mutating func nextRow() throws -> (number: Int, cells: [String])? {
        if pending == nil { pending = try readRow() }
        guard let row = pending else { return nil }
        if nextNumber < row.number {
            nextNumber += 1
            return (nextNumber - 1, [])
        }
        pending = nil
        nextNumber = row.number + 1
        return row
    }

    // MARK: Worksheet

    private enum CellType { case number, sharedString, string, boolean, isoDate }

    private mutating func readRow() throws -> (number: Int, cells: [String])? {
        var cells: [String] = []
        var number = 0
        var column = 0
        var (type, style) = (CellType.number, 0)
        var (inRow, inValue, inInlineString, inPhonetic) = (false, false, false, false)
        while true {
            switch try sheet.next() {
            case .end:
                guard !inRow else { throw XLSXReadError.corrupt("worksheet ends inside row \(number)") }
                return nil
            case .open:
                if inRow, sheet.nameIs("c") {
                    let (reference, typeName, styleIndex) = sheet.attributes("r", "t", "s")
                    if let reference, let index = try sheet.column(reference) { column = index }
                    type = cellType(typeName)
                    style = styleIndex.flatMap { sheet.integer($0) } ?? 0
                    value.removeAll(keepingCapacity: true)
                    if sheet.isSelfClosing { column += 1 }
                } else if inRow, sheet.nameIs("v") {
                    inValue = !sheet.isSelfClosing
                } else if inSheetData, sheet.nameIs("row") {
                    number =
                        try sheet.attribute("r").map { reference in
                            guard let number = sheet.integer(reference) else {
                                throw XLSXReadError.corrupt("row reference")
                            }
                            return number
                        } ?? lastRowRead + 1
                    guard number > lastRowRead, number <= Self.maximumRow else {
                        throw XLSXReadError.corrupt("row \(number) out of order or range")
                    }
                    lastRowRead = number
                    if sheet.isSelfClosing { return (number, []) }
                    (inRow, column) = (true, 0)
                } else if inRow, sheet.nameIs("is") {
                    inInlineString = !sheet.isSelfClosing
                } else if inInlineString, sheet.nameIs("t") {
                    inValue = !inPhonetic && !sheet.isSelfClosing
                } else if inInlineString, sheet.nameIs("rPh") {
                    inPhonetic = !sheet.isSelfClosing
                } else if sheet.nameIs("sheetData") {
                    inSheetData = !sheet.isSelfClosing
                }
            case .close:
                if sheet.nameIs("v") || sheet.nameIs("t") {
                    inValue = false
                } else if inRow, sheet.nameIs("c") {
                    let text = try cellText(type, style: style)
                    if !text.isEmpty {
                        if column >= cells.count { cells += repeatElement("", count: column - cells.count + 1) }
                        cells[column] = text
                    }
                    column += 1
                } else if inRow, sheet.nameIs("row") {
                    while cells.last == "" { cells.removeLast() }
                    return (number, cells)
                } else if sheet.nameIs("is") {
                    inInlineString = false
                } else if sheet.nameIs("rPh") {
                    inPhonetic = false
                } else if sheet.nameIs("sheetData") {
                    inSheetData = false
                }
            case .text:
                if inValue { sheet.appendText(to: &value) }
            }
        }
    }

    private func cellType(_ attribute: Range<Int>?) -> CellType {
        guard let attribute else { return .number }
        if sheet.matches(attribute, "s") { return .sharedString }
        if sheet.matches(attribute, "b") { return .boolean }
        if sheet.matches(attribute, "d") { return .isoDate }
        if sheet.matches(attribute, "n") { return .number }
        return .string  // inlineStr, str (a formula's text) and e (an error such as #N/A)
    }

    private func cellText(_ type: CellType, style: Int) throws -> String {
        guard !value.isEmpty else { return "" }
        switch type {
        case .sharedString:
            guard let index = XMLScanner.integer(value[...]), index < sharedStrings.count else {
                throw XLSXReadError.corrupt("shared string index \(String(decoding: value, as: UTF8.self))")
            }
            return sharedStrings[index]
        case .string:
            return Self.text(value)
        case .boolean:
            return value == [UInt8(ascii: "1")] ? "TRUE" : "FALSE"
        case .isoDate:
            // An ISO 8601 date-time (t="d"); midnight is dropped so that it reads like the date cells.
            let written = String(decoding: value, as: UTF8.self)
            let time = written.dropFirst(10)
            return time.first == "T" && time.dropFirst().allSatisfy({ "0:.Z".contains($0) })
                ? String(written.prefix(10)) : written
        case .number:
            if style < dateStyles.count, dateStyles[style],
                let date = Self.isoDate(serial: value, uses1904Dates: uses1904Dates)
            {
                return date
            }
            return Self.normalisedNumber(value)
        }
    }

    /// Text with OOXML's `_xHHHH_` escapes (used for control characters, and `_x005F_` for an
    /// underscore that would otherwise start one) decoded.
    static func text(_ bytes: [UInt8]) -> String {
        guard bytes.contains(UInt8(ascii: "_")) else { return String(decoding: bytes, as: UTF8.self) }
        func codeUnit(at index: Int) -> UInt32? {
            guard index + 7 <= bytes.count, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x"),
                bytes[index + 6] == UInt8(ascii: "_")
            else { return nil }
            return UInt32(String(decoding: bytes[index + 2..<index + 6], as: UTF8.self), radix: 16)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard var unit = codeUnit(at: index) else {
                output.append(bytes[index])
                index += 1
                continue
            }
            index += 7
            if (0xD800..<0xDC00).contains(unit), let low = codeUnit(at: index), (0xDC00..<0xE000).contains(low) {
                unit = 0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00)
                index += 7
            }
            UTF8.encode(Unicode.Scalar(unit) ?? "\u{FFFD}") { output.append($0) }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A number as written, except that an integral value written with a fraction or an exponent
    /// ("12.0", "1.2E+3") becomes a plain integer. Done on the digits, not through Double, so that
    /// long integers such as tax codes stay exact.
    static func normalisedNumber(_ bytes: [UInt8]) -> String {
        let written = String(decoding: bytes, as: UTF8.self)
        let zero = UInt8(ascii: "0")
        let negative = bytes.first == UInt8(ascii: "-")
        var digits: [UInt8] = []
        var point: Int?
        var exponent = 0
        for (index, byte) in bytes.enumerated().dropFirst(negative ? 1 : 0) {
            if byte >= zero, byte <= UInt8(ascii: "9") {
                digits.append(byte)
            } else if byte == UInt8(ascii: "."), point == nil {
                point = digits.count
            } else if byte == UInt8(ascii: "E") || byte == UInt8(ascii: "e"),
                let value = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self)), abs(value) < 100
            {
                exponent = value
                break
            } else {
                return written
            }
        }
        guard !digits.isEmpty, point != nil || exponent != 0 else { return written }
        // How many of the digits stand before the decimal point once the exponent is applied.
        let integerDigits = (point ?? digits.count) + exponent
        guard integerDigits <= 30, digits.dropFirst(max(0, integerDigits)).allSatisfy({ $0 == zero }) else {
            return written
        }
        let padded = digits + repeatElement(zero, count: max(0, integerDigits - digits.count))
        let integer = padded.prefix(max(0, integerDigits)).drop { $0 == zero }
        return integer.isEmpty ? "0" : (negative ? "-" : "") + String(decoding: integer, as: UTF8.self)
    }

    /// "yyyy-MM-dd" for an Excel date serial, or nil for one outside 1900-01-01…9999-12-31. In the
    /// 1900 system serial 1 is 1900-01-01 and serial 60 is the 29 February 1900 that Lotus 1-2-3
    /// wrongly believed in and Excel kept; the 1904 system counts from 1904-01-01 as 0.
    static func isoDate(serial bytes: [UInt8], uses1904Dates: Bool) -> String? {
        guard let serial = Double(String(decoding: bytes, as: UTF8.self)), serial.isFinite, serial >= 0,
            serial < 3_000_000
        else { return nil }
        let day = Int(serial.rounded(.down))
        let daysSince1970: Int
        if uses1904Dates {
            guard day <= 2_957_003 else { return nil }
            daysSince1970 = day - 24_107
        } else {
            guard day >= 1, day != 60, day <= 2_958_465 else { return nil }
            daysSince1970 = day < 60 ? day - 25_568 : day - 25_569
        }
        // The civil date of a day count (Howard Hinnant's civil_from_days).
        let shifted = daysSince1970 + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func padded(_ number: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(number).count)) + String(number)
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(dayOfMonth, 2))"
    }

    // MARK: Workbook parts

    private struct Relationship {
        let id: String
        let type: String
        /// The target part's name inside the archive.
        let target: String
    }

    /// The relationships of a part ("" for the package itself), from its `_rels/NAME.rels`.
    private static func relationships(of part: String, in zip: ZipArchive) throws -> [Relationship] {
        let directory = part.lastIndex(of: "/").map { String(part[...$0]) } ?? ""
        let name = part.dropFirst(directory.count)
        guard let entry = zip.entry(named: "\(directory)_rels/\(name).rels") else { return [] }
        var scanner = XMLScanner(zip.stream(of: entry))
        var relationships: [Relationship] = []
        while true {
            switch try scanner.next() {
            case .end:
                return relationships
            case .open where scanner.nameIs("Relationship") && scanner.attributeString("TargetMode") != "External":
                guard let id = scanner.attributeString("Id"), let type = scanner.attributeString("Type"),
                    let target = scanner.attributeString("Target")
                else { continue }
                relationships.append(Relationship(id: id, type: type, target: resolve(target, from: directory)))
            default:
                continue
            }
        }
    }

    /// A relationship target as a part name: relative to the source's directory unless it starts with "/".
    private static func resolve(_ target: String, from directory: String) -> String {
        var segments = target.hasPrefix("/") ? [] : directory.split(separator: "/")
        for segment in target.split(separator: "/") where segment != "." {
            if segment == ".." { _ = segments.popLast() } else { segments.append(segment) }
        }
        return segments.joined(separator: "/")
    }

    /// The relationship id of the workbook's first sheet, and whether it counts dates from 1904.
    private static func firstSheet(of workbook: String, in zip: ZipArchive) throws -> (String?, Bool) {
        guard let entry = zip.entry(named: workbook) else { return (nil, false) }
        var scanner = XMLScanner(zip.stream(of: entry))
        var uses1904Dates = false
        while true {
            switch try scanner.next() {
            case .end:
                return (nil, uses1904Dates)
            case .open where scanner.nameIs("workbookPr"):
                let flag = scanner.attributeString("date1904")
                uses1904Dates = flag == "1" || flag == "true"
            case .open where scanner.nameIs("sheet"):
                // The id attribute is in the relationships namespace (r:id); workbookPr comes first.
                return (scanner.attributeString("id"), uses1904Dates)
            default:
                continue
            }
        }
    }

    private static func sharedStrings(in zip: ZipArchive, _ entry: ZipArchive.Entry) throws -> [String] {
        var scanner = XMLScanner(zip.stream(of: entry))
        var strings: [String] = []
        var item: [UInt8] = []
        var (inItem, inText, inPhonetic) = (false, false, false)
        while true {
            switch try scanner.next() {
            case .end:
                return strings
            case .open:
                if scanner.nameIs("si") {
                    item.removeAll(keepingCapacity: true)
                    inItem = !scanner.isSelfClosing
                    if scanner.isSelfClosing { strings.append("") }
                } else if scanner.nameIs("t") {
                    // Rich text is the concatenation of its runs' <t>; phonetic guides (<rPh>) are not part of it.
                    inText = inItem && !inPhonetic && !scanner.isSelfClosing
                } else if scanner.nameIs("rPh") {
                    inPhonetic = !scanner.isSelfClosing
                } else if scanner.nameIs("sst"), let count = scanner.attribute("uniqueCount").flatMap(scanner.integer) {
                    strings.reserveCapacity(min(count, 1 << 20))
                }
            case .close:
                if scanner.nameIs("t") {
                    inText = false
                } else if scanner.nameIs("rPh") {
                    inPhonetic = false
                } else if scanner.nameIs("si") {
                    strings.append(text(item))
                    inItem = false
                }
            case .text:
                if inText { scanner.appendText(to: &item) }
            }
        }
    }

    /// Which cell styles (cellXfs, in order) show numbers as dates.
    private static func dateStyles(in zip: ZipArchive, _ entry: ZipArchive.Entry) throws -> [Bool] {
        var scanner = XMLScanner(zip.stream(of: entry))
        var formatCodes: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inCellFormats = false
        while true {
            switch try scanner.next() {
            case .end:
                return formatIDs.map { id in formatCodes[id].map(isDateFormat) ?? builtInDateFormats.contains(id) }
            case .open where scanner.nameIs("numFmt"):
                if let id = scanner.attribute("numFmtId").flatMap(scanner.integer) {
                    formatCodes[id] = scanner.attributeString("formatCode") ?? ""
                }
            case .open where scanner.nameIs("cellXfs"):
                inCellFormats = !scanner.isSelfClosing
            case .open where inCellFormats && scanner.nameIs("xf"):
                formatIDs.append(scanner.attribute("numFmtId").flatMap(scanner.integer) ?? 0)
            case .close where scanner.nameIs("cellXfs"):
                inCellFormats = false
            default:
                continue
            }
        }
    }

    /// Built-in formats that show a date (ECMA-376 Part 1, §18.8.30): 14–17 and 22. The time-only
    /// ones (18–21, 45–47) are left out, as custom time formats are: a time of day is no date.
    private static let builtInDateFormats: Set<Int> = [14, 15, 16, 17, 22]

    /// Whether a custom format code shows a date: it has a day or a year, or an "m" without hours or
    /// seconds (beside them "m" means minutes). Quoted text, escaped characters and [bracketed]
    /// colours, locales and elapsed times do not count.
    static func isDateFormat(_ code: String) -> Bool {
        var (hasDate, hasM, hasTime) = (false, false, false)
        var characters = code.lowercased().makeIterator()
        while let character = characters.next() {
            switch character {
            case "\"": while let next = characters.next(), next != "\"" {}
            case "[": while let next = characters.next(), next != "]" {}
            case "\\", "_", "*": _ = characters.next()
            case "d", "y": hasDate = true
            case "m": hasM = true
            case "h", "s": hasTime = true
            default: continue
            }
        }
        return hasDate || (hasM && !hasTime)
    }
}
