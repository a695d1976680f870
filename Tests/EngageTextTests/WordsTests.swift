import XCTest
@testable import EngageText

final class WordsTests: XCTestCase {
    private func words(_ text: String) -> [String] {
        slices(text, Words.tokenize(text).map(\.range))
    }

    func testEmptyAndWhitespaceOnly() {
        XCTAssertEqual(Words.count(""), 0)
        XCTAssertEqual(Words.count("   \n\t "), 0)
        XCTAssertEqual(Words.count("→ — … !!"), 0)
    }

    func testContractionsWithStraightAndCurlyApostrophes() {
        XCTAssertEqual(words("You're not alone, and you’ll fix it."),
                       ["You're", "not", "alone", "and", "you’ll", "fix", "it"])
    }

    func testHyphenatedTermsAreOneWord() {
        XCTAssertEqual(words("A B-Tree index on a read-heavy, 15-second query."),
                       ["A", "B-Tree", "index", "on", "a", "read-heavy", "15-second", "query"])
        // A dash with spaces around it is punctuation.
        XCTAssertEqual(words("Fast - really fast"), ["Fast", "really", "fast"])
    }

    func testNumbersWithDecimalsAndThousandSeparators() {
        XCTAssertEqual(words("It took 1.23ms, down from 2,500ms across 10,000,000 rows."),
                       ["It", "took", "1.23ms", "down", "from", "2,500ms", "across", "10,000,000", "rows"])
        XCTAssertEqual(words("Upgrade to v2.0.1 today"), ["Upgrade", "to", "v2.0.1", "today"])
        // A comma between words still separates them.
        XCTAssertEqual(words("reads,writes"), ["reads", "writes"])
    }

    func testSymbolsAroundNumbersAreNotWords() {
        XCTAssertEqual(words("Saved $10M (95%) → 1000x"), ["Saved", "10M", "95", "1000x"])
        let tokens = Words.tokenize("95% of 10 users")
        XCTAssertEqual(tokens.map(\.startsWithDigit), [true, false, true, false])
    }

    func testURLsAndEmailsAreNotWords() {
        XCTAssertEqual(words("See https://example.com/docs/v1.2/index.html for details."),
                       ["See", "for", "details"])
        XCTAssertEqual(words("Open www.postgresql.org or mail ops@example.com now"),
                       ["Open", "or", "mail", "now"])
        // Trailing sentence punctuation is not swallowed into the next word either.
        XCTAssertEqual(words("(docs at http://a.b/c.d). Then go"), ["docs", "at", "Then", "go"])
    }

    func testEmojiAreNotWords() {
        XCTAssertEqual(words("✅ Done 🚀 and 👍🏽 works 🇩🇪 1️⃣ step"), ["Done", "and", "works", "step"])
    }

    func testNonASCIILettersAndMarks() {
        XCTAssertEqual(words("Café naïve Zürich データベース résumé"),
                       ["Café", "naïve", "Zürich", "データベース", "résumé"])
        // Decomposed é (e + U+0301) stays one word.
        XCTAssertEqual(words("cafe\u{301} ok"), ["cafe\u{301}", "ok"])
    }

    func testIdentifiersAndDottedNames() {
        XCTAssertEqual(words("Index user_id in Node.js, e.g. quickly"),
                       ["Index", "user_id", "in", "Node.js", "e.g", "quickly"])
    }

    func testPlaceholderCharacterIsNotAWord() {
        XCTAssertEqual(words("Run \u{FFFC} to update"), ["Run", "to", "update"])
    }

    func testOffsetsAreUTF8() {
        let text = "Zürich ✅ fast"
        let tokens = Words.tokenize(text)
        XCTAssertEqual(tokens.map(\.range), [0..<7, 12..<16])
    }

    func testLongInputIsCountedExactly() {
        let text = String(repeating: "Your query scans 10,000 rows. ", count: 20_000)
        XCTAssertEqual(Words.count(text), 100_000)
        // A single very long hyphenated token is one word and stays linear.
        let long = String(repeating: "a-", count: 50_000) + "a"
        XCTAssertEqual(Words.count(long), 1)
    }
}
