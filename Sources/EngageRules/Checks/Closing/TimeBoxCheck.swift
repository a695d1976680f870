import EngageText

/// Kind `time-box`: the area states its own duration, at most `max` minutes.
///
/// The stated duration is, in order: a duration in the area's first heading
/// ("Quick Win: Add an Index (5 Minutes)"); one in a sentence that gives a
/// total ("Total time: 10 minutes", "This takes 5 minutes"); the sum of
/// durations in sub-headings ("Step 1 (2 minutes)"...); else the first
/// duration in the area's prose. Durations are minutes or hours (seconds only
/// in a heading); a range counts at its upper end. Code never counts.
///
/// params: `area` (default section), `max` (minutes, default 15),
/// `cues` (phrases that mark a total, default: total, takes, time, duration).
/// Message values: {max}, {problem} ("states no duration" / "takes 45 minutes").
struct TimeBoxCheck: RuleCheck {
    static let kind = "time-box"

    let area: RuleScope.Area
    let maxMinutes: Double
    let cues: Closing.PhraseSet

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["area", "max", "cues"])
        area = try RuleScope.Area.parse(params)
        maxMinutes = try params.double("max", default: 15)
        cues = Closing.PhraseSet(try params.strings("cues", default: ["total", "takes", "take", "time", "duration", "time box"]))
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        var firstHeading: (minutes: Double, offset: Int, text: String)?
        var sawHeading = false
        var total: (minutes: Double, offset: Int, text: String)?
        var subheadings: [(minutes: Double, offset: Int, text: String)] = []
        var firstProse: (minutes: Double, offset: Int, text: String)?
        for unit in scope.area(area).prose {
            let durations = unit.measures.compactMap { quantity -> (Double, Range<Int>)? in
                guard quantity.category == .time else { return nil }
                let seconds = (quantity.upperValue ?? quantity.value) * quantity.unitScale
                guard quantity.unit == "min" || quantity.unit == "h" || (unit.isHeading && quantity.unit == "s") else { return nil }
                return (seconds / 60, quantity.range)
            }
            let stated = durations.first.map { ($0.0, unit.sourceOffset(forTextOffset: $0.1.lowerBound), unit.text(of: $0.1)) }
            if unit.isHeading {
                if !sawHeading {
                    sawHeading = true
                    firstHeading = stated
                } else if let stated {
                    subheadings.append(stated)
                }
                continue
            }
            guard !durations.isEmpty else { continue }
            if firstProse == nil { firstProse = stated }
            if total == nil {
                // Durations and sentences are both in text order: walk them together.
                var durationIndex = 0
                for sentence in unit.sentences {
                    while durationIndex < durations.count, durations[durationIndex].1.lowerBound < sentence.range.lowerBound {
                        durationIndex += 1
                    }
                    guard durationIndex < durations.count, sentence.range.contains(durations[durationIndex].1.lowerBound),
                          cues.contains(in: unit.text(of: sentence.range)) else { continue }
                    let duration = durations[durationIndex]
                    total = (duration.0, unit.sourceOffset(forTextOffset: duration.1.lowerBound), unit.text(of: duration.1))
                    break
                }
            }
        }
        let summed = subheadings.count >= 2
            ? (subheadings.reduce(0) { $0 + $1.minutes }, subheadings[0].offset, "\(subheadings.count) timed steps") : nil
        let values = ["max": TimeBoxCheck.format(maxMinutes)]
        guard let stated = firstHeading ?? total ?? summed ?? firstProse else {
            return .fail(CheckFailure(values: values.merging(["problem": "states no duration"]) { $1 }))
        }
        let evidence = ["states \(stated.text) (\(TimeBoxCheck.format(stated.minutes)) min)"]
        if stated.minutes <= maxMinutes { return .pass(evidence: evidence) }
        let problem = "takes \(TimeBoxCheck.format(stated.minutes)) minutes"
        return .fail(CheckFailure(values: values.merging(["problem": problem]) { $1 },
                                  findings: [Finding(offset: stated.offset, excerpt: stated.text)], evidence: evidence))
    }

    static func format(_ minutes: Double) -> String {
        minutes == minutes.rounded() ? String(Int(minutes)) : String((minutes * 10).rounded() / 10)
    }
}
