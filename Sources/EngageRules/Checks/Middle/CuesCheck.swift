import EngageSections
import EngageText

/// Kind `cues`: like `phrases` in require mode, but it can also read code
/// blocks: diagrams and plain-text blocks (`code: diagrams`), where posts
/// often write their ✅ GOOD FIT / ❌ POOR FIT lists, or every block (`code: all`).
///
/// params: `phrases` [String], `symbols` [String], `area` (default section),
/// `min` (default 1), `code` (none|diagrams|all, default none), `headings`
/// (default true), `sections` (more sections to read, e.g. ["quick-win"]).
/// Message values: {count}, {min}, {found}.
struct CuesCheck: RuleCheck {
    static let kind = "cues"

    let cues: CueSet
    let area: RuleScope.Area
    let minimum: Int
    let code: CodeReading
    let includeHeadings: Bool
    let sections: [SectionID]

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["phrases", "symbols", "area", "min", "code", "headings", "sections"])
        cues = try CueSet(params, phrases: "phrases", symbols: "symbols", defaultPhrases: [])
        guard !cues.isEmpty else { throw params.error("'phrases' or 'symbols' must list something") }
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 1)
        code = try CodeReading.parse(params, default: .none)
        includeHeadings = try params.bool("headings", default: true)
        sections = try SectionID.middleList(params, "sections")
    }

    func evaluate(_ given: RuleScope) -> CheckOutcome {
        let scope = given.resolved
        var found: [String] = []
        var count = 0
        for block in scope.area(area).including(sections: sections).middleBlocks {
            if block.isHeading && !includeHeadings { continue }
            if !code.reads(block) { continue }
            let hits = cues.matches(in: block)
            count += hits.count
            for hit in hits where !found.contains(hit) { found.append(hit) }
        }
        let values = ["count": String(count), "min": String(minimum), "found": found.map { "'\($0)'" }.joined(separator: ", ")]
        if count >= minimum { return .pass(evidence: found.map { "found '\($0)'" }) }
        return .fail(CheckFailure(values: values, evidence: found))
    }
}

extension SectionID {
    /// A list of section ids from a parameter (default empty).
    static func middleList(_ params: RuleParams, _ key: String) throws(RuleLoadError) -> [SectionID] {
        var result: [SectionID] = []
        for name in try params.strings(key, default: []) {
            guard let id = SectionID(rawValue: name), id != .other else {
                throw params.error("'\(key)' lists an unknown section '\(name)' (known: \(SectionID.framework.map(\.rawValue).joined(separator: ", ")))")
            }
            result.append(id)
        }
        return result
    }
}
