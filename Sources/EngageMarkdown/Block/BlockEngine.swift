/// The line pass: cmark-gfm's `blocks.c` algorithm over the source bytes.
///
/// For each line: match the open containers in order and stop at the first
/// that does not continue (`checkOpenBlocks`), open new blocks at that point
/// (`openNewBlocks`), then give the rest of the line to the deepest block or
/// treat it as a lazy paragraph continuation (`addText`). Open blocks live on
/// an explicit stack, so nesting depth never costs call stack, and every step
/// of a line moves forward through its bytes, so the pass is linear.
struct BlockEngine {
    var document: Document
    var buf: UnsafeBufferPointer<UInt8>
    let lineStarts: [Int]
    let lineEnds: [Int]

    /// Open blocks from the document (index 0) down to the deepest one.
    var stack: [OpenBlock] = []
    /// Stack indices of the entries that are neither lists nor items, in
    /// order: lets a blank line skip a run of nested lists in one step.
    var nonListIndices: [Int] = []

    // The cursor in the current line, as cmark keeps it. Offsets are absolute
    // byte offsets; columns count from the line start with tabs expanded to
    // 4-column stops.
    var line = LineView(buf: UnsafeBufferPointer(start: nil, count: 0), end: 0)
    var lineIndex = 0
    var lineStart = 0
    var offset = 0
    var column = 0
    var firstNonspace = 0
    var firstNonspaceColumn = 0
    var indent = 0
    var blank = false
    var partiallyConsumedTab = false
    var thematicBreakKillPos = 0
    /// Last line before the current one holding more than spaces and tabs:
    /// where a block that closes now really ended.
    var lastNonBlankLine = -1
    var atEndOfInput = false

    /// Content lines of the open leaf block (only the deepest block is a leaf).
    var leaf: [LeafLine] = []
    /// LAST_LINE_BLANK (bit 0) and LAST_LINE_CHECKED (bit 1) of closed blocks, by node index.
    var closedFlags: [UInt8] = []
    var references = LinkReferenceMap()
    /// Phase 2 work: each leaf with inline content and its line ranges.
    var inlineNodes: [NodeID] = []
    var inlineBounds: [Int] = [0]
    var inlineLines: [Range<Int>] = []
    /// Scratch for table rows.
    var cells: [Range<Int>] = []

    init(document: Document, buffer: UnsafeBufferPointer<UInt8>) {
        self.document = document
        self.buf = buffer
        lineStarts = document.source.lineStarts
        lineEnds = document.source.lineEnds
    }

    /// Phase 1 over lines `firstLine...`, then closes everything still open.
    mutating func parseLines(from firstLine: Int) {
        let root = document.root
        stack.append(OpenBlock(node: root, type: .document, startLine: firstLine, start: document.range(root).lowerBound))
        var index = firstLine
        while index < lineStarts.count {
            processLine(index)
            index += 1
        }
        atEndOfInput = true
        while stack.count > 1 { closeTop() }
    }

    /// cmark's `S_process_line`.
    mutating func processLine(_ index: Int) {
        lineIndex = index
        lineStart = lineStarts[index]
        line = LineView(buf: buf, end: lineEnds[index])
        offset = lineStart
        column = 0
        firstNonspace = lineStart
        firstNonspaceColumn = 0
        indent = 0
        blank = false
        partiallyConsumedTab = false
        thematicBreakKillPos = lineStart
        let lineIsBlank = line.isBlank(from: lineStart)
        defer { if !lineIsBlank { lastNonBlankLine = index } }

        let current = stack[stack.count - 1]
        guard let (lastMatched, allMatched) = checkOpenBlocks(lineIsBlank: lineIsBlank) else { return }
        let lastMatchedNode = stack[lastMatched].node
        var container = lastMatched
        openNewBlocks(&container, allMatched: allMatched, maybeLazy: current.type == .paragraph)
        addText(container: container, lastMatchedNode: lastMatchedNode, current: current)
    }

    // MARK: The cursor

    /// cmark's `S_find_first_nonspace`: the first non-space/tab at or after
    /// `offset`, its column, the indent, and whether the rest is blank. The
    /// result is reused until `offset` passes it, so no whitespace is scanned twice.
    mutating func findFirstNonspace() {
        if firstNonspace <= offset {
            firstNonspace = offset
            firstNonspaceColumn = column
            var charsToTab = 4 - (column % 4)
            while true {
                let c = line.peek(firstNonspace)
                if c == 0x20 {
                    firstNonspace += 1
                    firstNonspaceColumn += 1
                    charsToTab -= 1
                    if charsToTab == 0 { charsToTab = 4 }
                } else if c == 0x09 {
                    firstNonspace += 1
                    firstNonspaceColumn += charsToTab
                    charsToTab = 4
                } else {
                    break
                }
            }
        }
        indent = firstNonspaceColumn - column
        blank = isLineEnd(line.peek(firstNonspace))
    }

    /// cmark's `S_advance_offset`: moves by `count` bytes, or by `count`
    /// columns, in which case a tab may be consumed only in part.
    mutating func advance(_ count: Int, columns: Bool) {
        var count = count
        while count > 0 {
            let c = line.peek(offset)
            if c == 0 { break }
            if c == 0x09 {
                let charsToTab = 4 - (column % 4)
                if columns {
                    partiallyConsumedTab = charsToTab > count
                    let step = min(count, charsToTab)
                    column += step
                    if !partiallyConsumedTab { offset += 1 }
                    count -= step
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    /// Consumes the rest of the line (cmark advances to the final newline).
    mutating func advanceToLineEnd() {
        if offset < line.end {
            offset = line.end
            partiallyConsumedTab = false
        }
    }
}
