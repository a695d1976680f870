/// Every check kind engage knows. Generic, data-driven kinds first; then the
/// Swift checks, one file each under Checks/.
enum BuiltinChecks {
    static let all: [any RuleCheck.Type] = [
        PhrasesCheck.self,
        CountCheck.self,
    ]
}
