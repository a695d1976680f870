import EngageRules

/// `engage print-config`: the effective configuration for one post and where
/// each value came from (`file:line:column`, or `default`).
public enum ConfigurationFormatter {
    public static func text(path: String, configuration: Configuration, catalog: RuleCatalog, ignoredBy pattern: String?) -> String {
        var out = "configuration for \(path)\n"
        out += "  files: " + (configuration.files.isEmpty ? "none (every value is the default)" : configuration.files.joined(separator: ", ")) + "\n"
        if let pattern { out += "  ignored: yes, by \"\(pattern)\" (\(source(configuration.ignore.origin)))\n" }
        out += line("minScore", String(configuration.minScore.value), configuration.minScore.origin)
        out += line("strict", String(configuration.strict.value), configuration.strict.origin)
        out += line("reporter", quoted(configuration.reporter.value), configuration.reporter.origin)
        out += line("companies", list(configuration.companies.value), configuration.companies.origin)
        out += line("ignore", list(configuration.ignore.value), configuration.ignore.origin)
        out += "  sections:" + (configuration.sections.isEmpty ? " {} (default)\n" : "\n")
        for (section, phrases) in configuration.sections {
            out += "  " + line(section.rawValue, list(phrases.value), phrases.origin)
        }
        out += "  rules:\n"
        for rule in configuration.effectiveRules(catalog) {
            var text = "    \(rule.id)  \(rule.level.value) (\(source(rule.level.origin)))"
            if rule.enabled {
                text += "  weight \(number(rule.weight.value)) (\(source(rule.weight.origin)))"
                for (name, value) in rule.params { text += "  \(name)=\(json(value).serialized()) (\(value.origin))" }
            }
            out += text + "\n"
        }
        return out
    }

    public static func json(path: String, configuration: Configuration, catalog: RuleCatalog, ignoredBy pattern: String?) -> JSONValue {
        let rules = configuration.effectiveRules(catalog).map { rule in
            JSONValue.object([
                ("id", .string(rule.id)),
                ("enabled", .bool(rule.enabled)),
                ("severity", sourced(.string(rule.level.value), rule.level.origin)),
                ("weight", sourced(.double(rule.weight.value), rule.weight.origin)),
                ("params", .object(rule.params.map { ($0.name, sourced(json($0.value), $0.value.origin)) })),
            ])
        }
        let sections = configuration.sections.map { ($0.section.rawValue, sourced(.array($0.phrases.value.map(JSONValue.string)), $0.phrases.origin)) }
        return .object([
            ("path", .string(path)),
            ("files", .array(configuration.files.map(JSONValue.string))),
            ("ignoredBy", pattern.map(JSONValue.string) ?? .null),
            ("minScore", sourced(.int(configuration.minScore.value), configuration.minScore.origin)),
            ("strict", sourced(.bool(configuration.strict.value), configuration.strict.origin)),
            ("reporter", sourced(.string(configuration.reporter.value), configuration.reporter.origin)),
            ("companies", sourced(.array(configuration.companies.value.map(JSONValue.string)), configuration.companies.origin)),
            ("ignore", sourced(.array(configuration.ignore.value.map(JSONValue.string)), configuration.ignore.origin)),
            ("sections", .object(sections)),
            ("rules", .array(rules)),
        ])
    }

    /// `{"value": ..., "source": "file:line:col" | "default"}`.
    static func sourced(_ value: JSONValue, _ origin: ConfigOrigin?) -> JSONValue {
        .object([("value", value), ("source", .string(source(origin)))])
    }

    static func source(_ origin: ConfigOrigin?) -> String { origin?.description ?? "default" }

    static func line(_ key: String, _ value: String, _ origin: ConfigOrigin?) -> String {
        "  \(key): \(value)  (\(source(origin)))\n"
    }

    static func quoted(_ text: String) -> String { JSONValue.string(text).serialized() }

    static func list(_ items: [String]) -> String { JSONValue.array(items.map(JSONValue.string)).serialized() }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A configuration value as output JSON.
    public static func json(_ node: ConfigJSON) -> JSONValue {
        switch node.value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let value, _): return value == value.rounded() && abs(value) < 1e15 ? .int(Int(value)) : .double(value)
        case .string(let text): return .string(text)
        case .array(let items): return .array(items.map(json))
        case .object(let members): return .object(members.map { ($0.key, json($0.value)) })
        }
    }
}
