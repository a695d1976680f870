import EngageMarkdown
import EngageSections
import EngageText

/// Shared helpers of the closing checks (proof, quick-win, cta, seo, journey),
/// namespaced so they never clash with other check folders.
enum Closing {}

extension Closing {
/// A set of phrases matched as whole words, case-insensitively (the same
/// normalisation as the `phrases` kind), built once when a rule loads.
struct PhraseSet: Sendable {
    private var trie = WordTrie<String>()
    let isEmpty: Bool

    init(_ phrases: [String]) {
        for phrase in phrases { trie.insert(phrase, value: PhraseNormalizer.words(phrase).joined(separator: " ")) }
        isEmpty = trie.count == 0
    }

    /// The phrases found in `text`, in text order (repeats included).
    func matches(in text: String) -> [String] { matches(keys: PhraseNormalizer.keys(text)) }

    /// The phrases found in phrase keys (`ProseBlock.phraseKeys`): normalise
    /// once, match several sets, no String per word.
    func matches(keys: [WordKey]) -> [String] { trie.hits(in: keys).map(\.value) }

    func first(in text: String) -> String? { matches(in: text).first }

    func contains(in text: String) -> Bool { first(in: text) != nil }

    /// The same for a prose block, through the words it keeps.
    func matches(in block: ProseBlock) -> [String] { matches(keys: block.phraseKeys) }

    func contains(in block: ProseBlock) -> Bool { !matches(keys: block.phraseKeys).isEmpty }
}

}

extension Closing {
/// One top-level block of a scope with what introduces it: the headings
/// above it (within the scope, outermost first) and the paragraph right before it.
struct LedBlock {
    let node: NodeID
    let kind: NodeKind
    /// Texts of the enclosing headings above the block in the scope, outermost first.
    let headings: [String]
    /// Text of a short lead paragraph right before the block ("What you learned:").
    let lead: String?

    /// The nearest heading above the block.
    var heading: String? { headings.last }

    /// The texts that introduce the block: its headings and its lead paragraph.
    var leads: [String] { headings + (lead.map { [$0] } ?? []) }
}
}

extension RuleScope {
    /// The scope's top-level blocks in order, each with its headings and lead paragraph.
    var closingLedBlocks: [Closing.LedBlock] {
        var result: [Closing.LedBlock] = []
        var stack: [(level: Int, text: String)] = []
        var previous: String?
        for node in topLevelBlocks {
            let kind = document.kind(node)
            result.append(Closing.LedBlock(node: node, kind: kind, headings: stack.map(\.text), lead: previous))
            switch kind {
            case .heading(let level, _):
                while let last = stack.last, last.level >= level { stack.removeLast() }
                stack.append((level, document.plainText(node)))
                previous = nil
            case .paragraph:
                let text = document.plainText(node).closingTrimmed()
                previous = text.hasSuffix(":") || Words.count(text) <= 12 ? text : nil
            case .htmlBlock, .linkReferenceDefinition:
                break
            default:
                previous = nil
            }
        }
        return result
    }

    /// Fraction (0...1) of the document's source that lies before `offset`.
    func closingPosition(of offset: Int) -> Double {
        let total = document.source.bytes.count
        return total == 0 ? 0 : Double(offset) / Double(total)
    }

    /// The top-level blocks that lie in the post's closing stretch: after the
    /// last part mapped to a body section (problem, shift, solution). A
    /// "Common Mistakes" part (why-fails) often closes a post, so it does not
    /// end the stretch. Linear in the post.
    var closingStretch: Set<NodeID> {
        let body: Set<SectionID> = [.problem, .shift, .solution]
        let parts = map.parts
        guard let last = parts.lastIndex(where: { body.contains($0.section) }) else {
            return Set(parts.flatMap(\.region.blocks))
        }
        // The last body part may close itself: "### Key Takeaways" at the
        // end of a "## Deep Dive" is a call-to-action sub-region.
        let closingSubsections = parts[last].subsections.filter { $0.section == .cta }.flatMap(\.region.blocks)
        return Set(parts[(last + 1)...].flatMap(\.region.blocks) + closingSubsections)
    }
}

extension Document {
    /// Items of a list node (its direct list-item children).
    func closingListItems(_ list: NodeID) -> [NodeID] {
        children(list).filter { if case .listItem = kind($0) { return true } else { return false } }
    }

    /// Body rows of a table (header row excluded).
    func closingTableBodyRows(_ table: NodeID) -> [NodeID] {
        children(table).filter { if case .tableRow(let header) = kind($0) { return !header } else { return false } }
    }

    /// Link destinations (not images) anywhere under `node`.
    func closingLinkDestinations(under node: NodeID) -> [String] {
        var found: [String] = []
        walk(from: node) { child in
            if case .link(let destination, _, _) = kind(child) { found.append(destination) }
            return true
        }
        return found
    }
}

extension Closing {
enum LinkTarget {
    /// A link that leads to another page or file: not an in-page `#anchor`, not
    /// empty, not a placeholder such as `https://...`.
    static func isPage(_ destination: String) -> Bool {
        let trimmed = destination.closingTrimmed()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return false }
        if trimmed.hasSuffix("...") || trimmed.hasSuffix("\u{2026}") { return false }
        return !trimmed.lowercased().hasPrefix("mailto:")
    }
}
}

extension StringProtocol {
    /// Leading and trailing whitespace (Characters) removed: `OpeningText.trim`,
    /// which trims ASCII text on bytes.
    func closingTrimmed() -> String { OpeningText.trim(self) }
}
