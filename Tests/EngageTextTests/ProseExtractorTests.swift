import XCTest
@testable import EngageMarkdown
@testable import EngageText

/// Builds documents node by node (as the parser will), with ranges found by
/// searching the source, so the extractor is tested before the parser lands.
private struct DocumentBuilder {
    let markdown: String
    let bytes: [UInt8]
    var document: Document
    private var cursor = 0

    init(_ markdown: String) {
        self.markdown = markdown
        bytes = Array(markdown.utf8)
        document = Document(source: SourceText(validatedBytes: bytes))
    }

    /// Byte range of the next occurrence of `needle` at or after the cursor; moves the cursor to its start.
    mutating func find(_ needle: String) -> Range<Int> {
        let n = Array(needle.utf8)
        var i = cursor
        while i + n.count <= bytes.count {
            if Array(bytes[i..<(i + n.count)]) == n {
                cursor = i
                return i..<(i + n.count)
            }
            i += 1
        }
        XCTFail("\(needle) not found after \(cursor)")
        return 0..<0
    }

    @discardableResult
    mutating func block(_ kind: NodeKind, _ source: String, under parent: NodeID? = nil) -> NodeID {
        let range = find(source)
        return document.append(kind, range: range, to: parent ?? document.root)
    }

    /// A text node whose literal is its source.
    @discardableResult
    mutating func text(_ source: String, under parent: NodeID) -> NodeID {
        let range = find(source)
        cursor = range.upperBound
        return document.append(.text, range: range, to: parent, literal: source)
    }

    @discardableResult
    mutating func inline(_ kind: NodeKind, _ source: String, literal: String? = nil, under parent: NodeID) -> NodeID {
        let range = find(source)
        return document.append(kind, range: range, to: parent, literal: literal)
    }

    mutating func skip(_ source: String) { cursor = find(source).upperBound }
}

final class ProseExtractorTests: XCTestCase {
    func testEmptyDocument() {
        let document = Document(source: SourceText(validatedBytes: []))
        XCTAssertTrue(ProseExtractor.blocks(in: document).isEmpty)
    }

    func testInlinesBecomeReaderText() {
        let md = "You check `EXPLAIN`, the [docs](https://x.y/a.b) &amp; *more* 🚀.\n"
        var b = DocumentBuilder(md)
        let p = b.block(.paragraph, "You check `EXPLAIN`, the [docs](https://x.y/a.b) &amp; *more* 🚀.")
        b.text("You check ", under: p)
        b.inline(.codeSpan, "`EXPLAIN`", literal: "EXPLAIN", under: p)
        b.text(", the ", under: p)
        let link = b.inline(.link(destination: "https://x.y/a.b", title: nil, style: .inline), "[docs](https://x.y/a.b)", under: p)
        b.text("docs", under: link)
        b.skip("(https://x.y/a.b)")
        let entity = b.find(" &amp; ")
        b.document.append(.text, range: entity, to: p, literal: " & ")
        let em = b.inline(.emphasis, "*more*", under: p)
        b.text("more", under: em)
        b.skip("*")
        b.text(" ", under: p)
        b.inline(.emoji, "🚀", literal: "🚀", under: p)
        b.text(".", under: p)

        let blocks = ProseExtractor.blocks(in: b.document)
        XCTAssertEqual(blocks.count, 1)
        let block = blocks[0]
        XCTAssertEqual(block.text, "You check \u{FFFC}, the docs & more 🚀.")
        XCTAssertEqual(block.kind, .paragraph)
        XCTAssertEqual(block.node, p)
        XCTAssertEqual(block.topLevel, p)
        XCTAssertEqual(block.wordCount, 5, "the code span is not a prose word, the URL is gone")
        XCTAssertEqual(block.codeSpans.count, 1)
        XCTAssertEqual(block.emoji.count, 1)
        XCTAssertEqual(block.sentences.count, 1)

        // Mapping back to the source.
        func source(_ textRange: Range<Int>) -> String { slice(md, block.sourceRange(forTextRange: textRange)) }
        let words = block.words
        XCTAssertEqual(words.map { source($0.range) }, ["You", "check", "the", "docs", "more"])
        XCTAssertEqual(source(block.codeSpans[0]), "`EXPLAIN`")
        XCTAssertEqual(source(block.emoji[0]), "🚀")
        let ampersand = block.text.utf8.firstIndex(of: UInt8(ascii: "&"))!
        let offset = block.text.utf8.distance(from: block.text.utf8.startIndex, to: ampersand)
        XCTAssertEqual(source(offset..<(offset + 1)), "&amp;")
        XCTAssertEqual(source(0..<block.text.utf8.count), String(md.dropLast()))
        XCTAssertEqual(block.sourceRange, 0..<(md.utf8.count - 1))
    }

