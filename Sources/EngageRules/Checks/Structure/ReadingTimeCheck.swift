import EngageMarkdown
import EngageSections

/// Kind `reading-time`: the estimated reading time of the whole post is
/// within [min, max] minutes. Prose is read at `wpm` words a minute; code at
/// `code-wpm` (tokens holding a letter or digit), since readers slow down on code.
/// A post that runs long is pointed at the heading where it passes `max`.
///
/// params: `wpm` (default 238), `code-wpm` (default 80), `min` (minutes,
/// default 10), `max` (default 25).
/// Message values: {minutes}, {min}, {max}, {words}, {code}.
struct ReadingTimeCheck: RuleCheck {
    static let kind = "reading-time"

    let wpm: Double
    let codeWPM: Double
    let minimum: Double
    let maximum: Double

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["wpm", "code-wpm", "min", "max"])
        wpm = try params.double("wpm", default: 238)
        codeWPM = try params.double("code-wpm", default: 80)
        minimum = try params.double("min", default: 10)
        maximum = try params.double("max", default: 25)
        guard wpm > 0, codeWPM > 0 else { throw params.error("'wpm' and 'code-wpm' must be positive") }
        guard minimum <= maximum else { throw params.error("'min' must not exceed 'max'") }
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let loads = scope.structureReadingLoads()
        let document = scope.document
        var seconds = 0.0
        var words = 0
        var code = 0
        var crossing: NodeID? = nil
        var lastHeading: NodeID? = nil
        for block in scope.analysis.topLevelBlocks {
            if case .heading = document.kind(block) { lastHeading = block }
            guard let load = loads[block] else { continue }
            words += load.prose
            code += load.code
            seconds += load.seconds(proseWPM: wpm, codeWPM: codeWPM)
            if crossing == nil, seconds > maximum * 60 { crossing = lastHeading ?? block }
        }
        let minutes = StructureText.minutes(seconds)
        let values = ["minutes": minutes, "min": StructureText.minutes(minimum * 60), "max": StructureText.minutes(maximum * 60),
                      "words": String(words), "code": String(code)]
        let evidence = ["about \(minutes) min: \(words) prose words, \(code) code words"]
        if seconds < minimum * 60 {
            return .fail(CheckFailure(values: values, evidence: evidence))
        }
        if seconds > maximum * 60 {
            let offset = crossing.map { document.range($0).lowerBound } ?? scope.startOffset
            return .fail(CheckFailure(values: values, findings: [Finding(offset: offset, detail: "the post passes \(values["max"]!) minutes here")],
                                      evidence: evidence))
        }
        return .pass(evidence: evidence)
    }
}
