import EngageText

/// Kind `bold-density`: at least `min` bold spans per `per-words` words of
/// body prose (bold in headings does not count; a post shorter than
/// `per-words` still needs `min`).
///
/// params: `min` (default 1), `per-words` (default 300), `area` (default post).
/// Message values: {count}, {required}, {words}, {per}.
struct BoldDensityCheck: RuleCheck {
    static let kind = "bold-density"

    let minimum: Int
    let perWords: Int
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["min", "per-words", "area"])
        minimum = try params.int("min", default: 1)
        perWords = try params.int("per-words", default: 300)
        guard perWords > 0 else { throw params.error("'per-words' must be positive") }
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        let prose = scoped.prose.filter { !$0.isHeading }
        let words = prose.reduce(0) { $0 + $1.wordCount }
        guard words > 0 else { return .notApplicable(reason: "no prose") }
        let document = scoped.document
        var bold = 0
        for block in prose {
            document.walk(from: block.node) { node in
                if document.kind(node) == .strong { bold += 1; return false }
                return true
            }
        }
        let required = max(minimum, minimum * words / perWords)
        let values = ["count": String(bold), "required": String(required), "words": String(words), "per": String(perWords)]
        let evidence = ["\(bold) bold term(s) in \(words) words (needs \(required))"]
        if bold >= required { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, evidence: evidence))
    }
}
