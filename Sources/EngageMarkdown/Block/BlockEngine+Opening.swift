/// Step 2 of a line: open the blocks that start where matching stopped
/// (cmark's `open_new_blocks`). Each round either consumes a container
/// marker or opens a leaf and stops, so a line opens at most as many blocks
/// as it has markers.
extension BlockEngine {
    mutating func openNewBlocks(_ container: inout Int, allMatched: Bool, maybeLazy: Bool) {
        var maybeLazy = maybeLazy
        var containerType = stack[container].type
        while containerType != .codeBlock && containerType != .htmlBlock {
            findFirstNonspace()
            let indented = indent >= 4
            let c = line.peek(firstNonspace)

            if !indented && c == 0x3E {
                let start = firstNonspace
                advance(firstNonspace + 1 - offset, columns: false)
                if isSpaceOrTab(line.peek(offset)) { advance(1, columns: true) }
                container = addChild(container, .blockQuote, start: start)
            } else if !indented, case let length = line.atxHeadingStart(at: firstNonspace), length > 0 {
                let start = firstNonspace
                advance(firstNonspace + length - offset, columns: false)
                container = addChild(container, .heading, start: start)
                var level = 0
                while line.peek(start + level) == 0x23 { level += 1 }
                stack[container].headingLevel = level
                stack[container].endLine = lineIndex
                document.setKind(stack[container].node, .heading(level: level, setext: false))
            } else if !indented, case let length = line.openingFence(at: firstNonspace), length > 0 {
                let start = firstNonspace
                container = addChild(container, .codeBlock, start: start)
                stack[container].fenced = true
                stack[container].fenceChar = c
                stack[container].fenceLength = min(length, 255)
                stack[container].fenceOffset = firstNonspace - offset
                advance(firstNonspace + length - offset, columns: false)
            } else if !indented, case let type = htmlStart(containerType: containerType), type > 0 {
                container = addChild(container, .htmlBlock, start: firstNonspace)
                stack[container].htmlType = type
                // The tag is part of the block's text: the offset stays put.
            } else if !indented && containerType == .paragraph,
                      case let level = line.setextUnderline(at: firstNonspace), level > 0 {
                if resolveDefinitions(forOpenParagraph: container) {
                    stack[container].type = .heading
                    stack[container].headingLevel = level
                    stack[container].endLine = lineIndex
                    document.setKind(stack[container].node, .heading(level: level, setext: true))
                    advanceToLineEnd()
                }
            } else if !indented && !(containerType == .paragraph && !allMatched)
                        && thematicBreakKillPos <= firstNonspace && scanThematicBreak() {
                container = addChild(container, .thematicBreak, start: firstNonspace)
                stack[container].endLine = lineIndex
                advanceToLineEnd()
            } else if !indented,
                      let (length, found) = line.listMarker(at: firstNonspace, interruptsParagraph: containerType == .paragraph) {
                var data = found
                advance(firstNonspace + length - offset, columns: false)
                // Padding: 1-4 spaces after the marker belong to it; 5 or
                // more (an indented code block inside the item), or none
                // before the line end, count as one.
                let savedPartial = partiallyConsumedTab
                let savedOffset = offset
                let savedColumn = column
                while column - savedColumn <= 5 && isSpaceOrTab(line.peek(offset)) {
                    advance(1, columns: true)
                }
                let spaces = column - savedColumn
                if spaces >= 5 || spaces < 1 || isLineEnd(line.peek(offset)) {
                    data.padding = length + 1
                    offset = savedOffset
                    column = savedColumn
                    partiallyConsumedTab = savedPartial
                    if spaces > 0 { advance(1, columns: true) }
                } else {
                    data.padding = length + spaces
                }
                data.markerOffset = indent
                let start = firstNonspace
                if containerType != .list || !stack[container].list.continues(data) {
                    container = addChild(container, .list, start: start)
                    stack[container].list = data
                }
                container = addChild(container, .item, start: start)
                stack[container].list = data
            } else if indented && !maybeLazy && !blank {
                advance(4, columns: true)
                container = addChild(container, .codeBlock, start: offset)
            } else if !indented && containerType == .paragraph {
                // GFM table: this line may be the delimiter row under the
                // paragraph's last line. Either way nothing more opens here.
                if !tryOpeningTable(container) { break }
            } else if !indented && containerType == .table {
                guard let row = tryOpeningTableRow(container) else { break }
                container = row
            } else {
                break
            }

            if stack[container].type.acceptsLines { break }
            containerType = stack[container].type
            maybeLazy = false
        }
    }

    /// HTML start conditions 1-6 anywhere; 7 only when not interrupting a paragraph.
    private func htmlStart(containerType: BlockType) -> Int {
        guard line.peek(firstNonspace) == 0x3C else { return 0 }
        let type = line.htmlBlockStart(at: firstNonspace)
        if type > 0 { return type }
        if containerType != .paragraph && line.htmlBlockStart7(at: firstNonspace) { return 7 }
        return 0
    }

    /// Thematic break at the first non-space, remembering where a failed
    /// scan stopped so nested list markers on one line never rescan it.
    private mutating func scanThematicBreak() -> Bool {
        let (matched, stoppedAt) = line.thematicBreak(at: firstNonspace)
        if !matched { thematicBreakKillPos = stoppedAt }
        return matched
    }

    /// cmark's `add_child`: closes the blocks above `parent` (they did not
    /// match this line), then closes `parent` and its ancestors while they
    /// cannot hold a `type`, and opens the new block as the last child.
    mutating func addChild(_ parent: Int, _ type: BlockType, start: Int) -> Int {
        var parent = parent
        while stack.count - 1 > parent { closeTop() }
        while !stack[parent].type.canContain(type) {
            closeTop()
            parent -= 1
        }
        let node = document.append(Self.initialKind(type), range: start..<start, to: stack[parent].node)
        push(OpenBlock(node: node, type: type, startLine: lineIndex, start: start))
        return stack.count - 1
    }

    /// Pushes a block that was just appended as the last child of the top block.
    /// Inlined, so the entry is built in the stack's storage: copied through
    /// an argument, its narrow fields cost a store-forwarding stall per push.
    @inline(__always)
    mutating func push(_ block: OpenBlock) {
        let node = block.node
        if !block.type.isListOrItem { nonListIndices.append(stack.count) }
        stack.append(block)
        let top = stack.count - 1
        if top > 0 {
            stack[top].previousSiblingBlock = stack[top - 1].lastChildBlock
            stack[top - 1].lastChildBlock = node
        }
    }

    /// The node kind a block gets when it opens; payloads that depend on
    /// later lines (list tightness, code info, task state) are set on close.
    static func initialKind(_ type: BlockType) -> NodeKind {
        switch type {
        case .document: return .document
        case .blockQuote: return .blockQuote
        case .list: return .list(ListInfo(ordered: false, start: 1, marker: 0, tight: true))
        case .item: return .listItem(task: nil)
        case .paragraph: return .paragraph
        case .heading: return .heading(level: 1, setext: false)
        case .codeBlock: return .codeBlock(fenced: false, info: "")
        case .htmlBlock: return .htmlBlock
        case .thematicBreak: return .thematicBreak
        case .table: return .table(alignments: [])
        case .tableRow: return .tableRow(header: false)
        }
    }
}
