import XCTest
@testable import EngageMarkdown

/// Emoji sequences split out of text into `.emoji` nodes.
final class InlineEmojiTests: XCTestCase {
    func testPresentationEmojiAndModifiers() {
        assertInline("ok 👍 and 👍🏽!", is: "\"ok \" E(👍) \" and \" E(👍🏽) \"!\"")
    }

    func testZWJSequencesFlagsAndKeycaps() {
        assertInline("👩‍💻 🇫🇷 1️⃣ #️⃣", is: "E(👩‍💻) \" \" E(🇫🇷) \" \" E(1️⃣) \" \" E(#️⃣)")
        assertInline("🏃‍♀️x", is: "E(🏃‍♀️) \"x\"")
    }

    func testTextDefaultSymbolsNeedTheEmojiSelector() {
        assertInline("❤ ™ © 1 #", is: "\"❤ ™ © 1 #\"")
        assertInline("❤️ ©️", is: "E(❤️) \" \" E(©️)")
        assertInline("☺︎", is: "\"☺︎\"")
    }

    func testEmojiRangesAndColumnsAfterMultiByteText() {
        let fixture = InlineFixture("é ✅ done")
        XCTAssertEqual(fixture.tree, "\"é \" E(✅) \" done\"")
        let emoji = fixture.children[1]
        XCTAssertEqual(fixture.document.range(emoji), 3..<6)
        XCTAssertEqual(fixture.document.span(emoji).start.column, 3)
        XCTAssertEqual(fixture.document.span(fixture.children[2]).start.column, 4)
    }

    func testEmojiInsideEmphasisAndLinks() {
        assertInline("*🚀* [🔥](u)", is: "emph(E(🚀)) \" \" link<u>(E(🔥))")
    }

    func testPlainTextKeepsEmoji() {
        let document = MarkdownParser.parse("# Ship it 🚀 *now*\n")
        let heading = document.nodes { if case .heading = $0 { return true } else { return false } }
        XCTAssertEqual(heading.first.map { document.plainText($0) }, "Ship it 🚀 now")
    }

    func testShortcodesAreText() {
        assertInline(":rocket:", is: "\":rocket:\"")
    }
}
