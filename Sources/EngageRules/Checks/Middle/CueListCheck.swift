import EngageMarkdown
import EngageText

/// Kind `cue-list`: a labelled list, such as "Common Pitfalls" followed by
/// its pitfalls, or items that each open with a cue ("❌ Don't ...").
///
/// Passes when either:
/// - a heading or bold lead contains a `labels` cue and is followed by at
///   least `minItems` items: sub-headings or bold-led paragraphs under the
///   heading, or items of a list that comes right after it (within the
///   heading's extent);
/// - at least `minItems` list items, headings or bold leads open with an
///   `starts` cue or symbol ("Don't", "Never", "Avoid").
/// Prose only: ❌/✅ marks inside code are not a list. With `text-blocks`, a
/// plain-text block (untagged or `text`) is a list too when a line labelled
/// with a `labels` cue ("❌ DON'T:") is followed by `minItems` bullet or tree
/// lines ("├── Store secrets in the payload"): such lists are often drawn.
///
/// params: `labels`, `starts`, `startSymbols` (cue lists), `minItems` (default 2),
/// `text-blocks` (default false), `area` (default section).
/// Message values: {min}, {found}.
struct CueListCheck: RuleCheck {
    static let kind = "cue-list"

    let labels: CueSet
    let starts: CueSet
    let minItems: Int
    let textBlocks: Bool
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["labels", "starts", "startSymbols", "minItems", "text-blocks", "area"])
        textBlocks = try params.bool("text-blocks", default: false)
        labels = try CueSet(params, phrases: "labels")
        starts = try CueSet(params, phrases: "starts", symbols: "startSymbols", defaultPhrases: [])
        guard !labels.isEmpty else { throw params.error("'labels' must list something") }
        minItems = try params.int("minItems", default: 2)
        area = try RuleScope.Area.parse(params)
    }

    struct OpenLabel {
        let text: String
        /// Heading level; nil for a bold lead (which claims only the list right after it).
        let level: Int?
        var items = 0
        var seenItems: Set<NodeID> = []
    }

    func evaluate(_ given: RuleScope) -> CheckOutcome {
        let scope = given.resolved.area(area)
        var open: [OpenLabel] = []
        var startItems: Set<NodeID> = []
        var startEvidence: [String] = []
        var labelsSeen: [String] = []

        for block in scope.middleBlocks {
            if let language = block.language {
                if textBlocks, MiddleText.plainLanguages.contains(language), let found = labelledLines(in: block.text) {
                    return .pass(evidence: ["'\(found.label.prefix(40))' with \(found.items) lines in a text block"])
                }
                continue
            }
            if case .cell = block.kind { continue }
            // Items, headings and bold leads opening with a cue ("Don't ...").
            let opener = block.lead ?? block.text
            if !starts.isEmpty, block.isHeading || block.list != nil || block.lead != nil, starts.starts(opener) {
                if startItems.insert(block.item ?? block.node).inserted { startEvidence.append(String(opener.prefix(50))) }
            }
            if let level = block.headingLevel {
                // A heading ends bold-lead labels and same-or-higher heading
                // labels; it is an item of the deeper ones still open.
                open = open.filter { $0.level.map { $0 < level } ?? false }
                for index in open.indices { open[index].items += 1 }
                if labels.contains(block.text) {
                    open.append(OpenLabel(text: block.text, level: level))
                    labelsSeen.append(block.text)
                }
            } else if let item = block.item {
                for index in open.indices where open[index].seenItems.insert(item).inserted { open[index].items += 1 }
            } else {
                // Prose ends a bold lead's claim on the list after it.
                open.removeAll { $0.level == nil }
                if let lead = block.lead {
                    // Under a heading label, paragraphs led by bold are its
                    // entries ("**1. Retrying writes**" then the story).
                    if block.kind == .paragraph {
                        for index in open.indices where open[index].seenItems.insert(block.node).inserted { open[index].items += 1 }
                    }
                    if labels.contains(lead) {
                        open.append(OpenLabel(text: lead, level: nil))
                        labelsSeen.append(lead)
                    }
                }
            }
            if let done = open.first(where: { $0.items >= minItems }) {
                return .pass(evidence: ["'\(done.text.prefix(60))' with \(done.items) items"])
            }
            if startItems.count >= minItems { return .pass(evidence: startEvidence.map { "'\($0)'" }) }
        }
        let found = (labelsSeen + startEvidence).prefix(3).map { "'\($0.prefix(50))'" }.joined(separator: ", ")
        return .fail(CheckFailure(values: ["min": String(minItems), "found": found.isEmpty ? "none" : found],
                                  evidence: Array(labelsSeen.prefix(3))))
    }

    /// The line after its indent (spaces and tabs, as Characters) and its
    /// first scalar; nil for a blank line. Read on bytes up to the first
    /// ASCII byte that is no space: an indent of ASCII spaces before it is
    /// whole Characters (no scalar joins them).
    static func afterIndent(_ raw: Substring) -> (Substring, Unicode.Scalar)? {
        let utf8 = raw.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || byte == 0x09 {
                index = utf8.index(after: index)
                continue
            }
            if byte < 0x80 { return (raw[index...], Unicode.Scalar(byte)) }
            break
        }
        let line = raw.drop { $0 == " " || $0 == "\t" }
        guard let first = line.unicodeScalars.first else { return nil }
        return (line, first)
    }

    /// A line of plain text that is a label ("❌ DON'T:", "Common mistakes:")
    /// followed by `minItems` bullet or tree lines.
    func labelledLines(in literal: String) -> (label: String, items: Int)? {
        var label: String?
        var items = 0
        for raw in literal.linesSplitAtLineFeed(omittingEmpty: true) {
            guard let (line, first) = Self.afterIndent(raw) else { continue }
            if "-*•+├└".unicodeScalars.contains(first) {
                guard label != nil else { continue }
                items += 1
                if items >= minItems, let label { return (label, items) }
                continue
            }
            if first == "│" { continue }  // a tree's continuation line
            items = 0
            label = nil
            // Most lines of a drawing are no label: test the colon before making a String.
            let end = line.utf8.lastIndex { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
            guard let end, line.utf8[end] == 0x3A, line.utf8.distance(from: line.utf8.startIndex, to: end) < 48 else { continue }
            let trimmed = String(line).middleTrimmed(" \t\r")
            let text = String(trimmed.dropLast())
            if labels.contains(text) || starts.starts(text) { label = trimmed }
        }
        return nil
    }
}
