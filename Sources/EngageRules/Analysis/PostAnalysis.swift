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
    /// Every node under a top-level block but text and line breaks, in
    /// document order, with that block: walked once, so a rule asking for
    /// nodes of some kind scans an array instead of walking the tree again
    /// (a tree walk per rule was 7% of the lint). Text is most of a tree and
    /// no rule asks for text nodes (the prose blocks hold the text).
    public private(set) lazy var nodesInOrder: [(node: NodeID, topLevel: NodeID)] = {
        var order: [(node: NodeID, topLevel: NodeID)] = []
        order.reserveCapacity(document.nodeCount / 2)
        for top in topLevelBlocks {
            document.walk(from: top) { node in
                switch document.kind(node) {
                case .text, .softBreak, .hardBreak: break
                default: order.append((node, top))
                }
                return true
            }
        }
        return order
    }()

    public init(document: Document, map: SectionMap, path: String, companies: CompanyMatcher = .builtin) {
        self.document = document
        self.map = map
        self.path = path
        self.companies = companies
        topLevelBlocks = Array(document.children(document.root))
    }

    /// The top-level blocks of each section's regions, by `SectionID.order`:
    /// every rule's scope starts from its section's membership, made once per
    /// post, so forty section rules share one filtering of the prose.
    private var sectionMemberships: [ScopeMembership?] = Array(repeating: nil, count: SectionID.allCases.count)

    public func blocks(of section: SectionID) -> Set<NodeID> { Set(membership(of: section).topLevelBlocks) }

    func membership(of section: SectionID) -> ScopeMembership {
        if let kept = sectionMemberships[section.order] { return kept }
        let made = ScopeMembership(blocks: Set(map.regions(of: section).flatMap(\.blocks)), in: self, indexed: true)
        sectionMemberships[section.order] = made
        return made
    }

    /// The opening's blocks (everything before the first top-level section heading).
    private(set) lazy var openingMembership = ScopeMembership(
        blocks: Set(map.parts.first { $0.headingNode == nil }?.region.blocks ?? []), in: self, indexed: true)

    /// The title's block (the opening's H1), if any.
    private(set) lazy var titleMembership: ScopeMembership = {
        let title = map.parts.first { $0.headingNode == nil }?.region.blocks.first { node in
            if case .heading(1, _) = document.kind(node) { return true } else { return false }
        }
        return ScopeMembership(blocks: Set(title.map { [$0] } ?? []), in: self, indexed: true)
    }()

    /// Values several checks derive from the whole post, kept by name so the
    /// second check asking gets the first one's work.
    private var memos: [String: Any] = [:]

    /// The value kept under `key`, made by `make` on first use. (One post is
    /// analysed on one thread; see the class comment.)
    func memo<T>(_ key: String, _ make: () -> T) -> T {
        if let kept = memos[key] as? T { return kept }
        let made = make()
        memos[key] = made
        return made
    }

    /// Without an excerpt from the check, the location's source line stands in
    /// (baseline fingerprints need some text that survives edits elsewhere).
    public func location(of offset: Int, message: String, excerpt: String?) -> Location {
        let point = document.source.location(of: offset)
        return Location(line: point.line, column: point.column, message: message,
                        excerpt: excerpt ?? document.source.lineText(point.line))
    }
}
