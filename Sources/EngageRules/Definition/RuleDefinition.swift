/// One rule: what it checks (a check kind and its parameters), what it
/// implements in the framework, and the examples that prove it.
public struct RuleDefinition: Sendable {
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
