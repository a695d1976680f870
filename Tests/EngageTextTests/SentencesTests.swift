import XCTest
@testable import EngageText

final class SentencesTests: XCTestCase {
    private func split(_ text: String, lineBreaks: Bool = false) -> [String] {
        slices(text, Sentences.split(text, lineBreaksEndSentences: lineBreaks).map(\.range))
    }

    func testEmptyInput() {
        XCTAssertEqual(Sentences.split("").count, 0)
        XCTAssertEqual(Sentences.split("   \n ").count, 0)
        XCTAssertEqual(Sentences.split("🚀 → ✅").count, 0, "no words, no sentence")
    }

    func testBasicSplitWithEndings() {
        let text = "You check the logs. The query takes 12 seconds! Why? For ONE query."
        let sentences = Sentences.split(text)
        XCTAssertEqual(slices(text, sentences.map(\.range)),
                       ["You check the logs.", "The query takes 12 seconds!", "Why?", "For ONE query."])
        XCTAssertEqual(sentences.map(\.ending), [.period, .exclamation, .question, .period])
        XCTAssertEqual(sentences.map(\.wordCount), [4, 5, 1, 3])
    }

    func testFragmentsForEmphasis() {
        XCTAssertEqual(split("Your database scans every row. Every. Single. Time."),
                       ["Your database scans every row.", "Every.", "Single.", "Time."])
    }

    func testAbbreviationsDoNotSplit() {
        XCTAssertEqual(split("Use a cache, e.g. Redis or Memcached, i.e. something fast. Then measure."),
                       ["Use a cache, e.g. Redis or Memcached, i.e. something fast.", "Then measure."])
        XCTAssertEqual(split("Postgres vs. MySQL is a false choice. Dr. Stonebraker said so."),
                       ["Postgres vs. MySQL is a false choice.", "Dr. Stonebraker said so."])
        XCTAssertEqual(split("It takes approx. 30 seconds (cf. Fig. 3). See No. 5 for more."),
                       ["It takes approx. 30 seconds (cf. Fig. 3).", "See No. 5 for more."])
        XCTAssertEqual(split("Mr. and Mrs. Smith use Acme Inc. for hosting."),
                       ["Mr. and Mrs. Smith use Acme Inc. for hosting."])
    }

    func testConditionalAbbreviationsEndBeforeCapital() {
        XCTAssertEqual(split("We cache users, posts, etc. The hit rate is 95%."),
                       ["We cache users, posts, etc.", "The hit rate is 95%."])
        XCTAssertEqual(split("We cache users, posts, etc. and it helps."),
                       ["We cache users, posts, etc. and it helps."])
        XCTAssertEqual(split("Traffic from the U.S. dropped. The EU grew."),
                       ["Traffic from the U.S. dropped.", "The EU grew."])
        XCTAssertEqual(split("It is the answer: No. We never shard first."),
                       ["It is the answer: No.", "We never shard first."])
    }

    func testUnitsBeforeAPeriodEndSentences() {
        XCTAssertEqual(split("The query took 125 ms. After the index it took 2 ms."),
                       ["The query took 125 ms.", "After the index it took 2 ms."])
    }

    func testDecimalsVersionsAndDomainsDoNotSplit() {
        XCTAssertEqual(split("It took 1.23ms on v2.0.1 with Node.js and 3.5x less CPU. Nice."),
                       ["It took 1.23ms on v2.0.1 with Node.js and 3.5x less CPU.", "Nice."])
    }

    func testURLsDoNotSplit() {
        XCTAssertEqual(split("Read https://a.b/c.d?x=1! It helps. Or visit www.example.com. Done."),
                       ["Read https://a.b/c.d?x=1!", "It helps.", "Or visit www.example.com.", "Done."])
    }

    func testEllipses() {
        XCTAssertEqual(split("We waited... and waited. Then... Nothing happened…"),
                       ["We waited... and waited.", "Then...", "Nothing happened…"])
        XCTAssertEqual(Sentences.split("Then… Nothing.").first?.ending, .ellipsis)
    }

    func testClosingQuotesAndBracketsStayWithTheSentence() {
        XCTAssertEqual(split("He said \"just add caching.\" It didn't help. (It never does.) Fine!"),
                       ["He said \"just add caching.\"", "It didn't help.", "(It never does.)", "Fine!"])
        XCTAssertEqual(split("She wrote “it works.” Then it broke."),
                       ["She wrote “it works.”", "Then it broke."])
    }

    func testInterrobangIsAQuestion() {
        let sentences = Sentences.split("It scanned 10M rows?! Yes!!! Really.")
        XCTAssertEqual(sentences.map(\.ending), [.question, .exclamation, .period])
        XCTAssertTrue(sentences[0].isQuestion)
    }

    func testEmojiAfterTerminatorStaysWithSentence() {
        XCTAssertEqual(split("It works! 🎉 Now ship it. 🚀"), ["It works! 🎉", "Now ship it. 🚀"])
        XCTAssertEqual(split("✅ Query speed: 450ms → 2ms"), ["✅ Query speed: 450ms → 2ms"])
    }

    func testColonDoesNotEndASentence() {
        let sentences = Sentences.split("Here's what's happening:")
        XCTAssertEqual(sentences.count, 1)
        XCTAssertEqual(sentences[0].ending, .colon)
        XCTAssertEqual(split("The fix: add an index. Done."), ["The fix: add an index.", "Done."])
    }

    func testListItemsAndBlankLinesAreBoundariesInPlainText() {
        let text = "This happens:\n- 500 times per second\n- For every user login\n\nSound familiar? You're not alone"
        XCTAssertEqual(split(text), ["This happens:", "500 times per second", "For every user login",
                                     "Sound familiar?", "You're not alone"])
        XCTAssertEqual(split("Steps:\n1. Find the query\n2) Add an index"), ["Steps:", "Find the query", "Add an index"])
        // A soft line break inside a paragraph is just a space.
        XCTAssertEqual(split("The query takes\n12 seconds."), ["The query takes\n12 seconds."])
        XCTAssertEqual(split("The query takes\n12 seconds", lineBreaks: true), ["The query takes", "12 seconds"])
    }

    func testNonASCIIAndCJKTerminators() {
        XCTAssertEqual(split("Ça marche. Überall! 速い。次へ"), ["Ça marche.", "Überall!", "速い。", "次へ"])
    }

    func testNoTerminator() {
        let sentences = Sentences.split("Quick Win: Add Your First Index (5 Minutes)")
        XCTAssertEqual(sentences.count, 1)
        XCTAssertEqual(sentences[0].ending, .none)
        XCTAssertEqual(sentences[0].wordCount, 8)
    }

    func testLongInputStructure() {
        let unit = "Your query scans 10,000 rows, e.g. every login. Why? "
        let text = String(repeating: unit, count: 10_000)
        let sentences = Sentences.split(text)
        XCTAssertEqual(sentences.count, 20_000)
        XCTAssertEqual(sentences.filter(\.isQuestion).count, 10_000)
        XCTAssertEqual(sentences.reduce(0) { $0 + $1.wordCount }, 90_000)
        // One giant sentence with no terminator.
        let giant = String(repeating: "word ", count: 100_000)
        XCTAssertEqual(Sentences.split(giant).map(\.wordCount), [100_000])
    }
}
