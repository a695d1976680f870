import EngageMarkdown
import EngageSections
import EngageText

/// One block of a section as the middle-section checks read it: a prose
/// block (heading, paragraph, list paragraph, quote, cell) or a code block,
/// in document order. A class: every middle check iterates the post's list
/// of them, and copying a struct of four references per block per check was
/// a visible share of the lint's reference counting.
final class MiddleBlock {
    enum Kind: Equatable {
        case heading(level: Int)
        case paragraph
        case listItem
        case quote
        case cell(header: Bool)
        case code(language: String)
    }

    let kind: Kind
    /// Prose text, or a code block's content.
    let text: String
    /// The node: paragraph, heading, cell, list item (tight items) or code block.
    let node: NodeID
    /// The top-level block that holds it.
    let topLevel: NodeID
    /// Source byte offset of the block.
    let offset: Int
    /// The bold lead ("**Why it fails**: ...") of a paragraph or list
    /// paragraph, emoji before it included; a heading's whole text.
    let lead: String?
    /// For list paragraphs: the list item node, and the list node.
    let item: NodeID?
    let list: NodeID?
    /// The prose block it was made from (nil for code): its kept word views.
    let prose: ProseBlock?

    init(kind: Kind, text: String, node: NodeID, topLevel: NodeID, offset: Int, lead: String?,
         item: NodeID?, list: NodeID?, prose: ProseBlock? = nil) {
        self.kind = kind
        self.text = text
        self.node = node
        self.topLevel = topLevel
        self.offset = offset
        self.lead = lead
        self.item = item
        self.list = list
        self.prose = prose
    }

    /// The normalised words as keys (what the phrase tries match): a prose
    /// block's kept keys, or a code block's, made once for all the checks
    /// that read code.
    var phraseKeys: [WordKey] { prose?.phraseKeys ?? codeKeys }
    private lazy var codeKeys: [WordKey] = PhraseNormalizer.keys(text)

    var isHeading: Bool { if case .heading = kind { return true } else { return false } }
    var headingLevel: Int? { if case .heading(let level) = kind { return level } else { return nil } }
    var isCode: Bool { if case .code = kind { return true } else { return false } }
    var language: String? { if case .code(let language) = kind { return language } else { return nil } }
}

extension RuleScope {
    /// The scope a middle check reads. When the classifier finds the section
    /// only by its content inside another part ("shift language in 'The
    /// Solution'"), no region is mapped to it: the check then reads that part.
    var resolved: RuleScope {
        guard let blocks, blocks.isEmpty, let section, map.present[section] == true,
              let why = map.presenceEvidence[section] else { return self }
        guard let part = map.parts.first(where: { why.hasSuffix("'\($0.heading)'") }) else { return self }
        return RuleScope(analysis: analysis, section: section, blocks: Set(part.region.blocks))
    }

    /// The scope widened to also hold the regions of `sections` (e.g. the
    /// solution plus the hands-on quick win).
    func including(sections: [SectionID]) -> RuleScope {
        guard !sections.isEmpty, let blocks else { return self }
        var union = blocks
        for section in sections { union.formUnion(map.regions(of: section).flatMap(\.blocks)) }
        return RuleScope(analysis: analysis, section: section, blocks: union)
    }

    /// The scope's regions in document order (one whole region for a rule
    /// example excerpt or a post-wide scope).
    var orderedRegions: [[NodeID]] {
        guard let section, section != .other, blocks != nil else { return [topLevelBlocks] }
        let regions = map.regions(of: section).map(\.blocks).filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        return regions.isEmpty ? [topLevelBlocks] : regions
    }

    /// First block of each region: the part or sub-section heading that
    /// names the section (never an approach, a step or a pitfall itself).
    var regionStarts: Set<NodeID> {
        guard let section, section != .other, blocks != nil else { return [] }
        var starts: Set<NodeID> = []
        for part in map.parts {
            if part.section == section, let heading = part.headingNode { starts.insert(heading) }
            for sub in part.subsections where sub.section == section {
                if let first = sub.region.blocks.first { starts.insert(first) }
            }
        }
        return starts
    }

    /// Prose and code blocks in scope, in document order. Made once per post
    /// (a dozen checks read them), then filtered to the scope.
    var middleBlocks: [MiddleBlock] {
        let all = analysis.memo("middle.blocks") {
            RuleScope(analysis: analysis, section: nil, blocks: nil).collectMiddleBlocks()
        }
        return blocks == nil ? all : all.filter { contains(topLevel: $0.topLevel) }
    }

