import EngageMarkdown
import EngageText
import Foundation

/// Kind `code-syntax`: what can be checked offline about code that should
/// run. `json` blocks parse (JSON Lines too: one value per line); brackets
/// `()[]{}` balance in blocks of known languages, with strings and comments
/// skipped. Lenient on purpose: blocks that elide code (`...`, `…`) or hold
/// template syntax (`{{ }}`, `<placeholder>` in JSON) are not judged, nor
/// are shell, text and markup blocks (`case x)` and prose are not code).
/// Each broken block is a finding, at the first problem.
///
/// params: `json` (default true), `brackets` (default true), `area` (default post).
/// Message values: {count}, {total}.
struct CodeSyntaxCheck: RuleCheck {
    static let kind = "code-syntax"

    let json: Bool
    let brackets: Bool
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["json", "brackets", "area"])
        json = try params.bool("json", default: true)
        brackets = try params.bool("brackets", default: true)
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        let document = scoped.document
        var total = 0
        var findings: [Finding] = []
        for node in scoped.codeBlocks {
            guard let (_, language) = CodeInfo.kindAndLanguage(document, node) else { continue }
            let literal = document.literal(node) ?? ""
            let bytes = Array(literal.utf8)
            if json && language == "json" {
                total += 1
                if let problem = CodeSyntaxCheck.jsonProblem(literal, bytes) {
                    let offset = CodeSource.offset(ofLiteralOffset: problem.offset, literal: literal, block: node, document)
                    findings.append(Finding(offset: offset, detail: "json does not parse: \(problem.reason)",
                                            excerpt: String(literal.prefix(60))))
                }
                continue
            }
            guard brackets, let syntax = CodeSyntax.syntax(for: language) else { continue }
            total += 1
            if CodeSyntaxCheck.elides(bytes) { continue }
            if let problem = BracketScanner.firstProblem(bytes, syntax: syntax) {
                let offset = CodeSource.offset(ofLiteralOffset: problem.offset, literal: literal, block: node, document)
                findings.append(Finding(offset: offset, detail: "\(language): \(problem.reason)", excerpt: String(literal.prefix(60))))
            }
        }
        guard total > 0 else { return .notApplicable(reason: "no code blocks to check") }
        let values = ["count": String(findings.count), "total": String(total)]
        let evidence = ["\(total - findings.count) of \(total) checked code blocks are well-formed"]
        if findings.isEmpty { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, findings: findings, evidence: evidence))
    }

    /// Code that says "more here" (`...`, `…`) is a fragment, not a program.
    static func elides(_ bytes: [UInt8]) -> Bool {
        bytes.firstIndex(of: Array("...".utf8)) != nil || bytes.firstIndex(of: Array("…".utf8)) != nil
    }

    /// Why a json block does not parse, or nil when it does (or is not judged).
    static func jsonProblem(_ text: String, _ bytes: [UInt8]) -> (offset: Int, reason: String)? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        // Not judged: elisions, comments (JSONC), template or placeholder syntax.
        for marker in ["...", "…", "//", "/*", "{{", "{%", "<", "$"] where trimmed.contains(marker) { return nil }
        // An HTTP status line or headers before the body: judge the body.
        if let first = trimmed.first, first != "{", first != "[" {
            let lines = trimmed.linesSplitAtLineFeed(omittingEmpty: false)
            if let start = lines.firstIndex(where: { $0.hasPrefix("{") || $0.hasPrefix("[") }), start > 0 {
                let body = lines[start...].joined(separator: "\n")
                return jsonProblem(body, Array(body.utf8)).map { (bytes.count - body.utf8.count + $0.offset, $0.reason) }
            }
        }
        // Foundation on Linux accepts trailing commas; JSON does not.
        if let comma = trailingComma(bytes) { return (comma, "trailing comma") }
        if parses(trimmed) { return nil }
        // JSON Lines: every non-empty line a value.
        let lines = trimmed.linesSplitAtLineFeed().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if lines.count > 1, lines.allSatisfy(parses) { return nil }
        // Several values one after another (e.g. two examples): split at top-level ends.
        if let values = topLevelValues(bytes), values.count > 1,
           values.allSatisfy({ parses(String(decoding: bytes[$0], as: UTF8.self)) }) { return nil }
        let offset = BracketScanner.firstProblem(bytes, syntax: CodeSyntax.json)?.offset
            ?? trailingComma(bytes) ?? 0
        let reason = BracketScanner.firstProblem(bytes, syntax: CodeSyntax.json)?.reason
            ?? (trailingComma(bytes) != nil ? "trailing comma" : "not valid JSON")
        return (offset, reason)
    }

    static func parses(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
    }

    /// Ranges of consecutive top-level `{...}` / `[...]` values, when the text is only those.
    static func topLevelValues(_ bytes: [UInt8]) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        var depth = 0
        var start = -1
        var inString = false
        var escaped = false
        for (i, b) in bytes.enumerated() {
            if inString {
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                continue
            }
            switch b {
            case 0x22: inString = true
            case 0x7B, 0x5B:
                if depth == 0 { start = i }
                depth += 1
            case 0x7D, 0x5D:
                depth -= 1
                if depth < 0 { return nil }
                if depth == 0 { ranges.append(start..<(i + 1)) }
            case 0x20, 0x0A, 0x0D, 0x09, 0x2C:
                continue
            default:
                if depth == 0 { return nil }
            }
        }
        return depth == 0 ? ranges : nil
    }

    /// Offset of a `,` directly before `}` or `]` (whitespace between).
    static func trailingComma(_ bytes: [UInt8]) -> Int? {
        var lastComma: Int? = nil
        var inString = false
        var escaped = false
        for (i, b) in bytes.enumerated() {
            if inString {
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                continue
            }
            switch b {
            case 0x22: inString = true; lastComma = nil
            case 0x2C: lastComma = i
            case 0x7D, 0x5D: if let lastComma { return lastComma }
            case 0x20, 0x0A, 0x0D, 0x09: continue
            default: lastComma = nil
            }
        }
        return nil
    }
}

