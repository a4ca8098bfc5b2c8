import Foundation
import Testing

@testable import KhuyenCongStore

@Suite struct XLSXReaderTests {
    /// Made with Python's zipfile (ZIP_DEFLATED): two sheets, the first in workbook order being
    /// sheet2.xml; shared strings (rich text with a phonetic guide, xml:space, _x000A_), inline
    /// strings, a formula's string, numbers, dates in built-in and custom formats, a time, a boolean,
    /// an error, gap rows, a self-closing row, missing and self-closing cells, character references.
    static let workbook = Data(
        base64Encoded: """
            UEsDBBQAAAAIAMoIfl2RdRkSFAEAAKYDAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbMWTy2rDMBBFf8VoGyw5WZRSbGfRx7ItNP0A
            VRrbwnqhUVLn7ys7aSklbQgYuhqkuXPPRY9yPRid7SCgcrYiS1qQDKxwUtm2Iq+bh/yarOtys/eAWZJarEgXo79hDEUHhiN1Hmzq
            NC4YHtMytMxz0fMW2KoorphwNoKNeRw9SF3eQcO3Omb3Q9o+YANoJNntQTiyKsK910rwmPpsZ+UPSn4k0DQ5abBTHhdJQNhJwtj5
            HXCce0rnEJSE7JmH+MhNUrFBs3cX+jfnevq3yYmUrmmUAOnE1qQRij4Al9gBRKPpVKnhyi7O8ycxsqksZw7y5X9hjtU/5cCOB5Av
            MaQ3irNfyjfvczniXsPsASbTTzKbPl79AVBLAwQUAAAACADKCH5dHEn3vqQAAAAWAQAACwAAAF9yZWxzLy5yZWxzjc/BDsIgDAbg
            VyG9O6YHY8zYLsZkVzMfAFnHyAYlgDrfXo7OePDY9P+/plWz2Jk9MERDTsC2KIGhU9QbpwVcu/PmAE1dXXCWKSfiaHxkueKigDEl
            f+Q8qhGtjAV5dHkzULAy5TFo7qWapEa+K8s9D58GrE3W9gJC22+BdS+P/9g0DEbhidTdoks/TnwlsiyDxiRgmfmTwnQjmoqMAq8r
            vnqwfgNQSwMEFAAAAAgAygh+XTl9zZfRAAAARgEAAA8AAAB4bC93b3JrYm9vay54bWyNjkFOAzEMRa8SeU8900oIjSbTRRFSxYYF
            HCBkPE3USTKyU+A2qOdgicQ9uAmhpaLsWNn+fvr/t8uXMKonYvEpaqhnFSiKNvU+bjQ83N9cXMGya58Tbx9T2qpCR9Hgcp4aRLGO
            gpFZmiiWz5A4mFxO3qBMTKYXR5TDiPOqusRgfISjQ8P/8UjD4C1dJ7sLFPPRhGk0uXQV5yeB32Z3jF17iJOfqaIJpGH1sVfy+fYK
            6qCuew1zUNz4svC6XwD+5W/d+96ewfUZXH/DeErBU3b3BVBLAwQUAAAACADKCH5dwDg3TNkAAAC0AgAAGgAAAHhsL19yZWxzL3dv
            cmtib29rLnhtbC5yZWxztZLPbsIwDIdfJfJ9dcv+CE0ELhMS1409QJS6TUWbRLHZ4O0XIQ0oQmgHdopsJ9/vk5zZYjf06osSd8Fr
            qIoSFHkb6s63Gj7Xy4cpLOazd+qN5BvsusgqP/GswYnEV0S2jgbDRYjk86QJaTCSy9RiNHZjWsJJWb5gOmfAmKlWtYa0qitQ632k
            v7BD03SW3oLdDuTlSgR+h7RhRyQZalJLouHYYjwcVZGpgNdlHv9ZBnc9XgpNbgk93VOInUlUf0jKm+aT1Kh9S+b5rjKy7+nc4lD/
            xuPo+81/AFBLAwQUAAAACADKCH5dVcdYEx0BAACOAQAAFAAAAHhsL3NoYXJlZFN0cmluZ3MueG1sdZCxTsMwEIZf5eSBjdqpEEIl
            dlVAiIEhQ5mr1DVJROMY26myhhEx8Aao6tYFCYmFjkG8R5QXwaagwsDg8/36v9P9djis8jkshDZZISkKegSBkLyYZTKh6Gp8vn+E
            hiw0xoIDpaEotVYNMDY8FXlseoUS0jnXhc5j66ROsFFaxDOTCmHzOe4TcojzOJMIeFFKS9EBglJmt6U4/dFuQcZCy8bNWgL/WIJp
            N08htizE3vBHO99HGBgVc0GR22GEXgjELtrNSoFtlhyqZgXbMf01oSNXpthr31n2/ti+Pd/Apa87MErBTCnyT3dXgDzZ1a/d3X1X
            P3T1+puM0l95/gkDI9iLc3UMJ3/jW3bWvMgEgklFCBlNtqq/g7D7YvYJUEsDBBQAAAAIAMoIfl3zYPe46wAAAOIBAAANAAAAeGwv
            c3R5bGVzLnhtbI2RwWrDMAyGX8XovjopbRghSQ+FwC67dIPB2MGLlSZg2cZ2RvP2c5rSpayD+WJZ+n7pFy52J1LsC53vjS4hXSXA
            UDdG9vpYwutL/fAIu6rwYVR46BADi7z2JXQh2Jxz33RIwq+MRR0rrXEkQny6I/fWoZB+EpHi6yTJOIleQ1XogWoKnjVm0KGE9TXF
            5utJRifZBtjcbm8kliAlJ+JjPMDv8ttb/r37yIly7yecX0ZWRYNKHaZt3tqrgTQaOLWLZslZs0Rn4UKzuau5yaRxA2GtGp8H+kRX
            n81N036B2f/J7d8kv1iM0c9/Vd9QSwMEFAAAAAgAygh+XXJ32IaIAAAAuAAAABgAAAB4bC93b3Jrc2hlZXRzL3NoZWV0MS54bWxN
            jk0KAjEMha9SegAz48KFtAHBG3iCUuu02J8hDdTjm+lCXCS8fI/3iBmN3j2GwOpTcu1WR+b9CtB9DMX1U9tDFefVqDiWkzboOwX3
            nKGS4bwsFyguVY1msrtjh4baUGT1KtQf4rZqxVanmlMNDybhqaNhHNTqpmbSAKOBA4OXkQrZf53wexa/UEsDBBQAAAAIAMoIfl3J
            ljXJzAEAAC0EAAAYAAAAeGwvd29ya3NoZWV0cy9zaGVldDIueG1sjVNBbtswELz3FQQN5FJEFKVQchyKgWs7PjWXtA9gZcoiKlEG
            yTjJM/qAAgX6i+bQQ17in5QWDcUWLKA3krMzO7Mk6e1zXYGt0EY2KoM4CCEQKm9WUq0z+PXL3eUYAmO5WvGqUSKDL8LAW/aBPjX6
            uymFsMAJKJPB0trNBCGTl6LmJmg2QjmkaHTNrdvqNTIbLfiqJdUVisIwQTWXCnqFif4fjaYoZC7mTf5YC2W9iBYVt86+KeXGQEZX
            0mH7PECLIoNTPFmmEDHadp5zy5193TwB1xC78ny/mGIIbAb39C0LKdoyivID9sljUlVSiQerXY00jFr2+e03MLvXH8CWj7s/fymy
            jrWHOupsiHq/fvv1coYwHyI8uD5n6hdD9Uu5e/15SkAu9Hv0qIseHUXHvegHrBUuGAxxiKP4iiQppKhoZ9WdnDJnjmn8gLfsisRJ
            corPI98vCnrTXnhi7G8iIB16ap909smR/ahngrRavhW57jk4BhMcpKRnxAt/O/ck7sghHTocLImPE0SLj/GA5cRVd5u0858e+Y97
            40/b08s4ID0Ds3Tg3s3FKB2Pr2/AxegZL6b45twj82TRio/u0bRvGL1/FYq6n87+AVBLAQIUAxQAAAAIAMoIfl2RdRkSFAEAAKYD
            AAATAAAAAAAAAAAAAACAAQAAAABbQ29udGVudF9UeXBlc10ueG1sUEsBAhQDFAAAAAgAygh+XRxJ976kAAAAFgEAAAsAAAAAAAAA
            AAAAAIABRQEAAF9yZWxzLy5yZWxzUEsBAhQDFAAAAAgAygh+XTl9zZfRAAAARgEAAA8AAAAAAAAAAAAAAIABEgIAAHhsL3dvcmti
            b29rLnhtbFBLAQIUAxQAAAAIAMoIfl3AODdM2QAAALQCAAAaAAAAAAAAAAAAAACAARADAAB4bC9fcmVscy93b3JrYm9vay54bWwu
            cmVsc1BLAQIUAxQAAAAIAMoIfl1Vx1gTHQEAAI4BAAAUAAAAAAAAAAAAAACAASEEAAB4bC9zaGFyZWRTdHJpbmdzLnhtbFBLAQIU
            AxQAAAAIAMoIfl3zYPe46wAAAOIBAAANAAAAAAAAAAAAAACAAXAFAAB4bC9zdHlsZXMueG1sUEsBAhQDFAAAAAgAygh+XXJ32IaI
            AAAAuAAAABgAAAAAAAAAAAAAAIABhgYAAHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbFBLAQIUAxQAAAAIAMoIfl3JljXJzAEAAC0E
            AAAYAAAAAAAAAAAAAACAAUQHAAB4bC93b3Jrc2hlZXRzL3NoZWV0Mi54bWxQSwUGAAAAAAgACAAIAgAARgkAAAAA
            """, options: .ignoreUnknownCharacters)!

