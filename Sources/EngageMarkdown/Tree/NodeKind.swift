/// What a node of the document tree is. Block kinds first, then inline kinds.
public enum NodeKind: Equatable, Sendable {
    // MARK: Blocks
    case document
    /// YAML (`---`) or TOML (`+++`) block at the very start; parsed keys are in `Document.frontMatter`.
    case frontMatter
    case heading(level: Int, setext: Bool)
    case paragraph
    case blockQuote
    case list(ListInfo)
    /// `task` is nil for an ordinary item, true/false for `[x]` / `[ ]` items.
    case listItem(task: Bool?)
    /// Fenced (with its info string) or indented code; the content is the node's literal.
    indirect case codeBlock(fenced: Bool, info: String)
    /// Raw HTML block (comments included); the raw text is the node's literal.
    case htmlBlock
    case thematicBreak
    // The string-carrying cases (code blocks, definitions, links, images) are
    // boxed (`indirect`): unboxed they made every node 112 bytes, and the node
    // arena of a 50,000-level nest fell out of cache. Boxed, a node is 64
    // bytes; only these nodes pay an allocation, and they hold strings anyway.
    indirect case linkReferenceDefinition(label: String, destination: String, title: String?)
    case table(alignments: [TableAlignment])
    case tableRow(header: Bool)
    case tableCell

    // MARK: Inlines
    /// Text; its content is the node's literal (escapes and entities resolved).
    case text
    case softBreak
    case hardBreak
    /// Code span; its content is the node's literal.
    case codeSpan
    case emphasis
    case strong
    case strikethrough
    indirect case link(destination: String, title: String?, style: LinkStyle)
    indirect case image(destination: String, title: String?, style: LinkStyle)
    /// Inline raw HTML; the raw text is the node's literal.
    case inlineHTML
    /// One Unicode emoji sequence (keycap, flag, skin-tone and ZWJ sequences whole; a `:shortcode:` stays text); the emoji is the literal.
    case emoji

    public var isBlock: Bool {
        switch self {
        case .text, .softBreak, .hardBreak, .codeSpan, .emphasis, .strong, .strikethrough,
             .link, .image, .inlineHTML, .emoji:
            return false
        default:
            return true
        }
    }

    /// A short stable name used by `engage outline` and in JSON.
    public var name: String {
        switch self {
        case .document: return "document"
        case .frontMatter: return "front_matter"
        case .heading: return "heading"
        case .paragraph: return "paragraph"
        case .blockQuote: return "block_quote"
        case .list: return "list"
        case .listItem: return "item"
        case .codeBlock: return "code_block"
        case .htmlBlock: return "html_block"
        case .thematicBreak: return "thematic_break"
        case .linkReferenceDefinition: return "link_reference_definition"
        case .table: return "table"
        case .tableRow: return "table_row"
        case .tableCell: return "table_cell"
        case .text: return "text"
        case .softBreak: return "softbreak"
        case .hardBreak: return "linebreak"
        case .codeSpan: return "code"
        case .emphasis: return "emph"
        case .strong: return "strong"
        case .strikethrough: return "strikethrough"
        case .link: return "link"
        case .image: return "image"
        case .inlineHTML: return "html_inline"
        case .emoji: return "emoji"
        }
    }
}

public struct ListInfo: Equatable, Sendable {
    // `start` first: the flags then pack after it and the node kind stays small.
    /// Start number of an ordered list (1 for bullet lists).
    public var start: Int
    public var ordered: Bool
    /// `-`, `+` or `*` for bullets; `.` or `)` for ordered lists.
    public var marker: UInt8
    /// A list is tight when no blank line separates its items or their blocks.
    public var tight: Bool

    public init(ordered: Bool, start: Int, marker: UInt8, tight: Bool) {
        self.ordered = ordered
        self.start = start
        self.marker = marker
        self.tight = tight
    }
}

public enum TableAlignment: String, Equatable, Sendable {
    case none, left, center, right
}

public enum LinkStyle: String, Equatable, Sendable {
    /// `[text](url)`
    case inline
    /// `[text][ref]`, `[text][]`, `[text]`
    case reference
    /// `<https://...>` or a GFM bare URL
    case autolink
}
