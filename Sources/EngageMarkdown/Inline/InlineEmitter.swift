/// Turns the scratch tree into document nodes.
///
/// Adjacent text fragments become one text node (cmark-gfm consolidates text
/// nodes too), bare email addresses outside links become autolinks, and emoji
/// sequences are split out. Each node's String is built once from bytes;
/// every range goes through the buffer's source map. Iterative, with an
/// explicit stack, however deep the emphasis nests.
struct InlineEmitter {
    /// Where a stretch of a merged text literal came from.
    struct Piece {
        var literalStart: Int
        var literalEnd: Int
        var bufferStart: Int
        var bufferEnd: Int
        /// The literal equals the buffer bytes, so offsets map one to one.
        var raw: Bool
    }

    struct Frame {
        var next: Int32
        let parent: NodeID
        let inLink: Bool
    }

    /// The emitter's arrays, kept by `InlineScratch` from block to block.
    struct Storage {
        var literal: [UInt8] = []
        var pieces: [Piece] = []
        var stack: [Frame] = []
    }

    private let tree: InlineTree
    private let buffer: InlineBuffer
    private let input: UnsafeBufferPointer<UInt8>
    private var literal: [UInt8]
    private var pieces: [Piece]

    static func emit(_ tree: InlineTree, buffer: InlineBuffer, into parent: NodeID, document: inout Document,
                     storage: inout Storage) {
        buffer.bytes.withUnsafeBufferPointer { input in
            var emitter = InlineEmitter(tree: tree, buffer: buffer, input: input, storage: &storage)
            emitter.run(into: parent, stack: &storage.stack, document: &document)
            swap(&emitter.literal, &storage.literal)
            swap(&emitter.pieces, &storage.pieces)
        }
    }

    private init(tree: InlineTree, buffer: InlineBuffer, input: UnsafeBufferPointer<UInt8>, storage: inout Storage) {
        self.tree = tree
        self.buffer = buffer
        self.input = input
        literal = []
        pieces = []
        swap(&literal, &storage.literal)
        swap(&pieces, &storage.pieces)
    }

    private mutating func run(into parent: NodeID, stack: inout [Frame], document: inout Document) {
        stack.removeAll(keepingCapacity: true)
        stack.append(Frame(next: tree[InlineTree.root].first, parent: parent, inLink: false))
        while let frame = stack.last {
            let id = frame.next
            if id < 0 {
                stack.removeLast()
                continue
            }
            let node = tree[id]
            switch node.kind {
            case .text, .decodedText, .removed:
                stack[stack.count - 1].next = collectText(from: id)
                if !literal.isEmpty { emitText(into: frame.parent, inLink: frame.inLink, document: &document) }
                continue
            default:
                break
            }
            stack[stack.count - 1].next = node.next
            let range = buffer.sourceRange(node.start..<node.end)
            switch node.kind {
            case .softBreak:
                document.append(.softBreak, range: range, to: frame.parent)
            case .hardBreak:
                document.append(.hardBreak, range: range, to: frame.parent)
            case .code:
                let content = CodeSpanContent.normalize(input, Int(node.aux0)..<Int(node.aux1))
                document.append(.codeSpan, range: range, to: frame.parent, literal: String(decoding: content, as: UTF8.self))
            case .html:
                document.append(.inlineHTML, range: range, to: frame.parent,
                                literal: String(decoding: UnsafeBufferPointer(rebasing: input[node.start..<node.end]), as: UTF8.self))
            case .emphasis, .strong, .strikethrough:
                let kind: NodeKind = node.kind == .emphasis ? .emphasis : (node.kind == .strong ? .strong : .strikethrough)
                let container = document.append(kind, range: range, to: frame.parent)
                stack.append(Frame(next: node.first, parent: container, inLink: frame.inLink))
            case .link, .image:
                let target = tree.links[Int(node.aux0)]
                let kind: NodeKind = node.kind == .link
                    ? .link(destination: target.destination, title: target.title, style: target.style)
                    : .image(destination: target.destination, title: target.title, style: target.style)
                let container = document.append(kind, range: range, to: frame.parent)
                stack.append(Frame(next: node.first, parent: container, inLink: frame.inLink || node.kind == .link))
            default:
                break
            }
        }
    }

