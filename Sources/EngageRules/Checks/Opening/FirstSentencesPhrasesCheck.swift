import EngageMarkdown
import EngageText

/// Kind `first-sentences-phrases`: one of the first N sentences of body text
/// after the title holds one of the phrases (e.g. "you", "your": the hook
/// addresses the reader within its first 3 sentences).
///
/// Body text: paragraphs, list items and block quotes after the H1 title (the
/// whole post when there is none). Headings, table cells, code and metadata
/// lines ("Difficulty: Intermediate", "Time: 20 minutes") are not body
/// sentences and are skipped; a line labelled with a company ("- **Stripe**:
/// prevents duplicate charges") is an entry, read as a sentence.
///
/// params: `phrases` [String] (whole words, any case), `sentences` (default 3),
/// `skip-metadata` (default true), `area` (post or opening: where body text is
/// read from; default post). Message values: {sentences}, {first}.
struct FirstSentencesPhrasesCheck: RuleCheck {
    static let kind = "first-sentences-phrases"

    let trie: WordTrie<String>
    let sentenceCount: Int
    let skipMetadata: Bool
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["phrases", "sentences", "skip-metadata", "area"])
        let phrases = try params.strings("phrases")
        guard !phrases.isEmpty else { throw params.error("'phrases' must list something") }
        var trie = WordTrie<String>()
        for phrase in phrases { trie.insert(phrase, value: PhraseNormalizer.words(phrase).joined(separator: " ")) }
        self.trie = trie
        sentenceCount = try params.int("sentences", default: 3)
        guard sentenceCount >= 1 else { throw params.error("'sentences' must be at least 1") }
        skipMetadata = try params.bool("skip-metadata", default: true)
        let name = try params.string("area", default: "post")
        guard let area = RuleScope.Area(rawValue: name), area == .post || area == .opening || area == .section else {
            throw params.error("area must be post, opening or section (got '\(name)')")
        }
        self.area = area
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let post = scope.area(area)
        let titleEnd = post.openingTitleNode.map { post.document.range($0).upperBound } ?? 0
        var seen: [(text: String, offset: Int)] = []
        for block in post.prose where block.sourceRange.lowerBound >= titleEnd {
            if block.isHeading { continue }
            if case .tableCell = block.kind { continue }
            // Sentences of the block; a block with metadata lines is read line
            // by line without them ("Difficulty: Hard\nYou will build...").
            var sentences: [(text: String, offset: Int)] = []
            let lines = skipMetadata ? post.markupFreeLines(of: block) : []
            let companies = post.analysis.companies
            func isMetadata(_ line: String) -> Bool { OpeningText.isMetadataLine(line, companies: companies) }
            if lines.contains(where: isMetadata) {
                for line in lines where !isMetadata(line) {
                    let utf8 = Array(line.utf8)
                    for sentence in Sentences.split(line) {
                        sentences.append((String(decoding: utf8[sentence.range], as: UTF8.self), block.sourceRange.lowerBound))
                    }
                }
            } else {
                // Only the sentences still wanted: a long paragraph has thousands.
                sentences = block.sentences.prefix(sentenceCount - seen.count)
                    .map { (block.text(of: $0.range), block.sourceOffset(forTextOffset: $0.range.lowerBound)) }
            }
            for (text, offset) in sentences {
                if let hit = trie.hits(in: PhraseNormalizer.words(text)).first {
                    return .pass(evidence: ["sentence \(seen.count + 1) says '\(hit.value)': \(Self.clip(text))"])
                }
                seen.append((text, offset))
                if seen.count == sentenceCount { break }
            }
            if seen.count == sentenceCount { break }
        }
        let values = ["sentences": String(sentenceCount), "first": seen.first.map { "'\(Self.clip($0.text))'" } ?? "(none)"]
        let offset = seen.first?.offset ?? post.startOffset
        return .fail(CheckFailure(values: values, findings: [Finding(offset: offset, excerpt: seen.first.map { Self.clip($0.text) })],
                                  evidence: seen.map { Self.clip($0.text) }))
    }

    static func clip(_ text: String, to length: Int = 80) -> String {
        text.count <= length ? text : String(text.prefix(length)) + "…"
    }
}
