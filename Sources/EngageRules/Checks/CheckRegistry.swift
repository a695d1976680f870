/// The closed set of check kinds. Generic kinds are pure data (phrases,
/// counts, metrics); the others are Swift checks for what data cannot say.
/// The set is closed on purpose: a rule file can only name a kind listed in
/// `BuiltinChecks.all`, and an unknown kind fails at load.
public enum CheckRegistry {
    static let kinds: [String: any RuleCheck.Type] = Dictionary(
        BuiltinChecks.all.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })

    public static var knownKinds: [String] { kinds.keys.sorted() }

    public static func make(kind: String, params: RuleParams) throws(RuleLoadError) -> AnyCheck {
        guard let type = kinds[kind] else {
            throw params.error("unknown check kind '\(kind)' (known: \(knownKinds.joined(separator: ", ")))")
        }
        return AnyCheck(try type.init(params: params))
    }
}