/// How a language writes strings and comments, as far as bracket matching needs.
struct CodeSyntax {
    var lineComments: [[UInt8]]
    var blockComments: [([UInt8], [UInt8])]
    /// Quote characters whose strings end at the line's end when unclosed.
    var lineQuotes: [UInt8]
    /// Quote characters whose strings may span lines (`` ` ``).
    var multilineQuotes: [UInt8]
    /// `"""` / `'''` strings (Python, Kotlin, Swift, Scala).
    var tripleQuotes: Bool
    /// `/regex/` literals after an operator or opening bracket (JavaScript).
    var regexLiterals = false

    static let cLike = CodeSyntax(lineComments: [Array("//".utf8)], blockComments: [(Array("/*".utf8), Array("*/".utf8))],
                                  lineQuotes: [0x22, 0x27], multilineQuotes: [], tripleQuotes: false)
    static let json = CodeSyntax(lineComments: [], blockComments: [], lineQuotes: [0x22], multilineQuotes: [], tripleQuotes: false)

    static func syntax(for language: String) -> CodeSyntax? {
        var s: CodeSyntax
        switch language {
        case "js", "javascript", "jsx", "ts", "typescript", "tsx", "mjs", "cjs", "node":
            s = cLike
            s.multilineQuotes = [0x60]
            s.regexLiterals = true
        case "java", "c", "cpp", "c++", "cc", "h", "hpp", "cs", "csharp", "c#", "objc", "objective-c", "dart":
            s = cLike
        case "go", "golang":
            s = cLike
            s.multilineQuotes = [0x60]
        case "kotlin", "kt", "scala", "swift", "groovy":
            s = cLike
            s.tripleQuotes = true
        case "rust", "rs":
            s = cLike
            s.lineQuotes = [0x22]  // 'a is a lifetime
        case "python", "py", "python3":
            s = CodeSyntax(lineComments: [Array("#".utf8)], blockComments: [], lineQuotes: [0x22, 0x27], multilineQuotes: [], tripleQuotes: true)
        case "ruby", "rb":
            s = CodeSyntax(lineComments: [Array("#".utf8)], blockComments: [], lineQuotes: [0x22, 0x27], multilineQuotes: [], tripleQuotes: false)
        case "php":
            s = cLike
            s.lineComments.append(Array("#".utf8))
        case "sql", "postgresql", "postgres", "mysql", "plsql", "sqlite", "psql", "tsql", "cql":
            s = CodeSyntax(lineComments: [Array("--".utf8)], blockComments: [(Array("/*".utf8), Array("*/".utf8))],
                           lineQuotes: [0x27, 0x22], multilineQuotes: [], tripleQuotes: false)
        case "css", "scss", "less":
            s = CodeSyntax(lineComments: language == "css" ? [] : [Array("//".utf8)], blockComments: [(Array("/*".utf8), Array("*/".utf8))],
                           lineQuotes: [0x22, 0x27], multilineQuotes: [], tripleQuotes: false)
        case "lua":
            s = CodeSyntax(lineComments: [Array("--".utf8)], blockComments: [], lineQuotes: [0x22, 0x27], multilineQuotes: [], tripleQuotes: false)
        default:
            return nil
        }
        return s
    }
}

extension CodeSyntax {
    /// Bytes that may begin something the scanner acts on: a backslash, a
    /// slash (regex literals), the first byte of a comment marker, a quote or
    /// a bracket. Every other byte only moves the last significant byte.
    /// Built once per scanned block (256 entries).
    var specialBytes: [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\\/()[]{}".utf8 { table[Int(byte)] = true }
        for comment in lineComments { if let first = comment.first { table[Int(first)] = true } }
        for (open, _) in blockComments { if let first = open.first { table[Int(first)] = true } }
        for quote in lineQuotes + multilineQuotes { table[Int(quote)] = true }
        if tripleQuotes { table[0x22] = true; table[0x27] = true }
        return table
    }
}

