import EngageMarkdown

/// Applies a post's suppressions to its results, after every rule has run
/// and before scoring: silenced locations are dropped; a result with every
/// location silenced becomes `n/a` with `suppressed` set (out of the score
/// and the verdict, like any n/a). Then the engine-level rule
/// `meta/unused-suppression` gets its verdict: every suppression target that
/// silenced nothing, or that names no rule or group engage knows.
public struct Suppressor: Sendable {
    let scan: SuppressionScanner.Scan
    let plan: SuppressionPlan
    /// Rules that ran: a target naming a known rule that did not run (turned
    /// off by configuration) is not reported as unused.
    let runNames: Set<String>
    /// Every rule id and group engage knows.
    let knownNames: Set<String>

    public init(document: Document, rules: [RuleDefinition], catalog: RuleCatalog = .builtin) {
        scan = SuppressionScanner.scan(document)
        plan = SuppressionPlan(directives: scan.directives)
        runNames = Set(rules.flatMap { [$0.id, $0.group] })
        knownNames = runNames.union(catalog.rules.flatMap { [$0.id, $0.group] }).union(RuleDefinition.groupOrder)
    }

    public func apply(to results: [RuleResult]) -> [RuleResult] {
        var ledger = SuppressionLedger()
        var output = results.map { Suppressor.isMeta($0) ? $0 : silence($0, ledger: &ledger) }
        // The unused report itself can be silenced too, but never by the
        // suppression it reports (an unused `engage-disable` would hide itself);
        // a suppression that only names it is not judged (that would be circular).
        if let index = output.firstIndex(where: Suppressor.isMeta) {
            let (verdict, reported) = unusedVerdict(output[index], ledger: ledger)
            output[index] = silence(verdict, ledger: &ledger) { reported[$0] }
        }
        return output
    }

    static func isMeta(_ result: RuleResult) -> Bool { result.rule.check.runsAfterOtherRules }

    /// `exempt(i)`: a directive that may not silence location `i`.
    private func silence(_ result: RuleResult, ledger: inout SuppressionLedger, exempt: (Int) -> Int? = { _ in nil }) -> RuleResult {
        guard result.status == .fail, !plan.directives.isEmpty else { return result }
        var kept: [Location] = []
        var firstCover: Int?
        for (position, location) in result.locations.enumerated() {
            let cover = plan.covering(result.rule, line: result.sectionMissing ? nil : location.line).filter { $0 != exempt(position) }
            for index in cover { ledger.record(index, of: plan.directives[index], silencing: result.rule) }
            if let first = cover.first { firstCover = firstCover ?? first } else { kept.append(location) }
        }
        guard let firstCover else { return result }
        if kept.isEmpty {
            let message = "suppressed by \(plan.directives[firstCover].citation): \(result.message)"
            return RuleResult(rule: result.rule, status: .notApplicable, sectionMissing: result.sectionMissing, message: message,
                              locations: [], evidence: result.evidence, suppressed: true)
        }
        return RuleResult(rule: result.rule, status: .fail, sectionMissing: result.sectionMissing, message: result.message,
                          locations: kept, evidence: result.evidence)
    }

    /// The verdict, and for each of its locations the directive it reports.
    private func unusedVerdict(_ placeholder: RuleResult, ledger: SuppressionLedger) -> (RuleResult, [Int?]) {
        guard !plan.directives.isEmpty || !scan.unknownKeywords.isEmpty else { return (placeholder, []) }
        let rule = placeholder.rule
        let problems = (unknownKeywordProblems() + unusedProblems(ledger, meta: rule)).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        if problems.isEmpty {
            return (RuleResult(rule: rule, status: .pass, sectionMissing: false, message: "", locations: [],
                               evidence: ["\(plan.directives.count) suppression(s), each silences something"]), [])
        }
        let locations = problems.map {
            Location(line: $0.line, column: $0.column, message: rule.message + ": " + $0.detail, excerpt: $0.text)
        }
        return (RuleResult(rule: rule, status: .fail, sectionMissing: false, message: rule.message, locations: locations,
                           evidence: problems.map(\.text)), problems.map(\.directive))
    }

    private struct Problem {
        /// The directive reported (nil for a comment with an unknown keyword).
        var directive: Int?
        let line: Int
        let column: Int
        let detail: String
        let text: String
    }

    private func unknownKeywordProblems() -> [Problem] {
        let known = SuppressionDirective.Kind.allCases.filter { $0 != .frontMatter }.map(\.rawValue).joined(separator: ", ")
        return scan.unknownKeywords.map {
            Problem(directive: nil, line: $0.line, column: $0.column, detail: "unknown keyword '\($0.keyword)' (expected one of: \(known))", text: $0.text)
        }
    }

    private func unusedProblems(_ ledger: SuppressionLedger, meta: RuleDefinition) -> [Problem] {
        var problems: [Problem] = []
        for (index, directive) in plan.directives.enumerated() {
            func problem(_ detail: String) {
                problems.append(Problem(directive: index, line: directive.line, column: directive.column, detail: detail, text: directive.text))
            }
            if directive.targets.isEmpty {
                if directive.kind.silences, !ledger.wasUsed(index, target: nil) { problem("it silences nothing" + where_(directive)) }
                continue
            }
            for (target, name) in directive.targets.enumerated() {
                if !knownNames.contains(name) {
                    problem("unknown rule or group '\(name)' (see `engage rules`)")
                } else if directive.kind.silences, runNames.contains(name), name != meta.id, name != meta.group, !ledger.wasUsed(index, target: target) {
                    problem("'\(name)' has no finding to silence" + where_(directive))
                }
            }
        }
        return problems
    }

    /// Where the directive looked, in words.
    private func where_(_ directive: SuppressionDirective) -> String {
        switch directive.kind {
        case .disableLine: return " on line \(directive.line)"
        case .disableNextLine: return directive.targetLine.map { " on line \($0)" } ?? " (no line follows it)"
        case .disable: return " after line \(directive.line)"
        default: return " in this file"
        }
    }
}
