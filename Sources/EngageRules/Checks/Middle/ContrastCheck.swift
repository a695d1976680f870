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

    func evaluate(_ given: RuleScope) -> CheckOutcome {
        let scope = given.resolved
        var firstLabel: String? = nil
        var secondLabel: String? = nil
        func consider(_ label: String) {
            // A label names the side its earliest cue belongs to: "Traditional
            // approach with locks" is the old side, "Old vs new" names one side only.
            let words = PhraseNormalizer.words(label)
            let a = first.trie.hits(in: words).map(\.words.lowerBound).min()
            let b = second.trie.hits(in: words).map(\.words.lowerBound).min()
            switch (a, b) {
            case (let a?, let b?) where a < b: if firstLabel == nil { firstLabel = label }
            case (let a?, let b?) where b < a: if secondLabel == nil { secondLabel = label }
            case (.some, nil): if firstLabel == nil { firstLabel = label }
            case (nil, .some): if secondLabel == nil { secondLabel = label }
            default: break
            }
        }
        for block in scope.middleBlocks {
            if block.isCode {
                guard code.reads(block) else { continue }
                for line in block.text.linesSplitAtLineFeed() {
                    if let label = MiddleText.label(String(line)) { consider(label) }
                }
                continue
            }
            if !block.isHeading, let hit = phrases.matches(in: block).first {
                return .pass(evidence: ["states the contrast: '\(hit)'"])
            }
            // A heading or bold lead is a label when short ("Old model", "Without an index").
            if let lead = block.lead {
                if let label = MiddleText.label(lead) { consider(label) }
                else if PhraseNormalizer.words(lead).count <= 6 { consider(lead) }
            }
            if !block.isHeading, let label = MiddleText.label(block.text) { consider(label) }
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
