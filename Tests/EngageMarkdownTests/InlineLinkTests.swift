import XCTest
@testable import EngageMarkdown

/// Inline and reference links, images, `<...>` autolinks and GFM bare
/// autolinks (URLs, `www.`, emails), with their payloads.
final class InlineLinkTests: XCTestCase {
    private let refs: [(label: String, destination: String, title: String?)] = [
        ("foo", "/foo", "Foo title"), ("Bar Baz", "/bb", nil), ("ẞ", "/sharp", nil),
    ]

    func testInlineLinkWithTitle() {
        assertInline("[a](/u \"t\")", is: "link</u|t>(\"a\")")
        assertInline("[a](/u 't') [b](/v (p))", is: "link</u|t>(\"a\") \" \" link</v|p>(\"b\")")
    }

    func testInlineLinkPayloadAndStyle() {
        let fixture = InlineFixture("[a](</my url> \"t\")")
        guard let link = fixture.first("link"), case .link(let destination, let title, let style) = fixture.document.kind(link) else {
            return XCTFail("no link")
        }
        XCTAssertEqual(destination, "/my url")
        XCTAssertEqual(title, "t")
        XCTAssertEqual(style, .inline)
    }

    func testEmptyDestinationAndNoTitle() {
        let fixture = InlineFixture("[a]()")
        guard let link = fixture.first("link"), case .link(let destination, let title, _) = fixture.document.kind(link) else {
            return XCTFail("no link")
        }
        XCTAssertEqual(destination, "")
        XCTAssertNil(title)
    }

    func testBalancedParenthesesInDestination() {
        assertInline("[a](b(c)d)", is: "link<b(c)d>(\"a\")")
        assertInline("[a](b(c)", is: "\"[a](b(c)\"")
    }

    func testDestinationEscapesAndEntities() {
        assertInline("[a](b\\)c &amp; d)", is: "\"[a](b)c & d)\"")
        assertInline("[a](b\\)c&amp;d)", is: "link<b)c&d>(\"a\")")
    }

    func testSpaceInDestinationNeedsAngleBrackets() {
        assertInline("[a](b c)", is: "\"[a](b c)\"")
        assertInline("[a](<b c>)", is: "link<b c>(\"a\")")
    }

    func testImages() {
        assertInline("![alt *x*](i.png \"T\")", is: "img<i.png|T>(\"alt \" emph(\"x\"))")
        assertInline("!not an image", is: "\"!not an image\"")
    }

    func testNoLinksInsideLinksButImagesMayHoldLinks() {
        assertInline("[a [b](c) d](e)", is: "\"[a \" link<c>(\"b\") \" d](e)\"")
        assertInline("[![i](s)](t)", is: "link<t>(img<s>(\"i\"))")
    }

    func testFullCollapsedAndShortcutReferences() {
        assertInline("[x][foo] [foo][] [foo]", is: "link</foo|Foo title>(\"x\") \" \" link</foo|Foo title>(\"foo\") \" \" link</foo|Foo title>(\"foo\")",
                     references: refs)
    }

    func testReferenceLabelsMatchCaseFoldedWithCollapsedWhitespace() {
        assertInline("[x][bar   BAZ] [y][ss]", is: "link</bb>(\"x\") \" \" link</sharp>(\"y\")", references: refs)
        assertInline("[x][bar", "baz]", is: "link</bb>(\"x\")", references: refs)
    }

    func testUndefinedReferenceStaysText() {
        assertInline("[x][nope] [nope]", is: "\"[x][nope] [nope]\"", references: refs)
        assertInline("[foo]", is: "\"[foo]\"")
    }

    func testReferenceStyle() {
        let fixture = InlineFixture(lines: ["[foo]"], references: refs)
        guard let link = fixture.first("link"), case .link(_, _, let style) = fixture.document.kind(link) else {
            return XCTFail("no link")
        }
        XCTAssertEqual(style, .reference)
    }

    func testAngleAutolinks() {
        assertInline("<https://a.b/c?d=1> <me@x.org>", is: "link<https://a.b/c?d=1>(\"https://a.b/c?d=1\") \" \" link<mailto:me@x.org>(\"me@x.org\")")
        assertInline("<1 not a link>", is: "\"<1 not a link>\"")
        assertInline("<ab:c&amp;d>", is: "link<ab:c&d>(\"ab:c&d\")")
        // A one-letter scheme is not a scheme.
        assertInline("<a:b>", is: "\"<a:b>\"")
    }

    func testBareURLAutolinksTrimTrailingPunctuation() {
        assertInline("see https://x.com/a.", is: "\"see \" link<https://x.com/a>(\"https://x.com/a\") \".\"")
        assertInline("(see https://x.com/a_(b))", is: "\"(see \" link<https://x.com/a_(b)>(\"https://x.com/a_(b)\") \")\"")
        assertInline("https://x.com/&amp;", is: "link<https://x.com/>(\"https://x.com/\") \"&\"")
    }

    func testWWWAutolinksNeedABoundaryBefore() {
        assertInline("www.a.com", is: "link<http://www.a.com>(\"www.a.com\")")
        assertInline("xwww.a.com", is: "\"xwww.a.com\"")
        assertInline("www.a_b.com", is: "\"www.a_b.com\"")
    }

    func testNoBareAutolinksInsideBrackets() {
        assertInline("[see http://x.com", is: "\"[see http://x.com\"")
        assertInline("[a](b) http://x.com", is: "link<b>(\"a\") \" \" link<http://x.com>(\"http://x.com\")")
    }

    func testEmailAutolinks() {
        assertInline("mail a_b@x.com now", is: "\"mail \" link<mailto:a_b@x.com>(\"a_b@x.com\") \" now\"")
        assertInline("mailto:a@b.co", is: "link<mailto:a@b.co>(\"mailto:a@b.co\")")
        assertInline("a@b", is: "\"a@b\"")
        assertInline("foo@bar.baz@qux.com", is: "\"foo@\" link<mailto:bar.baz@qux.com>(\"bar.baz@qux.com\")")
    }

    func testEmailAcrossEscapedCharacterKeepsExactRange() {
        let fixture = InlineFixture("x a\\_b@x.com")
        XCTAssertEqual(fixture.tree, "\"x \" link<mailto:a_b@x.com>(\"a_b@x.com\")")
        XCTAssertEqual(fixture.first("link").map(fixture.source), "a\\_b@x.com")
    }

    func testLinkRangeSpansBracketToParenthesis() {
        let fixture = InlineFixture("é [a *b*](u \"t\") z")
        let link = fixture.first("link")!
        XCTAssertEqual(fixture.source(link), "[a *b*](u \"t\")")
        XCTAssertEqual(fixture.document.span(link).start.column, 3)
        XCTAssertEqual(fixture.first("emph").map(fixture.source), "*b*")
    }

    func testLinkAcrossLines() {
        assertInline("[a", "b](c)", is: "link<c>(\"a\" SB \"b\")")
    }
}
