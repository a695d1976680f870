import EngageMarkdown
@testable import EngageReport
import XCTest

/// The text outline: one line per block, indented by nesting, never growing
/// faster than the input however deep the nesting.
final class DocumentOutlineTests: XCTestCase {
    private func outline(_ markdown: String) throws -> String {
        DocumentOutline.text(DocumentOutline.entries(of: try MarkdownParser.parse(bytes: Array(markdown.utf8))))
    }

    func testBlocksAreIndentedByTheirNesting() throws {
        let lines = try outline("> - item\n").split(separator: "\n")
        XCTAssertEqual(lines.count, 4)  // quote, list, item, paragraph
        XCTAssertEqual(lines[0], "1         block_quote")
        XCTAssertTrue(lines[1].hasPrefix("1           list "), String(lines[1]))  // details follow the kind
        XCTAssertTrue(lines[3].hasPrefix("1               paragraph"), String(lines[3]))  // three levels: six spaces
    }

    func testDeepNestingKeepsLinesShortAndNamesTheDepth() throws {
        let depth = 5_000
        let text = try outline(String(repeating: ">", count: depth) + " a\n")
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, depth + 1)  // every quote plus the paragraph
        let longest = lines.map(\.count).max() ?? 0
        XCTAssertLessThan(longest, 10 + 2 * DocumentOutline.maximumIndent + 40, "indentation is capped")
        XCTAssertTrue(lines.last?.contains("(depth \(depth)) paragraph") == true, String(lines.last ?? ""))
    }
}
