import EngageText

/// Kind `paragraph-sentences`: no prose paragraph holds more than `max`
/// sentences. Every offending paragraph is its own finding.
///
/// params: `max` (default 3), `area` (default post), `lists` (also judge
/// paragraphs inside list items, default true), `quotes` (block quotes, default true).
/// Message values: {max}, {count} (offending paragraphs), {longest}.
struct ParagraphSentencesCheck: RuleCheck {
    static let kind = "paragraph-sentences"

    let maximum: Int
    let area: RuleScope.Area
    let lists: Bool
    let quotes: Bool

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["max", "area", "lists", "quotes"])
        maximum = try params.int("max", default: 3)
        guard maximum >= 1 else { throw params.error("'max' must be at least 1") }
        area = try RuleScope.Area.parse(params, default: .post)
        lists = try params.bool("lists", default: true)
        quotes = try params.bool("quotes", default: true)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        var findings: [Finding] = []
        var longest = 0
        var judged = 0
        for block in scope.area(area).bodyProse {
            if block.kind == .listItem && !lists { continue }
            if block.kind == .blockQuote && !quotes { continue }
            judged += 1
            let sentences = block.sentences
            longest = max(longest, sentences.count)
            guard sentences.count > maximum, let first = sentences.first else { continue }
            let start = block.sourceOffset(forTextOffset: first.range.lowerBound)
            let opening = block.text(of: first.range)
            findings.append(Finding(offset: start, detail: "\(sentences.count) sentences",
                                    excerpt: String(opening.prefix(60))))
        }
        guard judged > 0 else { return .notApplicable(reason: "no prose paragraphs") }
        let values = ["max": String(maximum), "count": String(findings.count), "longest": String(longest)]
        if findings.isEmpty { return .pass(evidence: ["\(judged) paragraphs, longest \(longest) sentences"]) }
        return .fail(CheckFailure(values: values, findings: findings,
                                  evidence: ["\(findings.count) of \(judged) paragraphs over \(maximum) sentences"]))
    }
}

extension RuleScope.Area {
    /// `area`, with the check's own default (style and accuracy rules read the whole post).
    static func parse(_ params: RuleParams, default fallback: RuleScope.Area) throws(RuleLoadError) -> RuleScope.Area {
        let name = try params.string("area", default: fallback.rawValue)
        guard let area = RuleScope.Area(rawValue: name) else {
            throw params.error("area must be one of \(allCases.map(\.rawValue).joined(separator: ", ")) (got '\(name)')")
        }
        return area
    }
}
