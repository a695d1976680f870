import EngageText

/// Kind `unquantified-claims`: a sentence that claims a benefit with a
/// comparative ("faster", "improves", "more efficient", "lower latency")
/// carries a number in the same sentence ("1000x faster", "2500ms → 2ms").
/// Body prose only (headings and table cells are labels; a question claims
/// nothing; "not faster" and "grows faster" are no benefit). Every vague
/// sentence is a finding, at the claim word.
///
/// params: `phrases` (replaces the built-in list), `area` (default post).
/// Message values: {count}, {found}.
struct UnquantifiedClaimsCheck: RuleCheck {
    static let kind = "unquantified-claims"

    static let defaultPhrases: [String] = {
        var phrases = ["faster", "quicker", "cheaper", "speedup", "speed-up", "speeds up", "sped up",
                       "outperforms", "outperform", "outperformed", "improves performance", "improved performance",
                       "improves latency", "improves throughput", "improves speed", "performance improvement",
                       "performance improvements", "performance boost", "boosts performance",
                       "much better", "far better", "significantly better", "dramatically better", "way better"]
        for verb in ["performs", "perform", "scales", "scale", "runs", "run", "responds"] { phrases.append("\(verb) better") }
        for noun in ["performance", "throughput", "latency", "scalability", "efficiency", "response times"] {
            phrases.append("better \(noun)")
        }
        for adjective in ["efficient", "performant", "scalable", "responsive"] {
            phrases.append("more \(adjective)")
            phrases.append("much more \(adjective)")
        }
        for noun in ["latency", "latencies", "cost", "costs", "memory usage", "cpu usage", "overhead", "response time", "response times"] {
            for adjective in ["lower", "reduced", "reduces", "reduce", "reducing", "less"] { phrases.append("\(adjective) \(noun)") }
        }
        for noun in ["throughput", "performance", "availability"] {
            for adjective in ["higher", "increased", "increases", "boosts", "improved", "improves"] { phrases.append("\(adjective) \(noun)") }
        }
        return phrases
    }()

    /// Words before a comparative that make it no benefit claim: a negation
    /// ("not faster") or something that worsens ("grows faster", "fails faster").
    static let exemptBefore: Set<String> = [
        "not", "no", "never", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "won't", "nor", "hardly",
        "grow", "grows", "grew", "growing", "change", "changes", "changing", "fill", "fills", "filling",
        "degrade", "degrades", "drain", "drains", "spread", "spreads", "burn", "burns", "accumulate", "accumulates",
        "fail", "fails", "expire", "expires", "decay", "decays", "diverge", "diverges", "evolve", "evolves",
        "rise", "rises", "increase", "increases", "leak", "leaks", "wear", "wears",
    ]

    static func isExempt(_ hit: PhraseSpotter.Hit, _ words: LowercasedWords) -> Bool {
        for back in 1...2 where hit.wordIndex - back >= 0 {
            if exemptBefore.contains(words[hit.wordIndex - back].text) { return true }
        }
        return false
    }

    let spotter: PhraseSpotter
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["phrases", "area"])
        spotter = PhraseSpotter(try params.strings("phrases", default: UnquantifiedClaimsCheck.defaultPhrases))
        guard !spotter.isEmpty else { throw params.error("'phrases' must list something") }
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        var findings: [Finding] = []
        var found: [String] = []
        var claims = 0
        for block in scope.area(area).bodyProse {
            let words = block.lowercasedWords
            let hits = spotter.hits(inWords: words, keys: block.lowercasedWordKeys).filter { !UnquantifiedClaimsCheck.isExempt($0, words) }
            guard !hits.isEmpty else { continue }
            let numbers = block.quantities.filter { $0.hasUnit || $0.category == .number }.map(\.range)
            let sentences = block.sentences
            // Which sentences hold a number: one merge of two ordered lists.
            var quantifiedSentence = [Bool](repeating: false, count: sentences.count)
            var n = 0
            for (index, sentence) in sentences.enumerated() {
                while n < numbers.count, numbers[n].upperBound <= sentence.range.lowerBound { n += 1 }
                var k = n
                while k < numbers.count, numbers[k].lowerBound < sentence.range.upperBound {
                    if numbers[k].upperBound > sentence.range.lowerBound { quantifiedSentence[index] = true; break }
                    k += 1
                }
            }
            var s = 0
            var reported = -1
            for hit in hits {
                while s < sentences.count, sentences[s].range.upperBound <= hit.range.lowerBound { s += 1 }
                guard s < sentences.count, sentences[s].range.lowerBound <= hit.range.lowerBound else { continue }
                let sentence = sentences[s]
                guard !sentence.isQuestion else { continue }
                claims += 1
                guard s != reported else { continue }
                if quantifiedSentence[s] { continue }
                reported = s
                let words = block.text(of: hit.range)
                findings.append(Finding(offset: block.sourceOffset(forTextOffset: hit.range.lowerBound),
                                        detail: "'\(words)' with no number", excerpt: String(block.text(of: sentence.range).prefix(80))))
                if !found.contains(hit.phrase) { found.append(hit.phrase) }
            }
        }
        let values = ["count": String(findings.count), "found": found.map { "'\($0)'" }.joined(separator: ", ")]
        let evidence = ["\(claims - findings.count) of \(claims) comparative claims carry a number"]
        if findings.isEmpty { return claims == 0 ? .pass(evidence: ["no comparative claims"]) : .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, findings: findings, evidence: evidence))
    }
}
