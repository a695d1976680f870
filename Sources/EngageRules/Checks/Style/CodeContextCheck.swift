import Foundation
import EngageMarkdown
import EngageText

/// Kind `code-context`: every code block is introduced by prose or explains
/// itself with comments. Introduced: the block before it (stepping out of
/// list items and quotes when the code comes first in them, and over HTML)
/// is a paragraph or a list, or a heading of at least `heading-words` words
/// or a file name ("docker-compose.yml"). Commented: a line holds a comment (`//`, `#`,
/// `--`, `/*`, `<!--`, `;`, `%`, `'''`). Output, text and diagram blocks
/// (`text`, `output`, `mermaid`...) and untagged blocks are not judged: they
/// are not code to run. Each bare block is a finding.
///
/// params: `heading-words` (default 2), `area` (default post).
/// Message values: {count}, {total}.
struct CodeContextCheck: RuleCheck {
    static let kind = "code-context"

    let headingWords: Int
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["heading-words", "area"])
        headingWords = try params.int("heading-words", default: 2)
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        let document = scoped.document
        var total = 0
        var findings: [Finding] = []
        for node in scoped.codeBlocks {
            guard let (_, language) = CodeInfo.kindAndLanguage(document, node),
                  !language.isEmpty, !CodeInfo.textLike.contains(language) else { continue }
            total += 1
            if introduced(node, document) { continue }
            let literal = document.literal(node) ?? ""
            if CodeContextCheck.hasComment(literal) { continue }
            findings.append(Finding(offset: document.range(node).lowerBound,
                                    detail: "\(language) block with no introduction and no comments",
                                    excerpt: String(literal.prefix(60))))
        }
        guard total > 0 else { return .notApplicable(reason: "no code blocks") }
        let values = ["count": String(findings.count), "total": String(total)]
        let evidence = ["\(total - findings.count) of \(total) code blocks have context"]
        if findings.isEmpty { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, findings: findings, evidence: evidence))
    }

    /// Whether prose comes right before the block.
    func introduced(_ block: NodeID, _ document: Document) -> Bool {
        var current = block
        var steps = 0
        while steps < 64 {
            steps += 1
            guard let previous = document.previousSibling(current) else {
                // First in its container: look before the container.
                guard let parent = document.parent(current), parent != document.root else { return false }
                switch document.kind(parent) {
                case .listItem, .list, .blockQuote: current = parent; continue
                default: return false
                }
            }
            switch document.kind(previous) {
            case .paragraph, .list, .blockQuote:
                return true
            case .heading:
                let text = document.plainText(previous)
                return Words.count(text) >= headingWords || CodeContextCheck.namesFile(text)
            case .htmlBlock, .linkReferenceDefinition:
                current = previous
                continue
            default:
                return false
            }
        }
        return false
    }

    /// A heading that is a file name (`docker-compose.yml`, `nginx/Dockerfile`) says what the code is.
    static func namesFile(_ heading: String) -> Bool {
        let trimmed = heading.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains(" ") else { return false }
        return trimmed.contains(".") || trimmed.contains("/") || trimmed.first?.isUppercase == true && trimmed.dropFirst().contains { $0.isUppercase }
            || ["Dockerfile", "Makefile", "Procfile", "Gemfile", "Jenkinsfile", "Vagrantfile"].contains(trimmed)
    }

    /// Whether any line of the code holds a comment, in the common syntaxes.
    static func hasComment(_ code: String) -> Bool {
        for line in code.linesSplitAtLineFeed() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            for opener in ["//", "#", "--", "/*", "*", "<!--", ";", "%", "'''", "\"\"\"", "rem "] where trimmed.hasPrefix(opener) {
                if opener == "#" && (trimmed.hasPrefix("#!") || trimmed.hasPrefix("#include") || trimmed.hasPrefix("#define")) { continue }
                if opener == "*" && !(trimmed.hasPrefix("* ") || trimmed == "*" || trimmed.hasPrefix("*/")) { continue }
                return true
            }
            if line.containsLiteral(" // ") || line.containsLiteral(" # ") || line.containsLiteral(" -- ") || line.containsLiteral("/*") { return true }
        }
        return false
    }
}
