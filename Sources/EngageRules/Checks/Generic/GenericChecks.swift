/// Kinds that are pure data: any rule file, built-in or a user's, can use them.
enum GenericChecks {
    static let all: [any RuleCheck.Type] = [PhrasesCheck.self, CountCheck.self]
}
