import EngageSections

/// What `.engage.json` may hold. Each file is checked on its own, before any
/// merging, so an error always names the file, line and column where the bad
/// value is written, even when a nearer file overrides it.
public enum ConfigurationSchema {
    public static let keys = ["extends", "minScore", "strict", "reporter", "rules", "sections", "companies", "ignore"]
    /// Every report format engage knows (the CLI decides which it can write).
    public static let reporters = ["text", "json", "sarif", "github", "junit", "checkstyle", "markdown"]
    /// A rule entry's level: `off`, or the severity to report it with.
    public static let levels = ["off", "error", "warning", "info"]
    static let ruleEntryKeys = ["severity", "weight", "params"]

    /// One file, validated: its settings with rule shorthands spelled out
    /// (`"warning"` → `{"severity": "warning"}`) and `extends` taken apart.
    public struct File: Sendable {
        public let settings: ConfigJSON
        /// The `extends` paths, each with where it is written.
        public let extends: [ConfigJSON]
    }

    public static func validate(_ root: ConfigJSON, catalog: RuleCatalog) throws(ConfigurationError) -> File {
        guard let members = root.members else {
            throw ConfigurationError(at: root.origin, "the configuration must be a JSON object (got \(root.shortDescription))")
        }
        var kept: [ConfigJSON.Member] = []
        var extends: [ConfigJSON] = []
        for member in members {
            var member = member
            switch member.key {
            case "extends": extends = try paths(member.value); continue
            case "minScore": try minScore(member.value)
            case "strict": try boolean(member.value, "strict")
            case "reporter": try reporter(member.value)
            case "companies", "ignore": try strings(member.value, "\"\(member.key)\"")
            case "sections": try sections(member.value)
            case "rules": member.value = try rules(member.value, catalog: catalog)
            default:
                throw ConfigurationError(at: member.keyOrigin, "unknown key \"\(member.key)\"\(suggestion(member.key, keys)) (known keys: \(keys.joined(separator: ", ")))")
            }
            kept.append(member)
        }
        return File(settings: ConfigJSON(.object(kept), origin: root.origin), extends: extends)
    }

    // MARK: scalars and lists

    static func minScore(_ value: ConfigJSON) throws(ConfigurationError) {
        guard case .number(let number, _) = value.value, number == number.rounded(), (0...100).contains(number) else {
            throw ConfigurationError(at: value.origin, "\"minScore\" must be a whole number from 0 to 100 (got \(value.shortDescription))")
        }
    }

    static func boolean(_ value: ConfigJSON, _ key: String) throws(ConfigurationError) {
        guard case .bool = value.value else {
            throw ConfigurationError(at: value.origin, "\"\(key)\" must be true or false (got \(value.shortDescription))")
        }
    }

    static func reporter(_ value: ConfigJSON) throws(ConfigurationError) {
        guard case .string(let name) = value.value, reporters.contains(name) else {
            throw ConfigurationError(at: value.origin, "\"reporter\" must be one of \(reporters.joined(separator: ", ")) (got \(value.shortDescription))")
        }
    }

    /// A list of non-empty strings; `what` names it in messages.
    static func strings(_ value: ConfigJSON, _ what: String) throws(ConfigurationError) {
        guard case .array(let items) = value.value else {
            throw ConfigurationError(at: value.origin, "\(what) must be a list of strings (got \(value.shortDescription))")
        }
        for item in items {
            guard case .string(let text) = item.value, !text.allSatisfy(\.isWhitespace) else {
                throw ConfigurationError(at: item.origin, "\(what) must be a list of non-empty strings (got \(item.shortDescription))")
            }
        }
    }

    /// `extends`: one path or a list of them.
    static func paths(_ value: ConfigJSON) throws(ConfigurationError) -> [ConfigJSON] {
        if case .string(let text) = value.value, !text.isEmpty { return [value] }
        try strings(value, "\"extends\" must be a path or it")
        guard case .array(let items) = value.value else { return [] }
        return items
    }

