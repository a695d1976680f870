/// Parses the inline content of one leaf block (paragraph, heading, table
/// cell) the way cmark-gfm does with the table, strikethrough and autolink
/// extensions: one left-to-right pass over the block's bytes that makes a
/// fragment per special character, a delimiter stack for `*` `_` `~`, a
/// bracket stack for links, then `InlineEmitter` merges text, finds email
/// autolinks and emoji, and writes document nodes with exact source ranges.
///
/// Every step is linear in the block's size; each trap cmark defends against
/// is defended the same way (see DelimiterStack, CodeSpans, Brackets, RawHTML).
/// Nothing recurses on nesting depth.
struct InlineParser {
    /// `lines`: byte range of each line's content, container prefixes and the
    /// leading whitespace a paragraph strips already removed; trailing spaces
    /// kept (they decide hard breaks; the parser drops them from the text).
    /// Children are appended to `parent`.
    static func parse(lines: ArraySlice<Range<Int>>, into parent: NodeID, document: inout Document,
                      references: LinkReferenceMap, scratch: inout InlineScratch) {
        guard !lines.isEmpty else { return }
        var isTableCell = false
        if case .tableCell = document.kind(parent) { isTableCell = true }
        var buffer = InlineBuffer()
        swap(&buffer, &scratch.buffer)
        defer { swap(&buffer, &scratch.buffer) }
        buffer.load(lines: lines, source: document.source.bytes, trimEnd: true, unescapePipes: isTableCell)
        guard !buffer.bytes.isEmpty else { return }
        buffer.bytes.withUnsafeBufferPointer { input in
            var parser = InlineParser(input: input, references: references, reusing: &scratch)
            parser.run()
            parser.returnStorage(to: &scratch)
        }
        InlineEmitter.emit(scratch.tree, buffer: buffer, into: parent, document: &document, storage: &scratch.emitter)
    }

    let input: UnsafeBufferPointer<UInt8>
    let end: Int
    let references: LinkReferenceMap
    var pos = 0
    var tree = InlineTree()
    var delimiters = DelimiterStack()
    var brackets: [Bracket] = []
    /// Every `[` below this stack index is already inactive.
    var deactivatedBelow = 0
    var codeSpans = BacktickRunIndex()
    var html = RawHTMLScanner.Memo()

    /// Takes the scratch's storage (emptied) for this block.
    init(input: UnsafeBufferPointer<UInt8>, references: LinkReferenceMap, reusing scratch: inout InlineScratch) {
        self.input = input
        self.end = input.count
        self.references = references
        swap(&tree, &scratch.tree)
        swap(&delimiters, &scratch.delimiters)
        swap(&brackets, &scratch.brackets)
        swap(&codeSpans, &scratch.codeSpans)
        tree.reset(capacity: input.count / 8 + 4)
        delimiters.reset()
        brackets.removeAll(keepingCapacity: true)
        codeSpans.reset()
    }

    /// Hands the storage back, so the next block reuses it (the tree still
    /// holds this block's result, which the emitter reads from the scratch).
    mutating func returnStorage(to scratch: inout InlineScratch) {
        swap(&tree, &scratch.tree)
        swap(&delimiters, &scratch.delimiters)
        swap(&brackets, &scratch.brackets)
        swap(&codeSpans, &scratch.codeSpans)
    }

    mutating func run() {
        while pos < end {
            switch input[pos] {
            case 0x0A: handleNewline()
            case 0x60: handleBackticks()
            case 0x5C: handleBackslash()
            case 0x26: handleEntity()
            case 0x3C: handleLessThan()
            case 0x2A, 0x5F: handleDelimiterRun(input[pos])
            case 0x7E: handleTildeRun()
            case 0x5B:
                pos += 1
                pushBracket(image: false, node: tree.appendText(pos - 1, pos, mergeable: false))
            case 0x5D: handleCloseBracket()
            case 0x21: handleBang()
            case 0x3A:
                if !(brackets.isEmpty && matchURLAutolink()) { handleText() }
            case 0x77:
                if !(brackets.isEmpty && matchWWWAutolink()) { handleText() }
            default: handleText()
            }
        }
        processEmphasis(bottom: 0)
    }

