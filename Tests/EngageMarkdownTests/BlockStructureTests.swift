import XCTest
@testable import EngageMarkdown

/// The block tree as one line per block: depth-indented kind with its facts
/// and its start-end lines. Inline nodes are left out (another parser's job).
func blockOutline(_ markdown: String) -> [String] {
    blockOutline(MarkdownParser.parse(markdown))
}

func blockOutline(_ document: Document) -> [String] {
    var lines: [String] = []
    document.walk { node in
        let kind = document.kind(node)
        guard kind.isBlock else { return false }
        if node == document.root { return true }
        var text = String(repeating: "  ", count: document.depth(node))
        switch kind {
        case .heading(let level, let setext): text += "h\(level)\(setext ? "=" : "")"
        case .list(let info):
            text += info.ordered ? "ol(\(info.start)\(Character(Unicode.Scalar(info.marker))))" : "ul(\(Character(Unicode.Scalar(info.marker))))"
            text += info.tight ? " tight" : " loose"
        case .listItem(let task): text += task.map { "item[\($0 ? "x" : " ")]" } ?? "item"
        case .codeBlock(let fenced, let info): text += fenced ? "fence(\(info))" : "indented"
        case .htmlBlock: text += "html"
        case .thematicBreak: text += "hr"
        case .blockQuote: text += "quote"
        case .paragraph: text += "p"
        case .table(let alignments): text += "table(\(alignments.map(\.rawValue).joined(separator: ",")))"
        case .tableRow(let header): text += header ? "header" : "row"
        case .tableCell: text += "cell"
        case .linkReferenceDefinition(let label, _, _): text += "def(\(label))"
        default: text += kind.name
        }
        let start = document.startLine(node)
        let end = document.endLine(node)
        text += start == end ? " \(start)" : " \(start)-\(end)"
        lines.append(text)
        return !(kind == .tableCell)
    }
    return lines
}

final class BlockStructureTests: XCTestCase {
    func testEmptyAndBlankInputHaveNoBlocks() {
        XCTAssertEqual(blockOutline(""), [])
        XCTAssertEqual(blockOutline("\n\n  \n\t\n"), [])
    }

    func testParagraphsAreSeparatedByBlankLines() {
        XCTAssertEqual(blockOutline("a\nb\n\nc\n"), ["p 1-2", "p 4"])
    }

    func testBlockQuoteWithLazyContinuation() {
        // "b" continues the quoted paragraph lazily; "# c" does not.
        XCTAssertEqual(blockOutline("> a\nb\n# c\n"), ["quote 1-2", "  p 1-2", "h1 3"])
    }

    func testLazyContinuationDoesNotApplyToCodeOrHeadings() {
        XCTAssertEqual(blockOutline(">     code\nb\n"), ["quote 1", "  indented 1", "p 2"])
        XCTAssertEqual(blockOutline("> # h\nb\n"), ["quote 1", "  h1 1", "p 2"])
    }

    func testNestedQuotesAndLists() {
        XCTAssertEqual(blockOutline("> - a\n>   > b\n"), [
            "quote 1-2", "  ul(-) tight 1-2", "    item 1-2", "      p 1", "      quote 2", "        p 2",
        ])
    }

    func testListTightness() {
        XCTAssertEqual(blockOutline("- a\n- b\n"), ["ul(-) tight 1-2", "  item 1", "    p 1", "  item 2", "    p 2"])
        XCTAssertEqual(blockOutline("- a\n\n- b\n"), ["ul(-) loose 1-3", "  item 1", "    p 1", "  item 3", "    p 3"])
        // A blank line between blocks of one item makes the list loose...
        XCTAssertEqual(blockOutline("- a\n\n  b\n")[0], "ul(-) loose 1-3")
        // ...but blank lines inside a fenced code block do not.
        XCTAssertEqual(blockOutline("- ```\n  x\n\n  y\n  ```\n- b\n")[0], "ul(-) tight 1-6")
        // Trailing blank lines after the last item do not either.
        XCTAssertEqual(blockOutline("- a\n- b\n\n\nc\n")[0], "ul(-) tight 1-2")
        // A nested list's blank line makes the outer list loose only when it separates items.
        XCTAssertEqual(blockOutline("- a\n  - b\n\n  - c\n- d\n").filter { $0.contains("ul") },
                       ["ul(-) tight 1-5", "    ul(-) loose 2-4"])
    }

    func testListMarkersStartNewListsWhenTheyChange() {
        XCTAssertEqual(blockOutline("- a\n* b\n1. c\n2) d\n").filter { !$0.hasPrefix(" ") },
                       ["ul(-) tight 1", "ul(*) tight 2", "ol(1.) tight 3", "ol(2)) tight 4"])
    }

    func testOrderedListInterruptsParagraphOnlyAtOne() {
        XCTAssertEqual(blockOutline("a\n2. b\n"), ["p 1-2"])
        XCTAssertEqual(blockOutline("a\n1. b\n"), ["p 1", "ol(1.) tight 2", "  item 2", "    p 2"])
        // An empty bullet cannot interrupt a paragraph either.
        XCTAssertEqual(blockOutline("a\n-\n"), ["h2= 1-2"])
        XCTAssertEqual(blockOutline("a\n*\n"), ["p 1-2"])
    }

    func testItemsMayStartWithABlankLineAndBeEmpty() {
        XCTAssertEqual(blockOutline("-\n  a\n-\n"), ["ul(-) tight 1-3", "  item 1-2", "    p 2", "  item 3"])
        // An item that starts blank ends at a blank line when still empty.
        XCTAssertEqual(blockOutline("-\n\n  a\n"), ["ul(-) tight 1", "  item 1", "p 3"])
    }

    func testItemContentColumnDecidesNesting() {
        XCTAssertEqual(blockOutline("1.  a\n\n    b\n\n   c\n"),
                       ["ol(1.) loose 1-3", "  item 1-3", "    p 1", "    p 3", "p 5"])
        // Five spaces after the marker: the content is indented code.
        XCTAssertEqual(blockOutline("-     code\n"), ["ul(-) tight 1", "  item 1", "    indented 1"])
    }

    func testTaskItemsKeepTheirMarkerText() {
        let document = MarkdownParser.parse("- [ ] todo\n- [x] done\n- [y] no\n")
        XCTAssertEqual(blockOutline(document), [
            "ul(-) tight 1-3", "  item[ ] 1", "    p 1", "  item[x] 2", "    p 2", "  item 3", "    p 3",
        ])
        let first = document.nodes(where: { $0 == .paragraph })[0]
        XCTAssertEqual(document.source.string(document.range(first)), "[ ] todo")
    }

    func testUnclosedContainersCloseAtEndOfInput() {
        XCTAssertEqual(blockOutline("> - > a"), ["quote 1", "  ul(-) tight 1", "    item 1", "      quote 1", "        p 1"])
    }
}
