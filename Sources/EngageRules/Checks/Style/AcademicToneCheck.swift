import EngageText

/// Kind `academic-tone`: no academic phrasing ("one observes", "wherein",
/// "it is noted that") in body prose, and passive voice in at most
/// `max-passive` percent of its sentences (judged once the post has
/// `min-sentences` sentences). Each academic phrase is a finding; a passive
/// rate over the limit is one more, at the first passive sentence.
///
/// Passive voice: a form of "be" followed (up to two adverbs between) by a
/// past participle: a word in -ed or a common irregular one ("is written",
/// "was not built", "are automatically sent").
///
/// params: `phrases` (replaces the built-in list), `max-passive` (percent,
/// default 15), `min-sentences` (default 10), `area` (default post).
/// Message values: {found}, {passive}, {max-passive}.
struct AcademicToneCheck: RuleCheck {
    static let kind = "academic-tone"

    static let defaultPhrases = [
        "one observes", "one can observe", "one may observe", "one notes", "one can see", "one may note",
        "wherein", "herein", "hereby", "hereafter", "heretofore", "hitherto", "thereof", "therein", "whereby",
        "aforementioned", "aforesaid", "notwithstanding", "henceforth", "inter alia",
        "it is noted that", "it should be noted", "it must be noted", "it is to be noted", "it can be observed",
        "it can be seen that", "it is evident that", "it is apparent that", "it is worth noting that",
        "the present work", "the present study", "we posit", "it is posited",
        "exhibit properties", "exhibits properties", "consistent with the paradigm",
    ]

    let spotter: PhraseSpotter
    let maximumPassive: Double
    let minimumSentences: Int
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["phrases", "max-passive", "min-sentences", "area"])
        spotter = PhraseSpotter(try params.strings("phrases", default: AcademicToneCheck.defaultPhrases))
        maximumPassive = try params.double("max-passive", default: 15)
        minimumSentences = try params.int("min-sentences", default: 10)
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        var findings: [Finding] = []
        var found: [String] = []
        var sentences = 0
        var passive = 0
        var firstPassive: Int? = nil
        for block in scope.area(area).bodyProse {
            let words = block.lowercasedWords
            let keys = block.lowercasedWordKeys
            for hit in spotter.hits(inWords: words, keys: keys) {
                findings.append(Finding(offset: block.sourceOffset(forTextOffset: hit.range.lowerBound),
                                        detail: "'\(block.text(of: hit.range))'", excerpt: hit.phrase))
                if !found.contains(hit.phrase) { found.append(hit.phrase) }
            }
            var w = 0
            for sentence in block.sentences {
                sentences += 1
                while w < words.count, words.words[w].range.lowerBound < sentence.range.lowerBound { w += 1 }
                var end = w
                while end < words.count, words.words[end].range.lowerBound < sentence.range.upperBound { end += 1 }
                if let at = Passive.find(in: words, w..<end, keys: keys) {
                    passive += 1
                    if firstPassive == nil { firstPassive = block.sourceOffset(forTextOffset: words.words[at].range.lowerBound) }
                }
                w = end
            }
        }
        let rate = sentences > 0 ? Double(passive) * 100 / Double(sentences) : 0
        if sentences >= minimumSentences, rate > maximumPassive, let firstPassive {
            findings.append(Finding(offset: firstPassive,
                                    detail: "\(passive) of \(sentences) sentences are passive (\(rate.oneDecimal)%)"))
        }
        let values = ["found": found.map { "'\($0)'" }.joined(separator: ", "), "passive": rate.oneDecimal,
                      "max-passive": maximumPassive.oneDecimal]
        let evidence = ["passive voice in \(passive) of \(sentences) sentences (\(rate.oneDecimal)%)"]
            + found.map { "academic phrase '\($0)'" }
        guard sentences > 0 else { return .notApplicable(reason: "no prose sentences") }
        if findings.isEmpty { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, findings: findings, evidence: evidence))
    }
}

/// A rough passive-voice spotter over lower-cased words.
enum Passive {
    static let be: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't"]
    static let between: Set<String> = ["not", "also", "then", "always", "never", "often", "usually", "still", "already",
                                       "being", "just", "only", "now", "typically", "generally", "rarely", "easily"]
    static let irregular: Set<String> = [
        "written", "done", "made", "built", "known", "shown", "given", "taken", "seen", "sent", "kept", "held",
        "found", "thrown", "chosen", "broken", "driven", "forgotten", "hidden", "spoken", "stolen", "frozen",
        "begun", "drawn", "grown", "paid", "sold", "told", "bought", "brought", "caught", "taught", "thought",
        "left", "lost", "meant", "led", "won", "spent", "bound", "understood", "withdrawn", "overwritten",
        "rewritten", "undone", "beaten", "bitten", "forbidden", "shaken", "sworn", "torn", "worn", "woven",
    ]
    /// -ed words that are adjectives or not participles in the usual predicate.
    static let notParticiples: Set<String> = [
        "need", "speed", "feed", "seed", "indeed", "exceed", "proceed", "succeed", "embed", "bed", "red", "shed",
        "interested", "tired", "excited", "bored", "worried", "pleased", "supposed", "sacred", "wicked", "naked",
        "ragged", "rugged", "crooked", "hundred", "kindred", "beloved", "learned", "aged", "blessed",
    ]

    /// The keys of `be` and `between`: with the words' keys at hand, a
    /// word's text is made only after a form of "be" (most words are none).
    static let beKeys = Set(be.map(PhraseNormalizer.key(ofNormalized:)))
    static let betweenKeys = Set(between.map(PhraseNormalizer.key(ofNormalized:)))

    /// Index of the participle when the words hold a passive construction.
    /// `keys`, when given, are the words' keys (`ProseBlock.lowercasedWordKeys`).
    static func find(in words: LowercasedWords, _ range: Range<Int>, keys: [WordKey]? = nil) -> Int? {
        func isBe(_ index: Int) -> Bool { keys.map { beKeys.contains($0[index]) } ?? be.contains(words[index].text) }
        func isBetween(_ index: Int) -> Bool {
            if let keys, betweenKeys.contains(keys[index]) { return true }
            let word = words[index].text
            return (keys == nil && between.contains(word)) || (word.hasSuffix("ly") && word.count > 4)
        }
        var i = range.lowerBound
        while i < range.upperBound {
            guard isBe(i) else { i += 1; continue }
            var j = i + 1
            var skipped = 0
            while j < range.upperBound, skipped < 2, isBetween(j) {
                j += 1
                skipped += 1
            }
            if j < range.upperBound, isParticiple(words[j].text) { return j }
            i += 1
        }
        return nil
    }

    static func isParticiple(_ word: String) -> Bool {
        if irregular.contains(word) { return true }
        guard word.count >= 5, word.hasSuffix("ed"), !word.hasSuffix("eed"), !notParticiples.contains(word) else { return false }
        return word.allSatisfy { $0.isLetter }
    }
}
