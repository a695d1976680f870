/// The block kinds the line pass tracks while a block is open. Mirrors the
/// node kinds, but carries no payload so a switch over it stays cheap.
enum BlockType: UInt8 {
    case document, blockQuote, list, item, paragraph, heading, codeBlock, htmlBlock,
         thematicBreak, table, tableRow

    /// Leaf blocks that take the rest of a line as text (cmark's `accepts_lines`).
    var acceptsLines: Bool { self == .paragraph || self == .heading || self == .codeBlock }

    /// Lists and items: on a blank line every open one of them matches without
    /// consuming anything, which the matcher skips over in one step.
    var isListOrItem: Bool { self == .list || self == .item }

    /// cmark's `cmark_node_can_contain_type` for the block kinds.
    func canContain(_ child: BlockType) -> Bool {
        switch self {
        case .document, .blockQuote, .item:
            return child != .item && child != .tableRow
        case .list:
            return child == .item
        case .table:
            return child == .tableRow
        default:
            return false
        }
    }
}

/// What a list marker said: kept on the list (to match later items against)
/// and on each item (to know how far its content is indented).
struct ListData {
    var ordered = false
    /// `-`, `+` or `*` for bullets; 0 for ordered lists.
    var bulletChar: UInt8 = 0
    /// `.` or `)` for ordered lists; 0 for bullets.
    var delimiter: UInt8 = 0
    var start = 0
    /// Columns of indentation before the marker.
    var markerOffset = 0
    /// Columns from the marker to the item's content.
    var padding = 0

    /// cmark's `lists_match`: same kind, same delimiter, same bullet.
    func continues(_ other: ListData) -> Bool {
        ordered == other.ordered && delimiter == other.delimiter && bulletChar == other.bulletChar
    }
}

/// One entry of the stack of open blocks (cmark's chain of open last children).
/// Plain values only, so pushing and popping never retains anything.
///
/// Kept to 64 bytes: a 50,000-level nest holds one entry per level, every
/// push and pop copies one, and at 150 bytes the deepest traps spent most of
/// their time moving entries and grew faster than their input. So counts and
/// line numbers are `@Narrow` Int32s behind Int accessors (clamped, never trapping: no
/// file engage reads comes near), and what only one kind of block needs
/// shares three slots, as cmark's `node->as` union does: a list or item keeps
/// its marker's start and indents there, a code block its fence, a table its
/// counts. Byte offsets stay Int.
struct OpenBlock {
    let node: NodeID
    /// The block's last child that cmark would still have: a paragraph that
    /// turned out to hold only link reference definitions is gone from
    /// cmark's tree, so the definition nodes engage keeps in its place must
    /// not count as children (for blank-line matching and list tightness).
    var lastChildBlock = NodeID.none
    /// The parent's `lastChildBlock` before this block opened: restored if
    /// this block turns into definitions.
    var previousSiblingBlock = NodeID.none
    /// 0-based line the block starts on.
    @Narrow<Int32> private(set) var startLine: Int
    /// Byte offset of the block's first non-indentation character.
    var start: Int
    /// Line the block is known to end on (ATX heading, setext underline,
    /// closing fence, thematic break, one-line HTML end); -1 when it ends
    /// where the next block begins.
    @Narrow<Int32> var endLine = -1
    @Narrow<Int32> var blankWrittenAt = -1
    @Narrow<Int32> var clearedAt = -1
    /// The shared slots (see above).
    private var slots: (Int32, Int32, Int32) = (0, 0, 0)
    var type: BlockType
    // cmark's LAST_LINE_BLANK flag, kept lazily: a line clears the flag on
    // every ancestor of its container, which done eagerly costs the depth of
    // the tree per line. Instead the clear is stamped on the container's parent
    // and handed down to each ancestor as blocks above it close (see
    // `BlockEngine.closeTop`).
    var lastLineBlank = false
    /// Set once the paragraph failed to become a table because the header
    /// did not match: cmark never tries that paragraph again.
    var tableVisited = false
    // Code blocks.
    var fenced = false
    var fenceChar: UInt8 = 0
    @Narrow<UInt8> var htmlType = 0
    @Narrow<UInt8> var headingLevel = 0
    private var listMarks: (ordered: Bool, bullet: UInt8, delimiter: UInt8) = (false, 0, 0)

    init(node: NodeID, type: BlockType, startLine: Int, start: Int) {
        self.node = node
        self.type = type
        self.startLine = startLine
        self.start = start
    }

    // MARK: The shared slots

    /// Lists and items.
    var list: ListData {
        get {
            ListData(ordered: listMarks.ordered, bulletChar: listMarks.bullet, delimiter: listMarks.delimiter,
                     start: Int(slots.0), markerOffset: Int(slots.1), padding: Int(slots.2))
        }
        set {
            listMarks = (newValue.ordered, newValue.bulletChar, newValue.delimiter)
            slots = (Int32(clamping: newValue.start), Int32(clamping: newValue.markerOffset),
                     Int32(clamping: newValue.padding))
        }
    }
    /// Fenced code: the opening fence's length.
    var fenceLength: Int { get { self[slot: 0] } set { self[slot: 0] = newValue } }
    /// Fenced code: indentation (in bytes) before the opening fence, removed from content lines.
    var fenceOffset: Int { get { self[slot: 1] } set { self[slot: 1] = newValue } }
    /// Tables.
    var tableColumns: Int { get { self[slot: 0] } set { self[slot: 0] = newValue } }
    var tableRows: Int { get { self[slot: 1] } set { self[slot: 1] = newValue } }
    var tableFilledCells: Int { get { self[slot: 2] } set { self[slot: 2] = newValue } }

    /// One shared slot as an Int (stored clamped to Int32, never trapping).
    private subscript(slot index: Int) -> Int {
        get {
            switch index {
            case 0: Int(slots.0)
            case 1: Int(slots.1)
            default: Int(slots.2)
            }
        }
        set {
            let value = Int32(clamping: newValue)
            switch index {
            case 0: slots.0 = value
            case 1: slots.1 = value
            default: slots.2 = value
            }
        }
    }
}

/// One line of a leaf block's content: a byte range of the source plus the
/// spaces that stand for the unconsumed part of a tab (cmark's `add_line`).
struct LeafLine {
    var start: Int
    var end: Int
    var pad: Int
    var line: Int
}
