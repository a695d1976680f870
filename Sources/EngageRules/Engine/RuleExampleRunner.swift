import EngageMarkdown
import EngageSections

/// Judges a rule's own examples, as the test suite and `engage explain` do:
/// a `post` example is classified like any post; an `excerpt` is taken to be
/// all of the rule's section.
public enum RuleExampleRunner {
    public static func run(_ rule: RuleDefinition, on example: RuleExample, text: String? = nil,
                           classifier: SectionClassifier = SectionClassifier()) -> RuleResult {
        let document = MarkdownParser.parse(text ?? example.text)
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
}
