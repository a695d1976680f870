import XCTest
@testable import EngageMarkdown

/// Link reference labels: the byte path for ASCII labels must give the
/// Character path's key, and thousands of definitions must all resolve.
final class ReferenceLabelLinearityTests: XCTestCase {
    func testASCIILabelsNormalizeAsTheCharacterPathDoes() {
        let pieces = ["Foo", "bAR", " ", "  ", "\t", "\n", "\r", "\r\n", "\n\r", "\u{0B}", "\u{0C}", "x\\]", "1", "-", ""]
        var labels = ["  Foo \t\n BAR ", "a\r\nb", "\r\n", " \r\n x", "A\rB", "\u{0B}x\u{0C}Y ", "", "   "]
        // Every ordered pair and triple of pieces, so each separator meets each neighbour.
        for a in pieces { for b in pieces { labels.append(a + b); for c in pieces { labels.append(a + b + c) } } }
        for label in labels {
            XCTAssertEqual(LinkReferenceMap.normalizeASCII(label), LinkReferenceMap.normalizeCharacters(label),
                           "label \(label.debugDescription)")
        }
        XCTAssertEqual(LinkReferenceMap.normalize("a\r\nB"), "a\r\nb")
        XCTAssertNil(LinkReferenceMap.normalizeASCII("ẞ"))
    }

    func testTwentyThousandDefinitionsEachResolve() {
        let n = 20_000
        var text = (0..<n).map { "[R\($0)]: /u\($0)\n" }.joined()
        text += "\n" + (0..<n).map { "[r\($0)] [x\($0)] " }.joined() + "\n"
        let document = MarkdownParser.parse(text)
        let links = document.nodes(where: { if case .link = $0 { return true } else { return false } })
        XCTAssertEqual(links.count, n)
        if case .link(let destination, _, _) = document.kind(links[n - 1]) {
            XCTAssertEqual(destination, "/u\(n - 1)")
        } else {
            XCTFail("not a link")
        }
    }
}