    func testEscapesMapExactly() {
        let md = "Use 2\\*3 cores\n"
        var b = DocumentBuilder(md)
        let p = b.block(.paragraph, "Use 2\\*3 cores")
        let r = b.find("Use 2\\*3 cores")
        b.document.append(.text, range: r, to: p, literal: "Use 2*3 cores")
        let block = ProseExtractor.blocks(in: b.document)[0]
        XCTAssertEqual(block.text, "Use 2*3 cores")
        let cores = block.words.last!.range
        XCTAssertEqual(slice(md, block.sourceRange(forTextRange: cores)), "cores")
        XCTAssertEqual(block.sourceOffset(forTextOffset: 5), 6, "the * maps past its backslash")
        XCTAssertEqual(block.sourceOffset(forTextOffset: 4), 4)
    }

    func testBreaksAutolinksImagesAndShortcodes() {
        let md = "First line\nsecond  \nthird <https://a.b> ![alt text](i.png) :tada: end\n"
        var b = DocumentBuilder(md)
        let p = b.block(.paragraph, "First line\nsecond  \nthird <https://a.b> ![alt text](i.png) :tada: end")
        b.text("First line", under: p)
        b.inline(.softBreak, "\n", under: p)
        b.text("second", under: p)
        b.inline(.hardBreak, "  \n", under: p)
        b.text("third ", under: p)
        let auto = b.inline(.link(destination: "https://a.b", title: nil, style: .autolink), "<https://a.b>", under: p)
        b.text("https://a.b", under: auto)
        b.text(" ", under: p)
        let image = b.inline(.image(destination: "i.png", title: nil, style: .inline), "![alt text](i.png)", under: p)
        b.text("alt text", under: image)
        b.skip("(i.png)")
        b.text(" ", under: p)
        b.inline(.emoji, ":tada:", literal: ":tada:", under: p)
        b.text(" end", under: p)

        let block = ProseExtractor.blocks(in: b.document)[0]
        XCTAssertEqual(block.text, "First line second\nthird \u{FFFC} \u{FFFC} \u{FFFC} end")
        XCTAssertEqual(block.wordCount, 5)
        XCTAssertEqual(block.emoji.count, 1, "a shortcode emoji node still counts as an emoji")
        XCTAssertEqual(slice(md, block.sourceRange(forTextRange: block.emoji[0])), ":tada:")
        XCTAssertTrue(block.codeSpans.isEmpty)
    }

    func testExcludedBlocksAndKinds() {
        let md = """
        ---
        title: x
        ---
        # Make Queries 1000x Faster
        > Quoted insight here.
        - Item one
        ```sql
        SELECT 1;
        ```
        <div>html</div>
        | Metric | Before |
        | Query time | 125ms |

        """
        var b = DocumentBuilder(md)
        b.block(.frontMatter, "---\ntitle: x\n---")
        let h = b.block(.heading(level: 1, setext: false), "# Make Queries 1000x Faster")
        b.text("Make Queries 1000x Faster", under: h)
        let quote = b.block(.blockQuote, "> Quoted insight here.")
        let qp = b.block(.paragraph, "Quoted insight here.", under: quote)
        b.text("Quoted insight here.", under: qp)
        let list = b.block(.list(ListInfo(ordered: false, start: 1, marker: UInt8(ascii: "-"), tight: true)), "- Item one")
        let item = b.block(.listItem(task: nil), "- Item one", under: list)
        let ip = b.block(.paragraph, "Item one", under: item)
        b.text("Item one", under: ip)
        let code = b.find("```sql\nSELECT 1;\n```")
        b.document.append(.codeBlock(fenced: true, info: "sql"), range: code, to: b.document.root, literal: "SELECT 1;\n")
        let html = b.find("<div>html</div>")
        b.document.append(.htmlBlock, range: html, to: b.document.root, literal: "<div>html</div>")
        let table = b.block(.table(alignments: [.none, .none]), "| Metric | Before |\n| Query time | 125ms |")
        let header = b.block(.tableRow(header: true), "| Metric | Before |", under: table)
        let c1 = b.block(.tableCell, "Metric", under: header); b.text("Metric", under: c1)
        let c2 = b.block(.tableCell, "Before", under: header); b.text("Before", under: c2)
        let row = b.block(.tableRow(header: false), "| Query time | 125ms |", under: table)
        let c3 = b.block(.tableCell, "Query time", under: row); b.text("Query time", under: c3)
        let c4 = b.block(.tableCell, "125ms", under: row); b.text("125ms", under: c4)

        let blocks = ProseExtractor.blocks(in: b.document)
        XCTAssertEqual(blocks.map(\.text), ["Make Queries 1000x Faster", "Quoted insight here.", "Item one",
                                            "Metric", "Before", "Query time", "125ms"])
        XCTAssertEqual(blocks.map(\.kind), [.heading(level: 1), .blockQuote, .listItem,
                                            .tableCell(header: true), .tableCell(header: true),
                                            .tableCell(header: false), .tableCell(header: false)])
        XCTAssertEqual(blocks.map(\.topLevel), [h, quote, list, table, table, table, table])
        XCTAssertEqual(blocks.map(\.inList), [false, false, true, false, false, false, false])
        XCTAssertEqual(blocks.map(\.inBlockQuote), [false, true, false, false, false, false, false])
        XCTAssertEqual(blocks[6].quantities.first?.category, .time)

        // Subranges: one subtree, or a section's top-level blocks.
        XCTAssertEqual(ProseExtractor.blocks(in: b.document, under: table).count, 4)
        XCTAssertEqual(ProseExtractor.blocks(in: b.document, under: ip).map(\.text), ["Item one"])
        XCTAssertEqual(ProseExtractor.blocks(in: b.document, under: ip).first?.topLevel, list)
        XCTAssertEqual(ProseExtractor.blocks(in: b.document, within: [list, h]).map(\.text), ["Item one", "Make Queries 1000x Faster"])
        XCTAssertEqual(ProseExtractor.block(for: c4, in: b.document).kind, .tableCell(header: false))
        XCTAssertTrue(ProseExtractor.blocks(in: b.document, under: b.document.root).count == 7)
    }

