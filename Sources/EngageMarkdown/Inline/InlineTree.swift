/// The inline parser's scratch tree: one flat array of small value nodes,
/// linked by index like cmark's nodes.
///
/// Why not build `Document` nodes directly? cmark makes a node for every
/// special character (each `*` run, `[`, `!`, entity...) and merges the text
/// afterwards; doing that in the document arena would leave its garbage in
/// the document forever and build a String per fragment. Here fragments are
/// 36-byte structs holding buffer offsets; `InlineEmitter` turns the final
/// tree into document nodes once, building each String a single time.
struct InlineTree {
    enum Kind: UInt8 {
        case root
        /// Text whose literal is exactly the buffer bytes `start..<end`.
        case text
        /// Text whose literal is `extra[aux0..<aux1]` (an escape or entity).
        case decodedText
        /// A node emptied by emphasis processing or replaced by a link; skipped.
        case removed
        case softBreak, hardBreak
        /// Code span; the content (before normalization) is buffer `aux0..<aux1`.
        case code
        case html
        case emphasis, strong, strikethrough
        /// Link or image; `aux0` indexes `links`.
        case link, image
    }

    struct Node {
        var kind: Kind
        /// Plain run text that a directly following plain run may extend in place.
        var mergeable = false
        /// Buffer offsets, 32-bit (files are at most `SourceDecoder.maximumBytes`):
        /// a node is 36 bytes, not 48, and a block of 100k fragments stays in cache longer.
        @Narrow<Int32> var start: Int
        @Narrow<Int32> var end: Int
        var aux0: Int32 = 0
        var aux1: Int32 = 0
        var next: Int32 = -1
        var previous: Int32 = -1
        var first: Int32 = -1
        var last: Int32 = -1
    }

    struct LinkTarget {
        var destination: String
        var title: String?
        var style: LinkStyle
    }

    static let root: Int32 = 0
    var nodes: [Node]
    /// Decoded literal bytes of `.decodedText` nodes.
    var extra: [UInt8] = []
    var links: [LinkTarget] = []

    /// No nodes at all, not even the root (nothing allocated): a placeholder
    /// until `reset` makes it a tree.
    init() { nodes = [] }

    /// Empties the tree down to its root, keeping the storage for the next block.
    mutating func reset(capacity: Int) {
        nodes.removeAll(keepingCapacity: true)
        nodes.reserveCapacity(capacity)
        nodes.append(Node(kind: .root, start: 0, end: 0))
        extra.removeAll(keepingCapacity: true)
        links.removeAll(keepingCapacity: true)
    }

    subscript(_ id: Int32) -> Node {
        get { nodes[Int(id)] }
        set { nodes[Int(id)] = newValue }
    }

    /// Appends `node` as the last child of `parent`.
    @discardableResult
    mutating func append(_ node: Node, to parent: Int32 = InlineTree.root) -> Int32 {
        let id = Int32(nodes.count)
        var node = node
        let last = nodes[Int(parent)].last
        node.previous = last
        nodes.append(node)
        if last >= 0 { nodes[Int(last)].next = id } else { nodes[Int(parent)].first = id }
        nodes[Int(parent)].last = id
        return id
    }

    /// Appends plain text `start..<end` to the root, extending the previous
    /// plain run when it ends exactly here (so `a!b` is one fragment, not three).
    @discardableResult
    mutating func appendText(_ start: Int, _ end: Int, mergeable: Bool = true) -> Int32 {
        let last = nodes[0].last
        if mergeable && last >= 0 && nodes[Int(last)].mergeable && nodes[Int(last)].end == start {
            nodes[Int(last)].end = end
            return last
        }
        var node = Node(kind: .text, start: start, end: end)
        node.mergeable = mergeable
        return append(node)
    }

    /// Appends a text node whose literal is `literal` and whose source is `start..<end`.
    @discardableResult
    mutating func appendDecoded(_ literal: some Collection<UInt8>, start: Int, end: Int) -> Int32 {
        let from = Int32(extra.count)
        extra.append(contentsOf: literal)
        return append(Node(kind: .decodedText, start: start, end: end, aux0: from, aux1: Int32(extra.count)))
    }

    /// Makes `container` (a new node) the parent of the siblings strictly between
    /// `opener` and `closer`, and puts it between them. O(1): children keep no
    /// parent pointer, the emitter walks with its own stack.
    @discardableResult
    mutating func wrap(between opener: Int32, and closer: Int32, in container: Node) -> Int32 {
        let id = Int32(nodes.count)
        var node = container
        let first = nodes[Int(opener)].next
        node.previous = opener
        node.next = closer
        if first != closer {
            node.first = first
            node.last = nodes[Int(closer)].previous
            nodes[Int(first)].previous = -1
            nodes[Int(node.last)].next = -1
        }
        nodes.append(node)
        nodes[Int(opener)].next = id
        nodes[Int(closer)].previous = id
        return id
    }

    /// Puts a new `container` right after `opener` (a child of the root) and
    /// moves every later child of the root into it. Used when `]` closes a link.
    @discardableResult
    mutating func wrapRest(after opener: Int32, in container: Node) -> Int32 {
        let id = Int32(nodes.count)
        var node = container
        let first = nodes[Int(opener)].next
        node.previous = opener
        if first >= 0 {
            node.first = first
            node.last = nodes[0].last
            nodes[Int(first)].previous = -1
        }
        nodes.append(node)
        nodes[Int(opener)].next = id
        nodes[0].last = id
        return id
    }

    /// Empties a node in place; the emitter skips it.
    mutating func remove(_ id: Int32) {
        nodes[Int(id)].kind = .removed
        nodes[Int(id)].mergeable = false
    }
}
