/// Swift check kinds for the structure rules (one file per kind in this folder).
enum StructureChecks {
    static let all: [any RuleCheck.Type] = []
}
