import EngageMarkdown
import EngageSections
import Foundation

/// Gate settings: a post passes when its score reaches `minScore` and no
/// error-severity rule fails (with `strict`, no warning either).
public struct GateOptions: Sendable {
    public var minScore: Int
    public var strict: Bool

    public init(minScore: Int = 70, strict: Bool = false) {
        self.minScore = minScore
        self.strict = strict
    }
}

/// Runs every rule on a parsed post and scores it.
public struct RuleEngine: Sendable {
    public let rules: [RuleDefinition]
    public let classifier: SectionClassifier
    public let gate: GateOptions

    public init(rules: [RuleDefinition], classifier: SectionClassifier = SectionClassifier(), gate: GateOptions = GateOptions()) {
        self.rules = rules
        self.classifier = classifier
        self.gate = gate
    }

    public func lint(_ document: Document, path: String) -> FileReport {
        let map = classifier.classify(document)
        let analysis = PostAnalysis(document: document, map: map, path: path, companies: classifier.companies)
        let results = Suppressor(document: document, rules: rules).apply(to: rules.map { evaluate($0, in: analysis) })
        return RuleEngine.report(path: path, map: map, results: results, gate: gate)
    }

    /// One rule on one post. A rule of a missing framework section fails as
    /// "section missing" without running its check.
    public func evaluate(_ rule: RuleDefinition, in analysis: PostAnalysis) -> RuleResult {
        if rule.needsSection, let section = SectionID(rawValue: rule.group), section != .other, analysis.map.present[section] != true {
            let location = analysis.location(of: analysis.document.source.contentStart, message: "", excerpt: nil)
            return RuleResult(rule: rule, status: .fail, sectionMissing: true,
                              message: "\(section.title) section is missing: add it (see `engage explain \(rule.id)`)",
                              locations: [location], evidence: [])
        }
        let scope = RuleScope(analysis: analysis, section: SectionID(rawValue: rule.group))
        switch rule.check.evaluate(scope) {
        case .pass(let evidence):
            return RuleResult(rule: rule, status: .pass, sectionMissing: false, message: "", locations: [], evidence: evidence)
        case .notApplicable(let reason):
            return RuleResult(rule: rule, status: .notApplicable, sectionMissing: false, message: reason, locations: [], evidence: [])
        case .fail(let failure):
            let message = RuleEngine.fill(rule.message, with: failure.values)
            let findings = failure.findings.isEmpty ? [Finding(offset: scope.startOffset)] : failure.findings
            let locations = findings.map { finding in
                analysis.location(of: finding.offset, message: finding.detail.map { message + ": " + $0 } ?? message,
                                  excerpt: finding.excerpt)
            }
            return RuleResult(rule: rule, status: .fail, sectionMissing: false, message: message,
                              locations: locations, evidence: failure.evidence)
        }
    }

    /// `{name}` placeholders replaced by the check's values, in one pass over
    /// the template (a value is never searched for placeholders itself; an
    /// unknown `{name}` stays as written).
    static func fill(_ template: String, with values: [String: String]) -> String {
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                text += value
                rest = rest[rest.index(after: close)...]
            } else {
                text += "{"
                rest = rest[afterOpen...]
            }
        }
        return text + rest
    }

    static func report(path: String, map: SectionMap, results: [RuleResult], gate: GateOptions) -> FileReport {
        let score = Scoring.score(results)
        let blocking = results.contains { $0.status == .fail && ($0.severity == .error || (gate.strict && $0.severity == .warning)) }
        return FileReport(path: path, map: map, results: results, score: score,
                          groupScores: Scoring.groupScores(results), passed: score >= gate.minScore && !blocking, gate: gate)
    }
}

/// Weighted pass rate over the rules that apply, 0 to 100.
enum Scoring {
    static func score(_ results: [RuleResult]) -> Int {
        let applicable = results.filter { $0.status != .notApplicable }
        let total = applicable.reduce(0) { $0 + $1.rule.weight }
        guard total > 0 else { return 100 }
        let passed = applicable.filter { $0.status == .pass }.reduce(0) { $0 + $1.rule.weight }
        return Int((100 * passed / total).rounded())
    }

    static func groupScores(_ results: [RuleResult]) -> [String: Int] {
        Dictionary(grouping: results, by: \.rule.group).mapValues(score)
    }
}
