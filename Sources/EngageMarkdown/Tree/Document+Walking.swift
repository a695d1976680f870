/// Reading the tree: pre-order walks and plain text. Iterative, never
/// recursive, so depth costs no stack.
extension Document {
    /// Visits `start` and every descendant in document order. Return false from
    /// `visit` to skip a node's children.
    public func walk(from start: NodeID? = nil, _ visit: (NodeID) -> Bool) {
        let top = start ?? root
        var current: NodeID? = top
        while let node = current {
            if visit(node), let child = firstChild(node) {
                current = child
                continue
            }
            current = nextInWalk(after: node, top: top)
        }
    }

    /// The next node in document order after `node`'s subtree, staying under
    /// `top` (nil when the walk of `top` is over): the step `walk` takes, for
    /// a caller that walks by hand and may stop early.
    public func nextInWalk(after node: NodeID, top: NodeID) -> NodeID? {
        var climbing = node
        while climbing != top {
            if let next = nextSibling(climbing) { return next }
            guard let up = parent(climbing) else { return nil }
            climbing = up
        }
        return nil
    }

    /// Every node of the given kind-name test, in document order.
    public func nodes(where matches: (NodeKind) -> Bool) -> [NodeID] {
        var found: [NodeID] = []
        walk { node in
            if matches(kind(node)) { found.append(node) }
            return true
        }
        return found
    }

    /// Number of ancestors between `node` and the document.
    public func depth(_ node: NodeID) -> Int {
        var count = 0
        var current = parent(node)
        while let up = current, up != root {
            count += 1
            current = parent(up)
        }
        return count
    }

    /// The text a reader sees in the node: text, code spans and emoji
    /// concatenated, breaks as spaces (cmark's rendering of heading text).
    public func plainText(_ node: NodeID) -> String {
        var text = ""
        walk(from: node) { child in
            switch kind(child) {
            case .text, .codeSpan, .emoji:
                text += literal(child) ?? ""
            case .softBreak, .hardBreak:
                text += " "
            case .codeBlock, .htmlBlock, .inlineHTML:
                return false
            default:
                break
            }
            return true
        }
        return text
    }
}
