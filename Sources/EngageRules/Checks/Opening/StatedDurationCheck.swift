import EngageMarkdown
import EngageText

/// Kind `stated-duration`: the text tells the reader how long something takes
/// them. Accepts three forms, in prose only (never code, never headings):
///
/// - a labelled duration: "Time: 25 minutes", "**Reading Time**: 20 minutes",
///   "Time to complete: ~15 min", or a clock symbol before it ("⏱️ 10 min");
/// - a sentence that puts a duration on the reader's task: "This tutorial
///   takes 20 minutes", "Each pass takes < 10 minutes", "a 12-minute read";
/// - a bare duration listed under a heading such as "Prerequisites" ("- 10-15 minutes");
/// - a front-matter key such as `reading_time: "18 min"` (sites show it as "18 min read").
///
/// A duration is a time quantity in minutes or hours (seconds are how long a
/// query takes, not a reader).
///
/// params: `labels` [String] (whole labels, normalised: "time", "reading time"...),
/// `symbols` [String], `verbs` [String] ("takes", "need"...), `subjects` [String]
/// ("tutorial", "pass"...), `read-nouns` [String] ("read": "a 12-minute read"),
/// `list-headings` [String], `front-matter-keys` [String], `area` (default post).
/// Message values: none beyond the rule's text.
struct StatedDurationCheck: RuleCheck {
    static let kind = "stated-duration"

