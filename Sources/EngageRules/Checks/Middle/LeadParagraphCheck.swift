import EngageText

/// Kind `lead-paragraph`: a short summary paragraph that opens the section,
/// before its first code block, list, table or step.
///
/// Reads the section's first region (the part that starts it). Passes when a
/// paragraph of at least `minWords` words and at most `maxSentences`
/// sentences comes before the first code block, list or table (bold labels
/// such as "**Step 1**" do not count as the overview).
///
/// params: `minWords` (default 12), `maxSentences` (default 5).
/// Message values: {minWords}, {maxSentences}, {reason}.
struct LeadParagraphCheck: RuleCheck {
    static let kind = "lead-paragraph"

    let minWords: Int
    let maxSentences: Int

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["minWords", "maxSentences"])
        minWords = try params.int("minWords", default: 12)
        maxSentences = try params.int("maxSentences", default: 5)
    }

    func evaluate(_ given: RuleScope) -> CheckOutcome {
        let scope = given.resolved
        guard let region = scope.orderedRegions.first, !region.isEmpty else {
            return .fail(CheckFailure(values: values("the section is empty")))
        }
        let first = Set(region)
        let regionScope = RuleScope(analysis: scope.analysis, section: scope.section, blocks: first)
        var long: MiddleBlock? = nil
        var stop: MiddleBlock? = nil
        for block in regionScope.middleBlocks {
            if block.isCode || block.list != nil || block.kind == .cell(header: true) || block.kind == .cell(header: false) {
                stop = block
                break
            }
            guard block.kind == .paragraph || block.kind == .quote else { continue }
            let words = Words.count(block.text)
            guard words >= minWords else { continue }
            let sentences = Sentences.split(block.text).count
            if sentences <= maxSentences { return .pass(evidence: ["overview: '\(block.text.prefix(80))'"]) }
            if long == nil { long = block }
        }
        if let long {
            return .fail(CheckFailure(values: values("the opening paragraph runs over \(maxSentences) sentences"),
                                      findings: [Finding(offset: long.offset, excerpt: String(long.text.prefix(80)))]))
        }
        let reason = stop.map { $0.isCode ? "it opens with code" : "it opens with a list or table" } ?? "it has no opening paragraph"
        let offset = stop?.offset ?? regionScope.startOffset
        return .fail(CheckFailure(values: values(reason), findings: [Finding(offset: offset)]))
    }

    private func values(_ reason: String) -> [String: String] {
        ["minWords": String(minWords), "maxSentences": String(maxSentences), "reason": reason]
    }
}
