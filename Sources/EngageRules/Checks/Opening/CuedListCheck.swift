import EngageMarkdown
import EngageText

/// Kind `cued-list`: an enumeration of at least `min` entries that the text
/// itself introduces as what the rule looks for (use cases, scenarios,
/// takeaways...). Found in any of these shapes:
///
/// - a list whose lead-in (the heading or paragraph just before it, or the
///   item holding a nested list) says one of `cues` ("Use cases:", "This
///   happens in:") or ends with one of `lead-endings` before its colon ("You
///   need this query in:");
/// - a table with a header cell named by `columns` ("Problem", "Scenario")
///   and at least `min` rows filled in that column, or a table with a cued lead-in;
/// - a plain-text block (untagged or `text`) with a cued line followed by
///   `min` bullet or tree lines ("GOOD FIT:" then "├── Banking");
/// - with `dated-entries`, `min` sibling entries (sub-headings or bold-only
///   paragraphs) in one part that each carry one year: "### Knight Capital (2012)",
///   "**Slack (2020):**", i.e. a run of dated incidents;
/// - a table with a header cell named by `company-columns` ("Use case") whose
///   first column names a company in `min` filled rows: where real systems
///   meet it ("| Stripe | Payment refunds |"). Without the companies, a "Use
///   case" column beside options says where each option fits, which is not
///   what `columns` are for;
/// - `min` entries in one part led by a bold label in `labels`
///   ("- **Challenge**: 100M+ posts a day"), one per company or system;
/// - a heading with one of `heading-cues` ("## Common Use Cases") whose
///   part holds `min` sub-headings, one per case ("### 1. E-Commerce"). A
///   narrower list than `cues`: "Why This Happens" heads causes, and "Where
///   This Appears" heads where a technique is used, not where a problem is met.
///
/// params: `cues` [String], `lead-endings` [String], `columns` [String],
/// `company-columns` [String], `labels` [String], `heading-cues` [String],
/// `dated-entries` (default false), `min` (default 3), `area` (default section).
/// Message values: {min}.
struct CuedListCheck: RuleCheck {
    static let kind = "cued-list"

