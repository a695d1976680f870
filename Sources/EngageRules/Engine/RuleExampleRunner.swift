import EngageMarkdown
import EngageSections

/// Judges a rule's own examples, as the test suite and `engage explain` do:
/// a `post` example is classified like any post; an `excerpt` is taken to be
/// all of the rule's section.
public enum RuleExampleRunner {
    public static func run(_ rule: RuleDefinition, on example: RuleExample, text: String? = nil,
                           classifier: SectionClassifier = SectionClassifier()) -> RuleResult {
        let document = MarkdownParser.parse(text ?? example.text)
        if rule.check.runsAfterOtherRules { return runAfterOthers(rule, on: document, classifier: classifier) }
        let section = SectionID(rawValue: rule.group)
        let map: SectionMap
        if example.shape == .excerpt {
            map = SectionMap.wholePost(as: section ?? .other, document: document)
        } else {
            map = classifier.classify(document)
        }
        let engine = RuleEngine(rules: [rule], classifier: classifier)
        return engine.evaluate(rule, in: PostAnalysis(document: document, map: map, path: "example.md", companies: classifier.companies))
    }

    /// An engine-level rule judges the other rules' results, so its example
    /// is linted by the whole built-in catalog (with this rule in it).
    static func runAfterOthers(_ rule: RuleDefinition, on document: Document, classifier: SectionClassifier) -> RuleResult {
        let rules = RuleCatalog.builtin.rules.filter { $0.id != rule.id } + [rule]
        let report = RuleEngine(rules: rules, classifier: classifier).lint(document, path: "example.md")
        return report.results.first { $0.rule.id == rule.id }!
    }
}
