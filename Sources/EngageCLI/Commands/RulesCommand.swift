import EngageReport
import EngageRules

/// `engage rules`: every rule with its section, severity and checklist item.
/// `engage explain RULE`: one rule's documentation, examples included.
enum RulesCommand {
    static func list(arguments: [String], console: Console) throws -> ExitCode {
        var format = OutputFormat.text
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--help", "-h": throw HelpRequested(text: HelpText.rules)
            case "--format":
                guard index + 1 < arguments.count, let value = OutputFormat(rawValue: arguments[index + 1]) else {
                    throw UsageError("--format takes text or json")
                }
                format = value
                index += 1
            case "--format=json": format = .json
            case "--format=text": format = .text
            default: throw UsageError("unexpected argument '\(arguments[index])'")
            }
            index += 1
        }
        let rules = RuleCatalog.builtin.rules
        switch format {
        case .json:
            let values = rules.map { rule -> JSONValue in
                .object([("id", .string(rule.id)), ("section", .string(rule.group)), ("severity", .string(rule.severity.rawValue)),
                         ("weight", .double(rule.weight)), ("check", .string(rule.check.kind)),
                         ("implements", .string(rule.implements)), ("summary", .string(rule.summary))])
            }
            console.output(JSONValue.object([("rules", .array(values))]).serialized() + "\n")
        case .text:
            var out = ""
            for rule in rules {
                out += rule.id.padded(to: 30) + rule.severity.rawValue.padded(to: 8) + rule.implements + "\n"
            }
            console.output(out + "\(rules.count) rules\n")
        }
        return .success
    }

    static func explain(arguments: [String], console: Console) throws -> ExitCode {
        if arguments.contains("--help") || arguments.contains("-h") { throw HelpRequested(text: HelpText.explain) }
        guard arguments.count == 1, let id = arguments.first else { throw UsageError("explain takes one rule id") }
        guard let rule = RuleCatalog.builtin.rule(id) else {
            let close = RuleCatalog.builtin.rules.map(\.id).filter { $0.contains(id) || id.contains($0.split(separator: "/").last.map(String.init) ?? "~") }
            throw UsageError("no rule '\(id)'" + (close.isEmpty ? "; see engage rules" : "; did you mean \(close.prefix(3).joined(separator: ", "))?"))
        }
        let header = "\(rule.id)  (\(rule.severity.rawValue), weight \(rule.weight), check: \(rule.check.kind))\nimplements: \(rule.implements)\n\n"
        console.output(header + rule.document + (rule.document.hasSuffix("\n") ? "" : "\n"))
        return .success
    }
}