    // MARK: - Text runs

    /// Characters that may start something other than text: "\n ! & * : < [ \ ] _ ` w ~".
    private static let specialLow: UInt64 = (1 << 0x0A) | (1 << 0x21) | (1 << 0x26) | (1 << 0x2A) | (1 << 0x3A) | (1 << 0x3C)
    private static let specialHigh: UInt64 =
        (1 << (0x5B - 64)) | (1 << (0x5C - 64)) | (1 << (0x5D - 64)) | (1 << (0x5F - 64)) | (1 << (0x60 - 64))
        | (1 << (0x77 - 64)) | (1 << (0x7E - 64))

    @inline(__always) static func isSpecial(_ c: UInt8) -> Bool {
        if c < 64 { return (specialLow >> UInt64(c)) & 1 != 0 }
        if c < 128 { return (specialHigh >> UInt64(c - 64)) & 1 != 0 }
        return false
    }

    /// Plain text up to the next special character (the search starts one past
    /// `pos`, as cmark's does, so a special character that matched nothing is
    /// taken as text). Trailing whitespace before a line end is not text.
    mutating func handleText() {
        let start = pos
        var p = pos + 1
        while p < end && !InlineParser.isSpecial(input[p]) { p += 1 }
        pos = p
        var stop = p
        if p < end && input[p] == 0x0A {
            while stop > start && ASCII.isSpace(input[stop - 1]) { stop -= 1 }
        }
        if stop > start { tree.appendText(start, stop) }
    }

    // MARK: - Line ends

    /// A line end: a hard break after two or more spaces, else a soft break.
    /// The break's range is the line's trailing whitespace (empty at the line's
    /// end when there is none).
    mutating func handleNewline() {
        let newline = pos
        var trailing = newline
        while trailing > 0 && (input[trailing - 1] == 0x20 || input[trailing - 1] == 0x09) { trailing -= 1 }
        let hard = newline >= 2 && input[newline - 1] == 0x20 && input[newline - 2] == 0x20
        tree.append(InlineTree.Node(kind: hard ? .hardBreak : .softBreak, start: trailing, end: newline))
        pos += 1
        skipLeadingSpaces()
    }

    mutating func skipLeadingSpaces() {
        while pos < end && (input[pos] == 0x20 || input[pos] == 0x09) { pos += 1 }
    }

    // MARK: - Backslashes and entities

    /// `\` before ASCII punctuation is that character; before a line end it is
    /// a hard break; otherwise it is a literal backslash.
    mutating func handleBackslash() {
        let start = pos
        pos += 1
        if pos < end && ASCII.isPunctuation(input[pos]) {
            pos += 1
            tree.appendDecoded(CollectionOfOne(input[start + 1]), start: start, end: pos)
        } else if pos < end && input[pos] == 0x0A {
            tree.append(InlineTree.Node(kind: .hardBreak, start: start, end: start + 1))
            pos += 1
            skipLeadingSpaces()
        } else {
            tree.appendText(start, pos)
        }
    }

    mutating func handleEntity() {
        let start = pos
        var decoded: [UInt8] = []
        if let next = CharacterReference.decode(input, at: start, end: end, into: &decoded) {
            pos = next
            tree.appendDecoded(decoded, start: start, end: next)
        } else {
            pos += 1
            tree.appendText(start, pos)
        }
    }

    /// `![` opens an image (but not `![^`, which cmark-gfm keeps for footnotes);
    /// any other `!` is text.
    mutating func handleBang() {
        let start = pos
        pos += 1
        if pos < end && input[pos] == 0x5B && !(pos + 1 < end && input[pos + 1] == UInt8(ascii: "^")) {
            pos += 1
            pushBracket(image: true, node: tree.appendText(start, pos, mergeable: false))
        } else {
            tree.appendText(start, pos)
        }
    }
}
