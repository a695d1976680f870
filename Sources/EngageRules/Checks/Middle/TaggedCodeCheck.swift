import EngageText

/// Kind `tagged-code`: the section shows code, and its code carries a
/// language tag so it is highlighted.
///
/// Passes when at least `min` code blocks have a language tag that names a
/// language (not `text`, `output`, `console` or a diagram language), and no
/// untagged block looks like code (statements ending in `;`, `{` or `}`,
/// keywords such as `def`, `function`, `SELECT`, `import`, or a shell
/// prompt). Untagged output and ASCII diagrams are fine.
///
/// params: `min` (default 1), `untagged` (report untagged code, default true).
/// Message values: {count}, {min}, {untagged}.
struct TaggedCodeCheck: RuleCheck {
    static let kind = "tagged-code"

    let minimum: Int
    let reportUntagged: Bool

    static let outputLanguages: Set<String> = ["output", "console", "shell-session", "terminal", "log", "logs", "stdout", "result"]
    static let keywords: [String] = [
        "def ", "class ", "function ", "const ", "let ", "var ", "import ", "from ", "return ", "func ", "package ",
        "public ", "private ", "async ", "await ", "#include", "select ", "insert ", "update ", "delete from", "create ",
        "alter ", "drop ", "if (", "for (", "while (", "$ ", "npm ", "docker ", "pip ", "curl ", "git ", "kubectl ", "psql ",
        "redis-cli ", "python ", "node ", "go run", "cargo ", "sudo ", "export ",
    ]

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["min", "untagged"])
        minimum = try params.int("min", default: 1)
        reportUntagged = try params.bool("untagged", default: true)
    }

    func evaluate(_ given: RuleScope) -> CheckOutcome {
        let scope = given.resolved
        var tagged = 0
        var languages: [String] = []
        var untagged: [Finding] = []
        for block in scope.middleBlocks {
            guard let language = block.language else { continue }
            if language.isEmpty {
                // The cheap test first: it reads 20 lines, the diagram test all of them.
                if reportUntagged, TaggedCodeCheck.looksLikeCode(block.text), !MiddleText.isDiagram(language: language, text: block.text) {
                    untagged.append(Finding(offset: block.offset, detail: "untagged code block",
                                            excerpt: String(block.text.prefix(60))))
                }
                continue
            }
            if MiddleText.plainLanguages.contains(language) || MiddleText.diagramLanguages.contains(language)
                || TaggedCodeCheck.outputLanguages.contains(language) { continue }
            tagged += 1
            if !languages.contains(language) { languages.append(language) }
        }
        let values = ["count": String(tagged), "min": String(minimum), "untagged": String(untagged.count)]
        let evidence = languages.map { "```\($0)" }
        if tagged >= minimum && untagged.isEmpty { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, findings: untagged, evidence: evidence))
    }

    /// Whether most of an untagged block's first lines read as code.
    static func looksLikeCode(_ text: String) -> Bool {
        var code = 0
        var lines = 0
        for raw in text.linesSplitAtLineFeed(limit: 20) {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            guard !line.isEmpty else { continue }
            lines += 1
            let lower = line.lowercased()
            if line.hasSuffix(";") || line.hasSuffix("{") || line == "}" || line.hasSuffix("});")
                || keywords.contains(where: { lower.hasPrefix($0) }) {
                code += 1
            }
        }
        return lines > 0 && code * 3 >= lines
    }
}
