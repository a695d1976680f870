/// Closing a block (cmark's `finalize`): its final range, and what can only
/// be known once it is complete (list tightness, code literal and info,
/// link reference definitions, inline work for phase 2).
extension BlockEngine {
    /// Closes the deepest open block. Blocks only ever close from the top,
    /// so a block's descendants are all closed (and final) before it.
    mutating func closeTop() {
        let block = stack.removeLast()
        if let last = nonListIndices.last, last == stack.count { nonListIndices.removeLast() }
        // Settle LAST_LINE_BLANK: a clear stamped after the last write wins,
        // and the clear applies to every ancestor, so hand it down.
        let lastLineBlank = block.clearedAt > block.blankWrittenAt ? false : block.lastLineBlank
        if !stack.isEmpty {
            let below = stack.count - 1
            if block.clearedAt > stack[below].clearedAt { stack[below].clearedAt = block.clearedAt }
        }
        setClosedBlank(block.node, lastLineBlank)

        // A block ends on its last line with content: the line before the one
        // that closed it, less trailing blank lines (cmark counts those in,
        // but they are not the block's).
        let endLine = block.endLine >= 0 ? block.endLine : max(block.startLine, lastNonBlankLine)
        document.setRange(block.node, block.start..<max(block.start, lineEnds[endLine]))

        switch block.type {
        case .paragraph: finishParagraph(block)
        case .heading: finishHeading(block)
        case .codeBlock: finishCodeBlock(block)
        case .htmlBlock: finishHTMLBlock(block)
        case .list: finishList(block)
        default: break
        }
    }

    // MARK: Leaves

    mutating func finishParagraph(_ block: OpenBlock) {
        var lines = leaf
        leaf.removeAll(keepingCapacity: true)
        guard resolveDefinitions(of: block.node, lines: &lines, keepNode: false) else {
            // cmark drops the emptied paragraph: its parent's last child is the one before.
            if let parent = stack.indices.last, stack[parent].lastChildBlock == block.node {
                stack[parent].lastChildBlock = block.previousSiblingBlock
            }
            return
        }
        let first = strippedStart(lines[0])
        document.setRange(block.node, first..<max(first, document.range(block.node).upperBound))
        markTaskItem(paragraph: block.node, firstLine: first..<lines[0].end)
        addInlineWork(block.node, lines: lines)
    }

    mutating func finishHeading(_ block: OpenBlock) {
        let lines = leaf
        leaf.removeAll(keepingCapacity: true)
        if case .heading(_, setext: false) = document.kind(block.node) {
            // The content between the opening and the optional closing sequence.
            let range = lines.first.map { $0.start..<$0.end } ?? block.start..<block.start
            inlineNodes.append(block.node)
            inlineLines.append(range)
            inlineBounds.append(inlineLines.count)
        } else {
            addInlineWork(block.node, lines: lines)
        }
    }

    mutating func finishCodeBlock(_ block: OpenBlock) {
        var lines = leaf[...]
        leaf.removeAll(keepingCapacity: true)
        var info = ""
        if block.fenced {
            if let infoLine = lines.first {
                info = InfoString.decode(buf, infoLine.start..<infoLine.end)
                lines = lines.dropFirst()
            }
        } else {
            // Trailing blank lines are not part of indented code.
            while let last = lines.last, isBlankContent(last) { lines = lines.dropLast() }
        }
        var literal: [UInt8] = []
        for content in lines {
            appendLine(content, to: &literal)
        }
        document.setKind(block.node, .codeBlock(fenced: block.fenced, info: info))
        document.setLiteral(block.node, String(decoding: literal, as: UTF8.self))
    }

    mutating func finishHTMLBlock(_ block: OpenBlock) {
        var literal: [UInt8] = []
        for content in leaf { appendLine(content, to: &literal) }
        leaf.removeAll(keepingCapacity: true)
        document.setLiteral(block.node, String(decoding: literal, as: UTF8.self))
    }

    private func appendLine(_ content: LeafLine, to literal: inout [UInt8]) {
        if content.pad > 0 { literal.append(contentsOf: repeatElement(0x20, count: content.pad)) }
        if content.start < content.end {
            literal.append(contentsOf: UnsafeBufferPointer(rebasing: buf[content.start..<content.end]))
        }
        literal.append(0x0A)
    }

