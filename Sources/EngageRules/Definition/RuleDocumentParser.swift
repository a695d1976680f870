import EngageMarkdown
import Foundation

/// Reads a rule file, `Rules/<group>/<name>.md`:
///
///     # problem/quantified
///     Explanation paragraphs (the first is the summary).
///     ## Definition
///     ```json  {"id": ..., "severity": ..., "check": ..., "params": {...}} ```
///     ## Fails
///     ~~~markdown excerpt   (or `post`)
///     ## Passes
///     ~~~markdown post
///
/// The file is parsed with engage's own Markdown parser: a rule doc is a post too.
public enum RuleDocumentParser {
    static let definitionKeys: Set<String> = ["id", "severity", "weight", "implements", "check", "params", "message", "summary"]

    public static func parse(_ text: String, origin: String) throws(RuleLoadError) -> RuleDefinition {
        let document = MarkdownParser.parse(text)
        let (definitionNode, json) = try definitionBlock(document, origin: origin)
        let line = document.startLine(definitionNode)
        let object = try decode(json, origin: origin, line: line)
        let id = try requiredString(object, "id", origin, line)
        let expectedID = origin.split(separator: "/").suffix(2).joined(separator: "/").replacingOccurrences(of: ".md", with: "")
        if origin.hasSuffix(".md"), origin.contains("/"), expectedID != id {
            throw RuleLoadError(origin: origin, line: line, "rule id '\(id)' does not match its file (expected '\(expectedID)')")
        }
        let params = RuleParams(object["params"] as? [String: Any] ?? [:], origin: origin, line: line)
        let kind = try requiredString(object, "check", origin, line)
        let (failing, passing) = examples(document)
        guard !failing.isEmpty, !passing.isEmpty else {
            throw RuleLoadError(origin: origin, "a rule needs at least one failing and one passing example (## Fails, ## Passes)")
        }
        return RuleDefinition(
            id: id,
            group: String(id.split(separator: "/").first ?? ""),
            severity: try severity(object, origin, line),
            weight: (object["weight"] as? NSNumber)?.doubleValue ?? 1,
            implements: try requiredString(object, "implements", origin, line),
            summary: (object["summary"] as? String) ?? firstParagraph(document),
            explanation: explanation(document),
            message: try requiredString(object, "message", origin, line),
            check: try CheckRegistry.make(kind: kind, params: params),
            params: params,
            needsSection: ["section", "opening"].contains((params.values["area"] as? String) ?? "section"),
            failingExamples: failing,
            passingExamples: passing,
            document: text,
            origin: origin)
    }

    private static func definitionBlock(_ document: Document, origin: String) throws(RuleLoadError) -> (NodeID, String) {
        for node in document.children(document.root) {
            if case .codeBlock(_, let info) = document.kind(node), info.split(separator: " ").first == "json" {
                return (node, document.literal(node) ?? "")
            }
        }
        throw RuleLoadError(origin: origin, "no ```json definition block")
    }

    private static func decode(_ json: String, origin: String, line: Int) throws(RuleLoadError) -> [String: Any] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            throw RuleLoadError(origin: origin, line: line, "the definition is not valid JSON")
        }
        guard let dictionary = object as? [String: Any] else {
            throw RuleLoadError(origin: origin, line: line, "the definition must be a JSON object")
        }
        if let unknown = Set(dictionary.keys).subtracting(definitionKeys).sorted().first {
            throw RuleLoadError(origin: origin, line: line, "unknown key '\(unknown)' in the definition")
        }
        return dictionary
    }

    private static func requiredString(_ object: [String: Any], _ key: String, _ origin: String, _ line: Int) throws(RuleLoadError) -> String {
        guard let value = object[key] as? String, !value.isEmpty else {
            throw RuleLoadError(origin: origin, line: line, "the definition needs a string '\(key)'")
        }
        return value
    }

    private static func severity(_ object: [String: Any], _ origin: String, _ line: Int) throws(RuleLoadError) -> Severity {
        let raw = try requiredString(object, "severity", origin, line)
        guard let severity = Severity(rawValue: raw) else {
            throw RuleLoadError(origin: origin, line: line, "severity must be error, warning or info (got '\(raw)')")
        }
        return severity
    }

    /// Code blocks under `## Fails` / `## Passes` headings are the examples.
    private static func examples(_ document: Document) -> ([RuleExample], [RuleExample]) {
        var failing: [RuleExample] = []
        var passing: [RuleExample] = []
        var current: String?
        for node in document.children(document.root) {
            switch document.kind(node) {
            case .heading(2, _):
                current = document.plainText(node).lowercased()
            case .codeBlock(_, let info):
                let words = info.split(separator: " ")
                guard words.first == "markdown" || words.first == "md" else { continue }
                let shape: RuleExample.Shape = words.contains("post") ? .post : .excerpt
                let example = RuleExample(text: document.literal(node) ?? "", shape: shape, line: document.startLine(node))
                if current?.hasPrefix("fail") == true { failing.append(example) }
                if current?.hasPrefix("pass") == true { passing.append(example) }
            default:
                continue
            }
        }
        return (failing, passing)
    }

    private static func firstParagraph(_ document: Document) -> String {
        document.children(document.root).first { document.kind($0) == .paragraph }.map { document.plainText($0) } ?? ""
    }

    /// The paragraphs between the title and the definition.
    private static func explanation(_ document: Document) -> String {
        var paragraphs: [String] = []
        for node in document.children(document.root) {
            if case .heading(2, _) = document.kind(node) { break }
            if document.kind(node) == .paragraph { paragraphs.append(document.plainText(node)) }
        }
        return paragraphs.joined(separator: "\n\n")
    }
}
