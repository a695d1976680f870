/// One rule: what it checks (a check kind and its parameters), what it
/// implements in the framework, and the examples that prove it.
/// A class, not a struct: every one of a post's results points at its rule,
/// and copying a struct of fifteen Strings and arrays into each result cost
/// fifteen reference-count operations per copy (measured: 2% of a lint).
public final class RuleDefinition: Sendable {
    /// `section/name`, e.g. `problem/quantified`.
    public let id: String
    /// The group the rule reports under: a framework section id or
    /// `structure`, `style`, `accuracy`, `seo`, `journey`.
    public let group: String
    public let severity: Severity
    public let weight: Double
    /// The checklist item (or mistake) it implements, in the framework's words.
    public let implements: String
    /// One line: what passes.
    public let summary: String
    /// The explanation paragraphs of the rule's doc.
    public let explanation: String
    /// Message template for a failure; `{name}` placeholders come from the check.
    public let message: String
    public let check: AnyCheck
    /// The check's parameters as written, so a configuration can merge its
    /// own over them and rebuild the check through the same parser.
    public let params: RuleParams
    /// Whether the rule reads its section (and so fails as "section missing"
    /// without it) or a fixed area such as the title or the whole post.
    public let needsSection: Bool
    public let failingExamples: [RuleExample]
    public let passingExamples: [RuleExample]
    /// The whole rule document, for `engage explain`.
    public let document: String
    /// Where it was loaded from (`Rules/problem/quantified.md`).
    public let origin: String

    init(id: String, group: String, severity: Severity, weight: Double, implements: String, summary: String,
         explanation: String, message: String, check: AnyCheck, params: RuleParams, needsSection: Bool,
         failingExamples: [RuleExample], passingExamples: [RuleExample], document: String, origin: String) {
        self.id = id
        self.group = group
        self.severity = severity
        self.weight = weight
        self.implements = implements
        self.summary = summary
        self.explanation = explanation
        self.message = message
        self.check = check
        self.params = params
        self.needsSection = needsSection
        self.failingExamples = failingExamples
        self.passingExamples = passingExamples
        self.document = document
        self.origin = origin
    }
}

/// A failing or passing example carried by the rule's doc.
public struct RuleExample: Sendable {
    public enum Shape: String, Sendable {
        /// A whole post, classified as any post is.
        case post
        /// A passage that is all of the rule's section (no classification).
        case excerpt
    }

    public let text: String
    public let shape: Shape
    /// Line of the example in the rule file, for test failure messages.
    public let line: Int
}
