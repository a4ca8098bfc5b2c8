import Foundation
import KhuyenCongStore
import Testing

@Suite struct CSVRowReaderTests {
    /// Every row of `bytes`, fed to the reader `chunk` bytes at a time so that quotes, CRLF pairs and
    /// multi-byte letters fall across chunk boundaries.
    func rows(_ bytes: [UInt8], chunk: Int = 3) throws -> [[String]] {
        var offset = 0
        var reader = CSVRowReader {
            guard offset < bytes.count else { return nil }
            defer { offset += chunk }
            return Array(bytes[offset..<min(offset + chunk, bytes.count)])
        }
        var rows: [[String]] = []
        while let row = try reader.nextRow() { rows.append(row.cells) }
        return rows
    }

    @Test func readsQuotedFieldsLineBreaksAndBOM() throws {
        let text = "\u{FEFF}tên,ghi chú\r\n\"Hợp tác xã \"\"Gốm\"\"\",\"dòng 1\ndòng 2\"\r\nBát Tràng,\n,\n"
        for chunk in [1, 2, 3, 7, 1000] {
            #expect(
                try rows(Array(text.utf8), chunk: chunk) == [
                    ["tên", "ghi chú"], ["Hợp tác xã \"Gốm\"", "dòng 1\ndòng 2"], ["Bát Tràng", ""], ["", ""],
                ])
        }
    }

    @Test func rowNumbersCountRecordsNotLines() throws {
        var reader = CSVRowReader(text: "a,b\n\"x\ny\",1\nz,2")
        #expect(try reader.nextRow()?.number == 1)
        #expect(try reader.nextRow()?.number == 2)
        let last = try reader.nextRow()
        #expect(last?.number == 3 && last?.cells == ["z", "2"])
        #expect(try reader.nextRow() == nil)
    }

    @Test func takesTheDelimiterFromTheHeader() throws {
        #expect(try rows(Array("mã;tên\n01;Hà Nội, Việt Nam\n".utf8)) == [["mã", "tên"], ["01", "Hà Nội, Việt Nam"]])
        #expect(try rows(Array("a\tb\n1\t2\n".utf8)) == [["a", "b"], ["1", "2"]])
    }

    @Test func refusesTextThatIsNotUTF8AndOpenQuotes() throws {
        // "Mã số" in TCVN3 (ABC) bytes.
        #expect(throws: CSVReadError.notUTF8(row: 2)) { try rows([0x61, 0x0A, 0x4D, 0xB8, 0x20, 0x73, 0xE8, 0x0A]) }
        #expect(throws: CSVReadError.unterminatedQuote(row: 2)) { try rows(Array("a,b\n\"x,1\n".utf8)) }
    }
}

@Suite struct CSVTextTests {
    @Test func quotesOnlyWhenNeeded() {
        #expect(CSVText.line(["a", "b,c", "say \"hi\"", "x\ny"]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\r\n")
    }

    @Test func formulasAreDefusedAndRestored() {
        for field in ["=HYPERLINK(\"http://x\")", "+84 24 3874", "-1", "@SUM(A1)"] {
            let protected = CSVText.protected(field)
            #expect(protected.hasPrefix("'"))
            #expect(CSVText.unprotected(protected) == field)
        }
        #expect(CSVText.protected("Hợp tác xã") == "Hợp tác xã")
        #expect(CSVText.unprotected("'quoted") == "'quoted")
    }
}
