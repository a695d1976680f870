import Foundation
import EngageMarkdown
import EngageText

/// Kind `paragraphs-between-headings`: no run of more than `max` prose
/// paragraphs without a heading. Counted: top-level paragraphs that are
/// prose, not a one-line lead-in ending in `:` (those introduce the code or
/// list after them). A heading, or a paragraph that is all bold (a bold
/// pseudo-heading such as `**Step 2: Add the index**`), starts a new run;
/// a paragraph that opens with a bold lead (`**Cost**: ...`) starts one too.
/// Code, lists and tables neither count nor reset. Each run is one finding,
/// at the paragraph that goes over the limit.
///
/// params: `max` (default 4), `area` (default post).
/// Message values: {max}, {runs}, {longest}.
struct ParagraphsBetweenHeadingsCheck: RuleCheck {
    static let kind = "paragraphs-between-headings"

    let maximum: Int
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["max", "area"])
        maximum = try params.int("max", default: 4)
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        let document = scoped.document
        var counted = 0
        var run = 0
        var longest = 0
        var findings: [Finding] = []
        // The analysis has already extracted and split each top-level
        // paragraph; extracting it again per check doubled its cost.
        var extracted: [NodeID: ProseBlock] = [:]
        for block in scoped.prose where block.node == block.topLevel { extracted[block.node] = block }
        for node in scoped.topLevelBlocks {
            switch document.kind(node) {
            case .heading:
                run = 0
            case .paragraph:
                if ParagraphsBetweenHeadingsCheck.isBoldLead(node, document) { run = 0; continue }
                let block = extracted[node] ?? ProseExtractor.block(for: node, in: document)
                let sentences = block.sentences
                guard !sentences.isEmpty else { continue }
                if sentences.count == 1, sentences[0].ending == .colon { continue }
                counted += 1
                // A bold lead (`**Technology choices**: ...`) is a signpost too: the run starts again here.
                run = ParagraphsBetweenHeadingsCheck.startsWithBold(node, document) ? 1 : run + 1
                longest = max(longest, run)
                if run == maximum + 1 {
                    findings.append(Finding(offset: document.range(node).lowerBound,
                                            detail: "paragraph \(run) since the last heading",
                                            excerpt: String(block.text.prefix(60))))
                }
            default:
                continue
            }
        }
        guard counted > 0 else { return .notApplicable(reason: "no prose paragraphs") }
        let values = ["max": String(maximum), "runs": String(findings.count), "longest": String(longest)]
        let evidence = ["longest run: \(longest) paragraphs without a heading"]
        if findings.isEmpty { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, findings: findings, evidence: evidence))
    }

    /// A paragraph that opens with a bold span (optionally after a list-like number or emoji).
    static func startsWithBold(_ node: NodeID, _ document: Document) -> Bool {
        guard let first = document.firstChild(node) else { return false }
        if document.kind(first) == .strong { return true }
        if document.kind(first) == .emoji, let next = document.nextSibling(first) {
            if document.kind(next) == .strong { return true }
            if document.kind(next) == .text, (document.literal(next) ?? "").trimmingCharacters(in: .whitespaces).isEmpty,
               let after = document.nextSibling(next), document.kind(after) == .strong { return true }
        }
        return false
    }

    /// A paragraph whose only content is one bold (or bold-italic) span,
    /// optionally followed by a colon: a heading in all but name.
    static func isBoldLead(_ node: NodeID, _ document: Document) -> Bool {
        var strong = 0
        var other = false
        for child in document.children(node) {
            switch document.kind(child) {
            case .strong:
                strong += 1
            case .emphasis:
                if let inner = document.firstChild(child), document.kind(inner) == .strong,
                   document.nextSibling(inner) == nil { strong += 1 } else { other = true }
            case .text:
                let raw = document.literal(child) ?? ""
                // An ASCII byte other than space, tab or `:` survives trimming:
                // no need to trim a whole long paragraph to know it is text.
                if raw.utf8.contains(where: { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 && $0 != UInt8(ascii: ":") }) { other = true; continue }
                let literal = raw.trimmingCharacters(in: .whitespaces)
                if !(literal.isEmpty || literal == ":") { other = true }
            case .softBreak, .hardBreak:
                continue
            default:
                other = true
            }
        }
        return strong == 1 && !other
    }
}
