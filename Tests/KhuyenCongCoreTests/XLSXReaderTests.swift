import Foundation
import Testing

@testable import KhuyenCongCore

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

    /// Python zlib, raw DEFLATE (wbits -15), level 9 with memLevel 1 so blocks are small: dynamic,
    /// stored (the noise) and fixed blocks. The content is rebuilt by `mixedContent`.
    static let mixedDeflate = Data(
        base64Encoded: """
            jNIrDgJBEEXRrdQCEF39L5CMQBC2QQjJGCBBsgQEBgWEoEmQPXII+2hWwse/pMx1x92mf7RzMkMavy60qt3pm3Jtabup5bYmQ+/d
            gSb9mWa1Oy4G9NzXcl/S9NcRNX/NSAuLxlvks8sa75BPIWm8Rz6mqPEB+SBB4yP07DU+Ie+d0/iMvAtW4wV5m1j1D9yPRTcgPJCN
            6kCGC1rVgQwXlA8jdY9DQBSFATSRKZSTqEQeC9C49/1bgNgCzWh0Csk0bEkGjcQiVFqRqLQKvbCCL749nBxHERRoMAXKoECEMVEI
            BSqMI0qhQIZBKYYCHXpHORQI0QUKokKINlEQFULUzFWIIQolUaFEsZREhRI9BVEhxBwpiAohpkxBVAgxCQVRIcRoKYgKIQb/B+K9
            WO4GezO/PZtev+qst6tP+e0eF6ZoTqY1nGzq8ftRHc7t2fWVy8v0B38AgP+VtcyJKRH/BrZiLt88+TX9S5Qoygl8RLMCXpZfs+pt
            rNQtgW5pr+Dmh0ycBOfSNl0sYMnq9Hn2hqDrkybkYhLVDcuzdxVqajpouo7bdAhGnvPOswr40N1ou/hf+iTy0vwYh/tch7q0ODKl
            mxs9EHz3eNZ/4m34EZEpfpOVyxLFAH8AgP9Xzlrx1BYY1xm8BFt+mWXxopRxxCqsaqk4xHXHrTI4Ah8FOyyZGvzrFd7PaLrgfLzW
            Hpcbmgudvpdj05L8r9+ijJcjRWLr3QdlcP9YiWrP98ruPxzp5Apo5d6TjTicfb3XWwnU5+IzRD9KjMShkNa4uNxhX9GOKL5ZDqpQ
            G1CKAH8AgP9qNinmcN9Vd7rcRG1Du6kIF9bA9nsIYXDZLckSclskfsLi2rGyBJ4ggHQ3mm+QDN0uXnL1CUi2WNGX6cOMsW7T3RJE
            YjIMFKevP/oM3tYTzhOGy1egR+RbvtFFtDbViP7SAEHyh7EPg190ZbooRhZS34iiE9m/Qu+3EbXeB3/JAH8AgP95uuOoWEqp6C2o
            TVCd5phr4qmazyFMZiqM1ZARN5hnibut81GNE631HKEBlKywhGz1ivUqepH186svhjK6gUUgPcNnFIh6dZDIY8cH4B7CcAOa0YsW
            PyT2w94r711a0eZ2E3nKQha5EKoF2YMwxwrPhfBmy+zvrIlM+rcfGLrDAH8AgP8037ZgSrKAMs05oW7flEQU4fOm7MH0OUMGwJti
            neM602Hvw1Nr0E+WH+5NvfMFLZf+xNGbRSe0osSU2GQ+uHG5xB9TiwiVHJ5fQCH/l3oaTX9wjKsvfPqAG0LK9duM+Sy45n5B9vl/
            AeSoNm2k7KLtunDtVFfroJdjQYlNTVloAH8AgP/mkrxcqw7zEHkGnaU98VJdLgk7Dc6WbUGe9QospGsWVp2sGgQCKXtmvR2Xg6hW
            peXKw0kEUML6c00oFMwxDbxdC1x4j34eihqFgQ/r5qvc0HdBFOkUtYnPXFPYgS4LQxPm/EwVV8UXxIiKffMvyO+379kR1VBGEuyC
            0M1i0T2hAH8AgP8Q6OMRrcb2GvuAkVizu4XXMejluuA+To5jefdriVR80O7HajxwAImMWCPtGEXCu4zYG7yGIRSj9Mz3HisL7Z/I
            QzznR3ZAV2VzK/Y1v3xBBEJAtu6xDB89v7afhQPWfYCn/7Sq1r02nONOBCk6Ie86BxAraahcmWDTbNHwh0XxAH8AgP/wtMgn3Kmv
            AClBRm9pzemdI8BBdHAdPelWodIM5LBz0BEAT5tVB06MBSXJkG+SCyS5BYzneinn5xXBoajalZjz2yRMZY4I0bMnJ5C+s57BWvRu
            qd4A5JNrmMqP/UlQ7TNEt3fe/sNyS4jeU1GrDEIZy5JPsHlmd07VVVVkqfeoAH8AgP9nR1OIXx5RZy4f48qh0vLFODYKOLVdxsxn
            xPqrM3OiAmfZjTc+ZcnqM+TNrQaeaYSPLm4bRiUdyo5eUEnEH2oyC/QAPNVMRDEy0Da02YeJtferVrC5SIKom5rw524kZ3IskEJO
            fEradgPatJdwBWmRRqNZrmg/D6BmcXI9ivqxAH8AgP/5oKTsJ4nXo+9/+98OJZEiUVYRD8+qgdrpyNpuAm4aX/9BKJZ9VWy21Xwq
            UNFPo8wr/uoSydeH+7uXzXvwdPuKvOYV1wo5gCxg1GCfmEeyflgWKPhWR8iLTa1DMr7zFkpnZ2JIhIyMHchelGQaYzZREHbDWixT
            vKLZ4TMqI0PiAH8AgP+3Op0IgaWmB6BF8r82Ef2oXYv3ss8FUdxYlQyW/Nm81+hrXv4ZI99qzg9o2K8za3+6AW/t8ZeboMW7BGNA
            l7Zu9TSEPam3kCy/XpnXZDoHNH+quG1Wm4h+AIGjk44Uih/4y+a8yRkQxopqXLXw3Ck+xL6pKZbJcfEhIL8dfQmPS2TPjCkWYNy2
            ziO7M+vlJXWxxSVSUl431+Q5XTT6tUxfdo212/5oCfU78YIzf7x5cTXa2IjtiTlXs8toX2u0rzXa1xrta432tUb7WqN9rQHvawEA
            """, options: .ignoreUnknownCharacters)!

    static let mixedContent: [UInt8] = {
        let text = Array(
            (0..<30).map { "Dòng \($0): Cơ sở sản xuất \($0 * 7919 % 1000) — Hà Nội, Đắk Lắk; " }.joined().utf8)
        var seed = 12345
        let noise = (0..<1500).map { _ in
            seed = (seed * 1_103_515_245 + 12345) % (1 << 31)
            return UInt8(seed >> 16 & 0xFF)
        }
        return text + noise + text
    }()

    static func inflate(_ data: Data, chunk: Int) throws -> [UInt8] {
        var inflater = Inflater(data)
        var output: [UInt8] = []
        while let piece = try inflater.next(maxOutput: chunk) { output += piece }
        return output
    }

    static func rows(_ data: Data) throws -> [[String]] {
        var reader = try XLSXReader(data: data)
        var rows: [[String]] = []
        while let row = try reader.nextRow() {
            #expect(row.number == rows.count + 1)
            rows.append(row.cells)
        }
        return rows
    }

    @Test func inflatesDynamicStoredAndFixedBlocks() throws {
        for chunk in [1, 1000, 1 << 16] {
            #expect(try Self.inflate(Self.mixedDeflate, chunk: chunk) == Self.mixedContent)
        }
        let fixed = Data(base64Encoded: "i8jMU0jOOLwgXyEs8+Hu9hIFv8RcRYUImKgiAA==")!
        #expect(try Self.inflate(fixed, chunk: 7) == Array("Xin chào Việt Nam! Xin chào!".utf8))
    }

    @Test func corruptDeflateDataThrows() {
        let broken: [Data] = [
            Self.mixedDeflate.prefix(1000),  // truncated
            Data([0x07]),  // reserved block type
            Data([0x01, 0x05, 0x00, 0x00, 0x00]),  // stored length without its complement
            Data([0x05, 0x00, 0x92, 0x04]),  // dynamic block whose code-length code is over-subscribed
        ]
        for data in broken { #expect(throws: XLSXReadError.self) { try Self.inflate(data, chunk: 1 << 16) } }
    }

    @Test func readsTheFirstSheetOfADeflatedWorkbook() throws {
        let zip = try ZipReader(data: Self.workbook)
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
        let data = XLSXWriter.workbook(
            sheetName: "Cơ sở", header: ["Mã số thuế", "Tên", "Ghi chú", "Tỉnh"], rows: rows)
        let expected =
            [["Mã số thuế", "Tên", "Ghi chú", "Tỉnh"]] + rows.map { $0[3].isEmpty ? Array($0.prefix(2)) : $0 }
        #expect(try Self.rows(data) == expected)
    }

    @Test func prefixedNamesAndTheSheet1Fallback() throws {
        var zip = ZipWriter()
        zip.add(
            "xl/worksheets/sheet1.xml",
            Data(
                """
                <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>\
                <x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>a_x005F_x000D_b</x:t></x:is></x:c></x:row>\
                </x:sheetData></x:worksheet>
                """.utf8))
        #expect(try Self.rows(zip.finish()) == [[], ["", "a_x000D_b"]])
    }

    @Test func damagedOrForeignFilesAreRefused() {
        #expect(throws: XLSXReadError.notZip) { try XLSXReader(data: Data("Tên,Mã số\n".utf8)) }
        var zip = ZipWriter()
        zip.add("notes.txt", Data("x".utf8))
        #expect(throws: XLSXReadError.noWorksheet) { try XLSXReader(data: zip.finish()) }
        // One byte of the stored worksheet changed: the CRC-32 check catches it at the end.
        var data = XLSXWriter.workbook(sheetName: "A", header: ["Tên"], rows: [["Hà Nội"]])
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
