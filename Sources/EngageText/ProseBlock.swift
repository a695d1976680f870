import EngageMarkdown
import Synchronization

/// One block of prose as a reader reads it: a paragraph, heading, paragraph
/// in a list item or block quote, or table cell. Block boundaries are
/// sentence boundaries, so list items and headings never run into the
/// sentence before them.
/// A class, not a struct: every rule walks the post's blocks, and copying a
/// struct of eight reference-counted fields cost more than the rules' work.
public final class ProseBlock: Sendable {
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

    public convenience init(node: NodeID, kind: Kind, topLevel: NodeID, inList: Bool, inBlockQuote: Bool, text: String,
                            codeSpans: [Range<Int>], emoji: [Range<Int>], sourceMap: SourceMap, sourceRange: Range<Int>) {
        self.init(node: node, kind: kind, topLevel: topLevel, inList: inList, inBlockQuote: inBlockQuote, text: text,
                  codeSpans: codeSpans, emoji: emoji, sourceMap: sourceMap, sourceRange: sourceRange, scanner: nil)
    }

    /// `scanner`: the text's scanner when the extractor made one already.
    init(node: NodeID, kind: Kind, topLevel: NodeID, inList: Bool, inBlockQuote: Bool, text: String,
         codeSpans: [Range<Int>], emoji: [Range<Int>], sourceMap: SourceMap, sourceRange: Range<Int>, scanner: UTF8Scanner?) {
        self.node = node
        self.kind = kind
        self.topLevel = topLevel
        self.inList = inList
        self.inBlockQuote = inBlockQuote
        self.text = text
        self.codeSpans = codeSpans
        self.emoji = emoji
        self.sourceMap = sourceMap
        self.sourceRange = sourceRange
        views = Mutex(Views(scanner: scanner))
    }

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

    /// Derived views, computed on first use and kept: a dozen rules ask for
    /// the same block's sentences and words, and recomputing them per rule
    /// made the lint cost tens of times the parse.
    private let views: Mutex<Views>

    /// The text's bytes and their URL and `@` flags, made once: every view
    /// below scans them, and each used to copy and flag the text anew.
    var scanner: UTF8Scanner { view({ $0.scanner }, { $0.scanner = $1 }) { UTF8Scanner(text) } }

    public var words: [Word] { view({ $0.words }, { $0.words = $1 }) { Words.tokenize(scanner) } }
    public var wordCount: Int { words.count }
    /// Split with the kept words, so the text is tokenised once for both.
    public var sentences: [Sentence] {
        view({ $0.sentences }, { $0.sentences = $1 }) { Sentences.split(scanner, words: words) }
    }
    public var quantities: [Quantity] {
        view({ $0.quantities }, { $0.quantities = $1 }) {
            // Every quantity starts at an ASCII digit: most blocks have none.
            text.utf8.contains(where: { $0 &- 0x30 < 10 }) ? Quantities.find(in: scanner) : []
        }
    }
    /// `Quantities.measures(in: text)` from the kept quantities (no second scan).
    public var measures: [Quantity] { quantities.filter(\.hasUnit) }
    /// The words lower-cased, curly apostrophes made straight, with their
    /// UTF-8 ranges: what phrase matching compares. Not kept: each word's
    /// text is made when read, and a rule reads only the words whose key
    /// (`lowercasedWordKeys`) may start one of its phrases.
    public var lowercasedWords: LowercasedWords { LowercasedWords(words, in: text) }
    /// The keys of `lowercasedWords` (index for index): lets a rule skip the
    /// words no phrase of its starts with before it hashes any String.
    public var lowercasedWordKeys: [WordKey] {
        view({ $0.lowercasedWordKeys }, { $0.lowercasedWordKeys = $1 }) { Words.lowercasedKeys(words, in: text) }
    }
    /// `PhraseNormalizer.keys(text)`: the words of `PhraseNormalizer.words(text)`
    /// as keys, made without a String per word; what the phrase tries match.
    /// (No rule keeps the words themselves: a String per word of every block
    /// cost a third of the parse.)
    public var phraseKeys: [WordKey] { keys.phrase }
    /// The text cut into company-name tokens (case kept), as keys: what
    /// `CompanyMatcher.companies(inTokenKeys:)` reads. Every token is hashed,
    /// so the keys serve any matcher, the built-in list or an extended one.
    public var companyTokenKeys: [WordKey] { keys.companyTokens }
    /// Both kinds of key, made in one `ProseScanner` pass over the text's
    /// bytes (the same keys as `PhraseNormalizer.keys` and
    /// `CompanyMatcher.tokenKeys`; `ProseScannerTests` holds them to it).
    private var keys: Keys {
        view({ $0.keys }, { $0.keys = $1 }) {
            var keys = Keys()
            var text = text
            _ = text.withUTF8 { ProseBlock.keyScanner.scan($0, words: &keys.phrase, tokens: &keys.companyTokens) }
            return keys
        }
    }
    /// Every byte may start a token: the keys serve any company matcher.
    private static let keyScanner = ProseScanner(companyStartBytes: [Bool](repeating: true, count: 256))
    // Not kept (each is asked for by one rule at most); the figures ones
    // read the kept quantities rather than scanning the text again.
    public var secondPerson: SecondPersonUsage { SecondPerson.analyze(scanner, words: words) }
    public var questions: [Sentence] { sentences.filter(\.isQuestion) }
    public var beforeAfterPairs: [BeforeAfterPair] { BeforeAfter.pairs(in: scanner, quantities: quantities) }
    public var claims: [ClaimedChange] { BeforeAfter.claims(in: scanner, quantities: quantities) }
}

extension ProseBlock {
    /// The views a block keeps once made.
    struct Views {
        var scanner: UTF8Scanner?
        var words: [Word]?
        var sentences: [Sentence]?
        var quantities: [Quantity]?
        var lowercasedWordKeys: [WordKey]?
        var keys: Keys?
    }

    struct Keys: Sendable {
        var phrase: [WordKey] = []
        var companyTokens: [WordKey] = []
    }

    /// The kept view that `read` finds, made by `make` the first time. The mutex keeps
    /// a block safe to read from several threads (the engine reads one post
    /// on one thread, so it is never contended). `make` runs outside the
    /// lock: one view may be made from another (the sentences from the
    /// words), and two threads racing only make the same value twice.
    /// (Synchronization, not Foundation: EngageText stays free of
    /// Foundation, whose String overloads are the slow path.)
    /// (Closures, not key paths: a key path is applied by the runtime,
    /// which cost more than the lock on every read of a view.)
    @inline(__always)
    private func view<T: Sendable>(_ read: (inout Views) -> T?, _ write: (inout Views, T) -> Void, _ make: () -> T) -> T {
        if let kept = views.withLock({ read(&$0) }) { return kept }
        let made = make()
        views.withLock { write(&$0, made) }
        return made
    }
}
