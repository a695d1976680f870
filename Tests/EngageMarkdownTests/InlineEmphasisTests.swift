import XCTest
@testable import EngageMarkdown

/// Emphasis, strong emphasis and strikethrough: delimiter runs, flanking,
/// intraword underscores, the rule of 3, and what beats emphasis.
final class InlineEmphasisTests: XCTestCase {
    func testSimpleEmphasisAndStrong() {
        assertInline("*a* _b_ **c** __d__", is: "emph(\"a\") \" \" emph(\"b\") \" \" strong(\"c\") \" \" strong(\"d\")")
    }

    func testOpenerFollowedBySpaceIsNotLeftFlanking() {
        assertInline("a * b *", is: "\"a * b *\"")
        assertInline("* a *", is: "\"* a *\"")
    }

    func testIntrawordStarEmphasisButNotUnderscore() {
        assertInline("foo*bar*baz", is: "\"foo\" emph(\"bar\") \"baz\"")
        assertInline("foo_bar_baz", is: "\"foo_bar_baz\"")
        assertInline("snake_case_name and _x_", is: "\"snake_case_name and \" emph(\"x\")")
    }

    func testUnderscoreNextToPunctuation() {
        assertInline("(_a_)", is: "\"(\" emph(\"a\") \")\"")
        assertInline("_a_.", is: "emph(\"a\") \".\"")
    }

    func testRightFlankingNeedsNoSpaceBefore() {
        assertInline("*a *", is: "\"*a *\"")
    }

    func testTripleDelimitersNestStrongInsideEmphasis() {
        assertInline("***a***", is: "emph(strong(\"a\"))")
        assertInline("***a** b*", is: "emph(strong(\"a\") \" b\")")
    }

    func testRuleOfThree() {
        // The inner `**` can both open and close: 1 + 2 is a multiple of 3.
        assertInline("*foo**bar**baz*", is: "emph(\"foo\" strong(\"bar\") \"baz\")")
        assertInline("*foo**bar*", is: "emph(\"foo**bar\")")
        assertInline("**foo*bar**", is: "strong(\"foo*bar\")")
    }

    func testUnmatchedDelimitersStayText() {
        assertInline("**a", is: "\"**a\"")
        assertInline("a**", is: "\"a**\"")
        assertInline("*a **b", is: "\"*a **b\"")
    }

    func testLeftoverDelimitersKeepTheirCharacters() {
        assertInline("**a*", is: "\"*\" emph(\"a\")")
        assertInline("*a**", is: "emph(\"a\") \"*\"")
    }

    func testEmphasisAcrossLines() {
        assertInline("*a", "b*", is: "emph(\"a\" SB \"b\")")
    }

    func testPunctuationFlankingUsesUnicodePunctuationButNotSymbols() {
        // `€` is a symbol (Sc): cmark-gfm does not count it as punctuation.
        assertInline("*€*a", is: "emph(\"€\") \"a\"")
        // `«` is punctuation (Pi): `*«a»*` still emphasizes.
        assertInline("*«a»*", is: "emph(\"«a»\")")
    }

    func testStrikethroughWithOneOrTwoTildes() {
        assertInline("~~a~~ ~b~", is: "del(\"a\") \" \" del(\"b\")")
        assertInline("~~~a~~~", is: "\"~~~a~~~\"")
    }

    func testStrikethroughNeedsEqualRuns() {
        assertInline("~~a~", is: "\"~~a~\"")
        // cmark-gfm 0.29: the mismatched `~~` leaves the outer pair free.
        assertInline("~a~~ b~", is: "del(\"a~~ b\")")
    }

    func testEmphasisInsideStrikethroughAndBack() {
        assertInline("~~*a*~~", is: "del(emph(\"a\"))")
        assertInline("*~~a~~*", is: "emph(del(\"a\"))")
    }

    func testCodeSpanBeatsEmphasis() {
        assertInline("*a `*` b*", is: "emph(\"a \" code(\"*\") \" b\")")
        assertInline("*a `b* c`", is: "\"*a \" code(\"b* c\")")
    }

    func testLinkBeatsEmphasis() {
        assertInline("*[a*](b)", is: "\"*\" link<b>(\"a*\")")
        assertInline("[*a](b)*", is: "link<b>(\"*a\") \"*\"")
    }

    func testAutolinkBeatsEmphasis() {
        assertInline("*<http://a.b/*>", is: "\"*\" link<http://a.b/*>(\"http://a.b/*\")")
    }

    func testEscapedDelimitersAreText() {
        assertInline("\\*a\\*", is: "\"*a*\"")
    }

    func testDelimiterRangesShrinkAsCharactersAreUsed() {
        let fixture = InlineFixture("**a*")
        XCTAssertEqual(fixture.tree, "\"*\" emph(\"a\")")
        XCTAssertEqual(fixture.source(fixture.children[0]), "*")
        XCTAssertEqual(fixture.source(fixture.children[1]), "*a*")
        XCTAssertEqual(fixture.document.range(fixture.children[0]), 0..<1)
    }
}
