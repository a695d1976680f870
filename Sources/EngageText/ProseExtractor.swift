import EngageMarkdown

/// Turns a parsed document into the prose blocks the analysers read.
///
/// Included: paragraphs, headings, table cells, and paragraphs inside list
/// items and block quotes (any block whose children are inlines, so a tight
/// list item without a paragraph node works too).
/// Excluded: front matter, code blocks, HTML blocks, link reference
/// definitions, thematic breaks, inline HTML.
///
/// Decided: a code span becomes one U+FFFC OBJECT REPLACEMENT CHARACTER.
/// It is not a word, an emoji or a terminator, so `` `ANALYZE orders;` ``
/// adds no prose words and no sentence end, yet "Run `x` now" does not
/// collapse into "Run  now" at a sentence boundary, and its position is kept
/// (`codeSpans`). Autolinks and images (a URL, alt text) get the same
/// placeholder; link text is kept and its destination dropped.
public enum ProseExtractor {
    /// Stands in for code spans, autolinks, images and shortcode emoji.
    public static let placeholder: Character = "\u{FFFC}"
    static let placeholderBytes: [UInt8] = [0xEF, 0xBF, 0xBC]

    /// Every prose block of the document, in document order.
    public static func blocks(in document: Document) -> [ProseBlock] {
        blocks(in: document, under: document.root)
    }

    /// The prose blocks inside `node` (the node itself included when it is
    /// a paragraph, heading or cell), in document order.
    public static func blocks(in document: Document, under node: NodeID) -> [ProseBlock] {
        var collector = Collector(document: document)
        collector.collect(from: node)
        return collector.blocks
    }

    /// The prose blocks inside each of `nodes` (e.g. a section's top-level
    /// blocks), in the order given.
    public static func blocks(in document: Document, within nodes: [NodeID]) -> [ProseBlock] {
        var collector = Collector(document: document)
        for node in nodes { collector.collect(from: node) }
        return collector.blocks
    }

    /// Builds one block from a paragraph, heading or cell node.
    public static func block(for node: NodeID, in document: Document) -> ProseBlock {
        let collector = Collector(document: document)
        let context = collector.context(ofAncestorsOf: node)
        return collector.makeBlock(node, context: context)
    }
}

private struct Context {
    var nearest: ProseBlock.Kind? = nil
    var inList = false
    var inBlockQuote = false
    var topLevel: NodeID? = nil
}

private struct Collector {
    let document: Document
    var blocks: [ProseBlock] = []

    init(document: Document) { self.document = document }

    /// Walks `start`'s subtree. The context of each node comes from a stack
    /// of its ancestors (pre-order: the parent is always on the stack), so
    /// deep nesting costs O(1) per node, never a climb to the root.
    mutating func collect(from start: NodeID) {
        var stack: [(node: NodeID, context: Context)] = []
        let base = context(ofAncestorsOf: start)
        var found: [(NodeID, Context)] = []
        document.walk(from: start) { node in
            let parent = document.parent(node)
            while let last = stack.last, last.node != parent { stack.removeLast() }
            let inherited = stack.last?.context ?? base
            let kind = document.kind(node)
            switch kind {
            case .frontMatter, .codeBlock, .htmlBlock, .linkReferenceDefinition, .thematicBreak:
                return false
            case .paragraph, .heading, .tableCell:
                found.append((node, inherited))
                return false
            default:
                break
            }
            if !kind.isBlock { return false }
            var context = inherited
            if context.topLevel == nil, parent == document.root { context.topLevel = node }
            if node == document.root { context.topLevel = nil }
            switch kind {
            case .listItem: context.nearest = .listItem; context.inList = true
            case .blockQuote: context.nearest = .blockQuote; context.inBlockQuote = true
            default: break
            }
            if kind != .document, let child = document.firstChild(node), !document.kind(child).isBlock {
                // A block holding inlines directly (a tight item without a paragraph).
                found.append((node, context))
                return false
            }
            stack.append((node, context))
            return true
        }
        for (node, context) in found { blocks.append(makeBlock(node, context: context)) }
    }