    /// Linear in the scope's size.
    private func collectMiddleBlocks() -> [MiddleBlock] {
        let document = self.document
        var result: [MiddleBlock] = []
        var prose = self.prose[...]
        for top in topLevelBlocks {
            // Code blocks of this top-level block, merged with its prose blocks by offset.
            var codes: [MiddleBlock] = []
            document.walk(from: top) { node in
                if case .codeBlock(_, let info) = document.kind(node) {
                    codes.append(MiddleBlock(kind: .code(language: MiddleText.language(info)), text: document.literal(node) ?? "",
                                             node: node, topLevel: top, offset: document.range(node).lowerBound,
                                             lead: nil, item: nil, list: nil))
                    return false
                }
                return true
            }
            var own: [MiddleBlock] = []
            while let block = prose.first, block.topLevel == top {
                prose = prose.dropFirst()
                own.append(MiddleBlock(prose: block, document: document))
            }
            // Skip prose blocks of top-level blocks out of scope (prose is in document order).
            while let block = prose.first, block.topLevel < top { prose = prose.dropFirst() }
            if codes.isEmpty {
                result.append(contentsOf: own)
            } else {
                var merged = own + codes
                merged.sort { $0.offset < $1.offset }
                result.append(contentsOf: merged)
            }
        }
        return result
    }
}

extension MiddleBlock {
    convenience init(prose block: ProseBlock, document: Document) {
        var item: NodeID? = nil
        var list: NodeID? = nil
        let kind: Kind
        switch block.kind {
        case .heading(let level): kind = .heading(level: level)
        case .paragraph: kind = .paragraph
        case .listItem: kind = .listItem
        case .blockQuote: kind = .quote
        case .tableCell(let header): kind = .cell(header: header)
        }
        if case .listItem = block.kind {
            if case .listItem = document.kind(block.node) {
                item = block.node
            } else if let parent = document.parent(block.node), case .listItem = document.kind(parent) {
                item = parent
            }
            if let item, let parent = document.parent(item), case .list = document.kind(parent) { list = parent }
        }
        var lead: String? = nil
        switch kind {
        case .heading: lead = block.text
        case .paragraph, .listItem, .quote: lead = MiddleText.boldLead(of: block.node, in: document)
        default: break
        }
        self.init(kind: kind, text: block.text, node: block.node, topLevel: block.topLevel,
                  offset: block.sourceRange.lowerBound, lead: lead, item: item, list: list, prose: block)
    }
}

/// Text helpers shared by the middle-section checks.
enum MiddleText {
    /// The language of a fenced code block's info string, lower-cased ("" when none).
    static func language(_ info: String) -> String {
        let first = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" || $0 == "," }).first.map(String.init) ?? ""
        return first.lowercased()
    }

    /// Languages that mark a block as a picture, not code.
    static let diagramLanguages: Set<String> = ["mermaid", "plantuml", "puml", "dot", "graphviz", "ascii", "diagram", "svgbob", "ditaa", "d2"]
    /// Languages (and none) that plain text, output or ASCII art use.
    static let plainLanguages: Set<String> = ["", "text", "txt", "plain", "plaintext", "none"]

    /// Whether a code block is a diagram: a diagram language, or plain text
    /// drawn with arrows, box-drawing characters or `+--` / `|` frames.
    static func isDiagram(language: String, text: String) -> Bool {
        if diagramLanguages.contains(language) { return true }
        guard plainLanguages.contains(language) else { return false }
        var framed = 0
        for line in text.linesSplitAtLineFeed() {
            for scalar in line.unicodeScalars {
                let v = scalar.value
                // Arrows (U+2190-21FF), box drawing (U+2500-257F), block elements (U+2580-259F), ▶ ▼ ►
                if (0x2190...0x21FF).contains(v) || (0x2500...0x259F).contains(v) || v == 0x25B6 || v == 0x25BC || v == 0x25BA { return true }
            }
            if line.containsLiteral("-->") || line.containsLiteral("->") || line.containsLiteral("=>") || line.containsLiteral("<-") || line.containsLiteral("+--") { framed += 1 }
            else if line.hasPrefix("|") || line.hasPrefix("  |") { framed += 1 }
        }
        return framed >= 2
    }

    /// A paragraph's bold lead: the `**strong**` text it opens with, after
    /// any emoji or symbols (`❌ **Don't**`). Nil when it does not open with bold.
    static func boldLead(of node: NodeID, in document: Document) -> String? {
        var prefix = ""
        var child = document.firstChild(node)
        // A tight list item holds inlines directly; a loose one a paragraph.
        if let first = child, document.kind(first) == .paragraph { child = document.firstChild(first) }
        while let current = child {
            switch document.kind(current) {
            case .strong:
                let text = document.plainText(current)
                return prefix.isEmpty ? text : prefix + " " + text
            case .emoji:
                prefix += document.literal(current) ?? ""
            case .text:
                let literal = document.literal(current) ?? ""
                guard literal.unicodeScalars.allSatisfy({ !$0.properties.isAlphabetic && !("0"..."9").contains($0) }) else { return nil }
                prefix += literal.middleTrimmed(" \t")
            default:
                return nil
            }
            child = document.nextSibling(current)
        }
        return nil
    }

