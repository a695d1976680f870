import XCTest
@testable import EngageMarkdown

/// Runs the inline parser alone on a paragraph made of `lines` (joined with
/// "\n"), and renders the result compactly so expectations read like trees:
/// `"a " emph("b") link<u|t>("c") SB HB code("x") html("<b>") E("👍")`.
struct InlineFixture {
    let document: Document
    let paragraph: NodeID

    init(_ lines: String..., references: [(label: String, destination: String, title: String?)] = []) {
        self.init(lines: lines, references: references)
    }

    init(lines: [String], references: [(label: String, destination: String, title: String?)] = [], parentKind: NodeKind = .paragraph) {
        var scratch = InlineScratch()
        self.init(lines: lines, references: references, parentKind: parentKind, scratch: &scratch)
    }

    /// Parses with `scratch`, which may hold what earlier blocks left in it.
    init(lines: [String], references: [(label: String, destination: String, title: String?)] = [], parentKind: NodeKind = .paragraph,
         scratch: inout InlineScratch) {
        let text = lines.joined(separator: "\n")
        let source = SourceText(validatedBytes: Array(text.utf8))
        var document = Document(source: source)
        let paragraph = document.append(parentKind, range: 0..<source.bytes.count, to: document.root)
        var ranges: [Range<Int>] = []
        var offset = 0
        for line in lines {
            ranges.append(offset..<(offset + line.utf8.count))
            offset += line.utf8.count + 1
        }
        var map = LinkReferenceMap()
        for reference in references { map.add(label: reference.label, destination: reference.destination, title: reference.title) }
        InlineParser.parse(lines: ranges[...], into: paragraph, document: &document, references: map, scratch: &scratch)
        self.document = document
        self.paragraph = paragraph
    }

    var tree: String { InlineFixture.render(document, children: document.children(paragraph).map { $0 }) }

    var children: [NodeID] { document.children(paragraph).map { $0 } }

    /// The first node (document order) whose kind name is `name`.
    func first(_ name: String) -> NodeID? {
        var found: NodeID?
        document.walk(from: paragraph) { node in
            if found == nil && node != paragraph && document.kind(node).name == name { found = node }
            return found == nil
        }
        return found
    }

    /// The source text a node's range covers.
    func source(_ node: NodeID) -> String { document.source.string(document.range(node)) }

    static func render(_ document: Document, children: [NodeID]) -> String {
        children.map { render(document, $0) }.joined(separator: " ")
    }

    static func render(_ document: Document, _ node: NodeID) -> String {
        let inner = { render(document, children: document.children(node).map { $0 }) }
        let literal = document.literal(node) ?? ""
        switch document.kind(node) {
        case .text: return "\"\(literal)\""
        case .emoji: return "E(\(literal))"
        case .softBreak: return "SB"
        case .hardBreak: return "HB"
        case .codeSpan: return "code(\"\(literal)\")"
        case .inlineHTML: return "html(\"\(literal)\")"
        case .emphasis: return "emph(\(inner()))"
        case .strong: return "strong(\(inner()))"
        case .strikethrough: return "del(\(inner()))"
        case .link(let destination, let title, _):
            return "link<\(destination)\(title.map { "|" + $0 } ?? "")>(\(inner()))"
        case .image(let destination, let title, _):
            return "img<\(destination)\(title.map { "|" + $0 } ?? "")>(\(inner()))"
        default: return "?\(document.kind(node).name)"
        }
    }
}

func assertInline(_ lines: String..., is expected: String, references: [(label: String, destination: String, title: String?)] = [],
                  file: StaticString = #filePath, line: UInt = #line) {
    let fixture = InlineFixture(lines: lines, references: references)
    XCTAssertEqual(fixture.tree, expected, file: file, line: line)
}

final class InlineTestSupportTests: XCTestCase {
    func testFixtureRendersNestedNodes() {
        let fixture = InlineFixture("a *b* [c](d)")
        XCTAssertEqual(fixture.tree, "\"a \" emph(\"b\") \" \" link<d>(\"c\")")
        XCTAssertEqual(fixture.first("emph").map(fixture.source), "*b*")
    }
}
