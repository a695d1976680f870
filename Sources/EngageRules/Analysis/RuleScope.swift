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
    /// Top-level blocks in scope; nil means the whole post.
    public let blocks: Set<NodeID>?

    public init(analysis: PostAnalysis, section: SectionID?) {
        self.analysis = analysis
        self.section = section
        if let section, section != .other {
            blocks = analysis.blocks(of: section)
        } else {
            blocks = nil
        }
    }

    init(analysis: PostAnalysis, section: SectionID?, blocks: Set<NodeID>?) {
        self.analysis = analysis
        self.section = section
        self.blocks = blocks
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
        case .post: return RuleScope(analysis: analysis, section: section, blocks: nil)
        case .title:
            let title = analysis.map.parts.first { $0.headingNode == nil }?.region.blocks.first { node in
                if case .heading(1, _) = document.kind(node) { return true } else { return false }
            }
            return RuleScope(analysis: analysis, section: section, blocks: Set(title.map { [$0] } ?? []))
        case .opening:
            let opening = analysis.map.parts.first { $0.headingNode == nil }?.region.blocks ?? []
            return RuleScope(analysis: analysis, section: section, blocks: Set(opening))
        }
    }

    public func contains(topLevel node: NodeID) -> Bool { blocks?.contains(node) ?? true }

    /// Prose blocks in scope, in document order.
    public var prose: [ProseBlock] {
        guard blocks != nil else { return analysis.prose }
        return analysis.prose.filter { contains(topLevel: $0.topLevel) }
    }

    /// Top-level blocks in scope, in document order.
    public var topLevelBlocks: [NodeID] {
        guard blocks != nil else { return analysis.topLevelBlocks }
        return analysis.topLevelBlocks.filter(contains(topLevel:))
    }

    /// Every node in scope whose kind matches, in document order.
    public func nodes(where matches: (NodeKind) -> Bool) -> [NodeID] {
        let document = self.document
        var found: [NodeID] = []
        for entry in analysis.nodesInOrder where contains(topLevel: entry.topLevel) && matches(document.kind(entry.node)) {
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