    /// Context from the ancestors of `node` (one climb, for a start node).
    func context(ofAncestorsOf node: NodeID) -> Context {
        var context = Context()
        var chain: [NodeID] = []
        var current = document.parent(node)
        while let up = current { chain.append(up); current = document.parent(up) }
        if node != document.root {
            context.topLevel = chain.count >= 2 ? chain[chain.count - 2] : (chain.count == 1 ? node : nil)
        }
        for ancestor in chain.reversed() {
            switch document.kind(ancestor) {
            case .listItem: context.nearest = .listItem; context.inList = true
            case .blockQuote: context.nearest = .blockQuote; context.inBlockQuote = true
            default: break
            }
        }
        return context
    }

    func makeBlock(_ node: NodeID, context: Context) -> ProseBlock {
        var builder = TextBuilder(source: document.source.bytes)
        document.walk(from: node) { child in
            if child == node { return true }
            return builder.visit(child, in: document)
        }
        let kind: ProseBlock.Kind
        switch document.kind(node) {
        case .heading(let level, _):
            kind = .heading(level: level)
        case .tableCell:
            var header = false
            if let row = document.parent(node), case .tableRow(let isHeader) = document.kind(row) { header = isHeader }
            kind = .tableCell(header: header)
        default:
            kind = context.nearest ?? .paragraph
        }
        let text = String(decoding: builder.bytes, as: UTF8.self)
        // The block keeps this scanner for its views (words, sentences...).
        let scanner = UTF8Scanner(bytes: builder.bytes)
        var emoji = Emoji.find(in: scanner)
        if !builder.shortcodeEmoji.isEmpty {
            emoji = (emoji + builder.shortcodeEmoji).sorted { $0.lowerBound < $1.lowerBound }
        }
        return ProseBlock(node: node, kind: kind, topLevel: context.topLevel ?? node,
                          inList: context.inList, inBlockQuote: context.inBlockQuote,
                          text: text, codeSpans: builder.codeSpans, emoji: emoji,
                          sourceMap: builder.map, sourceRange: document.range(node), scanner: scanner)
    }
}

/// Accumulates a block's text bytes and its source map.
private struct TextBuilder {
    let source: [UInt8]
    var bytes: [UInt8] = []
    var map = SourceMap()
    var codeSpans: [Range<Int>] = []
    var shortcodeEmoji: [Range<Int>] = []

    init(source: [UInt8]) { self.source = source }

    /// Appends what a reader sees of `node`; returns whether to visit its children.
    mutating func visit(_ node: NodeID, in document: Document) -> Bool {
        let range = document.range(node)
        switch document.kind(node) {
        case .text:
            // The literal's own bytes: no copy per text node.
            var literal = document.literal(node) ?? ""
            literal.withUTF8 { utf8 in
                map.appendAligned(literal: utf8, source: source, range: range)
                bytes.append(contentsOf: utf8)
            }
            return false
        case .softBreak:
            append([0x20], source: range)
            return false
        case .hardBreak:
            append([0x0A], source: range)
            return false
        case .codeSpan:
            codeSpans.append(placeholder(for: range))
            return false
        case .emoji:
            let literal = document.literal(node) ?? ""
            if Emoji.isSingleEmoji(literal) {
                let utf8 = Array(literal.utf8)
                if range.count == utf8.count {
                    utf8.withUnsafeBufferPointer { map.appendAligned(literal: $0, source: source, range: range) }
                    bytes.append(contentsOf: utf8)
                } else {
                    append(utf8, source: range)
                }
            } else {
                shortcodeEmoji.append(placeholder(for: range))
            }
            return false
        case .link(_, _, let style):
            if style == .autolink {
                _ = placeholder(for: range)
                return false
            }
            return true
        case .image:
            _ = placeholder(for: range)
            return false
        case .inlineHTML:
            // `<br>` separates words; other tags wrap text and vanish.
            if let literal = document.literal(node), literal.lowercased().hasPrefix("<br") {
                append([0x20], source: range)
            }
            return false
        case .codeBlock, .htmlBlock:
            return false
        default:
            return true  // emphasis, strong, strikethrough: their text counts
        }
    }

    private mutating func append(_ text: [UInt8], source range: Range<Int>) {
        map.appendInexact(textLength: text.count, source: range)
        bytes.append(contentsOf: text)
    }

    private mutating func placeholder(for range: Range<Int>) -> Range<Int> {
        let start = bytes.count
        append(ProseExtractor.placeholderBytes, source: range)
        return start..<bytes.count
    }
}
