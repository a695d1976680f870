import EngageMarkdown
import EngageText

/// Kind `lead-list`: a list introduced by a heading or a short lead paragraph
/// that matches one of `leads` ("Key Takeaways", "What you can do Monday:"),
/// with between `min` and `max` items. Numbered paragraphs under a matching
/// heading ("**1. Find slow queries** (Today)") count as an ordered list.
///
/// params: `leads` (phrases, required), `area` (default section), `min`
/// (items, default 1), `max` (items, optional), `ordered` (only numbered
/// lists count, default false), `tables` (a table's body rows count as
/// items, default false), `closing` (the list must lie after the last part of
/// a body section, i.e. near the end, default false).
/// Message values: {problem}, {count}, {min}, {max}.
struct LeadListCheck: RuleCheck {
    static let kind = "lead-list"

    let leads: Closing.PhraseSet
    let area: RuleScope.Area
    let minimum: Int
    let maximum: Int?
    let ordered: Bool
    let tables: Bool
    let closing: Bool

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["leads", "area", "min", "max", "ordered", "tables", "closing"])
        let phrases = try params.strings("leads")
        guard !phrases.isEmpty else { throw params.error("'leads' must list at least one phrase") }
        leads = Closing.PhraseSet(phrases)
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 1)
        maximum = try params.optionalDouble("max").map(Int.init)
        ordered = try params.bool("ordered", default: false)
        tables = try params.bool("tables", default: false)
        closing = try params.bool("closing", default: false)
    }

    struct Candidate {
        let node: NodeID
        let items: Int
        let ordered: Bool
        let lead: String
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scope = scope.area(area)
        let document = scope.document
        let stretch = closing ? scope.closingStretch : []
        var candidates: [Candidate] = []
        // Numbered paragraphs under the current heading: (first node, count, heading).
        var numbered: (node: NodeID, count: Int, lead: String)?
        func flushNumbered() {
            if let run = numbered, run.count > 0 { candidates.append(Candidate(node: run.node, items: run.count, ordered: true, lead: run.lead)) }
            numbered = nil
        }
        for block in scope.closingLedBlocks {
            if closing && !stretch.contains(block.node) { continue }
            let lead = block.leads.reversed().first { leads.contains(in: $0) }
            switch block.kind {
            case .heading:
                flushNumbered()
            case .paragraph:
                // Lines that each open with a marker ("✅ Real-time: ...") read as a list.
                if let lead {
                    let lines = LeadListCheck.markedLines(document.source.string(document.range(block.node)))
                    if lines.marked >= 2 && lines.marked * 2 >= lines.total {
                        candidates.append(Candidate(node: block.node, items: lines.marked,
                                                    ordered: lines.numbered == lines.marked, lead: lead))
                    }
                }
                guard let heading = block.headings.reversed().first(where: { leads.contains(in: $0) }),
                      LeadListCheck.startsWithNumber(document.plainText(block.node)) else { continue }
                if numbered == nil { numbered = (block.node, 0, heading) }
                numbered?.count += 1
            case .codeBlock(_, let info):
                // A plain-text block holding a numbered or bulleted list.
                guard let lead, DiagramCheck.plainLanguages.contains(info.lowercased()) || info.lowercased() == "markdown"
                        || info.lowercased() == "md" else { continue }
                let lines = LeadListCheck.markedLines(document.literal(block.node) ?? "", indented: false)
                if lines.marked >= 2 {
                    candidates.append(Candidate(node: block.node, items: lines.marked,
                                                ordered: lines.numbered == lines.marked, lead: lead))
                }
            case .list(let info):
                guard let lead else { continue }
                candidates.append(Candidate(node: block.node, items: document.closingListItems(block.node).count,
                                            ordered: info.ordered, lead: lead))
            case .table where tables:
                guard let lead else { continue }
                candidates.append(Candidate(node: block.node, items: document.closingTableBodyRows(block.node).count,
                                            ordered: false, lead: lead))
            default:
                continue
            }
        }
        flushNumbered()

        var values = ["min": String(minimum), "max": maximum.map(String.init) ?? "any", "count": "0"]
        let eligible = candidates.filter { !ordered || $0.ordered }
        if let fit = eligible.first(where: { $0.items >= minimum && $0.items <= (maximum ?? Int.max) }) {
            return .pass(evidence: ["'\(fit.lead)': \(fit.items) item(s)"])
        }
        let evidence = candidates.map { "'\($0.lead)': \($0.items) item(s)\($0.ordered ? "" : ", not numbered")" }
        guard let best = eligible.first ?? candidates.first else {
            values["problem"] = "none found"
            return .fail(CheckFailure(values: values, evidence: evidence))
        }
        values["count"] = String(best.items)
        if ordered && !best.ordered {
            values["problem"] = "the list under '\(best.lead)' is not numbered"
        } else if best.items < minimum {
            values["problem"] = "'\(best.lead)' has only \(best.items) item(s)"
        } else {
            values["problem"] = "'\(best.lead)' has \(best.items) items"
        }
        return .fail(CheckFailure(values: values, findings: [Finding(offset: document.range(best.node).lowerBound)],
                                  evidence: evidence))
    }

    /// Lines of a text that open with a list marker: a step number, a bullet
    /// (`-`, `*`, `•`) or a symbol such as ✅ ❌ →. With `indented: false`,
    /// indented lines (continuations) are not counted as items.
    static func markedLines(_ text: String, indented: Bool = true) -> (marked: Int, numbered: Int, total: Int) {
        var marked = 0
        var numbered = 0
        var total = 0
        for line in text.linesSplitAtNewlines() {
            let trimmed = line.closingTrimmed()
            guard !trimmed.isEmpty else { continue }
            total += 1
            if !indented, let first = line.first, first == " " || first == "\t" { continue }
            var body = Substring(trimmed)
            while let first = body.first, first == "*" || first == "_" { body = body.dropFirst() }
            guard let first = body.first else { continue }
            if startsWithNumber(String(body)) {
                marked += 1
                numbered += 1
            } else if (trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ")) {
                marked += 1
            } else if !first.isLetter && !first.isNumber && !"[`(\"'<!#|>".contains(first) && !first.isWhitespace {
                marked += 1
            }
        }
        return (marked, numbered, total)
    }

    /// "1. Find", "**2) Add**": a paragraph that opens with a step number.
    static func startsWithNumber(_ text: String) -> Bool {
        var digits = 0
        for character in text.closingTrimmed() {
            if character.isASCII && character.isNumber {
                digits += 1
            } else {
                return digits > 0 && digits <= 2 && (character == "." || character == ")")
            }
        }
        return false
    }
}
