/// Matching closers with openers on the delimiter stack (cmark's
/// process_emphasis), producing emphasis, strong and strikethrough.
///
/// Linear time: the search for an opener walks back at most to a floor kept
/// per (delimiter character × closer length mod 3). A failed search raises
/// that floor to the closer, so no later closer of the same kind rescans those
/// delimiters; a successful one removes everything it walked over. The walk
/// follows the closer's own character's list, so other delimiters are never
/// passed over.
///
/// The floors are cmark-gfm 0.29's, without cmark 0.31's extra can-open
/// dimension: that dimension changes which opener some closers find (in
/// `a(*a_**__!~~b*****!` cmark-gfm leaves the first `*` alone), and agreeing
/// with cmark-gfm matters more here. Both versions are linear.
///
/// Strikethrough copies cmark-gfm 0.29.0.gfm.6: a `~` closer whose nearest
/// opener has another length is left alone, and so is that opener; a closer
/// that cannot open is dropped then (it can never matter again), which keeps
/// repeated walks off it.
extension InlineParser {
    /// Processes the delimiters whose run starts at or after buffer offset `bottom`,
    /// then drops them from the stack.
    mutating func processEmphasis(bottom: Int) {
        var floors = [Int](repeating: bottom, count: 9)
        var closer: Int32 = -1
        var candidate = delimiters.last
        while candidate >= 0 && delimiters[candidate].position >= bottom {
            closer = candidate
            candidate = delimiters[candidate].previous
        }
        while closer >= 0 {
            let current = delimiters[closer]
            guard current.canClose else {
                closer = current.next
                continue
            }
            let slot = InlineParser.floorSlot(current)
            var opener = current.previousSame
            var found = false
            while opener >= 0 && delimiters[opener].position >= floors[slot] {
                let candidate = delimiters[opener]
                if candidate.canOpen && candidate.character == current.character {
                    // Rule of 3: if either run can both open and close, the sum of
                    // the run lengths must not be a multiple of 3 unless both are.
                    if !(current.canOpen || candidate.canClose) || current.length % 3 == 0
                        || (candidate.length + current.length) % 3 != 0 {
                        found = true
                        break
                    }
                }
                opener = candidate.previousSame
            }
            if found {
                closer = current.character == 0x7E
                    ? insertStrikethrough(opener: opener, closer: closer)
                    : insertEmphasis(opener: opener, closer: closer)
            } else {
                floors[slot] = current.position
                let next = current.next
                // A closer that cannot open will never match anything now.
                if !current.canOpen { delimiters.remove(closer) }
                closer = next
            }
        }
        while delimiters.last >= 0 && delimiters[delimiters.last].position >= bottom {
            delimiters.remove(delimiters.last)
        }
    }

    private static func floorSlot(_ d: DelimiterStack.Delimiter) -> Int {
        let character = d.character == 0x2A ? 0 : (d.character == 0x5F ? 1 : 2)
        return character * 3 + d.length % 3
    }

    /// Uses one or two characters from each run for emphasis or strong emphasis
    /// around the nodes between them. Returns the next closer to look at.
    private mutating func insertEmphasis(opener: Int32, closer: Int32) -> Int32 {
        let openerNode = delimiters[opener].node
        let closerNode = delimiters[closer].node
        let openerCount = tree[openerNode].end - tree[openerNode].start
        let closerCount = tree[closerNode].end - tree[closerNode].start
        let use = (openerCount >= 2 && closerCount >= 2) ? 2 : 1
        removeDelimiters(between: opener, and: closer)
        // The inner characters are used: the opener keeps its left part and the
        // closer its right part, so each keeps an exact source range.
        tree[openerNode].end -= use
        tree[closerNode].start += use
        let kind: InlineTree.Kind = use == 1 ? .emphasis : .strong
        tree.wrap(between: openerNode, and: closerNode,
                  in: InlineTree.Node(kind: kind, start: tree[openerNode].end, end: tree[closerNode].start))
        if openerCount == use {
            tree.remove(openerNode)
            delimiters.remove(opener)
        }
        if closerCount == use {
            tree.remove(closerNode)
            let next = delimiters[closer].next
            delimiters.remove(closer)
            return next
        }
        return closer
    }

    /// cmark-gfm's strikethrough: runs of equal length (`~` or `~~`) wrap what is
    /// between them and are used up; unequal runs stay as they are.
    private mutating func insertStrikethrough(opener: Int32, closer: Int32) -> Int32 {
        let next = delimiters[closer].next
        let openerNode = delimiters[opener].node
        let closerNode = delimiters[closer].node
        let openerCount = tree[openerNode].end - tree[openerNode].start
        let closerCount = tree[closerNode].end - tree[closerNode].start
        guard openerCount == closerCount else {
            if !delimiters[closer].canOpen { delimiters.remove(closer) }
            return next
        }
        tree.wrap(between: openerNode, and: closerNode,
                  in: InlineTree.Node(kind: .strikethrough, start: tree[openerNode].start, end: tree[closerNode].end))
        tree.remove(openerNode)
        tree.remove(closerNode)
        removeDelimiters(between: opener, and: closer)
        delimiters.remove(closer)
        delimiters.remove(opener)
        return next
    }

    private mutating func removeDelimiters(between opener: Int32, and closer: Int32) {
        var d = delimiters[closer].previous
        while d >= 0 && d != opener {
            let previous = delimiters[d].previous
            delimiters.remove(d)
            d = previous
        }
    }
}
