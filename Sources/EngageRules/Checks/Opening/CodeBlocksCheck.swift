import EngageMarkdown
import EngageText

/// Kind `code-blocks`: at least `min` blocks of real code (or commands) in the
/// rule's area. Diagrams and plain text do not count: blocks tagged with one
/// of `ignore-languages` (mermaid, text...) are skipped, and an untagged block
/// counts only when it looks like code (a call `f(x)`, a statement ending in
/// `;` or a brace, an assignment, a shell prompt, SQL or common keywords),
/// not like an event log or an ASCII diagram.
///
/// params: `min` (default 1), `area` (default section), `ignore-languages`
/// [String], `untagged` (code-like|any|none, default code-like).
/// Message values: {count}, {min}.
struct CodeBlocksCheck: RuleCheck {
    static let kind = "code-blocks"

    enum Untagged: String { case codeLike = "code-like", any, none }

    let minimum: Int
    let area: RuleScope.Area
    let ignored: Set<String>
    let untagged: Untagged

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["min", "area", "ignore-languages", "untagged"])
        minimum = try params.int("min", default: 1)
        area = try RuleScope.Area.parse(params)
        ignored = Set(try params.strings("ignore-languages", default: ["mermaid", "text", "txt", "plaintext", "plain", "ascii", "diagram"])
            .map { $0.lowercased() })
        let mode = try params.string("untagged", default: Untagged.codeLike.rawValue)
        guard let untagged = Untagged(rawValue: mode) else { throw params.error("untagged must be code-like, any or none") }
        self.untagged = untagged
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        var counted: [String] = []
        var skipped: [String] = []
        for node in scoped.nodes(where: { if case .codeBlock = $0 { return true } else { return false } }) {
            guard case .codeBlock(_, let info) = scoped.document.kind(node) else { continue }
            let language = Self.language(info)
            let line = scoped.document.startLine(node)
            if language.isEmpty {
                let literal = scoped.document.literal(node) ?? ""
                let isCode: Bool
                switch untagged {
                case .any: isCode = true
                case .none: isCode = false
                case .codeLike: isCode = Self.looksLikeCode(literal)
                }
                if isCode { counted.append("untagged code at line \(line)") } else { skipped.append("line \(line): untagged text, not code") }
            } else if ignored.contains(language) {
                skipped.append("line \(line): \(language) block")
            } else {
                counted.append("\(language) block at line \(line)")
            }
        }
        let values = ["count": String(counted.count), "min": String(minimum)]
        if counted.count >= minimum { return .pass(evidence: counted) }
        return .fail(CheckFailure(values: values, evidence: skipped))
    }

    /// The first word of the info string, lower-cased ("```js title=x" → "js").
    static func language(_ info: String) -> String {
        String(info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" }).first ?? "").lowercased()
    }

    /// Whether untagged text reads as code or commands rather than a log,
    /// a table of figures or a box drawing.
    static func looksLikeCode(_ literal: String) -> Bool {
        var codeLines = 0
        var lines = 0
        for raw in literal.linesSplitAtNewlines() {
            let line = OpeningText.trim(raw)
            guard !line.isEmpty else { continue }
            lines += 1
            if isCodeLine(line) { codeLines += 1 }
        }
        guard lines > 0 else { return false }
        return codeLines * 3 >= lines && codeLines >= 1
    }

    static let keywords: [String] = ["SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "ALTER ", "DROP ", "EXPLAIN ",
                                     "def ", "function ", "const ", "let ", "var ", "import ", "class ", "return ", "if (",
                                     "for (", "while (", "func ", "fn ", "public ", "private ", "package ", "from ", "#include"]
    static let prompts: [String] = ["$ ", "> ", "% ", "# ", "PS> ", "redis-cli", "curl ", "docker ", "kubectl ", "npm ",
                                    "pip ", "git ", "psql", "mysql"]

    /// `name = value` or `obj.field += 1` at the start of the line, spaced as
    /// code is, with a value that is not a phrase: not the "Requests/sec:
    /// 50,000 / 2 = 25,000" of an estimate, the "T=0.05s:" of a timeline or the
    /// "L = average number of requests" of a formula's legend.
    static func isAssignment(_ line: String) -> Bool {
        var index = line.startIndex
        guard let first = line.first, first.isLetter || first == "_" || first == "$" else { return false }
        while index < line.endIndex, line[index].isLetter || line[index].isNumber || "_.$[]'\"".contains(line[index]) {
            index = line.index(after: index)
        }
        guard line[index...].hasPrefix(" ") else { return false }
        let rest = line[index...].drop { $0 == " " }
        let value: Substring
        if rest.hasPrefix("= ") {
            value = rest.dropFirst(2)
        } else if let op = rest.first, "+-*/|&".contains(op), rest.dropFirst().hasPrefix("= ") {
            value = rest.dropFirst(3)
        } else {
            return false
        }
        var run = 0
        for token in value.split(separator: " ") {
            run = token.allSatisfy(\.isLetter) ? run + 1 : 0
            if run >= 3 { return false }
        }
        return !value.isEmpty
    }

    static func isCodeLine(_ line: String) -> Bool {
        // Box drawing and arrows: a diagram.
        if line.unicodeScalars.contains(where: { (0x2500...0x257F).contains($0.value) }) { return false }
        if keywords.contains(where: line.hasPrefix) || prompts.contains(where: line.hasPrefix) { return true }
        if let last = line.last, ";{}".contains(last) { return true }
        if line.containsLiteral(" => ") || line.containsLiteral("();") || line.hasPrefix("//") || line.hasPrefix("-- ") { return true }
        if isAssignment(line) { return true }
        // A call: identifier immediately followed by "(".
        var previous: Character? = nil
        for character in line {
            if character == "(", let previous, previous.isLetter || previous.isNumber || previous == "_" { return true }
            previous = character
        }
        return false
    }
}
