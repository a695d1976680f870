import XCTest
@testable import EngageMarkdown

/// The deepest traps (50,000 nested quotes or lists) touch one node and one
/// open-block entry per level; when those records grow, the trap's working
/// set leaves the cache and its time grows faster than its input. These
/// bounds keep the records as small as they were made, so a new field is a
/// decision, not an accident.
final class ParserFootprintTests: XCTestCase {
    func testNodeRecordStaysPacked() {
        XCTAssertLessThanOrEqual(MemoryLayout<NodeKind>.size, 12)
        XCTAssertLessThanOrEqual(MemoryLayout<NodeRecord>.stride, 64)
    }

    func testOpenBlockStaysPacked() {
        XCTAssertLessThanOrEqual(MemoryLayout<OpenBlock>.stride, 64)
    }

    /// The inline traps (100k `[`, `*` or backtick runs in one paragraph) make
    /// one scratch node per run, and a bracket or delimiter for many of them.
    func testInlineRecordsStayPacked() {
        XCTAssertLessThanOrEqual(MemoryLayout<InlineTree.Node>.stride, 36)
        XCTAssertLessThanOrEqual(MemoryLayout<DelimiterStack.Delimiter>.stride, 32)
        XCTAssertLessThanOrEqual(MemoryLayout<Bracket>.stride, 16)
    }

    func testNarrowFieldsClampInsteadOfTrapping() {
        var block = OpenBlock(node: NodeID(1), type: .codeBlock, startLine: Int.max, start: 0)
        block.fenceLength = Int.max
        block.htmlType = 300
        XCTAssertEqual(block.startLine, Int(Int32.max))
        XCTAssertEqual(block.fenceLength, Int(Int32.max))
        XCTAssertEqual(block.htmlType, 255)
        block.endLine = 7
        XCTAssertEqual(block.endLine, 7)
    }
}