    let cues: WordTrie<String>
    let headingCues: WordTrie<String>
    let leadEndings: [[String]]
    let columns: Set<String>
    let companyColumns: Set<String>
    let labels: Set<String>
    let datedEntries: Bool
    let minimum: Int
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["cues", "lead-endings", "columns", "company-columns", "labels", "heading-cues", "dated-entries",
                              "min", "area"])
        cues = Self.trie(of: try params.strings("cues"))
        guard cues.count > 0 else { throw params.error("'cues' must list something") }
        headingCues = Self.trie(of: try params.strings("heading-cues", default: []))
        leadEndings = try params.strings("lead-endings", default: []).map(PhraseNormalizer.words).filter { !$0.isEmpty }
        columns = Set(try params.strings("columns", default: []).map { PhraseNormalizer.words($0).joined(separator: " ") })
        companyColumns = Set(try params.strings("company-columns", default: []).map { PhraseNormalizer.words($0).joined(separator: " ") })
        labels = Set(try params.strings("labels", default: []).map { PhraseNormalizer.words($0).joined(separator: " ") })
        datedEntries = try params.bool("dated-entries", default: false)
        minimum = try params.int("min", default: 3)
        guard minimum >= 1 else { throw params.error("'min' must be at least 1") }
        area = try RuleScope.Area.parse(params)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        let document = scoped.document
        var largest = 0
        for node in scoped.nodes(where: Self.isListTableOrCode) {
            switch document.kind(node) {
            case .list:
                let items = Array(document.children(node)).count
                largest = max(largest, items)
                if items >= minimum, let cue = leadInCue(of: node, in: document) {
                    return .pass(evidence: ["\(items) items after '\(cue)' (line \(document.startLine(node)))"])
                }
            case .table:
                let rows = Array(document.children(node))
                guard let header = rows.first else { continue }
                // Header names are read once for both table shapes.
                let names = Self.columnNames(header, in: document)
                if let found = cuedTable(node, rows: rows, names: names, in: document) { return .pass(evidence: [found]) }
                if let found = companyTable(node, rows: rows, names: names, in: document, companies: scoped.analysis.companies) {
                    return .pass(evidence: [found])
                }
            case .codeBlock(_, let info):
                let language = CodeBlocksCheck.language(info)
                guard MiddleText.plainLanguages.contains(language) else { continue }
                if let found = cuedLines(document.literal(node) ?? "") {
                    return .pass(evidence: ["\(found.count) lines after '\(found.cue)' (line \(document.startLine(node)))"])
                }
            default: continue
            }
        }
        if headingCues.count > 0, let found = cuedSubheadings(in: scoped) { return .pass(evidence: [found]) }
        if datedEntries, let found = datedRun(in: scoped) { return .pass(evidence: [found]) }
        if !labels.isEmpty, let found = labelledRun(in: scoped) { return .pass(evidence: [found]) }
        return .fail(CheckFailure(values: ["min": String(minimum), "largest": String(largest)]))
    }

    /// Cue phrases, each found as its normalised words.
    static func trie(of phrases: [String]) -> WordTrie<String> {
        var trie = WordTrie<String>()
        for phrase in phrases { trie.insert(phrase, value: PhraseNormalizer.words(phrase).joined(separator: " ")) }
        return trie
    }

    static func isListTableOrCode(_ kind: NodeKind) -> Bool {
        switch kind {
        case .list, .table, .codeBlock: return true
        default: return false
        }
    }

    /// The cue that introduces a list or table: in the paragraph or heading
    /// just before it, the heading before that lead-in paragraph, or the list
    /// item that holds it.
    func leadInCue(of node: NodeID, in document: Document) -> String? {
        if let previous = document.previousSibling(node) {
            switch document.kind(previous) {
            case .heading:
                return cue(in: document.plainText(previous), ending: false)
            case .paragraph:
                if let found = cue(in: document.plainText(previous), ending: true) { return found }
                if let before = document.previousSibling(previous), case .heading = document.kind(before) {
                    return cue(in: document.plainText(before), ending: false)
                }
                return nil
            default:
                return nil
            }
        }
        if let parent = document.parent(node), case .listItem = document.kind(parent),
           let first = document.firstChild(parent), first != node, document.kind(first) == .paragraph {
            return cue(in: document.plainText(first), ending: true)
        }
        return nil
    }

    /// A cue phrase in `text`, or (for a lead-in paragraph) a lead-ending right before its final colon.
    func cue(in text: String, ending: Bool) -> String? {
        // Keys for the trie (no String per word); words only for a lead-in's ending.
        if let hit = cues.hits(in: PhraseNormalizer.keys(text)).first { return hit.value }
        guard ending, OpeningText.trim(text).hasSuffix(":") else { return nil }
        let words = PhraseNormalizer.words(text)
        for lead in leadEndings where words.count >= lead.count && Array(words.suffix(lead.count)) == lead {
            return "… " + lead.joined(separator: " ") + ":"
        }
        return nil
    }

    /// A table whose header names a cued column with `min` filled rows, or
    /// whose lead-in is cued.
    func cuedTable(_ table: NodeID, rows: [NodeID], names: [String], in document: Document) -> String? {
        let bodyRows = rows.dropFirst()
        if bodyRows.count >= minimum, let cue = leadInCue(of: table, in: document) {
            return "\(bodyRows.count) rows after '\(cue)' (line \(document.startLine(table)))"
        }
        guard !columns.isEmpty else { return nil }
        for (index, name) in names.enumerated() {
            guard columns.contains(name) else { continue }
            let filled = bodyRows.filter { row in
                guard let cell = Array(document.children(row)).dropFirst(index).first else { return false }
                return !PhraseNormalizer.words(document.plainText(cell)).isEmpty
            }.count
            if filled >= minimum { return "\(filled) rows in the '\(name)' column (line \(document.startLine(table)))" }
        }
        return nil
    }

    /// A table with a `company-columns` header whose rows name a company in
    /// their first cell and fill that column, `min` times.
    func companyTable(_ table: NodeID, rows: [NodeID], names: [String], in document: Document,
                      companies: CompanyMatcher) -> String? {
        guard !companyColumns.isEmpty, rows.count > minimum,
              let column = names.firstIndex(where: companyColumns.contains), column > 0 else { return nil }
        // Only the first cell and the named column are read.
        let firstCells: [String] = rows.dropFirst().compactMap { row in
            let cells = Array(document.children(row))
            guard cells.count > column, !PhraseNormalizer.keys(document.plainText(cells[column])).isEmpty else { return nil }
            return document.plainText(cells[0])
        }
        // Ambiguous names ("Square") count when the column holds other companies.
        let named = companies.companies(in: firstCells)
        guard named.count >= minimum else { return nil }
        return "\(named.count) companies with a '\(names[column])' (line \(document.startLine(table)))"
    }

    /// A header row's cells as normalised words ("Use Case" -> "use case").
    static func columnNames(_ header: NodeID, in document: Document) -> [String] {
        document.children(header).map { PhraseNormalizer.words(document.plainText($0)).joined(separator: " ") }
    }

    /// `min` paragraphs in one part (list items' included) that open with a
    /// bold label from `labels` and say more after it: "**Challenge**: ...",
    /// one per system. Reads the post's middle blocks, whose bold leads are
    /// found once for every check.
    func labelledRun(in scope: RuleScope) -> String? {
        let partLevel = scope.map.topLevel ?? 2
        let longestLabel = labels.map(\.utf8.count).max() ?? 0
        var count = 0
        for block in scope.middleBlocks {
            switch block.kind {
            case .heading(let level):
                if level <= partLevel { count = 0 }
                continue
            case .paragraph, .listItem:
                break
            default:
                continue
            }
            // A label is a word or two: longer leads need no normalising.
            guard let lead = block.lead, lead.utf8.count <= longestLabel + 8, block.text.utf8.count > lead.utf8.count + 1,
                  labels.contains(PhraseNormalizer.words(lead).joined(separator: " ")) else { continue }
            count += 1
            if count >= minimum {
                return "\(count) entries led by '\(lead)' (line \(scope.document.startLine(block.node)))"
            }
        }
        return nil
    }

    /// A cued line followed by `min` bullet or tree lines, in plain text.
    func cuedLines(_ literal: String) -> (cue: String, count: Int)? {
        // The line before a run of bullets is trimmed and judged only when a
        // bullet follows it, and a line is otherwise read only up to its
        // first character: most lines of a diagram or transcript lead
        // nothing, and trimming and normalising each was this rule's time.
        var leadLine: Substring? = nil
        var currentCue: String? = nil
        var count = 0
        for raw in literal.linesSplitAtNewlines(omittingEmpty: false) {
            guard let first = Self.firstScalar(ofTrimmed: raw) else { continue }
            if "-*•+├└│".unicodeScalars.contains(first) || (first >= "0" && first <= "9") {
                if let lead = leadLine {
                    currentCue = cue(in: OpeningText.trim(lead), ending: true)
                    leadLine = nil
                }
                // Whitespace is no word: the raw line has the trimmed line's first word.
                guard currentCue != nil, !PhraseNormalizer.keys(String(raw), limit: 1).isEmpty else { continue }
                count += 1
                if count >= minimum, let currentCue { return (currentCue, count) }
                continue
            }
            leadLine = raw
            currentCue = nil
            count = 0
        }
        return nil
    }

    /// The first scalar of `OpeningText.trim(line)`, nil for a blank line:
    /// read on bytes while they are ASCII, where whitespace is 0x09-0x0D and 0x20.
    static func firstScalar(ofTrimmed line: Substring) -> Unicode.Scalar? {
        for byte in line.utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
            if byte < 0x80 { return Unicode.Scalar(byte) }
            return OpeningText.trim(line).unicodeScalars.first
        }
        return nil
    }

    /// A heading with a `heading-cues` phrase, with `min` sub-headings of
    /// the next level down before the next heading of its own level: each
    /// sub-heading is one case, written out as a section of its own.
    func cuedSubheadings(in scope: RuleScope) -> String? {
        let document = scope.document
        var open: (level: Int, cue: String, line: Int)? = nil
        var count = 0
        for block in scope.topLevelBlocks {
            guard case .heading(let level, _) = document.kind(block) else { continue }
            if let current = open, level == current.level + 1 {
                count += 1
                if count >= minimum { return "\(count) sub-headings under '\(current.cue)' (line \(current.line))" }
                continue
            }
            if let current = open, level > current.level + 1 { continue }
            count = 0
            open = headingCues.hits(in: PhraseNormalizer.keys(document.plainText(block))).first
                .map { (level, $0.value, document.startLine(block)) }
        }
        return nil
    }

    /// `min` entries with a year under one top-level part: sub-headings or
    /// paragraphs that are all bold.
    func datedRun(in scope: RuleScope) -> String? {
        let document = scope.document
        let partLevel = scope.map.topLevel ?? 2
        var entries: [String] = []
        for block in scope.topLevelBlocks {
            switch document.kind(block) {
            case .heading(let level, _):
                if level <= partLevel { entries = []; continue }
                let text = document.plainText(block)
                if Self.hasYear(text) { entries.append(text) }
            case .paragraph:
                // All bold: a strong first child, and no word after it.
                guard let first = document.firstChild(block), document.kind(first) == .strong,
                      Self.noWords(after: first, in: document) else { continue }
                let text = document.plainText(first)
                if Self.hasYear(text) { entries.append(text) }
            default:
                continue
            }
            if entries.count >= minimum {
                return "\(entries.count) dated entries: " + entries.prefix(minimum).map { "'\($0)'" }.joined(separator: ", ")
            }
        }
        return nil
    }

    /// One year, as an incident has ("Slack (2020)"); a span of years
    /// ("Generation 1 (1997-2012)") is an era, not an incident.
    static func hasYear(_ text: String) -> Bool {
        // A year is four ASCII digits in a row: most headings have none and
        // are not cut into words at all.
        var run = 0
        guard text.utf8.contains(where: { byte in
            run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
            return run == 4
        }) else { return false }
        return PhraseNormalizer.words(text).filter(ScenarioCheck.isYear).count == 1
    }

    /// Whether no sibling after `node` holds a word.
    static func noWords(after node: NodeID, in document: Document) -> Bool {
        var next = document.nextSibling(node)
        while let sibling = next {
            if !PhraseNormalizer.keys(document.plainText(sibling), limit: 1).isEmpty { return false }
            next = document.nextSibling(sibling)
        }
        return true
    }
}
