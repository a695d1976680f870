/// The mutations the block and inline parsers use to build the tree.
/// Internal: once parsed, a Document is read-only to the rest of engage.
extension Document {
    /// Appends a new last child to `parent` and returns it.
    @discardableResult
    mutating func append(_ kind: consuming NodeKind, range: Range<Int>, to parent: NodeID,
                         literal: consuming String? = nil) -> NodeID {
        let id = NodeID(nodes.count)
        // Through buffer pointers: the array's own subscript copies the whole
        // record (retaining its strings) to read or write one link, which was
        // a third of a deep nest's time. The record is built in the append's
        // argument, so it is moved into the arena, not copied and destroyed.
        let last = nodes.withUnsafeBufferPointer { $0[parent.index].lastChild }
        nodes.append(NodeRecord(kind: kind, range: range, parent: parent, previous: last, literal: literal))
        nodes.withUnsafeMutableBufferPointer { records in
            if last.raw >= 0 { records[last.index].next = id } else { records[parent.index].firstChild = id }
            records[parent.index].lastChild = id
        }
        return id
    }

    /// Creates a node attached nowhere yet (link it with `insert(_:after:)` or `append`).
    mutating func makeDetached(_ kind: NodeKind, range: Range<Int>, literal: String? = nil) -> NodeID {
        let id = NodeID(nodes.count)
        nodes.append(NodeRecord(kind: kind, range: range, parent: .none, literal: literal))
        return id
    }

    /// Inserts detached `node` right after `sibling`, under the same parent.
    mutating func insert(_ node: NodeID, after sibling: NodeID) {
        let parent = nodes[sibling.index].parent
        let next = nodes[sibling.index].next
        nodes[node.index].parent = parent
        nodes[node.index].previous = sibling
        nodes[node.index].next = next
        nodes[sibling.index].next = node
        if next.raw >= 0 { nodes[next.index].previous = node } else { nodes[parent.index].lastChild = node }
    }

    /// Inserts detached `node` right before `sibling`, under the same parent.
    mutating func insert(_ node: NodeID, before sibling: NodeID) {
        let parent = nodes[sibling.index].parent
        let previous = nodes[sibling.index].previous
        nodes[node.index].parent = parent
        nodes[node.index].next = sibling
        nodes[node.index].previous = previous
        nodes[sibling.index].previous = node
        if previous.raw >= 0 { nodes[previous.index].next = node } else { nodes[parent.index].firstChild = node }
    }

    /// Detaches `node` (with its subtree) from its parent and siblings.
    mutating func unlink(_ node: NodeID) {
        let record = nodes[node.index]
        if record.previous.raw >= 0 {
            nodes[record.previous.index].next = record.next
        } else if record.parent.raw >= 0 {
            nodes[record.parent.index].firstChild = record.next
        }
        if record.next.raw >= 0 {
            nodes[record.next.index].previous = record.previous
        } else if record.parent.raw >= 0 {
            nodes[record.parent.index].lastChild = record.previous
        }
        nodes[node.index].parent = .none
        nodes[node.index].previous = .none
        nodes[node.index].next = .none
    }

    /// Moves the siblings `first...last` (same parent, in order) under `newParent`,
    /// which must be detached and childless. O(length of the run) for parent links.
    mutating func reparent(from first: NodeID, through last: NodeID, under newParent: NodeID) {
        let before = nodes[first.index].previous
        let after = nodes[last.index].next
        let oldParent = nodes[first.index].parent
        var current = first
        while true {
            nodes[current.index].parent = newParent
            if current == last { break }
            current = nodes[current.index].next
        }
        nodes[first.index].previous = .none
        nodes[last.index].next = .none
        nodes[newParent.index].firstChild = first
        nodes[newParent.index].lastChild = last
        nodes[newParent.index].parent = oldParent
        nodes[newParent.index].previous = before
        nodes[newParent.index].next = after
        if before.raw >= 0 { nodes[before.index].next = newParent } else { nodes[oldParent.index].firstChild = newParent }
        if after.raw >= 0 { nodes[after.index].previous = newParent } else { nodes[oldParent.index].lastChild = newParent }
    }

    mutating func setKind(_ node: NodeID, _ kind: NodeKind) { nodes[node.index].kind = kind }
    mutating func setRange(_ node: NodeID, _ range: Range<Int>) { nodes[node.index].range = range }
    mutating func setEnd(_ node: NodeID, _ end: Int) {
        let start = nodes[node.index].range.lowerBound
        nodes[node.index].range = start..<max(start, end)
    }
    mutating func setLiteral(_ node: NodeID, _ literal: String?) { nodes[node.index].literal = literal }
    mutating func setFrontMatter(_ frontMatter: FrontMatter?) { self.frontMatter = frontMatter }
}
