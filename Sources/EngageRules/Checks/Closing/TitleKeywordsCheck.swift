import EngageMarkdown
import EngageText

/// Kind `title-keywords`: the title's key terms recur in section headings.
/// Key terms are the title's words of 3+ letters that are not stop words or
/// numbers; a heading carries one when it holds the same word (a plural `s`
/// ignored, and a longer form such as "partitioning" for "partition" matching). Passes when at least `min` headings of `level` carry one.
///
/// params: `min` (headings, default 1), `level` (heading level, default 2),
/// `stopwords` (extra words to ignore, added to the built-in list).
/// Message values: {count}, {min}, {terms}.
struct TitleKeywordsCheck: RuleCheck {
    static let kind = "title-keywords"

    let minimum: Int
    let level: Int
    let stopwords: Set<String>

    static let builtinStopwords: Set<String> = [
        "the", "and", "for", "with", "your", "you", "how", "why", "what", "when", "who", "make", "makes", "from", "into",
        "that", "this", "are", "not", "but", "its", "it's", "get", "use", "using", "faster", "slower", "better", "more",
        "less", "than", "all", "any", "can", "will", "now", "one", "two", "three", "ten", "poc", "part", "guide",
        "tutorial", "introduction", "intro", "minutes", "minute", "hours", "seconds", "about", "over", "under", "via",
        "without", "every", "stop", "start", "way", "ways", "vs", "versus", "fix", "fixing", "build", "building",
    ]

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["min", "level", "stopwords"])
        minimum = try params.int("min", default: 1)
        level = try params.int("level", default: 2)
        stopwords = TitleKeywordsCheck.builtinStopwords.union(try params.strings("stopwords", default: []).map { $0.lowercased() })
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        guard let title = scope.map.title else { return .notApplicable(reason: "the post has no title") }
        let terms = Set(PhraseNormalizer.words(title).filter { word in
            word.count >= 3 && !stopwords.contains(word) && !word.allSatisfy({ $0.isNumber || $0 == "x" || $0 == "k" || $0 == "m" })
        }.prefix(24).map(TitleKeywordsCheck.stem))
        var values = ["min": String(minimum), "count": "0", "terms": terms.sorted().joined(separator: ", ")]
        guard !terms.isEmpty else { return .notApplicable(reason: "the title has no key terms") }
        let titleNode = scope.area(.title).topLevelBlocks.first
        var carrying: [String] = []
        for node in scope.area(.post).nodes(where: { if case .heading(let found, _) = $0 { return found == level } else { return false } })
        where node != titleNode {
            let text = scope.document.plainText(node)
            let words = PhraseNormalizer.words(text).map(TitleKeywordsCheck.stem)
            if words.contains(where: { word in terms.contains { TitleKeywordsCheck.same(word, $0) } }) { carrying.append(text) }
        }
        values["count"] = String(carrying.count)
        if carrying.count >= minimum { return .pass(evidence: Array(carrying.prefix(4))) }
        return .fail(CheckFailure(values: values, evidence: []))
    }

    /// Lower-case word without a plural or possessive `s` ("queries" → "query").
    static func stem(_ word: String) -> String {
        var word = word
        if word.hasSuffix("'s") { word.removeLast(2) }
        if word.count > 4 && word.hasSuffix("ies") {
            word.removeLast(3)
            word += "y"
        } else if word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") {
            word.removeLast()
        }
        return word
    }

    /// The same term, or one a longer form of the other ("partition" and
    /// "partitioning"), when the shorter has at least 5 letters.
    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= 5 && long.hasPrefix(short)
    }
}
