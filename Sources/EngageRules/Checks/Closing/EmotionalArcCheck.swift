import EngageSections
import EngageText

/// Kind `emotional-arc`: the post moves from pain to empowerment. Pain
/// phrases ("slow", "outage", "frustrating") must outnumber empowerment
/// phrases ("you can", "now you", "ready") in the opening sections, and
/// empowerment must outnumber pain in the closing ones.
///
/// params: `pain`, `empowerment` (phrases, required), `opening` (section ids,
/// default hook, problem, why-fails), `closing` (default quick-win, cta).
/// Message values: {problem}, {openingPain}, {openingPower}, {closingPain}, {closingPower}.
struct EmotionalArcCheck: RuleCheck {
    static let kind = "emotional-arc"

    let pain: Closing.PhraseSet
    let empowerment: Closing.PhraseSet
    let opening: [SectionID]
    let closing: [SectionID]

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["pain", "empowerment", "opening", "closing"])
        let painPhrases = try params.strings("pain")
        let powerPhrases = try params.strings("empowerment")
        guard !painPhrases.isEmpty, !powerPhrases.isEmpty else { throw params.error("'pain' and 'empowerment' must list phrases") }
        pain = Closing.PhraseSet(painPhrases)
        empowerment = Closing.PhraseSet(powerPhrases)
        func sections(_ key: String, _ fallback: [String]) throws(RuleLoadError) -> [SectionID] {
            var ids: [SectionID] = []
            for name in try params.strings(key, default: fallback) {
                guard let id = SectionID(rawValue: name), id != .other else { throw params.error("'\(key)': unknown section '\(name)'") }
                ids.append(id)
            }
            return ids
        }
        opening = try sections("opening", ["hook", "problem", "why-fails"])
        closing = try sections("closing", ["quick-win", "cta"])
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let (openingPain, openingPower) = tally(opening, scope)
        let (closingPain, closingPower) = tally(closing, scope)
        var values = ["openingPain": String(openingPain), "openingPower": String(openingPower),
                      "closingPain": String(closingPain), "closingPower": String(closingPower)]
        let evidence = ["opening: \(openingPain) pain, \(openingPower) empowerment",
                        "closing: \(closingPain) pain, \(closingPower) empowerment"]
        var problems: [String] = []
        if openingPain <= openingPower {
            problems.append("the opening has \(openingPain) pain and \(openingPower) empowerment phrase(s)")
        }
        if closingPower <= closingPain {
            problems.append("the close has \(closingPower) empowerment and \(closingPain) pain phrase(s)")
        }
        if problems.isEmpty { return .pass(evidence: evidence) }
        values["problem"] = problems.joined(separator: "; ")
        return .fail(CheckFailure(values: values, evidence: evidence))
    }

    private func tally(_ sections: [SectionID], _ scope: RuleScope) -> (pain: Int, power: Int) {
        var painCount = 0
        var powerCount = 0
        for section in sections {
            for unit in RuleScope(analysis: scope.analysis, section: section).prose {
                let keys = unit.phraseKeys
                painCount += pain.matches(keys: keys).count
                powerCount += empowerment.matches(keys: keys).count
            }
        }
        return (painCount, powerCount)
    }
}
