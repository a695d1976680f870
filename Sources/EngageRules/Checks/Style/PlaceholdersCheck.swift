import EngageMarkdown
import EngageText
import Foundation

/// Kind `placeholders`: template text that was never filled in. Three kinds,
/// each occurrence its own finding:
///
/// - placeholder links: an empty destination, `#`, `...`, `https://...`,
///   `LINK`/`URL`/`TODO`, an `example.com` page, a `your-username` path;
/// - template slots in prose: a bracketed token that is not a link and
///   names a slot, `[COMPANY 1]`, `[METRIC]`, `[X]x`, `[Insert link]`,
///   `[Your Name]`, `[Quantified Benefit]` (see `slotWords`);
/// - stub markers in prose: "coming soon", "lorem ipsum", "TODO:", a field
///   whose value is `TBD`;
/// - with `empty-sections`, a section heading (H2 and deeper) with nothing
///   under it before the next heading of its level or the end of the post:
///   a template's slot left empty ("### Concept Reference", then `---`).
///
/// Code is never read: `[X]` and `example.com` are normal there.
///
/// params: `phrases` (stub phrases, replaces the built-in list),
/// `empty-sections` (default false), `area` (default post).
/// Message values: {count}, {found}.
struct PlaceholdersCheck: RuleCheck {
    static let kind = "placeholders"

    static let defaultPhrases = [
        "coming soon", "lorem ipsum", "under construction",
        "content goes here", "text goes here", "write this section", "placeholder text", "insert link here",
        "add link here", "link goes here", "your content here",
    ]

    /// Words that make a bracketed token a template slot.
    static let slotWords: Set<String> = [
        "company", "companies", "metric", "metrics", "link", "links", "url", "todo", "tbd", "tba", "placeholder",
        "insert", "your", "name", "title", "number", "amount", "value", "date", "topic", "technology",
        "benefit", "feature", "description", "screenshot", "here", "fill", "replace", "percentage",
        "scenario", "quantified", "descriptive", "specific", "reasoning", "explanation",
        "bad number", "good number", "improvement", "minutes", "use case", "approach name", "first action",
        "second action", "keyword", "keywords", "x", "n", "y",
    ]

