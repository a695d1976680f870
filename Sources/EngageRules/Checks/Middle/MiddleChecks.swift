/// Swift check kinds for the why-fails, shift and solution rules (one file per kind in this folder).
enum MiddleChecks {
    static let all: [any RuleCheck.Type] = []
}
