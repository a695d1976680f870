import EngageMarkdown
import EngageSections
import EngageText

/// Facts about one post computed once and shared by every rule: the prose
/// blocks, each tied to the top-level block that holds it, so a rule's scope
/// is a cheap filter. One instance per file; never shared across threads.
public final class PostAnalysis: @unchecked Sendable {
    public let document: Document
    public let map: SectionMap
    public let path: String
    /// The company names in force for this post (built-in plus configured).
    public let companies: CompanyMatcher
    /// The document's top-level blocks, in order.
    public let topLevelBlocks: [NodeID]
    /// Prose blocks (paragraphs, headings, list paragraphs, cells) in document
    /// order, each mapping its text offsets back to source bytes.
    public private(set) lazy var prose: [ProseBlock] = ProseExtractor.blocks(in: document)

    /// `PhraseSpotter.words` of each prose block, by node: three checks
    /// (academic tone, vague claims, placeholders) read the same words, and
    /// tokenising a long paragraph three times tripled its cost.
    private var spottedWords: [NodeID: [(text: String, range: Range<Int>)]] = [:]

    func phraseWords(of block: ProseBlock) -> [(text: String, range: Range<Int>)] {
        if let words = spottedWords[block.node] { return words }
        let words = PhraseSpotter.words(block.text)
        spottedWords[block.node] = words
        return words
    }

    public init(document: Document, map: SectionMap, path: String, companies: CompanyMatcher = .builtin) {
        self.document = document
        self.map = map
        self.path = path
        self.companies = companies
        topLevelBlocks = Array(document.children(document.root))
    }

    /// Without an excerpt from the check, the location's source line stands in
    /// (baseline fingerprints need some text that survives edits elsewhere).
    public func location(of offset: Int, message: String, excerpt: String?) -> Location {
        let point = document.source.location(of: offset)
        return Location(line: point.line, column: point.column, message: message,
                        excerpt: excerpt ?? document.source.lineText(point.line))
    }
}
