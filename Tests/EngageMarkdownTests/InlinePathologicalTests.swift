import XCTest
@testable import EngageMarkdown

/// Inputs that make a naive inline parser quadratic or recurse deeply. Each
/// must parse (in linear time: the suite would take minutes otherwise), and
/// the structure is checked, not the clock.
final class InlinePathologicalTests: XCTestCase {
    private let n = 100_000

    private func parse(_ text: String) -> InlineFixture { InlineFixture(lines: [text]) }

    private func count(_ fixture: InlineFixture, _ name: String) -> Int {
        var total = 0
        fixture.document.walk(from: fixture.paragraph) { node in
            if fixture.document.kind(node).name == name { total += 1 }
            return true
        }
        return total
    }

    func testUnclosedEmphasisOpeners() {
        let fixture = parse(String(repeating: "*a ", count: n))
        XCTAssertEqual(fixture.tree.count > 0, true)
        XCTAssertEqual(count(fixture, "emph"), 0)
        XCTAssertEqual(fixture.children.count, 1, "all unmatched delimiters merge into one text")
    }

    func testStrongOpenersAndUnderscoreRuns() {
        // `**a**a...`: the both-flanking runs pair up.
        XCTAssertEqual(count(parse(String(repeating: "**a", count: n)), "strong"), n / 2)
        XCTAssertEqual(count(parse(String(repeating: "_a ", count: n)), "emph"), 0)
        XCTAssertEqual(count(parse(String(repeating: "a_ ", count: n)), "emph"), 0)
        // Intraword `_` neither opens nor closes.
        XCTAssertEqual(count(parse(String(repeating: "_a_b ", count: n)), "emph"), 0)
    }

    func testDeeplyNestedEmphasisIsNotRecursive() {
        let depth = n / 2
        let fixture = parse(String(repeating: "*a ", count: depth) + String(repeating: " b*", count: depth))
        XCTAssertEqual(count(fixture, "emph"), depth)
    }

    func testManyOpenBrackets() {
        let fixture = parse(String(repeating: "[", count: n))
        XCTAssertEqual(fixture.tree, "\"" + String(repeating: "[", count: n) + "\"")
        XCTAssertEqual(count(parse(String(repeating: "[", count: n) + "a" + String(repeating: "]", count: n)), "link"), 0)
    }

    func testManyUnfinishedInlineLinks() {
        XCTAssertEqual(count(parse(String(repeating: "[a](", count: n)), "link"), 0)
        XCTAssertEqual(count(parse(String(repeating: "[a](b", count: n)), "link"), 0)
        XCTAssertEqual(count(parse(String(repeating: "[a](b \"", count: n)), "link"), 0)
    }

    func testImageOpenersThenLinks() {
        let fixture = parse(String(repeating: "![", count: n) + String(repeating: "[a](b)", count: n))
        XCTAssertEqual(count(fixture, "link"), n)
        XCTAssertEqual(count(fixture, "image"), 0)
    }

    func testNestedLinksInImages() {
        let depth = n / 4
        let fixture = parse(String(repeating: "![", count: depth) + "a" + String(repeating: "](b)", count: depth))
        XCTAssertEqual(count(fixture, "image"), depth)
    }

    func testBacktickRunsOfVaryingLength() {
        var text = ""
        for i in 0..<n { text += String(repeating: "`", count: i % 60 + 1) + "a" }
        let fixture = parse(text)
        XCTAssertGreaterThan(count(fixture, "code"), 0)
        // Every run length occurs once: no closers, and runs over 80 never count.
        var increasing = ""
        for i in 0..<1_500 { increasing += String(repeating: "`", count: i + 1) + " " }
        XCTAssertEqual(count(parse(increasing), "code"), 0)
    }

    func testManyLessThanAndAmpersands() {
        XCTAssertEqual(parse(String(repeating: "<", count: n)).children.count, 1)
        XCTAssertEqual(parse(String(repeating: "&", count: n)).children.count, 1)
        XCTAssertEqual(count(parse(String(repeating: "<!--", count: n)), "html_inline"), 0)
        XCTAssertEqual(count(parse(String(repeating: "<?", count: n)), "html_inline"), 0)
        XCTAssertEqual(count(parse(String(repeating: "<![CDATA[", count: n)), "html_inline"), 0)
        XCTAssertEqual(count(parse(String(repeating: "<!A ", count: n)), "html_inline"), 0)
        XCTAssertEqual(count(parse(String(repeating: "<a b='", count: n)), "html_inline"), 0)
        XCTAssertEqual(count(parse(String(repeating: "&#", count: n)), "text"), 1)
    }

    func testTildesAndMismatchedStrikethrough() {
        XCTAssertEqual(count(parse(String(repeating: "~a ", count: n)), "strikethrough"), 0)
        XCTAssertEqual(count(parse("~x " + String(repeating: "*b~~ ", count: n)), "strikethrough"), 0)
    }

    func testManyBareAutolinksAndAtSigns() {
        XCTAssertEqual(count(parse(String(repeating: "www.a.b ", count: n / 4)), "link"), n / 4)
        XCTAssertEqual(count(parse(String(repeating: "a@b.co ", count: n / 4)), "link"), n / 4)
        XCTAssertEqual(count(parse(String(repeating: "a@", count: n)), "link"), 0)
        XCTAssertEqual(count(parse(String(repeating: "http://a.b", count: n)), "link"), 1)
    }

    func testTenMegabyteSingleLineParagraph() {
        let chunk = "Plain words, *some emphasis*, `code`, a [link](http://x.y) and é ünïcode 🚀; "
        let repeats = 10_000_000 / chunk.utf8.count
        let fixture = parse(String(repeating: chunk, count: repeats))
        XCTAssertEqual(count(fixture, "emph"), repeats)
        XCTAssertEqual(count(fixture, "code"), repeats)
        XCTAssertEqual(count(fixture, "link"), repeats)
        XCTAssertEqual(count(fixture, "emoji"), repeats)
    }

    func testLongLabelIsNotLookedUp() {
        let fixture = InlineFixture(lines: ["[" + String(repeating: "a", count: n) + "]"],
                                    references: [(String(repeating: "a", count: n), "/x", nil)])
        XCTAssertEqual(count(fixture, "link"), 0)
    }
}
