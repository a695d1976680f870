import XCTest
@testable import EngageMarkdown

final class BlockPositionTests: XCTestCase {
    private func spans(_ markdown: String) -> [String] {
        let document = MarkdownParser.parse(markdown)
        var out: [String] = []
        document.walk { node in
            guard document.kind(node).isBlock else { return false }
            if node != document.root {
                let span = document.span(node)
                out.append("\(document.kind(node).name) \(span.start)-\(span.end)")
            }
            return true
        }
        return out
    }

    func testRangesStartAtTheMarkerAndEndAtTheLastContent() {
        XCTAssertEqual(spans("  > # Hi\n  > text  \n"), [
            "block_quote 1:3-2:10", "heading 1:5-1:8", "paragraph 2:5-2:10",
        ])
        XCTAssertEqual(spans(" 1. a\n\n    b\n"), ["list 1:2-3:5", "item 1:2-3:5", "paragraph 1:5-1:5", "paragraph 3:5-3:5"])
    }

    func testTrailingBlankLinesAreNotPartOfABlock() {
        XCTAssertEqual(spans("- a\n\n\nb\n"), ["list 1:1-1:3", "item 1:1-1:3", "paragraph 1:3-1:3", "paragraph 4:1-4:1"])
        XCTAssertEqual(spans("```\nx\n\n"), ["code_block 1:1-2:1"])
    }

    func testColumnsCountCodePointsNotBytes() {
        XCTAssertEqual(spans("é > x\n> é\n").map { $0.split(separator: "-")[0] }, ["paragraph 1:1", "block_quote 2:1", "paragraph 2:3"])
        // A table cell after a two-byte character starts one column earlier than its byte offset.
        let document = MarkdownParser.parse("| é | b |\n|---|---|\n")
        let cells = document.nodes(where: { $0 == .tableCell })
        XCTAssertEqual(cells.map { document.span($0).start.column }, [3, 7])
        XCTAssertEqual(cells.map { document.span($0).start.offset }, [2, 7])
    }

    func testCRLFAndCRLineEndings() {
        let expected = ["heading 1:1-1:3", "paragraph 2:1-3:1", "code_block 4:1-6:3"]
        XCTAssertEqual(spans("# a\nb\nc\n```\nx\n```\n"), expected)
        XCTAssertEqual(spans("# a\r\nb\r\nc\r\n```\r\nx\r\n```\r\n"), expected)
        XCTAssertEqual(spans("# a\rb\rc\r```\rx\r```\r"), expected)
        let document = MarkdownParser.parse("```\r\nx\r\ny\r\n```\r\n")
        XCTAssertEqual(document.literal(document.nodes(where: { if case .codeBlock = $0 { return true } else { return false } })[0]), "x\ny\n")
        XCTAssertEqual(blockOutline("|a|\r\n|-|\r\n|b|\r\n").filter { !$0.hasPrefix("    ") }, ["table(none) 1-3", "  header 1", "  row 3"])
    }

    func testTabsExpandToFourColumnStops() {
        // A tab after the marker is enough indentation for nested content.
        XCTAssertEqual(blockOutline("-\tfoo\n\n\tbar\n"), ["ul(-) loose 1-3", "  item 1-3", "    p 1", "    p 3"])
        // A tab as indentation makes indented code; the tab is not content.
        let document = MarkdownParser.parse("\tcode\n")
        XCTAssertEqual(document.literal(document.nodes(where: { if case .codeBlock = $0 { return true } else { return false } })[0]), "code\n")
        // A partly consumed tab leaves its remaining columns as spaces.
        let inQuote = MarkdownParser.parse(">\t\tfoo\n")
        XCTAssertEqual(inQuote.literal(inQuote.nodes(where: { if case .codeBlock = $0 { return true } else { return false } })[0]), "  foo\n")
    }

    func testByteOrderMarkIsNotContent() {
        XCTAssertEqual(spans("\u{FEFF}# a\n"), ["heading 1:1-1:3"])
    }
}
