import XCTest
@testable import EngageMarkdown

/// Code spans, raw HTML, character references, backslash escapes and line breaks.
final class InlineTextTests: XCTestCase {
    func testCodeSpans() {
        assertInline("`a`", is: "code(\"a\")")
        assertInline("`` a ` b ``", is: "code(\"a ` b\")")
        assertInline("` `` `", is: "code(\"``\")")
        assertInline("`  `", is: "code(\"  \")")
        assertInline("` a`", is: "code(\" a\")")
    }

    func testCodeSpanLineEndingsBecomeSpaces() {
        assertInline("`a", "b`", is: "code(\"a b\")")
    }

    func testUnmatchedBackticksAreText() {
        assertInline("``a`", is: "\"``a`\"")
        assertInline("`a``b", is: "\"`a``b\"")
    }

    func testBackslashesInCodeAreLiteral() {
        assertInline("`a\\*b`", is: "code(\"a\\*b\")")
    }

    func testRawHTML() {
        assertInline("a <span class=\"x\">b</span>", is: "\"a \" html(\"<span class=\"x\">\") \"b\" html(\"</span>\")")
        assertInline("<!-- c --> <?p x ?> <!DOCTYPE h> <![CDATA[ x ]]>",
                     is: "html(\"<!-- c -->\") \" \" html(\"<?p x ?>\") \" \" html(\"<!DOCTYPE h>\") \" \" html(\"<![CDATA[ x ]]>\")")
    }

    func testHTMLCommentRulesOfCmarkGFM() {
        // cmark-gfm 0.29: no `--` inside, not starting with `>` or `->`.
        assertInline("<!-- a -- b -->", is: "\"<!-- a -- b -->\"")
        assertInline("<!-->", is: "\"<!-->\"")
        assertInline("<!---->", is: "html(\"<!---->\")")
    }

    func testInvalidTagsAreText() {
        assertInline("a < b > c", is: "\"a < b > c\"")
        assertInline("<a b='c>", is: "\"<a b='c>\"")
        assertInline("<1a>", is: "\"<1a>\"")
    }

    func testNamedEntities() {
        assertInline("&amp; &lt; &copy; &hellip; &mdash; &rarr; &alpha; &nbsp;", is: "\"& < © … — → α \u{00A0}\"")
        assertInline("&ngE; &CounterClockwiseContourIntegral;", is: "\"≧̸ ∳\"")
    }

    func testUnknownOrUnterminatedEntitiesStayText() {
        assertInline("&bogus; &copy &amp", is: "\"&bogus; &copy &amp\"")
    }

    func testNumericEntities() {
        assertInline("&#65; &#x41; &#X1F600; &#0; &#1234567; &#12345678;", is: "\"A A \" E(😀) \" \u{FFFD} \u{FFFD} &#12345678;\"")
    }

    func testEntityRangeCoversTheReference() {
        let fixture = InlineFixture("a&amp;b")
        XCTAssertEqual(fixture.tree, "\"a&b\"")
        XCTAssertEqual(fixture.source(fixture.children[0]), "a&amp;b")
    }

    func testBackslashEscapes() {
        assertInline("\\*\\_\\`\\[\\]\\\\ \\a", is: "\"*_`[]\\ \\a\"")
    }

    func testSoftBreakDropsTrailingSpaces() {
        let fixture = InlineFixture("a ", "b")
        XCTAssertEqual(fixture.tree, "\"a\" SB \"b\"")
        XCTAssertEqual(fixture.document.range(fixture.children[0]), 0..<1)
    }

    func testHardBreaks() {
        assertInline("a  ", "b\\", "c", is: "\"a\" HB \"b\" HB \"c\"")
        assertInline("a\t\t", "b", is: "\"a\" SB \"b\"")
    }

    func testHardBreakRangeIsTheTrailingSpacesOrBackslash() {
        let fixture = InlineFixture("ab   ", "c\\", "d")
        let breaks = fixture.children.filter { fixture.document.kind($0) == .hardBreak }
        XCTAssertEqual(breaks.map { fixture.document.range($0) }, [2..<5, 7..<8])
    }

    func testFinalTrailingSpacesAndBackslash() {
        assertInline("a  ", is: "\"a\"")
        assertInline("a\\", is: "\"a\\\"")
    }

    func testTableCellUnescapesPipesEvenInCode() {
        let fixture = InlineFixture(lines: ["`a \\| b` c\\|d"], parentKind: .tableCell)
        XCTAssertEqual(fixture.tree, "code(\"a | b\") \" c|d\"")
        XCTAssertEqual(fixture.source(fixture.children[0]), "`a \\| b`")
    }
}