/// Bracket matching over code, skipping strings and comments. Linear.
enum BracketScanner {
    static func firstProblem(_ bytes: [UInt8], syntax: CodeSyntax) -> (offset: Int, reason: String)? {
        var stack: [(byte: UInt8, offset: Int)] = []
        var i = 0
        let n = bytes.count
        func starts(_ token: [UInt8], at k: Int) -> Bool {
            guard k + token.count <= n else { return false }
            for t in 0..<token.count where bytes[k + t] != token[t] { return false }
            return true
        }
        var lastSignificant: UInt8 = 0x28  // the start of the code acts like an opening bracket
        let special = syntax.specialBytes
        scan: while i < n {
            let b = bytes[i]
            // Most bytes begin no escape, regex, comment, string or bracket:
            // they only move the last significant byte.
            if !special[Int(b)] {
                if b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { lastSignificant = b }
                i += 1
                continue
            }
            // An escaped character (`\{` in a regex or a config pattern) is never a bracket or a comment.
            if b == 0x5C { i += 2; lastSignificant = 0x61; continue }
            if syntax.regexLiterals, b == 0x2F, i + 1 < n, bytes[i + 1] != 0x2F, bytes[i + 1] != 0x2A,
               "(,=:[!&|?{};".utf8.contains(lastSignificant) {
                // A regex literal: skip to its closing slash on this line (character classes included).
                var k = i + 1
                var inClass = false
                while k < n, bytes[k] != 0x0A {
                    if bytes[k] == 0x5C { k += 2; continue }
                    if bytes[k] == 0x5B { inClass = true } else if bytes[k] == 0x5D { inClass = false } else if bytes[k] == 0x2F && !inClass { break }
                    k += 1
                }
                if k < n, bytes[k] == 0x2F {
                    i = k + 1
                    lastSignificant = 0x61
                    continue
                }
            }
            if b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { lastSignificant = b }
            for comment in syntax.lineComments where starts(comment, at: i) {
                while i < n, bytes[i] != 0x0A { i += 1 }
                continue scan
            }
            for (open, close) in syntax.blockComments where starts(open, at: i) {
                i += open.count
                while i < n, !starts(close, at: i) { i += 1 }
                i += close.count
                continue scan
            }
            if syntax.tripleQuotes, b == 0x22 || b == 0x27, i + 2 < n, bytes[i + 1] == b, bytes[i + 2] == b {
                let quote = [b, b, b]
                i += 3
                while i < n, !starts(quote, at: i) { i += bytes[i] == 0x5C ? 2 : 1 }
                i += 3
                continue
            }
            if syntax.multilineQuotes.contains(b) {
                i += 1
                while i < n, bytes[i] != b { i += bytes[i] == 0x5C ? 2 : 1 }
                i += 1
                continue
            }
            if syntax.lineQuotes.contains(b) {
                // An apostrophe between letters with no closing quote on its line is English (`don't`).
                if b == 0x27, i > 0, i + 1 < n, bytes[i - 1].isLetterByte, bytes[i + 1].isLetterByte,
                   syntaxAllowsContraction(bytes, i) {
                    i += 1
                    continue
                }
                i += 1
                while i < n, bytes[i] != b, bytes[i] != 0x0A { i += bytes[i] == 0x5C ? 2 : 1 }
                i += 1
                continue
            }
            switch b {
            case 0x28, 0x5B, 0x7B:
                stack.append((b, i))
            case 0x29, 0x5D, 0x7D:
                let expected: UInt8 = b == 0x29 ? 0x28 : b == 0x5D ? 0x5B : 0x7B
                guard let top = stack.last else { return (i, "'\(Character(Unicode.Scalar(b)))' closes nothing") }
                guard top.byte == expected else {
                    return (i, "'\(Character(Unicode.Scalar(b)))' closes '\(Character(Unicode.Scalar(top.byte)))' (line \(line(of: top.offset, in: bytes)))")
                }
                stack.removeLast()
            default:
                break
            }
            i += 1
        }
        if let open = stack.last {
            return (open.offset, "'\(Character(Unicode.Scalar(open.byte)))' is never closed")
        }
        return nil
    }

    /// `it's` inside code is most likely English in an unquoted place; only
    /// when the quote is not closed on its line.
    static func syntaxAllowsContraction(_ bytes: [UInt8], _ i: Int) -> Bool {
        var k = i + 1
        while k < bytes.count, bytes[k] != 0x0A {
            if bytes[k] == 0x27 { return false }
            k += 1
        }
        return true
    }

    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for k in 0..<min(offset, bytes.count) where bytes[k] == 0x0A { line += 1 }
        return line
    }
}

extension UInt8 {
    fileprivate var isLetterByte: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
}
