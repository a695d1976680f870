/// Swift check kinds for the style and accuracy rules (one file per kind in this folder).
enum StyleChecks {
    static let all: [any RuleCheck.Type] = []
}
