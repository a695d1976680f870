/// Checks about engage's own annotations in a post rather than its content.
enum MetaChecks {
    static let all: [any RuleCheck.Type] = [UnusedSuppressionCheck.self]
}
