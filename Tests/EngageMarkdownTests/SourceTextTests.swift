@testable import EngageMarkdown
import XCTest

final class SourceTextTests: XCTestCase {
    private func source(_ text: String) -> SourceText { SourceText(validatedBytes: Array(text.utf8)) }

    func testLineEndingsLFCRLFAndCRAllStartLines() {
        let text = source("a\nb\r\nc\rd")
        XCTAssertEqual(text.lineCount, 4)
        XCTAssertEqual((1...4).map(text.lineText), ["a", "b", "c", "d"])
        XCTAssertEqual(text.location(of: 5).line, 3) // "c" after CRLF
    }

    func testFinalTerminatorDoesNotStartAnEmptyLine() {
        XCTAssertEqual(source("a\nb\n").lineCount, 2)
        XCTAssertEqual(source("").lineCount, 1)
    }

    func testColumnsCountUnicodeScalarsNotBytes() {
        let text = source("é🚀x\nab")
        // "é" is 2 bytes, "🚀" 4 bytes: x is byte 6 but column 3.
        XCTAssertEqual(text.location(of: 6), SourceLocation(line: 1, column: 3, offset: 6))
        XCTAssertEqual(text.location(of: 9), SourceLocation(line: 2, column: 2, offset: 9))
    }

    func testColumnsStayExactFarIntoALongLineWithMultibyteText() {
        let prefix = String(repeating: "ü", count: 1000) // 2000 bytes, crosses many index blocks
        let text = source(prefix + "X")
        XCTAssertEqual(text.location(of: 2000).column, 1001)
    }

    func testByteOrderMarkIsNotPartOfLineOne() {
        let text = SourceText(validatedBytes: [0xEF, 0xBB, 0xBF] + Array("# T".utf8))
        XCTAssertEqual(text.contentStart, 3)
        XCTAssertEqual(text.location(of: 3), SourceLocation(line: 1, column: 1, offset: 3))
        XCTAssertEqual(text.lineText(1), "# T")
    }

    func testSpanOfRangeEndsAtItsLastByte() {
        let text = source("ab\ncd")
        let span = text.span(of: 0..<5)
        XCTAssertEqual(span.start.line, 1)
        XCTAssertEqual(span.end, SourceLocation(line: 2, column: 2, offset: 4))
    }
}

final class SourceDecoderTests: XCTestCase {
    func testInvalidUTF8IsRejectedWithOffsetAndLine() {
        let bytes = Array("ok\nbad ".utf8) + [0xC3, 0x28]
        XCTAssertThrowsError(try SourceDecoder.decode(bytes)) { error in
            XCTAssertEqual(error as? SourceError, .invalidUTF8(offset: 7, line: 2))
        }
    }

    /// 32-bit offsets are safe because no larger file gets in (the real limit
    /// is 1 GiB; a small one here shows the check, its message and that it
    /// has no line).
    func testFileOverTheLimitIsRejectedWithItsSize() {
        XCTAssertThrowsError(try SourceDecoder.decode(Array("12345".utf8), maximumBytes: 4)) { error in
            XCTAssertEqual(error as? SourceError, .tooLarge(bytes: 5, limit: 4))
            XCTAssertNil((error as? SourceError)?.line)
            XCTAssertTrue("\(error)".contains("is 5 bytes"))
        }
        XCTAssertNoThrow(try SourceDecoder.decode(Array("1234".utf8), maximumBytes: 4))
        XCTAssertEqual(SourceDecoder.maximumBytes, 1 << 30)
        XCTAssertLessThan(SourceDecoder.maximumBytes, Int(Int32.max))
    }

    func testNulByteIsRejected() {
        XCTAssertThrowsError(try SourceDecoder.decode([0x61, 0x0A, 0x0A, 0x00])) { error in
            XCTAssertEqual(error as? SourceError, .nulByte(offset: 3, line: 3))
        }
    }

    func testOverlongSurrogateAndTruncatedSequencesAreInvalid() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            XCTAssertThrowsError(try SourceDecoder.decode(bad), "\(bad)")
        }
    }

    func testValidMultibyteTextAndBOMAreAccepted() throws {
        let text = try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array("✅ café 🚀".utf8))
        XCTAssertEqual(text.lineText(1), "✅ café 🚀")
    }

    func testMacRomanMojibakeIsValidUTF8AndSoDecodes() throws {
        // "‚úÖ" is what ✅ becomes after a Mac Roman round trip: valid UTF-8, damaged text.
        XCTAssertNoThrow(try SourceDecoder.decode(Array("‚úÖ Done".utf8)))
    }
}
