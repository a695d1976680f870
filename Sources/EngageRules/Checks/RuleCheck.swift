/// A check kind: the Swift code behind rules. Rules are data that pick a
/// kind and give it parameters; the set of kinds is closed and an unknown
/// kind or a bad parameter fails at load, naming the rule file.
public protocol RuleCheck: Sendable {
    /// The name rule files use in `"check"`.
    static var kind: String { get }
    /// Reads and validates the parameters (unknown ones are an error).
    init(params: RuleParams) throws(RuleLoadError)
    /// Judges the post within the rule's scope.
    func evaluate(_ scope: RuleScope) -> CheckOutcome
}

/// What a check concluded.
public enum CheckOutcome: Sendable {
    case pass(evidence: [String])
    case fail(CheckFailure)
    /// The rule does not apply to this post (e.g. no code blocks to check).
    case notApplicable(reason: String)
}

public struct CheckFailure: Sendable {
    /// Values for the `{placeholders}` of the rule's message.
    public var values: [String: String]
    /// Where to fix it: byte offsets into the source, each with its own detail
    /// (several for rules that flag every offender). Empty: the scope's start.
    public var findings: [Finding]
    public var evidence: [String]

    public init(values: [String: String] = [:], findings: [Finding] = [], evidence: [String] = []) {
        self.values = values
        self.findings = findings
        self.evidence = evidence
    }
}

/// One place a rule points at.
public struct Finding: Sendable, Equatable {
    public let offset: Int
    /// Specific text for this place (appended to the rule's message), if any.
    public let detail: String?
    /// The source text the finding is about (used for baseline fingerprints).
    public let excerpt: String?

    public init(offset: Int, detail: String? = nil, excerpt: String? = nil) {
        self.offset = offset
        self.detail = detail
        self.excerpt = excerpt
    }
}

/// A type-erased check, as a rule holds it.
public struct AnyCheck: Sendable {
    public let kind: String
    let base: any RuleCheck

    public init(_ base: any RuleCheck) {
        self.base = base
        kind = type(of: base).kind
    }

    public func evaluate(_ scope: RuleScope) -> CheckOutcome { base.evaluate(scope) }
}