    static func sections(_ value: ConfigJSON) throws(ConfigurationError) {
        guard let members = value.members else {
            throw ConfigurationError(at: value.origin, "\"sections\" must be an object of section id to heading phrasings, e.g. {\"quick-win\": [\"Try it now\"]} (got \(value.shortDescription))")
        }
        let known = SectionID.allCases.map(\.rawValue)
        for member in members {
            guard SectionID(rawValue: member.key) != nil else {
                throw ConfigurationError(at: member.keyOrigin, "unknown section \"\(member.key)\"\(suggestion(member.key, known)) (sections: \(known.joined(separator: ", ")))")
            }
            try strings(member.value, "\"sections\".\"\(member.key)\"")
        }
    }

    // MARK: rules

    /// Checks every entry and spells shorthands out as objects, so entries
    /// from several files merge field by field.
    static func rules(_ value: ConfigJSON, catalog: RuleCatalog) throws(ConfigurationError) -> ConfigJSON {
        guard let members = value.members else {
            throw ConfigurationError(at: value.origin, "\"rules\" must be an object of rule or group id to setting (got \(value.shortDescription))")
        }
        let groups = Set(catalog.rules.map(\.group))
        var normalized: [ConfigJSON.Member] = []
        for member in members {
            let rule = catalog.rule(member.key)
            guard rule != nil || groups.contains(member.key) else {
                let known = catalog.rules.map(\.id) + groups.sorted()
                throw ConfigurationError(at: member.keyOrigin, "unknown rule or group \"\(member.key)\"\(suggestion(member.key, known)); `engage rules` lists them")
            }
            var entry = member
            entry.value = try ruleEntry(member.value, id: member.key, rule: rule)
            normalized.append(entry)
        }
        return ConfigJSON(.object(normalized), origin: value.origin)
    }

    static func ruleEntry(_ value: ConfigJSON, id: String, rule: RuleDefinition?) throws(ConfigurationError) -> ConfigJSON {
        switch value.value {
        case .string:
            try level(value, id: id)
            return ConfigJSON(.object([ConfigJSON.Member(key: "severity", keyOrigin: value.origin, value: value)]), origin: value.origin)
        case .object(let members):
            for member in members {
                switch member.key {
                case "severity": try level(member.value, id: id)
                case "weight": try weight(member.value, id: id)
                case "params": try params(member.value, id: id, rule: rule)
                default:
                    throw ConfigurationError(at: member.keyOrigin, "unknown key \"\(member.key)\" in rule \"\(id)\" (expected \(ruleEntryKeys.joined(separator: ", ")))")
                }
            }
            return value
        default:
            throw ConfigurationError(at: value.origin, "rule \"\(id)\" must be \"off\", \"error\", \"warning\", \"info\" or an object {\"severity\", \"weight\", \"params\"} (got \(value.shortDescription))")
        }
    }

    static func level(_ value: ConfigJSON, id: String) throws(ConfigurationError) {
        guard case .string(let text) = value.value, levels.contains(text) else {
            throw ConfigurationError(at: value.origin, "the severity of \"\(id)\" must be \"off\", \"error\", \"warning\" or \"info\" (got \(value.shortDescription))")
        }
    }

    static func weight(_ value: ConfigJSON, id: String) throws(ConfigurationError) {
        guard case .number(let number, _) = value.value, number >= 0 else {
            throw ConfigurationError(at: value.origin, "the weight of \"\(id)\" must be a number, 0 or more (got \(value.shortDescription))")
        }
    }

    /// Parameters are the rule's own: merged over its built-in ones and read
    /// by its check kind's parser, the one that reads rule files.
    static func params(_ value: ConfigJSON, id: String, rule: RuleDefinition?) throws(ConfigurationError) {
        guard let members = value.members else {
            throw ConfigurationError(at: value.origin, "the params of \"\(id)\" must be an object (got \(value.shortDescription))")
        }
        guard let rule else {
            throw ConfigurationError(at: value.origin, "\"\(id)\" is a group: params can only be set for one rule, e.g. \"\(id)/...\"")
        }
        _ = try ConfigurationApplier.check(rule, params: value, members: members)
    }

    // MARK: messages

    /// ` (did you mean "x"?)` when a known name is one or two edits away.
    static func suggestion(_ name: String, _ known: [String]) -> String {
        let scored = known.map { ($0, editDistance(name, $0)) }.filter { $0.1 <= 2 }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return "" }
        return " (did you mean \"\(best.0)\"?)"
    }

    static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left.lowercased()), b = Array(right.lowercased())
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
