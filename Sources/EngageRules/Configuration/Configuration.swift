import EngageSections

/// The effective configuration for one post: the merged settings of every
/// configuration file that applies, each value with where it came from.
/// Built from trees the schema has already checked, so reading it cannot fail.
public struct Configuration: Sendable {
    /// A value and its source: a file position, or nil for engage's default.
    public struct Setting<Value: Sendable>: Sendable {
        public let value: Value
        public let origin: ConfigOrigin?
    }

    /// A rule's configured fields (its own entry over its group's).
    public struct RuleSetting: Sendable {
        /// `off`, `error`, `warning` or `info`.
        public var level: ConfigJSON?
        public var weight: ConfigJSON?
        /// The configured parameters (merged over the rule's built-in ones when applied).
        public var params: ConfigJSON?

        public var isOff: Bool { level?.stringValue == "off" }
    }

    public static let defaultMinScore = 70

    /// The configuration files that applied, farthest first (display paths).
    public let files: [String]
    /// The merged settings tree.
    public let settings: ConfigJSON?

    public let minScore: Setting<Int>
    public let strict: Setting<Bool>
    public let reporter: Setting<String>
    /// Extra heading phrasings per section.
    public let sections: [(section: SectionID, phrases: Setting<[String]>)]
    public let companies: Setting<[String]>
    public let ignore: Setting<[String]>
    /// The folder ignore patterns are relative to (that of the file that set them).
    public let ignoreBase: String?

    /// No configuration file: every default.
    public static let defaults = Configuration(files: [], settings: nil, directories: [:])

    /// - Parameter directories: absolute folder of each configuration file, by display path.
    public init(files: [String], settings: ConfigJSON?, directories: [String: String]) {
        self.files = files
        self.settings = settings
        let root = settings
        minScore = Configuration.read(root?["minScore"], default: Configuration.defaultMinScore) { $0.numberValue.map { Int($0) } }
        strict = Configuration.read(root?["strict"], default: false) { $0.boolValue }
        reporter = Configuration.read(root?["reporter"], default: "text") { $0.stringValue }
        companies = Configuration.read(root?["companies"], default: []) { $0.stringsValue }
        ignore = Configuration.read(root?["ignore"], default: []) { $0.stringsValue }
        ignoreBase = root?["ignore"].flatMap { directories[$0.origin.file] }
        sections = (root?["sections"]?.members ?? []).compactMap { member in
            guard let section = SectionID(rawValue: member.key) else { return nil }
            return (section, Setting(value: member.value.stringsValue ?? [], origin: member.value.origin))
        }
    }

    private static func read<Value>(_ node: ConfigJSON?, default fallback: Value, _ convert: (ConfigJSON) -> Value?) -> Setting<Value> {
        guard let node, let value = convert(node) else { return Setting(value: fallback, origin: nil) }
        return Setting(value: value, origin: node.origin)
    }

    /// The rule's setting: its group's entry, then its own entry field by field over it.
    public func setting(for rule: RuleDefinition) -> RuleSetting {
        let rules = settings?["rules"]
        var setting = RuleSetting()
        for entry in [rules?[rule.group], rules?[rule.id]].compactMap({ $0 }) {
            if let level = entry["severity"] { setting.level = level }
            if let weight = entry["weight"] { setting.weight = weight }
            if let params = entry["params"] { setting.params = params }
        }
        return setting
    }
}

extension ConfigJSON {
    public var stringValue: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    public var numberValue: Double? {
        if case .number(let number, _) = value { return number }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    public var stringsValue: [String]? {
        guard case .array(let items) = value else { return nil }
        return items.compactMap(\.stringValue)
    }
}
