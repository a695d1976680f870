import EngageMarkdown
import EngageSections

/// Kind `section-balance`: each framework section takes roughly its share of
/// the reading time. The framework budgets 30 s, 2 min, 2 min, 1 min, 5 min,
/// 1 min, 1 min and 30 s; a section's share is its budget over the budgets of
/// the sections the post has (regions found by the classifier), and its
/// actual share is its reading time over theirs. A section more than `over`
/// times or less than `under` times its share is reported at its heading.
///
/// params: one budget in seconds per section id (`hook`, `problem`,
/// `why-fails`, `shift`, `solution`, `proof`, `quick-win`, `cta`), `over`
/// (default 3), `under` (default 0.25), `wpm` (238), `code-wpm` (80).
/// Message values: {count}, {sections}.
struct SectionBalanceCheck: RuleCheck {
    static let kind = "section-balance"

    static let defaultBudgets: [SectionID: Double] = [.hook: 30, .problem: 120, .whyFails: 120, .shift: 60,
                                                      .solution: 300, .proof: 60, .quickWin: 60, .cta: 30]
    let budgets: [SectionID: Double]
    let over: Double
    let under: Double
    let wpm: Double
    let codeWPM: Double

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(Set(SectionID.framework.map(\.rawValue) + ["over", "under", "wpm", "code-wpm"]))
        var budgets: [SectionID: Double] = [:]
        for section in SectionID.framework {
            let budget = try params.double(section.rawValue, default: Self.defaultBudgets[section]!)
            guard budget > 0 else { throw params.error("budget '\(section.rawValue)' must be positive") }
            budgets[section] = budget
        }
        self.budgets = budgets
        over = try params.double("over", default: 3)
        under = try params.double("under", default: 0.25)
        wpm = try params.double("wpm", default: 238)
        codeWPM = try params.double("code-wpm", default: 80)
        guard over > 1, under > 0, under < 1 else { throw params.error("'over' must exceed 1 and 'under' lie between 0 and 1") }
        guard wpm > 0, codeWPM > 0 else { throw params.error("'wpm' and 'code-wpm' must be positive") }
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let loads = scope.structureReadingLoads()
        let document = scope.document
        var seconds: [SectionID: Double] = [:]
        var starts: [SectionID: NodeID] = [:]
        for section in SectionID.framework {
            let regions = scope.map.regions(of: section)
            let blocks = regions.flatMap(\.blocks)
            guard let first = blocks.first else { continue }
            seconds[section] = blocks.reduce(0) { $0 + (loads[$1]?.seconds(proseWPM: wpm, codeWPM: codeWPM) ?? 0) }
            starts[section] = first
        }
        let measured = SectionID.framework.filter { seconds[$0] != nil }
        let total = measured.reduce(0) { $0 + seconds[$1]! }
        let budgetTotal = measured.reduce(0) { $0 + budgets[$1]! }
        guard measured.count >= 2, total > 0 else { return .notApplicable(reason: "fewer than 2 sections to compare") }
        var findings: [Finding] = []
        var names: [String] = []
        var evidence: [String] = []
        for section in measured {
            let actual = seconds[section]! / total
            let expected = budgets[section]! / budgetTotal
            let ratio = actual / expected
            evidence.append("\(section.rawValue) \(Self.percent(actual)) (share \(Self.percent(expected)))")
            let detail: String
            if ratio > over {
                detail = "\(section.title) takes \(Self.percent(actual)) of the post, over \(Self.number(over))x its share of \(Self.percent(expected)): tighten it or move detail elsewhere"
            } else if ratio < under {
                detail = "\(section.title) takes \(Self.percent(actual)) of the post, under \(Self.number(under))x its share of \(Self.percent(expected)): develop it"
            } else {
                continue
            }
            names.append(section.title)
            findings.append(Finding(offset: document.range(starts[section]!).lowerBound, detail: detail, excerpt: section.rawValue))
        }
        if findings.isEmpty { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: ["count": String(findings.count), "sections": names.joined(separator: ", ")],
                                  findings: findings, evidence: evidence))
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
