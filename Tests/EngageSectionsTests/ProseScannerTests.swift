@testable import EngageSections
@testable import EngageText
import EngageMarkdown
import XCTest

/// The classifier's one-pass byte scanner must find exactly what the String
/// functions it replaced find, or the classification would drift.
final class ProseScannerTests: XCTestCase {
    static let samples = [
        "", "a", "'", "’", "?", "s", "'s", "x's", "AT&T's engineers at Booking.com — Coca-Cola’s team; McDonald’s.",
        "O’Reilly-s Co.'s Bob''s Netflix. Meta- Uber.- Stripe' Google’", "Anti-Patterns: Don’t Do This! 🚫 ''quoted''",
        "ÉCOLE d'été ❌ ✅ ✓ ✗ ✘ ✔ ❌ done? really?? Ⅻ ½ ٣ 2nd", "p99 went from 800ms to 20 ms, 95% of 10M rows, 3x faster",
        "Step 1 on EC2 and S3 in 2024 → 🔴 ⭐ ×3 – ok", "İstanbul ǅemal ß straße ΣΊΣΥΦΟΣ", "tab\tnew\nline  spaces",
        "a''b 12ms e.g. U.S. foo.'s", "x’’s y’.s z-’s",
    ]

    func testScannerMatchesTheStringFunctions() {
        let startBytes = CompanyMatcher.builtin.tokenStartBytes
        let scanner = ProseScanner(companyStartBytes: startBytes)
        for text in ProseScannerTests.samples {
            var words: [WordKey] = [7]
            var tokens: [WordKey] = [7]
            let marks = Array(text.utf8).withUnsafeBufferPointer { scanner.scan($0, words: &words, tokens: &tokens) }
            XCTAssertEqual(words, [7] + PhraseNormalizer.keys(text), text)
            XCTAssertEqual(tokens, [7] + CompanyMatcher.tokenKeys(text, keeping: startBytes), text)
            XCTAssertEqual(marks.roughWords, PartSignals.roughWordCount(text), text)
            XCTAssertEqual(marks.hasDigit, text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }, text)
            let scalars = text.unicodeScalars
            XCTAssertEqual(marks.questions, scalars.filter { $0 == "?" }.count, text)
            XCTAssertEqual(marks.crossMarks, scalars.filter { ["\u{274C}", "\u{2717}", "\u{2718}"].contains($0) }.count, text)
            XCTAssertEqual(marks.checkMarks, scalars.filter { ["\u{2705}", "\u{2714}", "\u{2713}"].contains($0) }.count, text)
        }
    }

    func testEveryStartByteAgreesWithTheStringTokeniser() {
        // Tokens starting with each ASCII byte, possessive or not, hashed or not.
        let startBytes = CompanyMatcher.builtin.tokenStartBytes
        let scanner = ProseScanner(companyStartBytes: startBytes)
        for byte in UInt8(0x21)...UInt8(0x7E) {
            let text = "\(Character(Unicode.Scalar(byte)))x's y.\(Character(Unicode.Scalar(byte)))-"
            var words: [WordKey] = []
            var tokens: [WordKey] = []
            _ = Array(text.utf8).withUnsafeBufferPointer { scanner.scan($0, words: &words, tokens: &tokens) }
            XCTAssertEqual(tokens, CompanyMatcher.tokenKeys(text, keeping: startBytes), text)
            XCTAssertEqual(words, PhraseNormalizer.keys(text), text)
        }
    }

    func testQuantitiesOverBytesMatchTheStringCount() {
        for text in ProseScannerTests.samples + ["S3 5ms3 10 x 7 connectionsandmore 12.5% 1,000 users"] {
            let fromBytes = Array(text.utf8).withUnsafeBufferPointer { QuantityCounter.count(in: $0) }
            XCTAssertEqual(fromBytes, QuantityCounter.count(in: text), text)
        }
        XCTAssertEqual(QuantityCounter.count(in: "5ms3 x"), 2)
    }

    func testBlockTextIsThePlainText() throws {
        let document = try MarkdownParser.parse(bytes: Array("Hello *big* `code` [link](x)\nnext\\\nline :) 🚀 <b>x</b>\n".utf8))
        var text = BlockText()
        let paragraph = try XCTUnwrap(document.firstChild(document.root))
        XCTAssertFalse(text.load(paragraph, from: document))
        XCTAssertEqual(String(decoding: text.bytes, as: UTF8.self), document.plainText(paragraph))
    }

    func testBlockTextStopsAtItsLimitWithoutCuttingAWord() throws {
        let document = try MarkdownParser.parse(bytes: Array("alpha **beta** gamma delta\n\nÉtéÉtéÉté\n".utf8))
        let first = try XCTUnwrap(document.firstChild(document.root))
        let second = try XCTUnwrap(document.nextSibling(first))
        var text = BlockText()
        XCTAssertTrue(text.load(first, from: document, limit: 14))  // "alpha beta gam" cut back to the space
        XCTAssertEqual(String(decoding: text.bytes, as: UTF8.self), "alpha beta")
        XCTAssertFalse(text.load(first, from: document, limit: 100))
        XCTAssertEqual(String(decoding: text.bytes, as: UTF8.self), "alpha beta gamma delta")
        // Appending puts a line break between blocks, and a cut with no space
        // in reach backs off to a scalar's first byte (never half an emoji).
        XCTAssertTrue(text.append(second, from: document, limit: 6))
        XCTAssertEqual(String(decoding: text.bytes, as: UTF8.self), "alpha beta gamma delta\nÉté")
        XCTAssertTrue(text.load(second, from: document, limit: 9))
        XCTAssertEqual(String(decoding: text.bytes, as: UTF8.self), "ÉtéÉt", "byte 9 is inside the second é")
    }

    func testFirstWordFilterNeverForgetsAKey() {
        var filter = FirstWordFilter()
        let keys = (0..<5000).map { PhraseNormalizer.key(ofNormalized: "word\($0)") }
        for key in keys { filter.insert(key) }
        XCTAssertTrue(keys.allSatisfy(filter.mayContain))
        XCTAssertFalse(FirstWordFilter().mayContain(keys[0]))
    }
}
