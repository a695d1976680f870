import EngageText

/// Kind `sentence-variety`: sentence lengths in body prose (paragraphs and
/// quotes; list items are fragments and are left out) spread by at least
/// `min-deviation` words, and no `run` consecutive sentences have near-equal
/// lengths (all within `tolerance` words of each other). Each monotonous run
/// is its own finding.
///
/// params: `min-deviation` (default 5), `run` (default 5), `tolerance`
/// (default 2), `min-sentences` (fewer are not judged, default 10), `area` (default post).
/// Message values: {deviation}, {min}, {runs}, {run}.
struct SentenceVarietyCheck: RuleCheck {
    static let kind = "sentence-variety"

    let minimumDeviation: Double
    let run: Int
    let tolerance: Int
    let minimumSentences: Int
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["min-deviation", "run", "tolerance", "min-sentences", "area"])
        minimumDeviation = try params.double("min-deviation", default: 5)
        run = try params.int("run", default: 5)
        tolerance = try params.int("tolerance", default: 2)
        minimumSentences = try params.int("min-sentences", default: 10)
        area = try RuleScope.Area.parse(params, default: .post)
        guard run >= 2 else { throw params.error("'run' must be at least 2") }
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        var lengths: [Int] = []
        var offsets: [Int] = []
        for block in scope.area(area).bodyProse where block.kind != .listItem {
            for sentence in block.sentences {
                lengths.append(sentence.wordCount)
                offsets.append(block.sourceOffset(forTextOffset: sentence.range.lowerBound))
            }
        }
        guard lengths.count >= minimumSentences else {
            return .notApplicable(reason: "\(lengths.count) sentences: too few to judge variety (needs \(minimumSentences))")
        }
        let deviation = SentenceStatistics(lengths: lengths).standardDeviation
        let runs = SentenceVarietyCheck.similarRuns(lengths, length: run, tolerance: tolerance)
        var findings: [Finding] = []
        if deviation < minimumDeviation {
            findings.append(Finding(offset: offsets[0], detail: "lengths spread by only \(deviation.oneDecimal) words"))
        }
        for range in runs {
            let sample = lengths[range].map(String.init).joined(separator: ", ")
            findings.append(Finding(offset: offsets[range.lowerBound], detail: "\(range.count) sentences in a row of \(sample) words"))
        }
        let values = ["deviation": deviation.oneDecimal, "min": minimumDeviation.oneDecimal,
                      "runs": String(runs.count), "run": String(run)]
        let evidence = ["\(lengths.count) sentences, spread \(deviation.oneDecimal) words, \(runs.count) monotonous run(s)"]
        if findings.isEmpty { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, findings: findings, evidence: evidence))
    }

    /// Maximal stretches of at least `length` sentences whose lengths lie
    /// within `tolerance` of each other, not overlapping. Linear: the
    /// window's min and max are kept in monotonic deques.
    static func similarRuns(_ lengths: [Int], length: Int, tolerance: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var minQueue: [Int] = []
        var maxQueue: [Int] = []
        var minHead = 0
        var maxHead = 0
        var start = 0
        var reportedUntil = 0  // no new run may start before this index
        for end in 0..<lengths.count {
            let value = lengths[end]
            while minQueue.count > minHead, lengths[minQueue[minQueue.count - 1]] >= value { minQueue.removeLast() }
            minQueue.append(end)
            while maxQueue.count > maxHead, lengths[maxQueue[maxQueue.count - 1]] <= value { maxQueue.removeLast() }
            maxQueue.append(end)
            while lengths[maxQueue[maxHead]] - lengths[minQueue[minHead]] > tolerance {
                start += 1
                if minQueue[minHead] < start { minHead += 1 }
                if maxQueue[maxHead] < start { maxHead += 1 }
            }
            guard end + 1 - start >= length else { continue }
            if let last = runs.last, last.upperBound == end, start < last.upperBound {
                // The same stretch goes on: extend it.
                runs[runs.count - 1] = last.lowerBound..<(end + 1)
                reportedUntil = end + 1
            } else if start >= reportedUntil || runs.isEmpty {
                runs.append(start..<(end + 1))
                reportedUntil = end + 1
            } else if end + 1 - reportedUntil >= length {
                runs.append(reportedUntil..<(end + 1))
                reportedUntil = end + 1
            }
        }
        return runs
    }
}
