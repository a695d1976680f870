import XCTest
@testable import EngageMarkdown

final class BlockTableTests: XCTestCase {
    private func cells(_ document: Document) -> [[String]] {
        document.nodes(where: { if case .tableRow = $0 { return true } else { return false } }).map { row in
            document.children(row).map { document.source.string(document.range($0)) }
        }
    }

    func testHeaderDelimiterAndRowsWithAlignments() {
        let document = MarkdownParser.parse("| a | b | c | d |\n|---|:--|:-:|--:|\n| 1 | 2 | 3 | 4 |\n\nafter\n")
        XCTAssertEqual(blockOutline(document), [
            "table(none,left,center,right) 1-3", "  header 1", "    cell 1", "    cell 1", "    cell 1", "    cell 1",
            "  row 3", "    cell 3", "    cell 3", "    cell 3", "    cell 3", "p 5",
        ])
        XCTAssertEqual(cells(document), [["a", "b", "c", "d"], ["1", "2", "3", "4"]])
    }

    func testPipesAtTheEdgesAreOptionalAndEscapedPipesStayInCells() {
        let document = MarkdownParser.parse("a | b\n--|--\nx \\| y | z\n")
        XCTAssertEqual(cells(document), [["a", "b"], ["x \\| y", "z"]])
    }

    func testShortRowsArePaddedAndLongRowsCut() {
        let document = MarkdownParser.parse("|a|b|\n|-|-|\n|1|\n|1|2|3|\n")
        XCTAssertEqual(cells(document), [["a", "b"], ["1", ""], ["1", "2"]])
    }

    func testHeaderMustMatchTheDelimiterColumnCount() {
        XCTAssertEqual(blockOutline("|a|b|\n|-|\n"), ["p 1-2"])
    }

    func testRowsEndAtABlankLineOrAnotherBlock() {
        XCTAssertEqual(blockOutline("|a|\n|-|\nrow without pipes\n> quote\n").filter { !$0.hasPrefix("    ") },
                       ["table(none) 1-3", "  header 1", "  row 3", "quote 4", "  p 4"])
        // A lone pipe is no row.
        XCTAssertEqual(blockOutline("|a|\n|-|\n|\n").filter { !$0.hasPrefix("    ") }, ["table(none) 1-2", "  header 1", "p 3"])
    }

    func testTableInterruptsAParagraphAtItsLastLine() {
        let document = MarkdownParser.parse("intro line\nlast | line\n--|--\n1 | 2\n")
        // The table starts at its header row (cmark-gfm would say line 1).
        XCTAssertEqual(blockOutline(document).filter { !$0.hasPrefix("    ") },
                       ["p 1", "table(none,none) 2-4", "  header 2", "  row 4"])
        XCTAssertEqual(cells(document)[0], ["last", "line"])
    }

    func testSingleColumnTableWithoutPipes() {
        XCTAssertEqual(blockOutline("a\n:--\n").filter { !$0.hasPrefix("    ") }, ["table(left) 1-2", "  header 1"])
    }

    func testIndentedRowIsCodeAndEndsTheTable() {
        XCTAssertEqual(blockOutline("|a|\n|-|\n    |b|\n").filter { !$0.hasPrefix("    ") }, ["table(none) 1-2", "  header 1", "indented 3"])
    }
}
