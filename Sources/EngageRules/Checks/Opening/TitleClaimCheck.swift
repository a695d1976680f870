import EngageMarkdown
import EngageText

/// Kind `title-claim`: the title states an outcome or claim rather than a
/// bare topic. Passes when the H1 (or the front-matter `title` when there is
/// no H1) holds one of `phrases` (outcome verbs and words: "make", "prevent",
/// "faster", "your") or a quantity of one of `categories` (a factor, a
/// percentage, money, a duration: "67x", "95% less", "$10M", "in 15 minutes"),
/// since a figure in a title is a claim by itself.
///
/// params: `phrases` [String], `categories` [String] (default factor, percent,
/// money, time), `area` (must be `title`: the rule reads the title whatever
/// the sections). Message values: {title}.
struct TitleClaimCheck: RuleCheck {
    static let kind = "title-claim"

    let trie: WordTrie<String>
    let categories: Set<QuantityCategory>

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["phrases", "categories", "area"])
        guard try params.string("area", default: "title") == "title" else { throw params.error("area must be title") }
        var trie = WordTrie<String>()
        for phrase in try params.strings("phrases") { trie.insert(phrase, value: PhraseNormalizer.words(phrase).joined(separator: " ")) }
        guard trie.count > 0 else { throw params.error("'phrases' must list something") }
        self.trie = trie
        var categories: Set<QuantityCategory> = []
        for name in try params.strings("categories", default: ["factor", "percent", "money", "time"]) {
            let key = name.replacingOccurrences(of: "-", with: "").lowercased()
            guard let category = QuantityCategory.allCases.first(where: { $0.rawValue.lowercased() == key }), category.isMeasure else {
                throw params.error("unknown quantity category '\(name)'")
            }
            categories.insert(category)
        }
        self.categories = categories
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let titleScope = scope.area(.title)
        let node = titleScope.topLevelBlocks.first
        let title = node.map { titleScope.document.plainText($0) } ?? scope.document.frontMatter?.string("title")
        guard let title else {
            return .fail(CheckFailure(values: ["title": "(no title)"], findings: [Finding(offset: scope.document.source.contentStart, detail: "the post has no title")]))
        }
        if let hit = trie.hits(in: PhraseNormalizer.words(title)).first {
            return .pass(evidence: ["title says '\(hit.value)'"])
        }
        let bytes = Array(title.utf8)
        if let quantity = Quantities.measures(in: title).first(where: { categories.contains($0.category) }) {
            return .pass(evidence: ["title claims '\(String(decoding: bytes[quantity.range], as: UTF8.self))'"])
        }
        let offset = node.map { titleScope.document.range($0).lowerBound } ?? scope.document.source.contentStart
        return .fail(CheckFailure(values: ["title": "'\(title)'"], findings: [Finding(offset: offset, excerpt: title)]))
    }
}
