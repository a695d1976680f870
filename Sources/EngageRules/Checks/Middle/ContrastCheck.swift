import EngageText

/// Kind `contrast`: two sides set against each other by their labels, as in
/// "**Old model**: ..." / "**New model**: ...", "Without index:" / "With
/// index:" (also as lines of a diagram), or one of the `phrases` that state
/// a contrast on their own ("instead of thinking").
///
/// A label is a heading, a bold lead, or a block's or diagram line's text
/// before its first `:`, `=` or arrow (at most 8 words). Passes when one
/// label holds a `first` cue and another a `second` cue, or a `phrases` cue
/// occurs in the prose.
///
/// params: `first`, `second` (label cues for the two sides), `phrases`
/// (optional), `code` (none|diagrams|all, default diagrams).
/// Message values: {found}.
struct ContrastCheck: RuleCheck {
    static let kind = "contrast"

    let first: CueSet
    let second: CueSet
    let phrases: CueSet
    let code: CodeReading

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["first", "second", "phrases", "code"])
        first = try CueSet(params, phrases: "first")
        second = try CueSet(params, phrases: "second")
        phrases = try CueSet(params, phrases: "phrases", defaultPhrases: [])
        guard !first.isEmpty, !second.isEmpty else { throw params.error("'first' and 'second' must list something") }
        code = try CodeReading.parse(params, default: .diagrams)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        var firstLabel: String? = nil
        var secondLabel: String? = nil
        func consider(_ label: String) {
            // One label names one side: "Old vs new" alone is not a contrast.
            let isFirst = first.contains(label)
            let isSecond = second.contains(label)
            if isFirst && !isSecond, firstLabel == nil { firstLabel = label }
            if isSecond && !isFirst, secondLabel == nil { secondLabel = label }
        }
        for block in scope.middleBlocks {
            if block.isCode {
                guard code.reads(block) else { continue }
                for line in block.text.split(separator: "\n") {
                    if let label = MiddleText.label(String(line)) { consider(label) }
                }
                continue
            }
            if !block.isHeading, let hit = phrases.matches(in: block.text).first {
                return .pass(evidence: ["states the contrast: '\(hit)'"])
            }
            if let lead = block.lead { consider(lead) }
            if let label = MiddleText.label(block.text) { consider(label) }
            if let firstLabel, let secondLabel {
                return .pass(evidence: ["'\(firstLabel.prefix(60))' against '\(secondLabel.prefix(60))'"])
            }
        }
        if let firstLabel, let secondLabel {
            return .pass(evidence: ["'\(firstLabel.prefix(60))' against '\(secondLabel.prefix(60))'"])
        }
        let found = [firstLabel, secondLabel].compactMap { $0 }.map { "'\($0.prefix(60))'" }.joined(separator: ", ")
        return .fail(CheckFailure(values: ["found": found.isEmpty ? "none" : found], evidence: found.isEmpty ? [] : [found]))
    }
}
