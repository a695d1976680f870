/// A parsed Markdown file: the source, its front matter, and the node tree.
///
/// Nodes live in one array (an arena) and point at each other by index, as
/// cmark's nodes do. That keeps the tree flat in memory, makes moving a run of
/// siblings under a new parent O(1) (emphasis needs it), and means freeing a
/// 50,000-level-deep tree never recurses.
public struct Document: Sendable {
    public let source: SourceText
    public internal(set) var frontMatter: FrontMatter?
    var nodes: [NodeRecord]

    public init(source: SourceText) {
        self.source = source
        self.frontMatter = nil
        nodes = [NodeRecord(kind: .document, range: source.contentStart..<source.bytes.count, parent: NodeID.none)]
    }

    public var root: NodeID { NodeID(0) }
    public var nodeCount: Int { nodes.count }

    public func kind(_ node: NodeID) -> NodeKind { nodes[node.index].kind }
    /// Half-open byte range the node covers in the source, without the final line terminator.
    public func range(_ node: NodeID) -> Range<Int> { nodes[node.index].range }
    public func span(_ node: NodeID) -> SourceSpan { source.span(of: nodes[node.index].range) }
    public func parent(_ node: NodeID) -> NodeID? { nodes[node.index].parent.optional }
    public func firstChild(_ node: NodeID) -> NodeID? { nodes[node.index].firstChild.optional }
    public func lastChild(_ node: NodeID) -> NodeID? { nodes[node.index].lastChild.optional }
    public func nextSibling(_ node: NodeID) -> NodeID? { nodes[node.index].next.optional }
    public func previousSibling(_ node: NodeID) -> NodeID? { nodes[node.index].previous.optional }

    /// The node's own text: content of text, code spans, code blocks, HTML and emoji.
    public func literal(_ node: NodeID) -> String? { nodes[node.index].literal }

    public func children(_ node: NodeID) -> ChildSequence { ChildSequence(nodes: nodes, first: firstChild(node)) }

    /// 1-based line of the node's first character.
    public func startLine(_ node: NodeID) -> Int { source.line(containing: nodes[node.index].range.lowerBound) }

    /// 1-based line of the node's last character.
    public func endLine(_ node: NodeID) -> Int {
        let range = nodes[node.index].range
        return source.line(containing: range.isEmpty ? range.lowerBound : range.upperBound - 1)
    }
}

/// Index of a node in its document.
public struct NodeID: Hashable, Comparable, Sendable {
    let raw: Int32
    init(_ index: Int) { raw = Int32(truncatingIfNeeded: index) }
    init(raw: Int32) { self.raw = raw }
    var index: Int { Int(raw) }
    /// The node's position in its document's node array: dense from 0 to
    /// `nodeCount`, so a table indexed by it answers "is this node in?"
    /// without hashing.
    public var ordinal: Int { Int(raw) }
    static let none = NodeID(raw: -1)
    var optional: NodeID? { raw < 0 ? nil : self }
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.raw < rhs.raw }
}

/// One node of the arena. Fields are ordered small to large so the record
/// packs into 64 bytes (kind 12, five links 20, range 16, literal 16).
struct NodeRecord: Sendable {
    var kind: NodeKind
    var parent: NodeID
    var firstChild = NodeID.none
    var lastChild = NodeID.none
    var previous = NodeID.none
    var next = NodeID.none
    var range: Range<Int>
    var literal: String?

    init(kind: consuming NodeKind, range: Range<Int>, parent: NodeID, previous: NodeID = .none,
         literal: consuming String? = nil) {
        self.kind = kind
        self.range = range
        self.parent = parent
        self.previous = previous
        self.literal = literal
    }
}

/// The children of one node, in order. Holds the node array alone (one
/// reference), not the whole document, and iterates with no closure box:
/// rules ask for children tens of thousands of times per corpus run.
public struct ChildSequence: Sequence {
    let nodes: [NodeRecord]
    let first: NodeID?

    public struct Iterator: IteratorProtocol {
        let nodes: [NodeRecord]
        var current: NodeID?

        public mutating func next() -> NodeID? {
            guard let node = current else { return nil }
            current = nodes[node.index].next.optional
            return node
        }
    }

    public func makeIterator() -> Iterator { Iterator(nodes: nodes, current: first) }
}
