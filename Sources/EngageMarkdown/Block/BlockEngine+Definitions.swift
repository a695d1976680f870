/// Link reference definitions at the start of a paragraph. cmark resolves
/// them when the paragraph closes and before a setext underline turns it into
/// a heading; what they leave is the paragraph's text.
extension BlockEngine {
    /// Setext decision on the open paragraph at `index`: resolves its
    /// definitions; returns whether any text remains to be a heading.
    mutating func resolveDefinitions(forOpenParagraph index: Int) -> Bool {
        var lines = leaf
        let hasContent = resolveDefinitions(of: stack[index].node, lines: &lines, keepNode: true)
        leaf = lines
        // The paragraph now starts at its first remaining line, or, when
        // definitions took every line, at the underline, which cmark then
        // keeps as the paragraph's text.
        stack[index].start = hasContent ? strippedStart(lines[0]) : firstNonspace
        return hasContent
    }

    /// Parses the definitions opening `lines`, registers them, puts a
    /// definition node before `node` for each, and drops the lines they
    /// used. When nothing remains and `keepNode` is false, `node` itself
    /// becomes the last definition (so no orphan node stays in the arena).
    /// Returns whether any line remains.
    mutating func resolveDefinitions(of node: NodeID, lines: inout [LeafLine], keepNode: Bool) -> Bool {
        guard let first = lines.first else { return false }
        let start = strippedStart(first)
        // A definition starts with `[`; most paragraphs are not one.
        guard start < first.end, buf[start] == 0x5B else { return true }
        let ranges = lines.map { strippedStart($0)..<$0.end }
        let (definitions, consumed) = LinkReferenceDefinitionParser.parse(lines: ranges, source: document.source)
        guard consumed > 0, !definitions.isEmpty else { return true }
        let remaining = lines.count - min(consumed, lines.count)
        for (k, definition) in definitions.enumerated() {
            references.add(label: definition.label, destination: definition.destination, title: definition.title)
            let kind = NodeKind.linkReferenceDefinition(label: definition.label, destination: definition.destination,
                                                        title: definition.title)
            if k == definitions.count - 1 && remaining == 0 && !keepNode {
                document.setKind(node, kind)
                document.setRange(node, definition.range)
            } else {
                let detached = document.makeDetached(kind, range: definition.range)
                document.insert(detached, before: node)
            }
        }
        lines.removeFirst(lines.count - remaining)
        return remaining > 0
    }
}