    private func isBlankContent(_ content: LeafLine) -> Bool {
        var i = content.start
        while i < content.end {
            if !isSpaceOrTab(buf[i]) { return false }
            i += 1
        }
        return true
    }

    /// A paragraph line's text starts after its leading spaces and tabs.
    func strippedStart(_ content: LeafLine) -> Int {
        var i = content.start
        while i < content.end && isSpaceOrTab(buf[i]) { i += 1 }
        return i
    }

    mutating func addInlineWork(_ node: NodeID, lines: [LeafLine]) {
        inlineNodes.append(node)
        for content in lines { inlineLines.append(strippedStart(content)..<content.end) }
        inlineBounds.append(inlineLines.count)
    }

    /// GFM task list item: the item's first paragraph starts with `[ ]`,
    /// `[x]` or `[X]` and a space or tab. The marker stays in the text.
    mutating func markTaskItem(paragraph: NodeID, firstLine: Range<Int>) {
        guard let item = document.parent(paragraph), document.firstChild(item) == paragraph,
              case .listItem = document.kind(item), firstLine.count >= 4 else { return }
        let p = firstLine.lowerBound
        guard buf[p] == 0x5B, buf[p + 2] == 0x5D, isSpaceOrTab(buf[p + 3]) else { return }
        switch buf[p + 1] {
        case 0x20: document.setKind(item, .listItem(task: false))
        case 0x78, 0x58: document.setKind(item, .listItem(task: true))
        default: break
        }
    }

    // MARK: Lists

    /// Tight unless an item that is not the last ends with a blank line, or
    /// a blank line falls between the blocks of an item (cmark's rule).
    mutating func finishList(_ block: OpenBlock) {
        var tight = true
        var item = document.firstChild(block.node)
        outer: while let current = item {
            let next = document.nextSibling(current)
            if closedBlank(current) && next != nil {
                tight = false
                break
            }
            var child = skipDefinitions(from: document.firstChild(current))
            while let sub = child {
                let subNext = skipDefinitions(from: document.nextSibling(sub))
                if (next != nil || subNext != nil) && endsWithBlankLine(sub) {
                    tight = false
                    break outer
                }
                child = subNext
            }
            item = next
        }
        let data = block.list
        let info = ListInfo(ordered: data.ordered, start: data.ordered ? data.start : 1,
                            marker: data.ordered ? data.delimiter : data.bulletChar, tight: tight)
        document.setKind(block.node, .list(info))
    }

    /// cmark's `S_ends_with_blank_line`, iterative, with its LAST_LINE_CHECKED
    /// memo so that each list or item is descended through at most once.
    mutating func endsWithBlankLine(_ node: NodeID) -> Bool {
        var current = node
        while true {
            ensureFlags(current)
            if closedFlags[current.index] & 2 != 0 { return closedFlags[current.index] & 1 != 0 }
            closedFlags[current.index] |= 2
            switch document.kind(current) {
            case .list, .listItem:
                if let last = lastNonDefinitionChild(current) {
                    current = last
                    continue
                }
            default:
                break
            }
            return closedFlags[current.index] & 1 != 0
        }
    }

    /// `node` or the first sibling after it that is not a link reference
    /// definition (cmark has no node for those).
    func skipDefinitions(from node: NodeID?) -> NodeID? {
        var current = node
        while let candidate = current, case .linkReferenceDefinition = document.kind(candidate) {
            current = document.nextSibling(candidate)
        }
        return current
    }

    func lastNonDefinitionChild(_ node: NodeID) -> NodeID? {
        var current = document.lastChild(node)
        while let candidate = current, case .linkReferenceDefinition = document.kind(candidate) {
            current = document.previousSibling(candidate)
        }
        return current
    }

    // MARK: Flags of closed blocks

    mutating func ensureFlags(_ node: NodeID) {
        if node.index >= closedFlags.count {
            closedFlags.append(contentsOf: repeatElement(0, count: max(node.index + 1, document.nodeCount) - closedFlags.count))
        }
    }

    mutating func setClosedBlank(_ node: NodeID, _ value: Bool) {
        ensureFlags(node)
        if value { closedFlags[node.index] |= 1 } else { closedFlags[node.index] &= ~1 }
    }

    mutating func closedBlank(_ node: NodeID) -> Bool {
        ensureFlags(node)
        return closedFlags[node.index] & 1 != 0
    }
}
