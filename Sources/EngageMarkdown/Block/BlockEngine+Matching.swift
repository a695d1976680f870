/// Step 1 of a line: which open blocks does it continue? (cmark's
/// `check_open_blocks` and the `parse_*_prefix` functions.)
extension BlockEngine {
    /// Returns the stack index of the last matched block and whether all open
    /// blocks matched, or nil when the line closed a fenced code block and
    /// nothing else is to be done with it.
    mutating func checkOpenBlocks(lineIsBlank: Bool) -> (Int, Bool)? {
        var i = 1
        while i < stack.count {
            findFirstNonspace()
            switch stack[i].type {
            case .blockQuote:
                if !matchBlockQuotePrefix() { return (i - 1, false) }
            case .item:
                if lineIsBlank && indent == 0 {
                    // Every list and item from here up matches a blank line
                    // without consuming anything (items that have children
                    // do; only the deepest block can be a childless item).
                    // Jump over the run: a blank line after 50,000 nested
                    // lists must not cost 50,000 steps.
                    let next = firstNonListIndex(atOrAfter: i)
                    if next == stack.count {
                        let top = stack.count - 1
                        if stack[top].type == .item && stack[top].lastChildBlock == .none {
                            return (top - 1, false)
                        }
                    }
                    i = next
                    continue
                }
                if !matchItemPrefix(i) { return (i - 1, false) }
            case .codeBlock:
                if stack[i].fenced {
                    if indent <= 3 && line.peek(firstNonspace) == stack[i].fenceChar {
                        let length = line.closingFence(at: firstNonspace)
                        if length >= stack[i].fenceLength {
                            // A closing fence ends the line's processing.
                            advance(length, columns: false)
                            stack[i].endLine = lineIndex
                            closeTop()
                            return nil
                        }
                    }
                    var remaining = stack[i].fenceOffset
                    while remaining > 0 && isSpaceOrTab(line.peek(offset)) {
                        advance(1, columns: true)
                        remaining -= 1
                    }
                } else if indent >= 4 {
                    advance(4, columns: true)
                } else if blank {
                    advance(firstNonspace - offset, columns: false)
                } else {
                    return (i - 1, false)
                }
            case .heading:
                return (i - 1, false)
            case .htmlBlock:
                if blank && stack[i].htmlType >= 6 { return (i - 1, false) }
            case .paragraph:
                if blank { return (i - 1, false) }
            case .table:
                if !line.splitTableRow(from: firstNonspace, into: &cells) { return (i - 1, false) }
            case .tableRow:
                return (i - 1, false)
            case .document, .list, .thematicBreak:
                break
            }
            i += 1
        }
        return (stack.count - 1, true)
    }

    /// `>` with at most 3 spaces of indent, and one optional space after it.
    mutating func matchBlockQuotePrefix() -> Bool {
        guard indent <= 3 && line.peek(firstNonspace) == 0x3E else { return false }
        advance(indent + 1, columns: true)
        if isSpaceOrTab(line.peek(offset)) { advance(1, columns: true) }
        return true
    }

    /// Indented to the item's content column, or blank inside a non-empty item.
    mutating func matchItemPrefix(_ index: Int) -> Bool {
        let needed = stack[index].list.markerOffset + stack[index].list.padding
        if indent >= needed {
            advance(needed, columns: true)
            return true
        }
        if blank && stack[index].lastChildBlock != .none {
            advance(firstNonspace - offset, columns: false)
            return true
        }
        return false
    }

    /// The first stack index at or after `index` that is not a list or item
    /// (`stack.count` if none): a binary search over `nonListIndices`.
    func firstNonListIndex(atOrAfter index: Int) -> Int {
        var low = 0
        var high = nonListIndices.count
        while low < high {
            let mid = (low + high) >> 1
            if nonListIndices[mid] < index { low = mid + 1 } else { high = mid }
        }
        return low < nonListIndices.count ? nonListIndices[low] : stack.count
    }
}
