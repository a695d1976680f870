/// Block structure of a Markdown document: CommonMark 0.31 blocks plus GFM
/// tables, built the way cmark-gfm builds them so positions agree with it.
///
/// Phase 1 (`BlockEngine`) reads the lines once and builds the block tree.
/// Phase 2 hands each paragraph, heading and table cell to the inline parser,
/// once every link reference definition is known.
struct BlockParser {
    var document: Document
    let firstLine: Int

    /// `firstLine`: 0-based index of the first line to parse (front matter
    /// before it already has its node).
    init(document: Document, firstLine: Int) {
        self.document = document
        self.firstLine = firstLine
    }

    mutating func run() {
        let source = document.source
        // Hand the tree to the engine with no second owner, so appending
        // nodes never copies the arena.
        var tree = Document(source: source)
        swap(&tree, &document)
        let start = min(max(firstLine, 0), source.lineCount)
        var engine = source.bytes.withUnsafeBufferPointer { buffer -> BlockEngine in
            var engine = BlockEngine(document: tree, buffer: buffer)
            engine.parseLines(from: start)
            engine.buf = UnsafeBufferPointer(start: nil, count: 0)
            return engine
        }
        tree = Document(source: source)
        swap(&engine.document, &tree)
        // Phase 2.
        var scratch = InlineScratch()
        for k in 0..<engine.inlineNodes.count {
            let lines = engine.inlineLines[engine.inlineBounds[k]..<engine.inlineBounds[k + 1]]
            InlineParser.parse(lines: lines, into: engine.inlineNodes[k], document: &tree, references: engine.references,
                               scratch: &scratch)
        }
        document = tree
    }
}
