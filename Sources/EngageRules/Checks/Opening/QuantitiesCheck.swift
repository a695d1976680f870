import EngageMarkdown
import EngageText

/// Kind `quantities`: at least `min` quantities with units (times, sizes,
/// rates, money, percentages, factors, counts of things) in the rule's area,
/// leaving out the parts under headings named by `skip-headings`.
///
/// The skip list is what tells an impact from a target: the figures under
/// "Non-Functional Requirements" or "Back-of-Envelope Estimates" are the load
/// a design must carry, not what the problem costs. A skipped heading covers
/// everything up to the next heading of the same or a higher level.
///
/// params: `min` (default 3), `skip-headings` [String] (phrases, whole words),
/// `area` (default section). Message values: {count}, {min}.
struct QuantitiesCheck: RuleCheck {
    static let kind = "quantities"

    let minimum: Int
    let skip: WordTrie<String>
    let area: RuleScope.Area
    /// Also count figures in code: plain-text blocks whole, other blocks'
    /// comment lines (`-- Execution time: 12,450ms`, as the framework's own
    /// quantified-pain example shows them).
    let codeFigures: Bool

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["min", "skip-headings", "area", "code-figures"])
        minimum = try params.int("min", default: 3)
        guard minimum >= 1 else { throw params.error("'min' must be at least 1") }
        var trie = WordTrie<String>()
        for phrase in try params.strings("skip-headings", default: []) {
            trie.insert(phrase, value: PhraseNormalizer.words(phrase).joined(separator: " "))
        }
        skip = trie
        area = try RuleScope.Area.parse(params)
        codeFigures = try params.bool("code-figures", default: false)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        var found: [String] = []
        var skipped: [String] = []
        // Open headings: level and whether the heading is skipped.
        var stack: [(level: Int, skipped: Bool)] = []
        for block in scope.area(area).prose {
            if case .heading(let level) = block.kind {
                while let last = stack.last, last.level >= level { stack.removeLast() }
                let skipHere = !skip.hits(in: block.phraseKeys).isEmpty
                stack.append((level, skipHere || (stack.last?.skipped ?? false)))
                if skipHere { skipped.append("skipped '\(block.text)'") }
            }
            // Headings count too ("The $10M Bug"), unless skipped.
            if stack.last?.skipped == true { continue }
            for quantity in block.measures { found.append(block.text(of: quantity.range)) }
        }
        if codeFigures { found += figuresInCode(scope.area(area)) }
        let evidence = Array(found.prefix(6)) + skipped
        if found.count >= minimum { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: ["count": String(found.count), "min": String(minimum)], evidence: evidence))
    }

    /// Quantities with units in the scope's code blocks, outside skipped
    /// headings (tracked as for prose).
    private func figuresInCode(_ scope: RuleScope) -> [String] {
        var found: [String] = []
        var stack: [(level: Int, skipped: Bool)] = []
        for block in scope.middleBlocks {
            switch block.kind {
            case .heading(let level):
                while let last = stack.last, last.level >= level { stack.removeLast() }
                let skipHere = block.prose.map { !skip.hits(in: $0.phraseKeys).isEmpty } ?? false
                stack.append((level, skipHere || (stack.last?.skipped ?? false)))
            case .code(let language):
                if stack.last?.skipped == true { continue }
                for line in Self.figureLines(in: block.text, language: language) {
                    let text = String(line)
                    let utf8 = Array(text.utf8)
                    for quantity in Quantities.measures(in: text) {
                        found.append(String(decoding: utf8[quantity.range], as: UTF8.self))
                    }
                }
            default:
                continue
            }
        }
        return found
    }

    /// The lines of a code block that are prose to a reader: every line of a
    /// plain-text block or a diagram (a mermaid node's label, "p99: 100ms ->
    /// 5000ms", is drawn for the reader); the text of comment lines (`--`,
    /// `//`, `#`, `/*`, `*`) in any other.
    static func figureLines(in code: String, language: String) -> [Substring] {
        let lines = code.linesSplitAtLineFeed()
        if MiddleText.plainLanguages.contains(language) || MiddleText.diagramLanguages.contains(language) { return lines }
        return lines.compactMap { line in
            let text = line.drop { $0 == " " || $0 == "\t" }
            for marker in ["--", "//", "/*", "#", "*"] where text.hasPrefix(marker) {
                return text.dropFirst(marker.count)
            }
            return nil
        }
    }
}