    func testListInsideQuoteTakesNearestContainer() {
        let md = "> - Sound familiar?\n"
        var b = DocumentBuilder(md)
        let quote = b.block(.blockQuote, "> - Sound familiar?")
        let list = b.block(.list(ListInfo(ordered: false, start: 1, marker: UInt8(ascii: "-"), tight: true)), "- Sound familiar?", under: quote)
        let item = b.block(.listItem(task: nil), "- Sound familiar?", under: list)
        // A tight item holding inlines directly, with no paragraph node.
        b.text("Sound familiar?", under: item)
        let blocks = ProseExtractor.blocks(in: b.document)
        XCTAssertEqual(blocks.count, 1)
        XCTAssertEqual(blocks[0].node, item)
        XCTAssertEqual(blocks[0].kind, .listItem)
        XCTAssertTrue(blocks[0].inList && blocks[0].inBlockQuote)
        XCTAssertEqual(blocks[0].questions.count, 1)
        XCTAssertEqual(blocks[0].topLevel, quote)
    }

    func testDeepNestingIsLinear() {
        let depth = 20_000
        let md = String(repeating: ">", count: depth) + " You win.\n"
        var b = DocumentBuilder(md)
        var parent = b.document.root
        for level in 0..<depth {
            parent = b.document.append(.blockQuote, range: level..<(md.utf8.count - 1), to: parent)
        }
        let r = b.find("You win.")
        let p = b.document.append(.paragraph, range: r, to: parent)
        b.document.append(.text, range: r, to: p, literal: "You win.")
        let blocks = ProseExtractor.blocks(in: b.document)
        XCTAssertEqual(blocks.count, 1)
        XCTAssertEqual(blocks[0].kind, .blockQuote)
        XCTAssertEqual(blocks[0].secondPerson.count, 1)
        XCTAssertEqual(ProseExtractor.block(for: p, in: b.document).text, "You win.")
    }

    func testManyParagraphs() {
        let paragraph = "Your query scans 10,000 rows in 2,500ms."
        let md = Array(repeating: paragraph, count: 5_000).joined(separator: "\n\n")
        var b = DocumentBuilder(md)
        for _ in 0..<5_000 {
            let range = b.find(paragraph)
            let p = b.document.append(.paragraph, range: range, to: b.document.root)
            b.document.append(.text, range: range, to: p, literal: paragraph)
            b.skip(paragraph)
        }
        let blocks = ProseExtractor.blocks(in: b.document)
        XCTAssertEqual(blocks.count, 5_000)
        XCTAssertEqual(blocks.reduce(0) { $0 + $1.wordCount }, 35_000)
        let last = blocks[4_999]
        let ms = last.quantities[1].range
        XCTAssertEqual(slice(md, last.sourceRange(forTextRange: ms)), "2,500ms")
    }
}