    /// The label of a line or block: its text before the first `:`, `=` or
    /// arrow, when that is short (at most `maxWords` words); nil otherwise.
    static func label(_ text: String, maxWords: Int = 8) -> String? {
        // Byte searches (none of these has another canonical spelling):
        // Foundation's search ran five times over every block's text.
        let delimiters: [String] = [":", " = ", "→", "->", " — "]
        var end: Int? = nil
        for delimiter in delimiters {
            if let range = text.literalByteRange(of: delimiter), end.map({ range.lowerBound < $0 }) ?? true {
                end = range.lowerBound
            }
        }
        guard let end else { return nil }
        let head = String(decoding: text.utf8.prefix(end), as: UTF8.self)
        let words = PhraseNormalizer.words(head)
        guard !words.isEmpty, words.count <= maxWords else { return nil }
        return head
    }
}

extension String {
    /// The string without leading and trailing characters of `set`.
    func middleTrimmed(_ set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

/// A set of cue phrases (whole words, case-insensitive) and literal symbols.
struct CueSet: Sendable {
    let trie: WordTrie<String>
    let symbols: [String]
    let isEmpty: Bool

    init(phrases: [String], symbols: [String] = []) {
        var trie = WordTrie<String>()
        for phrase in phrases { trie.insert(phrase, value: PhraseNormalizer.words(phrase).joined(separator: " ")) }
        self.trie = trie
        self.symbols = symbols
        isEmpty = trie.count == 0 && symbols.isEmpty
    }

    init(_ params: RuleParams, phrases key: String, symbols symbolKey: String? = nil,
         defaultPhrases: [String]? = nil, defaultSymbols: [String] = []) throws(RuleLoadError) {
        let phrases = try params.strings(key, default: defaultPhrases)
        let symbols = try symbolKey.map { k throws(RuleLoadError) in try params.strings(k, default: defaultSymbols) } ?? defaultSymbols
        self.init(phrases: phrases, symbols: symbols)
    }

    /// Distinct cues found in `text`, in order.
    func matches(in text: String) -> [String] {
        matches(keys: PhraseNormalizer.keys(text), text: text)
    }

    /// Distinct cues found in a block (its kept words when it is prose).
    func matches(in block: MiddleBlock) -> [String] {
        matches(keys: block.phraseKeys, text: block.text)
    }

    /// Distinct cues found in phrase keys (`PhraseNormalizer.keys`, `ProseBlock.phraseKeys`).
    func matches(keys: [WordKey], text: String) -> [String] {
        var found: [String] = []
        for hit in trie.hits(in: keys) where !found.contains(hit.value) { found.append(hit.value) }
        for symbol in symbols where text.containsLiteral(symbol) && !found.contains(symbol) { found.append(symbol) }
        return found
    }

    func contains(_ text: String) -> Bool { !matches(in: text).isEmpty }

    /// Whether `text` opens with a cue (its first words, or a symbol before any letter).
    func starts(_ text: String) -> Bool {
        let keys = PhraseNormalizer.keys(text, limit: 6)
        if trie.hits(in: keys).contains(where: { $0.words.lowerBound == 0 }) { return true }
        guard !symbols.isEmpty else { return false }
        // A text opening with an ASCII letter or digit has no head to search.
        if let first = text.utf8.first, (first | 0x20 >= 0x61 && first | 0x20 <= 0x7A) || (first >= 0x30 && first <= 0x39) {
            return false
        }
        let head = text.prefix { !$0.isLetter && !$0.isNumber }
        return symbols.contains { head.containsLiteral($0) }
    }

    /// Whether the text's words are exactly one cue phrase.
    func isExactly(_ text: String) -> Bool {
        let keys = PhraseNormalizer.keys(text)
        guard !keys.isEmpty else { return false }
        return trie.hits(in: keys).contains { $0.words == 0..<keys.count }
    }
}

/// How a check reads code blocks alongside prose.
enum CodeReading: String, CaseIterable {
    /// Prose only.
    case none
    /// Prose plus diagrams and plain-text blocks (ASCII art, labelled comparisons).
    case diagrams
    /// Prose plus every code block.
    case all

    static func parse(_ params: RuleParams, default fallback: CodeReading) throws(RuleLoadError) -> CodeReading {
        let name = try params.string("code", default: fallback.rawValue)
        guard let reading = CodeReading(rawValue: name) else {
            throw params.error("code must be one of \(allCases.map(\.rawValue).joined(separator: ", ")) (got '\(name)')")
        }
        return reading
    }

    func reads(_ block: MiddleBlock) -> Bool {
        guard let language = block.language else { return true }
        switch self {
        case .none: return false
        case .all: return true
        case .diagrams:
            return MiddleText.diagramLanguages.contains(language) || MiddleText.plainLanguages.contains(language)
        }
    }
}
