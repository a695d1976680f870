/// The set of rules a run uses: the built-in ones (compiled in from
/// `Rules/<group>/<rule>.md`), discovered, never listed by hand.
public struct RuleCatalog: Sendable {
    public let rules: [RuleDefinition]

    public init(rules: [RuleDefinition]) {
        self.rules = rules.sorted { ($0.groupOrder, $0.id) < ($1.groupOrder, $1.id) }
    }

    public func rule(_ id: String) -> RuleDefinition? { rules.first { $0.id == id } }

    /// Parses rule documents (path relative to Rules/ → text); reports every bad file.
    public static func load(_ files: [String: String]) -> (catalog: RuleCatalog, errors: [RuleLoadError]) {
        var rules: [RuleDefinition] = []
        var errors: [RuleLoadError] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".md") && !path.hasSuffix("README.md") {
            do {
                rules.append(try RuleDocumentParser.parse(text, origin: "Rules/" + path))
            } catch {
                errors.append(error)
            }
        }
        return (RuleCatalog(rules: rules), errors)
    }

    /// The built-in rules. Their files are checked by the test suite, so a
    /// load error here is a build defect, reported loudly.
    public static let builtin: RuleCatalog = {
        let (catalog, errors) = load(BuiltinResources.files)
        precondition(errors.isEmpty, "built-in rules failed to load: \(errors)")
        return catalog
    }()
}

extension RuleDefinition {
    /// Report order: the framework's sections first, then the cross-cutting groups.
    public static let groupOrder = ["structure", "hook", "problem", "why-fails", "shift", "solution", "proof",
                                    "quick-win", "cta", "style", "accuracy", "seo", "journey", "meta"]

    var groupOrder: Int { RuleDefinition.groupOrder.firstIndex(of: group) ?? RuleDefinition.groupOrder.count }
}
