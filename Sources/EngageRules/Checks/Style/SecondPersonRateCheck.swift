import EngageText

/// Kind `second-person-rate`: "you/your" per 1,000 words of body prose
/// (paragraphs, list items, quotes; headings and table cells left out).
///
/// params: `min` (per 1,000 words, default 8), `min-words` (shorter posts
/// are not judged, default 100), `area` (default post).
/// Message values: {rate}, {min}, {count}, {words}.
struct SecondPersonRateCheck: RuleCheck {
    static let kind = "second-person-rate"

    let minimum: Double
    let minimumWords: Int
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["min", "min-words", "area"])
        minimum = try params.double("min", default: 8)
        minimumWords = try params.int("min-words", default: 100)
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        var count = 0
        var words = 0
        for block in scope.area(area).bodyProse {
            let usage = block.secondPerson
            count += usage.count
            words += usage.wordCount
        }
        guard words >= minimumWords else {
            return .notApplicable(reason: "\(words) prose words: too short to judge (needs \(minimumWords))")
        }
        let rate = SecondPerson.ratePerThousand(count: count, words: words)
        let values = ["rate": rate.oneDecimal, "min": minimum.oneDecimal, "count": String(count), "words": String(words)]
        let evidence = ["\(count) you/your in \(words) words (\(rate.oneDecimal) per 1,000)"]
        if rate >= minimum { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, evidence: evidence))
    }
}
