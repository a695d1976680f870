import EngageMarkdown

/// One block of prose as a reader reads it: a paragraph, heading, paragraph
/// in a list item or block quote, or table cell. Block boundaries are
/// sentence boundaries, so list items and headings never run into the
/// sentence before them.
public struct ProseBlock: Sendable {
    public enum Kind: Equatable, Sendable {
        case paragraph
        case heading(level: Int)
        /// A paragraph whose nearest container is a list item.
        case listItem
        /// A paragraph whose nearest container is a block quote.
        case blockQuote
        case tableCell(header: Bool)
    }

    /// The paragraph, heading or table cell node.
    public let node: NodeID
    public let kind: Kind
    /// The top-level block (child of the document) that holds the node.
    public let topLevel: NodeID
    /// Whether any ancestor is a list item / a block quote.
    public let inList: Bool
    public let inBlockQuote: Bool
    /// Text literals and emoji; link text without its URL; soft breaks as
    /// spaces, hard breaks as `\n`; each code span, autolink, image or
    /// `:shortcode:` emoji as one `ProseExtractor.placeholder`.
    public let text: String
    /// Text ranges of the code-span placeholders, in order.
    public let codeSpans: [Range<Int>]
    /// Text ranges of the emoji (Unicode sequences, and placeholders of
    /// shortcode emoji nodes), in order.
    public let emoji: [Range<Int>]
    /// Text offsets → source byte offsets.
    public let sourceMap: SourceMap
    /// The node's byte range in the source.
    public let sourceRange: Range<Int>

    /// The sentences of `text` (`Sentences.split`) and its word count
    /// (`Words.count`), computed once when the block is made: a dozen rules
    /// read them, and splitting a block per rule cost more than the parse.
    public let sentences: [Sentence]
    public let wordCount: Int

    public var isHeading: Bool { if case .heading = kind { return true } else { return false } }

    /// Source byte offset of a UTF-8 offset in `text`.
    public func sourceOffset(forTextOffset offset: Int) -> Int { sourceMap.sourceOffset(forTextOffset: offset) }

    /// Source byte range of a UTF-8 range in `text` (e.g. a sentence or quantity).
    public func sourceRange(forTextRange range: Range<Int>) -> Range<Int> { sourceMap.sourceRange(forTextRange: range) }

    /// The text of a UTF-8 range of `text`.
    public func text(of range: Range<Int>) -> String {
        // UTF-8 index arithmetic is O(1) on native strings.
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }

    // Conveniences: each runs the analyser over `text` (linear; cache the
    // result if a rule needs it twice).
    public var words: [Word] { Words.tokenize(text) }
    public var quantities: [Quantity] { Quantities.find(in: text) }
    public var secondPerson: SecondPersonUsage { SecondPerson.analyze(text) }
    public var questions: [Sentence] { Questions.find(in: text) }
    public var beforeAfterPairs: [BeforeAfterPair] { BeforeAfter.pairs(in: text) }
    public var claims: [ClaimedChange] { BeforeAfter.claims(in: text) }
}
