import EngageText

/// Generic kind `phrases`: phrases that must (or must not) occur in the
/// rule's area. Phrases match as whole words, case-insensitively, in prose
/// only (never in code, URLs or front matter); `symbols` match literally.
///
/// params: `phrases` [String], `symbols` [String] (optional), `area`
/// (section|post|title|opening, default section), `min` (default 1),
/// `mode` (require|forbid, default require), `headings` (count headings, default true).
/// Message values: {count}, {min}, {found}.
struct PhrasesCheck: RuleCheck {
    static let kind = "phrases"

    let trie: WordKeyTrie
    /// Each phrase as normalised words, by trie id.
    let phrases: [String]
    let symbols: [String]
    let area: RuleScope.Area
    let minimum: Int
    let forbid: Bool
    let includeHeadings: Bool

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["phrases", "symbols", "area", "min", "mode", "headings"])
        var trie = WordKeyTrie()
        let phrases = try params.strings("phrases", default: [])
        for (id, phrase) in phrases.enumerated() { trie.insert(phrase, id: id) }
        self.trie = trie
        self.phrases = phrases.map { PhraseNormalizer.words($0).joined(separator: " ") }
        symbols = try params.strings("symbols", default: [])
        guard !self.phrases.isEmpty || !symbols.isEmpty else { throw params.error("'phrases' or 'symbols' must list something") }
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 1)
        let mode = try params.string("mode", default: "require")
        guard mode == "require" || mode == "forbid" else { throw params.error("mode must be require or forbid") }
        forbid = mode == "forbid"
        includeHeadings = try params.bool("headings", default: true)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        var found: [(phrase: String, offset: Int)] = []
        for unit in scope.area(area).prose where includeHeadings || !unit.isHeading {
            for hit in trie.hits(in: unit.phraseKeys) { found.append((self.phrases[hit.id], unit.sourceRange.lowerBound)) }
            for symbol in symbols where unit.text.containsLiteral(symbol) { found.append((symbol, unit.sourceRange.lowerBound)) }
        }
        let distinct = Array(Set(found.map(\.phrase))).sorted()
        let values = ["count": String(found.count), "min": String(minimum), "found": distinct.map { "'\($0)'" }.joined(separator: ", ")]
        if forbid {
            guard !found.isEmpty else { return .pass(evidence: []) }
            return .fail(CheckFailure(values: values, findings: found.map { Finding(offset: $0.offset, detail: "'\($0.phrase)'", excerpt: $0.phrase) },
                                      evidence: distinct))
        }
        if found.count >= minimum { return .pass(evidence: distinct.map { "found '\($0)'" }) }
        return .fail(CheckFailure(values: values, evidence: distinct))
    }
}

extension RuleScope.Area {
    /// `area`, by default the rule's section.
    static func parse(_ params: RuleParams) throws(RuleLoadError) -> RuleScope.Area {
        try parse(params, default: .section)
    }
}
