/// Step 3 of a line: what remains is text for the deepest block, a lazy
/// paragraph continuation, or a new paragraph (cmark's `add_text_to_container`).
extension BlockEngine {
    mutating func addText(container: Int, lastMatchedNode: NodeID, current: OpenBlock) {
        var container = container
        findFirstNonspace()
        updateBlankFlags(container: container)

        let containerNode = stack[container].node
        if current.node != lastMatchedNode && containerNode == lastMatchedNode && !blank
            && current.type == .paragraph {
            // Lazy continuation: the paragraph keeps the line as it stands
            // after the matched prefixes.
            addLine()
            return
        }
        if containerNode == lastMatchedNode {
            // Nothing new opened: the blocks that did not match end here.
            while stack.count - 1 > container { closeTop() }
        }

        switch stack[container].type {
        case .codeBlock:
            addLine()
        case .htmlBlock:
            addLine()
            let type = stack[container].htmlType
            if type <= 5 && line.htmlBlockEnds(type: type, from: firstNonspace) {
                stack[container].endLine = lineIndex
                closeTop()
            }
        case _ where blank:
            break
        case .heading:
            advance(firstNonspace - offset, columns: false)
            let start = min(offset, line.end)
            leaf.append(LeafLine(start: start, end: max(start, atxContentEnd()), pad: 0, line: lineIndex))
        case .paragraph:
            advance(firstNonspace - offset, columns: false)
            addLine()
        default:
            container = addChild(container, .paragraph, start: firstNonspace)
            advance(firstNonspace - offset, columns: false)
            addLine()
        }
    }

    /// cmark's `add_line`: the rest of the line from the offset, with the
    /// unconsumed columns of a partly consumed tab as spaces.
    mutating func addLine() {
        var pad = 0
        if partiallyConsumedTab {
            offset += 1
            pad = 4 - (column % 4)
        }
        leaf.append(LeafLine(start: min(offset, line.end), end: line.end, pad: pad, line: lineIndex))
    }

    /// End of an ATX heading's text: trailing whitespace and a closing run of
    /// `#`s (when a space or tab precedes it) removed, as cmark's
    /// `chop_trailing_hashtags` does over the whole line.
    func atxContentEnd() -> Int {
        var end = line.end
        while end > lineStart && isCmarkSpace(buf[end - 1]) { end -= 1 }
        var n = end - 1
        let last = n
        while n >= lineStart && buf[n] == 0x23 { n -= 1 }
        if n != last && n >= lineStart && isSpaceOrTab(buf[n]) {
            end = n
            while end > lineStart && isCmarkSpace(buf[end - 1]) { end -= 1 }
        }
        return end
    }

    /// cmark's LAST_LINE_BLANK bookkeeping for this line: the container's
    /// last child and the container itself may be marked, and every
    /// ancestor of the container is cleared (lazily: see `OpenBlock`).
    mutating func updateBlankFlags(container: Int) {
        let lastChild = stack[container].lastChildBlock
        if blank && lastChild != .none {
            if container + 1 < stack.count && stack[container + 1].node == lastChild {
                writeBlank(container + 1, true)
            } else {
                setClosedBlank(lastChild, true)
            }
        }
        let type = stack[container].type
        let isBlankLine = blank && type != .blockQuote && type != .heading && type != .thematicBreak
            && !(type == .codeBlock && stack[container].fenced)
            && !(type == .item && lastChild == .none && stack[container].startLine == lineIndex)
        writeBlank(container, isBlankLine)
        if container > 0 { stack[container - 1].clearedAt = lineIndex }
    }

    mutating func writeBlank(_ index: Int, _ value: Bool) {
        stack[index].lastLineBlank = value
        stack[index].blankWrittenAt = lineIndex
    }
}
