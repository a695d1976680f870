import EngageMarkdown
import EngageText

/// Which top-level blocks a scope holds, with the scope's prose and
/// top-level blocks filtered once. Rules test membership for every node they
/// read; hashing a NodeID into a Set for each test, and filtering the prose
/// again in every rule, was a tenth of the lint.
final class ScopeMembership: @unchecked Sendable {
    /// For the post's own scopes (one per section, the title, the opening):
    /// `table[node.ordinal]` is true for the top-level blocks in scope.
    private let table: [Bool]
    /// For a check's ad hoc scope (one part, say): a table per part would
    /// cost parts times nodes, so such a scope keeps its Set.
    private let set: Set<NodeID>?
    /// The post's analysis, read once for `prose` and `topLevelBlocks`.
    /// Unowned: the analysis keeps its memberships, and a membership never
    /// outlives it.
    private unowned let analysis: PostAnalysis

    /// `indexed`: one of the post's own scopes, made a fixed number of times per post.
    init(blocks: Set<NodeID>, in analysis: PostAnalysis, indexed: Bool = false) {
        if indexed {
            var table = Array(repeating: false, count: analysis.document.nodeCount)
            for block in blocks where block.ordinal >= 0 && block.ordinal < table.count { table[block.ordinal] = true }
            self.table = table
            set = nil
        } else {
            table = []
            set = blocks
        }
        self.analysis = analysis
    }

    func contains(_ topLevel: NodeID) -> Bool {
        if let set { return set.contains(topLevel) }
        let ordinal = topLevel.ordinal
        return ordinal >= 0 && ordinal < table.count && table[ordinal]
    }

    /// Top-level blocks in scope, in document order (filtered on first use).
    private(set) lazy var topLevelBlocks: [NodeID] = analysis.topLevelBlocks.filter(contains)

    /// Prose blocks in scope, in document order (filtered on first use).
    private(set) lazy var prose: [ProseBlock] = analysis.prose.filter { contains($0.topLevel) }
}
