/// An open `[` or `![` waiting for its `]`.
struct Bracket {
    /// The `[` / `![` text node (a child of the root while the bracket is open).
    var node: Int32
    /// Offset of `[` or `!` (32-bit, as every inline offset).
    @Narrow<Int32> var start: Int
    /// Offset just after the `[`: where the link text starts.
    @Narrow<Int32> var position: Int
    var image: Bool
    /// False once a link has formed after it: links cannot contain links.
    var active = true
    /// Another bracket was opened after this one, so its text cannot be a label.
    var bracketAfter = false
}

/// Closing brackets: inline links `[text](dest "title")`, full, collapsed and
/// shortcut reference links, images, as cmark's handle_close_bracket.
///
/// Linear time: when a link forms, every earlier `[` is deactivated (stopping
/// at the first already inactive one), so `[` × 100k is not rescanned; a
/// destination scan stops at whitespace, `<`, an unbalanced `)` or 32 open
/// parentheses, so `[a](` × 100k scans O(32) each; labels stop at the next
/// bracket and after 1000 bytes; reference lookups only happen for labels
/// short enough to be defined.
extension InlineParser {
    mutating func pushBracket(image: Bool, node: Int32) {
        if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
        brackets.append(Bracket(node: node, start: tree[node].start, position: pos, image: image))
    }

    private mutating func popBracket() {
        brackets.removeLast()
        deactivatedBelow = min(deactivatedBelow, brackets.count)
    }

    mutating func handleCloseBracket() {
        let closeBracket = pos
        pos += 1
        let afterBracket = pos
        guard let opener = brackets.last else {
            tree.appendText(closeBracket, pos)
            return
        }
        guard opener.active else {
            popBracket()
            tree.appendText(closeBracket, pos)
            return
        }

        // An inline link: `(`, destination, optional title, `)`.
        if pos < end && input[pos] == 0x28 {
            let destinationStart = LinkSyntax.skipWhitespace(input, from: pos + 1, end: end)
            if let destination = LinkSyntax.scanDestination(input, from: destinationStart, end: end) {
                let titleStart = LinkSyntax.skipWhitespace(input, from: destination.next, end: end)
                var titleEnd = titleStart
                if titleStart != destination.next, let next = LinkSyntax.scanTitle(input, from: titleStart, end: end) {
                    titleEnd = next
                }
                let closeParen = LinkSyntax.skipWhitespace(input, from: titleEnd, end: end)
                if closeParen < end && input[closeParen] == 0x29 {
                    pos = closeParen + 1
                    let target = InlineTree.LinkTarget(
                        destination: LinkSyntax.cleanDestination(input, destination.content),
                        title: titleEnd > titleStart ? LinkSyntax.cleanTitle(input, titleStart..<titleEnd) : nil,
                        style: .inline)
                    formLink(opener, target: target)
                    return
                }
            }
        }

        // A reference: `[label]` after the text, or the text itself as label.
        var label: Range<Int>? = nil
        if let scanned = LinkSyntax.scanLabel(input, from: pos, end: end) {
            label = scanned.content
            pos = scanned.next
        } else {
            pos = afterBracket
        }
        if label == nil || label!.isEmpty {
            label = opener.bracketAfter ? nil : opener.position..<closeBracket
        }
        if let label, let reference = lookupReference(label) {
            formLink(opener, target: InlineTree.LinkTarget(destination: reference.destination,
                                                          title: reference.title, style: .reference))
            return
        }
        popBracket()
        pos = afterBracket
        tree.appendText(closeBracket, pos)
    }

    private func lookupReference(_ label: Range<Int>) -> LinkReferenceMap.Target? {
        // A label over 999 characters cannot be defined; skipping it early keeps
        // `[` × n `]` × n from normalizing ever longer labels.
        guard !references.isEmpty, !label.isEmpty, label.count <= LinkSyntax.maximumLabelLength * 4 else { return nil }
        return references.lookup(String(decoding: UnsafeBufferPointer(rebasing: input[label]), as: UTF8.self))
    }

    /// The bracket's text becomes the link's children; emphasis inside is
    /// resolved now (it cannot cross the link's edges); earlier `[` openers
    /// are deactivated.
    private mutating func formLink(_ opener: Bracket, target: InlineTree.LinkTarget) {
        let index = Int32(tree.links.count)
        tree.links.append(target)
        tree.wrapRest(after: opener.node, in: InlineTree.Node(kind: opener.image ? .image : .link,
                                                             start: opener.start, end: pos, aux0: index))
        tree.remove(opener.node)
        processEmphasis(bottom: opener.position)
        popBracket()
        if !opener.image {
            // Brackets below `deactivatedBelow` were handled by an earlier link;
            // starting there (not at the first inactive `[`, as cmark does) keeps
            // a stack full of `![` from being walked again for every link.
            var i = brackets.count - 1
            while i >= min(deactivatedBelow, brackets.count) {
                if !brackets[i].image { brackets[i].active = false }
                i -= 1
            }
            deactivatedBelow = brackets.count
        }
    }
}
