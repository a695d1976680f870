import EngageMarkdown
@testable import EngageText
import XCTest

/// A prose block keeps its derived views (words, sentences, quantities,
/// lower-cased words) after the first ask: the kept values must be exactly
/// what the analysers compute, whichever is asked first, on every copy.
final class ProseBlockViewsTests: XCTestCase {
    private func blocks(_ markdown: String) throws -> [ProseBlock] {
        ProseExtractor.blocks(in: try MarkdownParser.parse(bytes: Array(markdown.utf8)))
    }

    func testKeptViewsEqualFreshAnalysisInAnyOrder() throws {
        let text = "You’re NOT alone: Queries took 2,500ms → 2ms. Don’t PANIC, e.g. add an Index!"
        let first = try XCTUnwrap(blocks(text).first)
        // Lower-cased words first: they are made from the words, which must then be kept too.
        let lowered = first.lowercasedWords
        XCTAssertEqual(lowered.map(\.text), ["you're", "not", "alone", "queries", "took", "2,500ms", "2ms",
                                             "don't", "panic", "e.g", "add", "an", "index"])
        XCTAssertEqual(lowered.map(\.range), Words.tokenize(first.text).map(\.range))
        XCTAssertEqual(first.words, Words.tokenize(first.text))
        XCTAssertEqual(first.wordCount, Words.count(first.text))
        XCTAssertEqual(first.sentences, Sentences.split(first.text))
        XCTAssertEqual(first.quantities.map(\.range), Quantities.find(in: first.text).map(\.range))

        // A copy shares what the original kept, and a fresh block asked in another order agrees.
        let copy = first
        XCTAssertEqual(copy.lowercasedWords.map(\.text), lowered.map(\.text))
        let fresh = try XCTUnwrap(blocks(text).first)
        XCTAssertEqual(fresh.sentences, first.sentences)
        XCTAssertEqual(fresh.lowercasedWords.map(\.text), lowered.map(\.text))
    }

    func testKeysFromOnePassEqualTheStringFunctions() throws {
        // The block makes both kinds of key in one byte pass; they must be the
        // keys the String functions give, possessives, AT&T and Unicode included.
        let markdown = """
        AT&T's engineers at Booking.com — Coca-Cola’s team; McDonald’s. O’Reilly-s Co.'s Bob''s

        # ÉCOLE d'été ❌ ✅ Ⅻ ½ ٣ 2nd İstanbul ß ΣΊΣΥΦΟΣ Meta- Uber.- Stripe' Google’

        | Netflix | x’’s y’.s z-’s |
        |---|---|
        | a''b 12ms e.g. U.S. foo.'s | p99 went from 800ms to 20 ms |
        """
        let all = try blocks(markdown)
        XCTAssertEqual(all.count, 6)
        for block in all {
            XCTAssertEqual(block.phraseKeys, PhraseNormalizer.keys(block.text), block.text)
            XCTAssertEqual(block.companyTokenKeys, CompanyMatcher.tokenKeys(block.text), block.text)
        }
    }

    func testNonASCIIWordsAreLowerCasedByUnicodeRules() throws {
        let block = try XCTUnwrap(blocks("ÉCOLE Straße ΣΟΦΙΑ naïve").first)
        XCTAssertEqual(block.lowercasedWords.map(\.text), ["école", "straße", "σοφια", "naïve"])
        // Keys hashed from the bytes are the keys of the lower-cased words.
        for text in ["ÉCOLE Straße ΣΟΦΙΑ naïve", "You’re NOT alone: Queries took 2,500ms → 2ms. Don’t PANIC!", "İstanbul ǅemal"] {
            let any = try XCTUnwrap(blocks(text).first)
            XCTAssertEqual(any.lowercasedWordKeys, any.lowercasedWords.map { PhraseNormalizer.key(ofNormalized: $0.text) }, text)
        }
    }

    func testViewsAreSafeFromSeveralThreads() throws {
        let all = try blocks(String(repeating: "You can add an index. It takes 5 minutes.\n\n", count: 50))
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for block in all {
                XCTAssertEqual(block.lowercasedWords.count, block.words.count)
                XCTAssertEqual(block.sentences.count, 2)
            }
        }
    }
}
