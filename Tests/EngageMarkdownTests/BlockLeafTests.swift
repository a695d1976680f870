import XCTest
@testable import EngageMarkdown

final class BlockLeafTests: XCTestCase {
    private func first(_ kind: (NodeKind) -> Bool, in document: Document) -> NodeID {
        document.nodes(where: kind)[0]
    }

    private func code(_ markdown: String) -> (fenced: Bool, info: String, literal: String)? {
        let document = MarkdownParser.parse(markdown)
        guard let node = document.nodes(where: { if case .codeBlock = $0 { return true } else { return false } }).first,
              case .codeBlock(let fenced, let info) = document.kind(node) else { return nil }
        return (fenced, info, document.literal(node) ?? "")
    }

    // MARK: Headings

    func testATXHeadingLevelsAndClosingSequence() {
        XCTAssertEqual(blockOutline("# a\n###### b\n####### c\n#no\n"), ["h1 1", "h6 2", "p 3-4"])
        let document = MarkdownParser.parse("## Title ##  \n# #\n#\n### a#\n")
        XCTAssertEqual(document.nodes(where: { if case .heading = $0 { return true } else { return false } })
            .map { document.plainText($0) }, ["Title", "", "", "a#"])
    }

    func testSetextHeadingsSpanTheirParagraph() {
        XCTAssertEqual(blockOutline("a\nb\n===\n\nc\n---\n"), ["h1= 1-3", "h2= 5-6"])
        let document = MarkdownParser.parse("a\nb\n===\n")
        XCTAssertEqual(document.plainText(document.nodes(where: { if case .heading = $0 { return true } else { return false } })[0]), "a b")
    }

    func testSetextVersusThematicBreakVersusList() {
        // `---` under a paragraph underlines it; `- - -` is a break; alone it is a break.
        XCTAssertEqual(blockOutline("a\n---\n"), ["h2= 1-2"])
        XCTAssertEqual(blockOutline("a\n- - -\n"), ["p 1", "hr 2"])
        XCTAssertEqual(blockOutline("---\n"), ["hr 1"])
        // A break wins over a list item; `***` under a paragraph interrupts it.
        XCTAssertEqual(blockOutline("- - -\n* * *\n"), ["hr 1", "hr 2"])
        XCTAssertEqual(blockOutline("a\n***\n"), ["p 1", "hr 2"])
        // Not a break: mixed characters, or other text on the line.
        XCTAssertEqual(blockOutline("*-*\n"), ["p 1"])
        // In a list item, a lazy underline cannot make a heading.
        XCTAssertEqual(blockOutline("- a\n===\n"), ["ul(-) tight 1-2", "  item 1-2", "    p 1-2"])
    }

    // MARK: Code

    func testFencedCodeInfoAndLiteral() {
        let block = code("```swift  title\nlet a = 1\n\n  b\n```\n")
        XCTAssertEqual(block?.fenced, true)
        XCTAssertEqual(block?.info, "swift  title")
        XCTAssertEqual(block?.literal, "let a = 1\n\n  b\n")
        XCTAssertEqual(code("~~~ a\\_b &amp; c\n~~~")?.info, "a_b & c")
    }

    func testFenceIndentationIsRemovedFromContent() {
        XCTAssertEqual(code("  ```\n    a\n  b\nc\n  ```\n")?.literal, "  a\nb\nc\n")
    }

    func testClosingFenceRules() {
        // Shorter fence or other character: still content.
        XCTAssertEqual(code("````\na\n```\n~~~~\n````\n")?.literal, "a\n```\n~~~~\n")
        // Longer closing fence closes; text after a closing fence makes it content.
        XCTAssertEqual(blockOutline("```\na\n`````\nb\n"), ["fence() 1-3", "p 4"])
        XCTAssertEqual(code("```\n``` x\n")?.literal, "``` x\n")
        // Four spaces of indent: not a closing fence.
        XCTAssertEqual(code("```\n    ```\n")?.literal, "    ```\n")
        // Backtick fences may not have backticks in the info string.
        XCTAssertEqual(blockOutline("``` a`b\n"), ["p 1"])
    }

    func testUnclosedFenceRunsToTheEndOfItsContainer() {
        XCTAssertEqual(blockOutline("```\na\n\nb\n"), ["fence() 1-4"])
        XCTAssertEqual(blockOutline("> ```\n> a\nb\n"), ["quote 1-2", "  fence() 1-2", "p 3"])
        XCTAssertEqual(blockOutline("- ```\n  a\n- b\n"), ["ul(-) tight 1-3", "  item 1-2", "    fence() 1-2", "  item 3", "    p 3"])
    }

    func testIndentedCodeExcludesTrailingBlankLinesAndCannotInterruptAParagraph() {
        XCTAssertEqual(blockOutline("    a\n\n    b\n\n\nc\n"), ["indented 1-3", "p 6"])
        XCTAssertEqual(code("    a\n      \n    b\n   \n\n")?.literal, "a\n  \nb\n")
        XCTAssertEqual(blockOutline("a\n    b\n"), ["p 1-2"])
    }

    // MARK: HTML

    func testHTMLBlockStartConditions() {
        XCTAssertEqual(blockOutline("<script>\n\nx\n</script>\ny\n"), ["html 1-4", "p 5"])      // 1: ends at </script>
        XCTAssertEqual(blockOutline("<!-- a\n\nb -->\nc\n"), ["html 1-3", "p 4"])               // 2: comment spans lines
        XCTAssertEqual(blockOutline("<?php\n\n?>\nc\n"), ["html 1-3", "p 4"])                   // 3
        XCTAssertEqual(blockOutline("<!DOCTYPE html>\nc\n"), ["html 1", "p 2"])                 // 4: ends at >
        XCTAssertEqual(blockOutline("<![CDATA[\n\n]]>\nc\n"), ["html 1-3", "p 4"])              // 5
        XCTAssertEqual(blockOutline("<div>\n*a*\n\nc\n"), ["html 1-2", "p 4"])                   // 6: ends at blank
        XCTAssertEqual(blockOutline("<custom-tag a=\"1\">\nx\n\nc\n"), ["html 1-2", "p 4"])     // 7
    }

    func testOnlyConditionsOneToSixInterruptAParagraph() {
        XCTAssertEqual(blockOutline("a\n<div>\n"), ["p 1", "html 2"])
        XCTAssertEqual(blockOutline("a\n<span>\n"), ["p 1-2"])
        XCTAssertEqual(blockOutline("<span> x\n"), ["p 1"])
    }

    func testHTMLLiteralKeepsTheRawLines() {
        let document = MarkdownParser.parse("  <div>\n  x\n\n")
        let node = first({ $0 == .htmlBlock }, in: document)
        XCTAssertEqual(document.literal(node), "  <div>\n  x\n")
    }
}
