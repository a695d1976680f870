import EngageMarkdown
import EngageSections
import EngageText

/// The part of a post a rule looks at: the regions of its section, or the
/// whole post for style, accuracy and SEO rules. A check reads the post only
/// through its scope.
public struct RuleScope: Sendable {
    public enum Area: String, Sendable, CaseIterable {
        /// The rule's section (the whole post for non-section rules).
        case section
        /// The whole post.
        case post
        /// The title (H1 or front-matter title) only.
        case title
        /// The opening: everything before the first top-level section heading.
        case opening
    }

    public let analysis: PostAnalysis
    public let section: SectionID?
    /// The top-level blocks in scope and what is read from them; nil means
    /// the whole post.
    let membership: ScopeMembership?

    /// Top-level blocks in scope; nil means the whole post.
    public var blocks: Set<NodeID>? { membership.map { Set($0.topLevelBlocks) } }

    public init(analysis: PostAnalysis, section: SectionID?) {
        self.analysis = analysis
        self.section = section
        if let section, section != .other {
            membership = analysis.membership(of: section)
        } else {
            membership = nil
        }
    }

    init(analysis: PostAnalysis, section: SectionID?, blocks: Set<NodeID>?) {
        self.analysis = analysis
        self.section = section
        membership = blocks.map { ScopeMembership(blocks: $0, in: analysis) }
    }

    init(analysis: PostAnalysis, section: SectionID?, membership: ScopeMembership?) {
        self.analysis = analysis
        self.section = section
        self.membership = membership
    }

    // Yielded, not returned: `scope.document.kind(node)` then borrows the
    // post's document instead of copying it (a copy retains its six arrays,
    // and checks ask for it in their loops).
    public var document: Document { _read { yield analysis.document } }
    public var map: SectionMap { _read { yield analysis.map } }

    /// The same post seen through another area.
    public func area(_ area: Area) -> RuleScope {
        switch area {
        case .section: return self
        case .post: return RuleScope(analysis: analysis, section: section, membership: nil)
        case .title: return RuleScope(analysis: analysis, section: section, membership: analysis.titleMembership)
        case .opening: return RuleScope(analysis: analysis, section: section, membership: analysis.openingMembership)
        }
    }

    public func contains(topLevel node: NodeID) -> Bool { membership?.contains(node) ?? true }

    /// Prose blocks in scope, in document order.
    public var prose: [ProseBlock] { membership?.prose ?? analysis.prose }

    /// Top-level blocks in scope, in document order.
    public var topLevelBlocks: [NodeID] { membership?.topLevelBlocks ?? analysis.topLevelBlocks }

    /// Every node in scope whose kind matches, in document order (never a
    /// text node or a line break: see `PostAnalysis.nodesInOrder`).
    public func nodes(where matches: (NodeKind) -> Bool) -> [NodeID] {
        let document = self.document
        var found: [NodeID] = []
        // The kind first: most nodes fail it, and it costs less than the membership test.
        for entry in analysis.nodesInOrder where matches(document.kind(entry.node)) && contains(topLevel: entry.topLevel) {
            found.append(entry.node)
        }
        return found
    }

    /// Where a finding goes when a rule has nothing more precise: the scope's first block.
    public var startOffset: Int {
        topLevelBlocks.first.map { document.range($0).lowerBound } ?? document.source.contentStart
    }

    /// True when the scope holds nothing at all.
    public var isEmpty: Bool { topLevelBlocks.isEmpty }
}
