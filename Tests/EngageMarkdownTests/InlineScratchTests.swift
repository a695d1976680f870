import XCTest
@testable import EngageMarkdown

/// One parse reuses its inline storage for every block (`InlineScratch`):
/// whatever a block leaves behind (open brackets, unmatched delimiters, a
/// backtick index scanned to the end, decoded entities, links, a long
/// buffer) must not change how the next block parses.
final class InlineScratchTests: XCTestCase {
    /// Blocks chosen to leave each kind of state behind.
    let blocks: [[String]] = [
        ["[a [b [c ![d", "*e _f **g"],
        ["`one` ``two ```three", "````"],
        ["&amp; &#35; \\* \\[ &copy;"],
        ["[link](/u \"t\") <https://x.y> a@b.co www.site.com", "~~strike~~ <b>html</b>"],
        ["**strong *nested* text** and _emph_  ", "after a hard break"],
        ["a ` b", "short"],
        [String(repeating: "word ", count: 400) + "*tail*"],
        ["👍 emoji ✅ marks"],
        ["| cell \\| pipe"],
    ]

    func render(_ lines: [String], scratch: inout InlineScratch) -> String {
        InlineFixture(lines: lines, references: [(label: "ref", destination: "/r", title: nil)], scratch: &scratch).tree
    }

    func testEveryBlockParsesAsWithFreshStorageAfterAnyOther() {
        for first in blocks {
            for second in blocks {
                var fresh = InlineScratch()
                let expected = render(second, scratch: &fresh)
                var shared = InlineScratch()
                _ = render(first, scratch: &shared)
                XCTAssertEqual(render(second, scratch: &shared), expected, "\(second) after \(first)")
            }
        }
    }

    /// The state a block leaves is really there to leak: the backtick index
    /// was scanned to the end and the bracket stack kept its openers.
    func testAFirstBlockLeavesStateBehind() {
        var scratch = InlineScratch()
        _ = render(["[a [b `x ``y"], scratch: &scratch)
        XCTAssertTrue(scratch.codeSpans.scannedToEnd)
        XCTAssertFalse(scratch.brackets.isEmpty)
        XCTAssertGreaterThan(scratch.tree.nodes.count, 1)
    }
}