    let labels: Set<String>
    let symbols: [String]
    /// Per symbol: whether its canonical decomposition holds a non-ASCII
    /// scalar, so that no all-ASCII segment can match it.
    let symbolNeedsNonASCII: [Bool]
    let verbs: Set<String>
    let subjects: Set<String>
    let readNouns: Set<String>
    let listHeadings: WordTrie<Bool>
    let frontMatterKeys: [String]
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["labels", "symbols", "verbs", "subjects", "read-nouns", "list-headings", "front-matter-keys", "area"])
        labels = Set(try params.strings("labels").map { PhraseNormalizer.words($0).joined(separator: " ") })
        guard !labels.isEmpty else { throw params.error("'labels' must list something") }
        symbols = try params.strings("symbols", default: [])
        symbolNeedsNonASCII = symbols.map { $0.decomposedStringWithCanonicalMapping.utf8.contains { $0 >= 0x80 } }
        verbs = Set(try params.strings("verbs", default: []).flatMap(PhraseNormalizer.words))
        subjects = Set(try params.strings("subjects", default: []).flatMap(PhraseNormalizer.words))
        readNouns = Set(try params.strings("read-nouns", default: ["read"]).flatMap(PhraseNormalizer.words))
        var trie = WordTrie<Bool>()
        for heading in try params.strings("list-headings", default: []) { trie.insert(heading, value: true) }
        listHeadings = trie
        frontMatterKeys = try params.strings("front-matter-keys", default: [])
        area = try RuleScope.Area.parse(params)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        if let frontMatter = scoped.document.frontMatter {
            for key in frontMatterKeys {
                guard let value = frontMatter.string(key), let first = Self.readerDurations(in: value).first,
                      Self.leadIn(value, before: first.range.lowerBound) else { continue }
                return .pass(evidence: ["front matter \(key): \(value)"])
            }
        }
        var headingAllowsList = false
        for block in scoped.prose {
            if block.isHeading {
                headingAllowsList = !listHeadings.hits(in: block.phraseKeys).isEmpty
                continue
            }
            // Every form needs a written duration; most blocks have none, and
            // the line and sentence work below is the costly part.
            guard Self.mayHoldDuration(scoped.document.source.bytes[block.sourceRange])
                    || Self.mayHoldDuration(block.text.utf8) else { continue }
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
            if let sentence = timedSentence(in: block) {
                return .pass(evidence: ["states its time: '\(FirstSentencesPhrasesCheck.clip(sentence))'"])
            }
        }
        return .fail(CheckFailure())
    }

    /// Durations a reader spends: minutes or hours.
    static func readerDurations(in text: String) -> [Quantity] {
        guard mayHoldDuration(text.utf8) else { return [] }
        return Quantities.measures(in: text).filter(isReaderDuration)
    }

    static func isReaderDuration(_ quantity: Quantity) -> Bool {
        quantity.hasUnit && quantity.category == .time && (quantity.unit == "min" || quantity.unit == "h")
    }

    /// The first sentence of the block that times the reader's task. Its
    /// durations come from the block's kept quantities (sentences and
    /// quantities are both in text order, so one forward walk pairs them),
    /// not from scanning every sentence again.
    func timedSentence(in block: ProseBlock) -> String? {
        let quantities = block.quantities
        var next = 0
        for sentence in block.sentences {
            let range = sentence.range
            while next < quantities.count, quantities[next].range.lowerBound < range.lowerBound { next += 1 }
            var durations: [Range<Int>] = []
            var k = next
            while k < quantities.count, quantities[k].range.upperBound <= range.upperBound {
                let found = quantities[k].range
                if Self.isReaderDuration(quantities[k]) {
                    durations.append(found.lowerBound - range.lowerBound..<found.upperBound - range.lowerBound)
                }
                k += 1
            }
            guard !durations.isEmpty else { continue }
            let text = block.text(of: range)
            if taskDuration(in: text, durations: durations) { return text }
        }
        return nil
    }

    /// "Time: 25 minutes", "Reading time: ~20 min", "⏱️ 10 min".
    func labelledDuration(_ segment: String) -> String? {
        if let (label, value) = OpeningText.labelled(segment), labels.contains(label.joined(separator: " ")),
           let first = Self.readerDurations(in: String(value)).first,
           Self.leadIn(String(value), before: first.range.lowerBound) {
            return segment
        }
        // A byte search: Foundation's canonical one folded every character of
        // the segment per symbol (a long paragraph is one segment), and the
        // clock symbols have no other canonical spelling. An ASCII segment
        // cannot hold one at all.
        let ascii = OpeningText.isASCII(segment)
        for (symbol, needsNonASCII) in zip(symbols, symbolNeedsNonASCII) {
            if ascii, needsNonASCII { continue }
            guard let range = segment.literalByteRange(of: symbol) else { continue }
            let rest = String(decoding: segment.utf8.dropFirst(range.upperBound), as: UTF8.self)
            if let first = Self.readerDurations(in: rest).first, Self.leadIn(rest, before: first.range.lowerBound) {
                return segment
            }
        }
        return nil
    }

    /// False when the bytes cannot hold a minutes or hours quantity: that
    /// needs a digit, then (past more digits, `.` `,` `-`, spaces and at most
    /// one word such as "thousand") a unit spelled with `m` or `h` (min,
    /// minutes, h, hr, hours, any case). Checked before the line, segment
    /// and quantity work, which most blocks would otherwise pay for nothing
    /// (nearly every paragraph holds a digit and an `m` somewhere).
    static func mayHoldDuration<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var index = bytes.startIndex
        while let digit = bytes[index...].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            index = bytes.index(after: digit)
            // Past the number and what may stand between it and its unit.
            while index < bytes.endIndex, isNumberOrGap(bytes[index]) { index = bytes.index(after: index) }
            for _ in 0..<2 {
                guard index < bytes.endIndex else { return false }
                let lower = bytes[index] | 0x20
                if lower == 0x6D || lower == 0x68 { return true }
                // One word (a multiplier) may come first.
                guard lower >= 0x61 && lower <= 0x7A else { break }
                while index < bytes.endIndex, bytes[index] | 0x20 >= 0x61, bytes[index] | 0x20 <= 0x7A { index = bytes.index(after: index) }
                while index < bytes.endIndex, isNumberOrGap(bytes[index]) { index = bytes.index(after: index) }
            }
        }
        return false
    }

    /// Digits, `.` `,` `-` `~`, ASCII spaces and any non-ASCII byte (a no-break
    /// space, an en dash, `µ`): what may follow a digit before its unit.
    @inline(__always)
    private static func isNumberOrGap(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x2C || byte == 0x2D || byte == 0x7E
            || byte == 0x20 || byte == 0x09 || byte >= 0x80
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

    /// "This tutorial takes 20 minutes", "Each pass takes < 10 minutes", "a
    /// 12-minute read": a task noun right before a verb right before the
    /// duration, or a read-noun right after it.
    /// `durations`: the sentence's reader durations, as UTF-8 ranges in it.
    func taskDuration(in sentence: String, durations: [Range<Int>]) -> Bool {
        guard !durations.isEmpty else { return false }
        let bytes = Array(sentence.utf8)
        for duration in durations {
            let rest = String(decoding: bytes[duration.upperBound...], as: UTF8.self)
            let gap = rest.prefix { $0 == " " || $0 == "-" }
            if let next = PhraseNormalizer.words(String(rest.dropFirst(gap.count))).first, readNouns.contains(next),
               rest.dropFirst(gap.count).lowercased().hasPrefix(next) {
                return true
            }
            let before = PhraseNormalizer.words(String(decoding: bytes[..<duration.lowerBound], as: UTF8.self))
            guard let verb = before.indices.suffix(4).last(where: { verbs.contains(before[$0]) }) else { continue }
            if before[max(0, verb - 3)..<verb].contains(where: subjects.contains) { return true }
        }
        return false
    }
}