    let spotter: PhraseSpotter
    let emptySections: Bool
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["phrases", "empty-sections", "area"])
        emptySections = try params.bool("empty-sections", default: false)
        spotter = PhraseSpotter(try params.strings("phrases", default: PlaceholdersCheck.defaultPhrases))
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        let document = scoped.document
        var findings: [Finding] = []
        var found: [String] = []
        func add(_ offset: Int, _ what: String, _ excerpt: String) {
            findings.append(Finding(offset: offset, detail: what, excerpt: excerpt))
            if found.count < 8, !found.contains(excerpt) { found.append(excerpt) }
        }
        for node in scoped.linkNodes(includingAutolinks: true) {
            let destination: String
            let style: LinkStyle
            switch document.kind(node) {
            case .link(let d, _, let s): destination = d; style = s
            case .image(let d, _, let s): destination = d; style = s
            default: continue
            }
            if let why = PlaceholdersCheck.placeholderLink(destination, autolink: style == .autolink) {
                let shown = destination.isEmpty ? "()" : destination
                add(document.range(node).lowerBound, "placeholder link \(why)", shown)
            }
        }
        for block in scoped.prose {
            // Quoted text (a prompt template, a quoted answer) shows a template on
            // purpose. Found only once a block has a slot or marker to judge: most have none.
            var quotedRanges: [Range<Int>]?
            func isQuoted(_ offset: Int) -> Bool {
                let quoted = quotedRanges ?? PlaceholdersCheck.quotedRanges(in: block.text)
                quotedRanges = quoted
                // Disjoint sorted ranges: binary search for the last one starting at or before offset.
                var low = 0
                var high = quoted.count
                while low < high {
                    let mid = (low + high) / 2
                    if quoted[mid].lowerBound <= offset { low = mid + 1 } else { high = mid }
                }
                return low > 0 && quoted[low - 1].contains(offset)
            }
            for slot in PlaceholdersCheck.slots(in: block.text) where !isQuoted(slot.lowerBound) {
                let token = block.text(of: slot)
                add(block.sourceOffset(forTextOffset: slot.lowerBound), "template slot \(token)", token)
            }
            let words = block.lowercasedWords
            for hit in spotter.hits(inWords: words, keys: block.lowercasedWordKeys) {
                let text = block.text(of: hit.range)
                add(block.sourceOffset(forTextOffset: hit.range.lowerBound), "'\(text)'", text)
            }
            for marker in PlaceholdersCheck.markers(in: block.text, words: words, keys: block.lowercasedWordKeys) where !isQuoted(marker.lowerBound) {
                let text = block.text(of: marker)
                add(block.sourceOffset(forTextOffset: marker.lowerBound), "unfinished marker '\(text)'", text)
            }
        }
        if emptySections {
            for heading in PlaceholdersCheck.emptySections(in: scoped) {
                let text = document.plainText(heading)
                add(document.range(heading).lowerBound, "empty section '\(text)': write it or remove the heading", text + " (empty)")
            }
        }
        findings.sort { $0.offset < $1.offset }
        let values = ["count": String(findings.count), "found": found.joined(separator: ", ")]
        if findings.isEmpty { return .pass(evidence: ["no placeholders"]) }
        return .fail(CheckFailure(values: values, findings: findings, evidence: found.map { "placeholder \($0)" }))
    }

    /// Section headings (level 2 and deeper) whose section holds nothing: the
    /// next top-level block that is not a thematic break or an HTML comment is a heading of
    /// the same or a higher level, or there is none. (A deeper heading is the
    /// section's content.)
    static func emptySections(in scope: RuleScope) -> [NodeID] {
        let document = scope.document
        var empty: [NodeID] = []
        var open: (heading: NodeID, level: Int)?
        for block in scope.topLevelBlocks {
            switch document.kind(block) {
            case .heading(let level, _):
                if let current = open, level <= current.level { empty.append(current.heading) }
                open = level >= 2 ? (block, level) : nil
            case .thematicBreak, .linkReferenceDefinition:
                continue
            case .htmlBlock where (document.literal(block) ?? "").drop(while: { $0 == " " }).hasPrefix("<!--"):
                continue  // a comment (an engage suppression, a note to editors) is no content
            default:
                open = nil
            }
        }
        if let current = open { empty.append(current.heading) }
        return empty
    }

    /// Whole destinations that stand for a link never written.
    static let placeholderDestinations: Set<String> = [
        "#", "...", "…", "#todo", "todo", "tbd", "link", "url", "placeholder", "<url>", "[url]", "[link]",
        "your-link-here", "insert-link-here", "link-here", "http://", "https://",
    ]

    /// Why a link destination is a placeholder, or nil when it is a real one.
    static func placeholderLink(_ raw: String, autolink: Bool) -> String? {
        // A page can hold thousands of links: an ASCII destination is trimmed
        // and searched on bytes, which is what Foundation's canonical trim and
        // search amount to on ASCII, at a microsecond less per call.
        let ascii = OpeningText.isASCII(raw)
        let destination = ascii ? trimSpacesAndTabs(raw) : raw.trimmingCharacters(in: .whitespaces)
        let lower = destination.lowercased()
        func has(_ pattern: String) -> Bool { ascii ? lower.containsLiteral(pattern) : lower.range(of: pattern) != nil }
        if destination.isEmpty { return "(empty)" }
        if placeholderDestinations.contains(lower) {
            return "(\(destination))"
        }
        // `https://...`, `https://github.com/...`: the address was never written.
        if has("://...") || has("://…") || lower.hasSuffix("/...") || lower.hasSuffix("/…") {
            return "(\(destination))"
        }
        if autolink { return nil }
        // Only an authority (`//host`) gives a host, and URLComponents costs
        // ~20 µs a link: a page with thousands of relative links paid that each.
        if hasAuthorityMarker(destination), let host = URLComponents(string: destination)?.host?.lowercased() {
            let example = ["example.com", "example.org", "example.net"]
            if example.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return "(an example.com address)" }
        }
        for slot in ["your-username", "yourusername", "your_username", "your-org", "your-repo", "your-link", "<your"]
            where has(slot) {
            return "(\(destination))"
        }
        return nil
    }

    /// `.whitespaces` on ASCII text: spaces and tabs off both ends.
    static func trimSpacesAndTabs(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
              let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    /// Whether `//` occurs, without which RFC 3986 has no authority and no host.
    static func hasAuthorityMarker(_ destination: String) -> Bool {
        var previousSlash = false
        for b in destination.utf8 {
            if b == UInt8(ascii: "/") { if previousSlash { return true }; previousSlash = true } else { previousSlash = false }
        }
        return false
    }

    /// UTF-8 ranges between straight double quotes and between curly ones.
    static func quotedRanges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var straight: Int? = nil
        var curly: Int? = nil
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x22 {
                if let open = straight { ranges.append(open..<(i + 1)); straight = nil } else { straight = i }
            } else if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                if bytes[i + 2] == 0x9C { curly = i } else if bytes[i + 2] == 0x9D, let open = curly { ranges.append(open..<(i + 3)); curly = nil }
            }
            i += 1
        }
        // An unclosed quote runs to the end of the block (a quote over several paragraphs).
        if let open = straight ?? curly { ranges.append(open..<bytes.count) }
        // Sorted and merged, so a binary search finds the one holding an offset.
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// UTF-8 ranges of bracketed template slots in prose text: `[COMPANY 1]`,
    /// `[Metric]`, `[X]x`, `[Insert link here]`. Not: `[1]` citations,
    /// `[...]` omissions, `[Staff+]` labels, `[!NOTE]` alerts.
    static func slots(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8(slots(inBytes:))
    }

    /// `slots(in:)` over the text's own bytes (no copy per block).
    private static func slots(inBytes bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "[") else { i += 1; continue }
            var j = i + 1
            while j < bytes.count, j - i <= 48, bytes[j] != UInt8(ascii: "]"), bytes[j] != UInt8(ascii: "["), bytes[j] != 0x0A { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: "]") else { i = j; continue }
            let raw = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
            let inner = OpeningText.isASCII(raw) ? trimSpacesAndTabs(raw) : raw.trimmingCharacters(in: .whitespaces)
            if isSlot(inner) { found.append(i..<(j + 1)) }
            i = j + 1
        }
        return found
    }

    static func isSlot(_ inner: String) -> Bool {
        guard let first = inner.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        guard !inner.contains("\u{FFFC}"), !inner.contains(",") else { return false }
        let words = inner.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        guard !words.isEmpty, words.count <= 5 else { return false }
        let letters = inner.unicodeScalars.filter { $0.properties.isAlphabetic }
        let allCaps = !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
        let slotWord = words.contains { slotWords.contains($0) }
            || (words.count >= 2 && slotWords.contains(words[0] + " " + words[1]))
        // Single letters (`[X]`, `[N]`) only in capitals.
        if words.count == 1, words[0].count == 1 { return allCaps && slotWords.contains(words[0]) }
        if allCaps { return slotWord || words.last.map { $0.allSatisfy(\.isNumber) } == true && words.count >= 2 }
        // Mixed case: a capitalised slot phrase, e.g. `[Company 1]`, `[Your Name]`.
        guard first.properties.isUppercase, slotWord else { return false }
        return words.allSatisfy { $0.count <= 14 }
    }

    /// `TODO:` / `FIXME:` / `TBD` markers: upper-case, at a block start, after
    /// a field's colon (`Reading Time: TBD`) or followed by a colon.
    static let markerWords = ["todo", "fixme", "tbd", "tba", "xxx"]
    /// The marker words' keys: a word whose key is not among them is not compared as a String.
    static let markerKeys: FirstWordFilter = {
        var filter = FirstWordFilter()
        for word in markerWords { filter.insert(PhraseNormalizer.key(ofNormalized: word)) }
        return filter
    }()

    /// `keys`, when given, are the words' keys (`ProseBlock.lowercasedWordKeys`).
    static func markers(in text: String, words: LowercasedWords, keys: [WordKey]? = nil) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var bytes: [UInt8] = []
        for index in words.indices {
            // The key first: a word's lower-cased text is made only when read.
            if let keys, !markerKeys.mayContain(keys[index]) { continue }
            let word = words[index]
            guard markerWords.contains(word.text) else { continue }
            if bytes.isEmpty { bytes = Array(text.utf8) }
            let raw = String(decoding: bytes[word.range], as: UTF8.self)
            guard raw == raw.uppercased() else { continue }
            var after = word.range.upperBound
            while after < bytes.count, bytes[after] == 0x20 || bytes[after] == UInt8(ascii: "*") { after += 1 }
            var before = word.range.lowerBound
            while before > 0, bytes[before - 1] == 0x20 || bytes[before - 1] == UInt8(ascii: "*") { before -= 1 }
            let colonAfter = after < bytes.count && bytes[after] == UInt8(ascii: ":")
            let alone = after >= bytes.count || bytes[after] == 0x0A || bytes[after] == UInt8(ascii: ".")
            let fieldValue = before > 0 && bytes[before - 1] == UInt8(ascii: ":") && alone
            let blockStart = index == 0 && before == 0 && (colonAfter || alone)
            if colonAfter || fieldValue || blockStart { found.append(word.range) }
        }
        return found
    }
}
