import EngageMarkdown
import EngageText

/// Kind `stated-duration`: the text tells the reader how long something takes
/// them. Accepts three forms, in prose only (never code, never headings):
///
/// - a labelled duration: "Time: 25 minutes", "**Reading Time**: 20 minutes",
///   "Time to complete: ~15 min", or a clock symbol before it ("⏱️ 10 min");
/// - a sentence that puts a duration on the reader's task: "This tutorial
///   takes 20 minutes", "Each pass takes < 10 minutes", "a 12-minute read";
/// - a bare duration listed under a heading such as "Prerequisites" ("- 10-15 minutes").
///
/// A duration is a time quantity in minutes or hours (seconds are how long a
/// query takes, not a reader).
///
/// params: `labels` [String] (whole labels, normalised: "time", "reading time"...),
/// `symbols` [String], `verbs` [String] ("takes", "need"...), `subjects` [String]
/// ("this", "tutorial", "you"...), `list-headings` [String], `area` (default post).
/// Message values: none beyond the rule's text.
struct StatedDurationCheck: RuleCheck {
    static let kind = "stated-duration"

    let labels: Set<String>
    let symbols: [String]
    let verbs: Set<String>
    let subjects: Set<String>
    let readNouns: Set<String>
    let listHeadings: WordTrie<Bool>
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["labels", "symbols", "verbs", "subjects", "read-nouns", "list-headings", "area"])
        labels = Set(try params.strings("labels").map { PhraseNormalizer.words($0).joined(separator: " ") })
        guard !labels.isEmpty else { throw params.error("'labels' must list something") }
        symbols = try params.strings("symbols", default: [])
        verbs = Set(try params.strings("verbs", default: []).flatMap(PhraseNormalizer.words))
        subjects = Set(try params.strings("subjects", default: []).flatMap(PhraseNormalizer.words))
        readNouns = Set(try params.strings("read-nouns", default: ["read"]).flatMap(PhraseNormalizer.words))
        var trie = WordTrie<Bool>()
        for heading in try params.strings("list-headings", default: []) { trie.insert(heading, value: true) }
        listHeadings = trie
        area = try RuleScope.Area.parse(params)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        var headingAllowsList = false
        for block in scoped.prose {
            if block.isHeading {
                headingAllowsList = !listHeadings.hits(in: PhraseNormalizer.words(block.text)).isEmpty
                continue
            }
            for line in scoped.markupFreeLines(of: block) {
                for segment in OpeningText.segments(of: line) {
                    if let found = labelledDuration(segment) {
                        return .pass(evidence: ["states its time: '\(FirstSentencesPhrasesCheck.clip(found))'"])
                    }
                }
                if headingAllowsList, block.inList, Self.isBareDuration(line) {
                    return .pass(evidence: ["lists its time: '\(line)'"])
                }
            }
            for sentence in block.sentences {
                let text = block.text(of: sentence.range)
                if taskDuration(in: text) {
                    return .pass(evidence: ["states its time: '\(FirstSentencesPhrasesCheck.clip(text))'"])
                }
            }
        }
        return .fail(CheckFailure())
    }

    /// Durations a reader spends: minutes or hours.
    static func readerDurations(in text: String) -> [Quantity] {
        Quantities.measures(in: text).filter { $0.category == .time && ["min", "h"].contains($0.unit) }
    }

    /// "Time: 25 minutes", "Reading time: ~20 min", "⏱️ 10 min".
    func labelledDuration(_ segment: String) -> String? {
        if let (label, value) = OpeningText.labelled(segment), labels.contains(label.joined(separator: " ")),
           let first = Self.readerDurations(in: String(value)).first,
           Self.leadIn(String(value), before: first.range.lowerBound) {
            return segment
        }
        for symbol in symbols {
            guard let range = segment.range(of: symbol) else { continue }
            let rest = String(segment[range.upperBound...])
            if let first = Self.readerDurations(in: rest).first, Self.leadIn(rest, before: first.range.lowerBound) {
                return segment
            }
        }
        return nil
    }

    /// Only qualifiers ("~", "about", "under", "<") before the duration.
    static func leadIn(_ text: String, before offset: Int) -> Bool {
        let prefix = String(decoding: Array(text.utf8)[..<offset], as: UTF8.self)
        let words = PhraseNormalizer.words(prefix)
        let qualifiers: Set<String> = ["about", "around", "approx", "approximately", "roughly", "under", "less", "than",
                                       "up", "to", "est", "estimated", "only", "just", "max", "maximum", "min", "minimum"]
        return words.count <= 3 && words.allSatisfy(qualifiers.contains)
    }

    /// A list item that is only a duration: "10-15 minutes", "~30 min total".
    static func isBareDuration(_ line: String) -> Bool {
        guard let first = readerDurations(in: line).first, leadIn(line, before: first.range.lowerBound) else { return false }
        return PhraseNormalizer.words(line).count <= 5
    }

    /// "This tutorial takes 20 minutes", "you'll need about 15 minutes",
    /// "a 12-minute read": a verb or read-noun next to the duration, and the
    /// task or reader named in the sentence.
    func taskDuration(in sentence: String) -> Bool {
        let durations = Self.readerDurations(in: sentence)
        guard !durations.isEmpty else { return false }
        let bytes = Array(sentence.utf8)
        let words = PhraseNormalizer.words(sentence)
        let namesTask = words.contains(where: subjects.contains)
        for duration in durations {
            let after = PhraseNormalizer.words(String(decoding: bytes[duration.range.upperBound...], as: UTF8.self))
            if let next = after.first, readNouns.contains(next) { return true }
            guard namesTask else { continue }
            let before = PhraseNormalizer.words(String(decoding: bytes[..<duration.range.lowerBound], as: UTF8.self))
            if before.suffix(4).contains(where: verbs.contains) { return true }
        }
        return false
    }
}