/// End to end through the real parser. Skipped while the block parser is a
/// stub (no paragraphs come out); runs by itself once it lands.
final class ProseExtractorParserTests: XCTestCase {
    func testParsedPost() throws {
        let md = """
        # Database Indexes - Make Queries 1000x Faster

        If you've ever waited 30 seconds for a query, this is for you. Run `EXPLAIN` first.

        - 500 times per second
        - For every [login](https://example.com/login)

        ```sql
        SELECT * FROM users; -- 12,450ms
        ```

        > Sound familiar? You're not alone.

        """
        let document = MarkdownParser.parse(md)
        try XCTSkipIf(document.nodes(where: { $0 == .paragraph }).isEmpty, "block parser not landed yet")
        let blocks = ProseExtractor.blocks(in: document)
        XCTAssertEqual(blocks.map(\.kind), [.heading(level: 1), .paragraph, .listItem, .listItem, .blockQuote])
        XCTAssertEqual(blocks[1].text, "If you've ever waited 30 seconds for a query, this is for you. Run \u{FFFC} first.")
        XCTAssertEqual(blocks[1].sentences.count, 2)
        XCTAssertEqual(blocks[1].secondPerson.count, 2)
        XCTAssertEqual(blocks[3].text, "For every login")
        XCTAssertFalse(blocks.contains { $0.text.contains("12,450") }, "code blocks are not prose")
        XCTAssertEqual(blocks[4].questions.count, 1)
        XCTAssertEqual(blocks[0].quantities.first?.category, .factor)
        // Source positions of a quantity in the paragraph.
        let seconds = blocks[1].quantities[0]
        let location = document.source.location(of: blocks[1].sourceOffset(forTextOffset: seconds.range.lowerBound))
        XCTAssertEqual(location.line, 3)
        XCTAssertEqual(location.column, 23)
    }

    func testParsedTableEntitiesEmojiAndQuotes() throws {
        let md = """
        ---
        title: "Cache it: 15 min fix"
        ---
        ## Results &amp; Costs ✅

        | Metric | Before | After |
        |--------|--------|-------|
        | Query time | 125ms | 1.23ms |

        Costs fell from $10,000 to $500 \\*per month\\* 🎉. See <https://example.com/a.b>.

        > - Nested item: you’re 10x faster?

        <div>Not prose 99%</div>

        """
        let document = MarkdownParser.parse(md)
        try XCTSkipIf(document.nodes(where: { $0 == .paragraph }).isEmpty, "block parser not landed yet")
        let blocks = ProseExtractor.blocks(in: document)
        XCTAssertFalse(blocks.contains { $0.text.contains("title") || $0.text.contains("Not prose") })
        XCTAssertEqual(blocks.first?.kind, .heading(level: 2))
        XCTAssertEqual(blocks.first?.text, "Results & Costs ✅")
        XCTAssertEqual(blocks.first?.emoji.count, 1)
        let cells = blocks.filter { if case .tableCell = $0.kind { return true } else { return false } }
        XCTAssertEqual(cells.map(\.text), ["Metric", "Before", "After", "Query time", "125ms", "1.23ms"])
        XCTAssertEqual(cells.prefix(3).map(\.kind), Array(repeating: .tableCell(header: true), count: 3))
        // A rule compares the Before and After cells itself.
        let comparison = BeforeAfter.compare(cells[4].quantities[0], cells[5].quantities[0])
        XCTAssertEqual(comparison?.factor ?? 0, 101.6, accuracy: 0.1)

        guard let costs = blocks.first(where: { $0.text.hasPrefix("Costs") }) else { return XCTFail("no paragraph") }
        XCTAssertEqual(costs.text, "Costs fell from $10,000 to $500 *per month* 🎉. See \u{FFFC}.")
        XCTAssertEqual(costs.beforeAfterPairs.first?.comparison?.factor, 20)
        XCTAssertEqual(costs.sentences.count, 2)
        let money = costs.quantities[1]
        XCTAssertEqual(document.source.string(costs.sourceRange(forTextRange: money.range)), "$500")
        // Words after the escapes still map exactly.
        let month = costs.words.first { costs.text(of: $0.range) == "month" }!
        XCTAssertEqual(document.source.string(costs.sourceRange(forTextRange: month.range)), "month")

        guard let nested = blocks.last else { return }
        XCTAssertEqual(nested.kind, .listItem)
        XCTAssertTrue(nested.inBlockQuote)
        XCTAssertEqual(nested.secondPerson.count, 1)
        XCTAssertEqual(nested.questions.count, 1)
        XCTAssertEqual(nested.claims.first?.quantity.value, 10)
    }
}
