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
            guard let isCode = isCodeLine(raw) else { continue }
            lines += 1
            if isCode { code += 1 }
        }
        return lines > 0 && code * 3 >= lines
    }

    /// Whether a line reads as code (nil for a blank one): it ends like a
    /// statement or block, or starts with a keyword or command. On bytes for
    /// an ASCII line without CR, where bytes are Characters; by Characters
    /// otherwise (`FastPathTests` keeps the two equal).
    static func isCodeLine(_ raw: Substring) -> Bool? {
        let ascii = raw.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        guard ascii else { return isCodeLineByCharacters(raw) }
        var utf8 = raw.utf8[...]
        while let first = utf8.first, first == 0x20 || first == 0x09 { utf8 = utf8.dropFirst() }
        guard !utf8.isEmpty else { return nil }
        if let last = utf8.last, last == 0x3B || last == 0x7B { return true }  // ; {
        if utf8.elementsEqual([0x7D]) { return true }  // }
        var prefix: [UInt8] = []
        prefix.reserveCapacity(keywordLength)
        for byte in utf8.prefix(keywordLength) { prefix.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        return keywordBytes.contains { prefix.starts(with: $0) }
    }

    static func isCodeLineByCharacters(_ raw: Substring) -> Bool? {
        let line = raw.drop { $0 == " " || $0 == "\t" }
        guard !line.isEmpty else { return nil }
        guard !(line.hasSuffix(";") || line.hasSuffix("{") || line == "}" || line.hasSuffix("});")) else { return true }
        // Only a keyword's length of the line can match one: lower-case that
        // much (and two more characters, so the one after a keyword is
        // whole), not the line (a long line of a text diagram is one line).
        let lower = String(line.prefix(keywordLength + 2)).lowercased()
        return keywords.contains(where: { lower.hasPrefix($0) })
    }

    static let keywordBytes = keywords.map { Array($0.utf8) }
    static let keywordLength = keywordBytes.map(\.count).max() ?? 0
}
