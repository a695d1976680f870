import XCTest
@testable import EngageMarkdown

/// Every inline node's range is its exact byte range in the source; columns
/// follow from it, also for lines behind container prefixes.
final class InlineRangeTests: XCTestCase {
    func testEveryNodeRangeMatchesItsSource() {
        let fixture = InlineFixture("Ünï *em* **st** `co` [li](u) ![im](v) <b> &amp; ~~de~~ <http://a.b>")
        let expected: [(String, String)] = [
            ("emph", "*em*"), ("strong", "**st**"), ("code", "`co`"), ("link", "[li](u)"), ("image", "![im](v)"),
            ("html_inline", "<b>"), ("strikethrough", "~~de~~"),
        ]
        for (name, text) in expected {
            XCTAssertEqual(fixture.first(name).map(fixture.source), text, name)
        }
        let texts = fixture.children.filter { fixture.document.kind($0) == .text }
        XCTAssertEqual(fixture.source(texts[0]), "Ünï ")
        XCTAssertTrue(texts.contains { fixture.source($0) == " &amp; " })
    }

    func testColumnsCountScalarsNotBytes() {
        let fixture = InlineFixture("ééé *x*")
        let emph = fixture.first("emph")!
        XCTAssertEqual(fixture.document.span(emph).start.column, 5)
        XCTAssertEqual(fixture.document.span(emph).end.column, 7)
    }

    func testRangesOnLaterLinesOfABlockQuote() {
        let document = MarkdownParser.parse("> first *line*\n> ñ `code` here\n")
        let code = document.nodes { $0 == .codeSpan }.first!
        XCTAssertEqual(document.source.string(document.range(code)), "`code`")
        XCTAssertEqual(document.span(code).start.line, 2)
        XCTAssertEqual(document.span(code).start.column, 5)
        let emph = document.nodes { $0 == .emphasis }.first!
        XCTAssertEqual(document.span(emph).start.column, 9)
    }

    func testMultiLineNodeEndsOnItsLastLine() {
        let document = MarkdownParser.parse("- a *b\n  c* d\n")
        let emph = document.nodes { $0 == .emphasis }.first!
        XCTAssertEqual(document.span(emph).start.line, 1)
        XCTAssertEqual(document.span(emph).end.line, 2)
        XCTAssertEqual(document.span(emph).end.column, 4)
    }

    func testLinkTextChildrenHaveTheirOwnRanges() {
        let fixture = InlineFixture("[ab `c`](d)")
        let link = fixture.first("link")!
        let children = fixture.document.children(link).map { fixture.source($0) }
        XCTAssertEqual(children, ["ab ", "`c`"])
    }

    func testAutolinkTextRangeExcludesAngleBrackets() {
        let fixture = InlineFixture("<http://a.b>")
        let link = fixture.first("link")!
        XCTAssertEqual(fixture.source(link), "<http://a.b>")
        XCTAssertEqual(fixture.document.firstChild(link).map(fixture.source), "http://a.b")
    }
}