    static func rows(_ data: Data) throws -> [[String]] {
        var reader = try XLSXReader(data: data)
        var rows: [[String]] = []
        while let row = try reader.nextRow() {
            #expect(row.number == rows.count + 1)
            rows.append(row.cells)
        }
        return rows
    }

    @Test func readsTheFirstSheetOfADeflatedWorkbook() throws {
        let zip = try ZipArchive(data: Self.workbook)
        let workbook = try zip.data(of: try #require(zip.entry(named: "xl/workbook.xml")))
        #expect(String(decoding: workbook, as: UTF8.self).contains("<sheet name=\"Cơ sở\""))
        #expect(
            try Self.rows(Self.workbook) == [
                ["Tên cơ sở", "Mã số thuế", "Ngày", "Số", "Giờ"],
                ["Hợp tác xã Đắk Lắk", "0101234567", "2024-03-15", "12", "0.5"],
                [], [],
                [" A & B", "", "1900-02-28", "1900-03-01", "FALSE", "", "1200"],
                [],
                ["Dòng 1\nDòng 2", "-3.50", "số ạ", "#N/A"],
            ])
    }

    @Test func readsBackWhatTheWriterWrote() throws {
        // Enough rows that the worksheet spans many chunks, so tokens straddle chunk boundaries.
        let rows = (0..<3000).map {
            ["0\($0 + 100_000_000)", "Công ty \"Á Châu\" & <\($0)>", "", $0 % 2 == 0 ? "Hà Nội" : ""]
        }
        let data = try XLSXWriter.workbook(
            sheetName: "Cơ sở", header: ["Mã số thuế", "Tên", "Ghi chú", "Tỉnh"], rows: rows)
        let expected =
            [["Mã số thuế", "Tên", "Ghi chú", "Tỉnh"]] + rows.map { $0[3].isEmpty ? Array($0.prefix(2)) : $0 }
        #expect(try Self.rows(data) == expected)
    }

