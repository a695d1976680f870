import EngageMarkdown

/// A post cut into parts: the opening (title and everything before the first
/// top-level section heading), then one part per top-level heading, each
/// running to the next. Only headings that are children of the document are
/// structural; a heading in a quote or list is content.
public struct PostStructure: Sendable {
    public struct Part: Sendable {
        /// The part's heading (nil for the opening).
        public let heading: NodeID?
        /// Document children of the part, heading included.
        public let blocks: [NodeID]
        /// Structural sub-headings inside the part.
        public let subheadings: [NodeID]
    }

    public let title: String?
    /// The H1 used as title, if the title came from a heading.
    public let titleHeading: NodeID?
    /// Heading level that starts a part (2 for most posts).
    public let topLevel: Int?
    public let parts: [Part]

    public init(document: Document) {
        // One pass over the document's children, by sibling links (the
        // generic copy of a child sequence cost more than the loop).
        var blocks: [NodeID] = []
        var headings: [(NodeID, Int)] = []
        var child = document.firstChild(document.root)
        while let node = child {
            blocks.append(node)
            if case .heading(let level, _) = document.kind(node) { headings.append((node, level)) }
            child = document.nextSibling(node)
        }
        let titleNode = PostStructure.titleHeading(headings)
        titleHeading = titleNode
        let headingTitle = titleNode.map { document.plainText($0) }
        title = headingTitle ?? document.frontMatter?.string("title")
        let sections = headings.filter { $0.0 != titleNode }
        let level = PostStructure.topLevel(of: sections.map(\.1))
        topLevel = level
        parts = PostStructure.cut(blocks, headings: sections, topLevel: level, in: document)
    }

    /// The first heading, when it is an H1 (a later H1 is a section, not a title).
    private static func titleHeading(_ headings: [(NodeID, Int)]) -> NodeID? {
        guard let first = headings.first, first.1 == 1 else { return nil }
        return first.0
    }

    /// The shallowest level among section headings; when a single heading holds
    /// that level and wraps several deeper ones ("## Guide" over "### Step 1"...),
    /// the next level down is the real structure.
    static func topLevel(of levels: [Int]) -> Int? {
        guard let shallowest = levels.min() else { return nil }
        let atShallowest = levels.filter { $0 == shallowest }.count
        let deeper = levels.filter { $0 > shallowest }
        if atShallowest == 1, let next = deeper.min(), deeper.filter({ $0 == next }).count >= 3 {
            return next
        }
        return shallowest
    }

    private static func cut(_ blocks: [NodeID], headings: [(NodeID, Int)], topLevel: Int?,
                            in document: Document) -> [Part] {
        let level = topLevel ?? Int.max
        var parts: [Part] = []
        var current: [NodeID] = []
        var subheadings: [NodeID] = []
        var heading: NodeID?
        // The headings come in block order, so the next one is the only one a block can be.
        var nextHeading = headings.startIndex
        for block in blocks {
            var blockLevel: Int?
            if nextHeading < headings.endIndex, headings[nextHeading].0 == block {
                blockLevel = headings[nextHeading].1
                nextHeading += 1
            }
            if let blockLevel, blockLevel <= level {
                parts.append(Part(heading: heading, blocks: current, subheadings: subheadings))
                heading = block
                current = []
                subheadings = []
            } else if blockLevel != nil {
                subheadings.append(block)
            }
            current.append(block)
        }
        parts.append(Part(heading: heading, blocks: current, subheadings: subheadings))
        return parts
    }
}
