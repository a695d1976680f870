import EngageMarkdown
import EngageText

/// Kind `approaches`: the approaches a section walks through, each under
/// its own sub-heading, bold lead (`**❌ "Just add caching"**`) or as an
/// item of an introduced list ("Common mistakes:" then 1., 2., 3.), and
/// whether each one's text carries the evidence asked for (that it fails,
/// or why it seems right).
///
/// An approach lead contains a `labels` cue or symbol, or opens with a
/// quote, and does not open with a `skip` cue (explanation labels such as
/// "Why it fails"). A list is a list of approaches when the paragraph or
/// heading right before it contains an `intros` cue; the intro counts as
/// part of each item's text. A heading that holds approach leads is a
/// container, not an approach. Each approach's text runs to the next
/// approach or heading (code blocks included).
///
/// params: `labels`, `symbols`, `skip`, `intros`, `evidence`,
/// `evidenceSymbols` (cue lists), `min` (default 2), `every` (default false:
/// count the approaches with evidence against `min`; true: every approach
/// must have it, each offender reported).
/// Message values: {count}, {min}, {total}.
struct ApproachesCheck: RuleCheck {
    static let kind = "approaches"

    let labels: CueSet
    let skip: CueSet
    let intros: CueSet
    let evidence: CueSet
    let minimum: Int
    let every: Bool

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["labels", "symbols", "skip", "intros", "evidence", "evidenceSymbols", "min", "every"])
        labels = try CueSet(params, phrases: "labels", symbols: "symbols")
        skip = try CueSet(params, phrases: "skip", defaultPhrases: [])
        intros = try CueSet(params, phrases: "intros", defaultPhrases: [])
        evidence = try CueSet(params, phrases: "evidence", symbols: "evidenceSymbols")
        guard !labels.isEmpty, !evidence.isEmpty else { throw params.error("'labels' and 'evidence' must list something") }
        minimum = try params.int("min", default: 2)
        every = try params.bool("every", default: false)
    }

    struct Approach {
        var lead: String
        var offset: Int
        var text: String
        /// Heading level for a heading approach.
        var level: Int?
        /// The list item of a list approach.
        var item: NodeID?
        var container = false
    }

    func evaluate(_ given: RuleScope) -> CheckOutcome {
        let scope = given.resolved
        let approaches = ApproachesCheck.approaches(in: scope, labels: labels, skip: skip, intros: intros)
        let withEvidence = approaches.filter { evidence.contains($0.lead + "\n" + $0.text) }
        let values = ["count": String(withEvidence.count), "min": String(minimum), "total": String(approaches.count)]
        let evidenceText = withEvidence.map { "approach '\($0.lead.prefix(60))'" }
        if every {
            let missing = approaches.filter { !evidence.contains($0.lead + "\n" + $0.text) }
            if approaches.count >= minimum && missing.isEmpty { return .pass(evidence: evidenceText) }
            let findings = missing.map { Finding(offset: $0.offset, detail: "'\($0.lead.prefix(60))'", excerpt: String($0.lead.prefix(80))) }
            return .fail(CheckFailure(values: values, findings: findings, evidence: evidenceText))
        }
        if withEvidence.count >= minimum { return .pass(evidence: evidenceText) }
        return .fail(CheckFailure(values: values, evidence: evidenceText))
    }

    static func approaches(in scope: RuleScope, labels: CueSet, skip: CueSet, intros: CueSet) -> [Approach] {
        let document = scope.document
        let starts = scope.regionStarts
        var found: [Approach] = []
        var lead: Int? = nil      // open bold-lead or list approach
        var heading: Int? = nil   // open heading approach
        var introLists: [NodeID: String?] = [:]

        func isApproach(_ text: String) -> Bool {
            guard !skip.starts(text) else { return false }
            if labels.contains(text) { return true }
            let head = text.drop { !$0.isLetter && !$0.isNumber && !"\"“'‘".contains($0) }
            return head.first.map { "\"“'‘".contains($0) } ?? false
        }
        func intro(of list: NodeID) -> String? {
            if let known = introLists[list] { return known }
            var text: String? = nil
            if let previous = document.previousSibling(list) {
                switch document.kind(previous) {
                case .paragraph, .heading:
                    let plain = document.plainText(previous)
                    if intros.contains(plain) { text = plain }
                default: break
                }
            }
            introLists[list] = text
            return text
        }
        func introducesList(_ block: MiddleBlock) -> Bool {
            guard block.kind == .paragraph, let next = document.nextSibling(block.node),
                  case .list = document.kind(next) else { return false }
            return intros.contains(block.text)
        }

        for block in scope.middleBlocks {
            if let level = block.headingLevel {
                lead = nil
                if let open = heading, let openLevel = found[open].level, level <= openLevel { heading = nil }
                if starts.contains(block.node) { heading = nil; continue }
                if isApproach(block.text) {
                    found.append(Approach(lead: block.text, offset: block.offset, text: "", level: level))
                    heading = found.count - 1
                } else if let open = heading {
                    found[open].text += "\n" + block.text
                }
                continue
            }
            if let list = block.list, let item = block.item, let introText = intro(of: list) {
                if let open = lead, found[open].item == item {
                    found[open].text += "\n" + block.text
                } else {
                    if let open = heading { found[open].container = true }
                    let name = block.lead ?? String(block.text.prefix(80))
                    found.append(Approach(lead: name, offset: block.offset, text: introText + "\n" + block.text, item: item))
                    lead = found.count - 1
                }
                continue
            }
            if let text = block.lead, !introducesList(block), isApproach(text) {
                if let open = heading { found[open].container = true }
                found.append(Approach(lead: text, offset: block.offset, text: block.text))
                lead = found.count - 1
                continue
            }
            if introducesList(block) { lead = nil }
            if let open = lead ?? heading { found[open].text += "\n" + block.text }
        }
        return found.filter { !$0.container }
    }
}