    @Test func prefixedNamesAndTheSheet1Fallback() throws {
        let sheet = """
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>\
            <x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>a_x005F_x000D_b</x:t></x:is></x:c></x:row>\
            </x:sheetData></x:worksheet>
            """
        let archive = try ZipArchive.archive([("xl/worksheets/sheet1.xml", Data(sheet.utf8))])
        #expect(try Self.rows(archive) == [[], ["", "a_x000D_b"]])
    }

    @Test func damagedOrForeignFilesAreRefused() throws {
        #expect(throws: XLSXReadError.notZip) { try XLSXReader(data: Data("Tên,Mã số\n".utf8)) }
        let notes = try ZipArchive.archive([("notes.txt", Data("x".utf8))])
        #expect(throws: XLSXReadError.noWorksheet) { try XLSXReader(data: notes) }
        // One byte of a stored worksheet changed: the CRC-32 check catches it at the end.
        let sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Hà Nội</t></is></c></row></sheetData></worksheet>"
        var data = try ZipArchive.archive([("xl/worksheets/sheet1.xml", Data(sheet.utf8))], compressed: false)
        let cell = data.range(of: Data("Hà Nội".utf8))!
        data[cell.lowerBound] = UInt8(ascii: "K")
        #expect(throws: XLSXReadError.self) { _ = try Self.rows(data) }
    }

    @Test func numbersDatesAndFormats() {
        let cases = [
            "12": "12", "12.0": "12", "1.2E+3": "1200", "-0.0": "0", "1.5": "1.5", "1E-3": "1E-3", "0101": "0101",
        ]
        for (written, expected) in cases { #expect(XLSXReader.normalisedNumber(Array(written.utf8)) == expected) }
        let dates = [
            "1": "1900-01-01", "59": "1900-02-28", "61": "1900-03-01", "45366.75": "2024-03-15",
            "2958465": "9999-12-31",
        ]
        for (serial, date) in dates {
            #expect(XLSXReader.isoDate(serial: Array(serial.utf8), uses1904Dates: false) == date)
        }
        #expect(XLSXReader.isoDate(serial: Array("60".utf8), uses1904Dates: false) == nil)
        #expect(XLSXReader.isoDate(serial: Array("0".utf8), uses1904Dates: true) == "1904-01-01")
        for code in ["dd/mm/yyyy", "[$-42A]d mmmm yyyy", "mmm-yy", "yyyy\\-mm\\-dd\\ h:mm"] {
            #expect(XLSXReader.isDateFormat(code))
        }
        for code in ["h:mm", "[h]:mm:ss", "mm:ss", "#,##0\\ \"đ\"", "0.00", "General", "@"] {
            #expect(!XLSXReader.isDateFormat(code))
        }
    }
}
