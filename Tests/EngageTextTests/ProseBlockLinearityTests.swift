import XCTest
import EngageMarkdown
@testable import EngageText

/// A long paragraph is split once, when its block is made; the stored
/// sentences and word count are exactly what the analysers give.
final class ProseBlockLinearityTests: XCTestCase {
    func testStoredSentencesAndWordCountOfALongParagraph() {
        let sentence = "Lorem ipsum dolor sit amet, see https://x.io/a.b e.g. here. Was it 1.5 ms? Yes!! Mail me@x.io now... Then "
        let text = String(repeating: sentence, count: 5_000) + "\n\n- item one\n- *two* items\n"
        let blocks = ProseExtractor.blocks(in: MarkdownParser.parse(text))
        XCTAssertEqual(blocks.count, 3)
        for block in blocks {
            XCTAssertEqual(block.sentences, Sentences.split(block.text))
            XCTAssertEqual(block.wordCount, Words.count(block.text))
        }
        XCTAssertGreaterThan(blocks[0].sentences.count, 4 * 5_000 - 1)
    }

    func testURLsAreSkippedWhateverTheirPrefixCase() {
        let text = "Go to HTTPS://a.b/c. Or Www.x.io/y! Or ftp://f.g/h, file://x/y, mailto:me@x.io and hello."
        XCTAssertEqual(slices(text, Words.tokenize(text).map(\.range)), ["Go", "to", "Or", "Or", "and", "hello"])
        XCTAssertEqual(Sentences.split(text).count, 3)
    }
}