    /// Gathers the run of text fragments starting at `id` into `literal` and
    /// `pieces`; returns the first node after the run.
    private mutating func collectText(from id: Int32) -> Int32 {
        literal.removeAll(keepingCapacity: true)
        pieces.removeAll(keepingCapacity: true)
        var current = id
        while current >= 0 {
            let node = tree[current]
            switch node.kind {
            case .removed:
                break
            case .text:
                if node.end > node.start {
                    pieces.append(Piece(literalStart: literal.count, literalEnd: literal.count + node.end - node.start,
                                        bufferStart: node.start, bufferEnd: node.end, raw: true))
                    literal.append(contentsOf: UnsafeBufferPointer(rebasing: input[node.start..<node.end]))
                }
            case .decodedText:
                let bytes = tree.extra[Int(node.aux0)..<Int(node.aux1)]
                if !bytes.isEmpty {
                    pieces.append(Piece(literalStart: literal.count, literalEnd: literal.count + bytes.count,
                                        bufferStart: node.start, bufferEnd: node.end, raw: false))
                    literal.append(contentsOf: bytes)
                }
            default:
                return current
            }
            current = node.next
        }
        return current
    }

    private func emitText(into parent: NodeID, inLink: Bool, document: inout Document) {
        literal.withUnsafeBufferPointer { text in
            var cursor = 0
            if !inLink && text.contains(0x40) {
                for match in EmailAutolinks.find(in: text) {
                    emitPlain(text, cursor..<match.range.lowerBound, into: parent, document: &document)
                    let range = sourceRange(match.range)
                    let link = document.append(.link(destination: match.destination, title: nil, style: .autolink),
                                               range: range, to: parent)
                    document.append(.text, range: range, to: link, literal: string(text, match.range))
                    cursor = match.range.upperBound
                }
            }
            emitPlain(text, cursor..<text.count, into: parent, document: &document)
        }
    }

    /// Text with its emoji sequences split out.
    private func emitPlain(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into parent: NodeID, document: inout Document) {
        var cursor = range.lowerBound
        while cursor < range.upperBound, let emoji = EmojiScanner.next(in: text, cursor..<range.upperBound) {
            if emoji.lowerBound > cursor {
                document.append(.text, range: sourceRange(cursor..<emoji.lowerBound), to: parent,
                                literal: string(text, cursor..<emoji.lowerBound))
            }
            document.append(.emoji, range: sourceRange(emoji), to: parent, literal: string(text, emoji))
            cursor = emoji.upperBound
        }
        if cursor < range.upperBound {
            document.append(.text, range: sourceRange(cursor..<range.upperBound), to: parent,
                            literal: string(text, cursor..<range.upperBound))
        }
    }

    private func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }

    /// The piece holding literal offset `offset` (the last piece for the end).
    private func piece(containing offset: Int) -> Piece {
        var low = 0
        var high = pieces.count - 1
        while low < high {
            let mid = (low + high + 1) >> 1
            if pieces[mid].literalStart <= offset { low = mid } else { high = mid - 1 }
        }
        return pieces[low]
    }

    /// Source range of a range of the merged literal. Inside a decoded piece
    /// (an entity or escape) a boundary snaps to the piece's edges.
    private func sourceRange(_ range: Range<Int>) -> Range<Int> {
        let first = piece(containing: range.lowerBound)
        let start = first.raw
            ? first.bufferStart + (range.lowerBound - first.literalStart)
            : (range.lowerBound == first.literalStart ? first.bufferStart : first.bufferEnd)
        let last = piece(containing: max(range.lowerBound, range.upperBound - 1))
        let end = last.raw ? last.bufferStart + (range.upperBound - last.literalStart) : last.bufferEnd
        let sourceStart = buffer.sourceOffset(start)
        if range.isEmpty || end <= start { return sourceStart..<sourceStart }
        return sourceStart..<max(sourceStart, buffer.sourceEnd(end))
    }
}
