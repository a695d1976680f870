import XCTest
@testable import EngageMarkdown

/// Deep nesting and long inputs must parse (no recursion, no quadratic steps).
final class BlockLinearityTests: XCTestCase {
    func testFiftyThousandNestedBlockQuotes() {
        let levels = 50_000
        let text = String(repeating: ">", count: levels) + " a\n" + String(repeating: "b\n", count: 1_000)
            + String(repeating: "> ", count: levels) + "c\n"
        let document = MarkdownParser.parse(text)
        // The lazy lines joined the deepest paragraph, and the last line,
        // matching every open quote, continues it too.
        XCTAssertEqual(document.nodes(where: { $0 == .blockQuote }).count, levels)
        let paragraphs = document.nodes(where: { $0 == .paragraph })
        XCTAssertEqual(paragraphs.count, 1)
        XCTAssertEqual(document.startLine(paragraphs[0]), 1)
        XCTAssertEqual(document.endLine(paragraphs[0]), 1_002)
        XCTAssertEqual(document.depth(paragraphs[0]), levels)
    }

    func testFiftyThousandNestedListsThenBlankLines() {
        let levels = 50_000
        let text = String(repeating: "- ", count: levels) + "a\n" + String(repeating: "\n", count: 20_000) + "b\n"
        let document = MarkdownParser.parse(text)
        let lists = document.nodes(where: { if case .list = $0 { return true } else { return false } })
        XCTAssertEqual(lists.count, levels)
        XCTAssertEqual(document.endLine(lists[0]), 1)
        XCTAssertEqual(document.depth(document.nodes(where: { $0 == .paragraph })[0]), 2 * levels)
    }

    func testDeeplyIndentedNesting() {
        let depth = 2_000
        let text = (0..<depth).map { String(repeating: "  ", count: $0) + "- a\n" }.joined()
        let lists = MarkdownParser.parse(text).nodes(where: { if case .list = $0 { return true } else { return false } })
        XCTAssertEqual(lists.count, depth)
    }

    func testLargeTable() {
        let rows = 30_000
        let text = "| a | b |\n|---|---|\n" + String(repeating: "| 1 | 2 |\n", count: rows)
        let document = MarkdownParser.parse(text)
        let table = document.nodes(where: { if case .table = $0 { return true } else { return false } })[0]
        XCTAssertEqual(document.children(table).reduce(0) { n, _ in n + 1 }, rows + 1)
        XCTAssertEqual(document.endLine(table), rows + 2)
    }

    func testLongSingleLineParagraph() {
        let text = String(repeating: "word ", count: 400_000) + "\n"
        let document = MarkdownParser.parse(text)
        let paragraph = document.nodes(where: { $0 == .paragraph })[0]
        XCTAssertEqual(document.range(paragraph), 0..<(text.utf8.count - 1))
    }
}
