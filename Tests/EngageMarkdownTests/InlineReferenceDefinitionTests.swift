import XCTest
@testable import EngageMarkdown

/// Link reference definitions at the start of a paragraph, and label normalization.
final class InlineReferenceDefinitionTests: XCTestCase {
    private func parse(_ lines: String...) -> (definitions: [ParsedReferenceDefinition], consumedLines: Int, source: SourceText) {
        let text = lines.joined(separator: "\n")
        let source = SourceText(validatedBytes: Array(text.utf8))
        var ranges: [Range<Int>] = []
        var offset = 0
        for line in lines {
            ranges.append(offset..<(offset + line.utf8.count))
            offset += line.utf8.count + 1
        }
        let result = LinkReferenceDefinitionParser.parse(lines: ranges, source: source)
        return (result.definitions, result.consumedLines, source)
    }

    func testSimpleDefinitions() {
        let result = parse("[foo]: /url \"title\"", "[Bar]: <my url>", "text")
        XCTAssertEqual(result.consumedLines, 2)
        XCTAssertEqual(result.definitions.map(\.label), ["foo", "Bar"])
        XCTAssertEqual(result.definitions.map(\.destination), ["/url", "my url"])
        XCTAssertEqual(result.definitions.map(\.title), ["title", nil])
        XCTAssertEqual(result.source.string(result.definitions[0].range), "[foo]: /url \"title\"")
    }

    func testDestinationAndTitleOnFollowingLines() {
        let result = parse("[foo]:", "/url", "'the title'")
        XCTAssertEqual(result.consumedLines, 3)
        XCTAssertEqual(result.definitions.first?.title, "the title")
    }

    func testTitleSpanningLines() {
        let result = parse("[foo]: /url '", "title", "line'")
        XCTAssertEqual(result.consumedLines, 3)
        XCTAssertEqual(result.definitions.first?.title, "\ntitle\nline")
    }

    func testBadTitleFallsBackToDefinitionWithoutTitle() {
        let result = parse("[foo]: /url", "\"title\" ok")
        XCTAssertEqual(result.consumedLines, 1)
        XCTAssertEqual(result.definitions.first?.destination, "/url")
        XCTAssertNil(result.definitions.first?.title)
    }

    func testTitleOnTheSameLineMustEndIt() {
        let result = parse("[foo]: /url \"title\" ok")
        XCTAssertEqual(result.consumedLines, 0)
        XCTAssertTrue(result.definitions.isEmpty)
    }

    func testNotDefinitions() {
        XCTAssertEqual(parse("[foo]:").consumedLines, 0)
        XCTAssertEqual(parse("[]: /url").consumedLines, 0)
        XCTAssertEqual(parse("[foo] /url").consumedLines, 0)
        XCTAssertEqual(parse("[a]: b c").consumedLines, 0)
        XCTAssertEqual(parse("plain [foo]: /url").consumedLines, 0)
    }

    func testLabelLengthLimit() {
        XCTAssertEqual(parse("[" + String(repeating: "a", count: 999) + "]: /u").consumedLines, 1)
        XCTAssertEqual(parse("[" + String(repeating: "a", count: 1001) + "]: /u").consumedLines, 0)
    }

    func testEscapesAndEntitiesInDefinitions() {
        let result = parse("[a\\]b]: /u\\*v?x=1&amp;y \"t &quot;q&quot;\"")
        XCTAssertEqual(result.definitions.first?.label, "a\\]b")
        XCTAssertEqual(result.definitions.first?.destination, "/u*v?x=1&y")
        XCTAssertEqual(result.definitions.first?.title, "t \"q\"")
    }

    func testNormalizationFoldsCaseAndWhitespace() {
        XCTAssertEqual(LinkReferenceMap.normalize("  Foo \t\n BAR "), "foo bar")
        XCTAssertEqual(LinkReferenceMap.normalize("ẞ"), LinkReferenceMap.normalize("SS"))
        XCTAssertEqual(LinkReferenceMap.normalize("ΑΓΩ"), "αγω")
    }

    func testFirstDefinitionWins() {
        var map = LinkReferenceMap()
        XCTAssertTrue(map.add(label: "Foo", destination: "/1", title: nil))
        XCTAssertFalse(map.add(label: "foo", destination: "/2", title: nil))
        XCTAssertEqual(map.lookup("FOO")?.destination, "/1")
    }

    func testEndToEndReferencesResolveAcrossTheDocument() {
        let document = MarkdownParser.parse("See [the docs][Docs] and [docs].\n\n[docs]: https://d.example \"D\"\n")
        let links = document.nodes { if case .link = $0 { return true } else { return false } }
        XCTAssertEqual(links.count, 2)
        if case .link(let destination, let title, let style) = document.kind(links[0]) {
            XCTAssertEqual(destination, "https://d.example")
            XCTAssertEqual(title, "D")
            XCTAssertEqual(style, .reference)
        } else {
            XCTFail("not a link")
        }
    }
}
