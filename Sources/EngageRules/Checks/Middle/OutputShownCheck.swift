import EngageText

/// Kind `output-shown`: what running the code gives is shown.
///
/// Passes on any of: a heading or bold lead that is exactly a `labels` cue
/// ("Expected Output", "**Result**:"), so "Output Format" does not count; a
/// `phrases` cue in prose ("you should see"); a code comment line that opens
/// with a `comments` cue (`# Expected: 201 Created`, `// Output: ...`); a
/// code block tagged as output (`output`, `console`, `shell-session`); with
/// `value-comments`, a comment that shows a value where a command or print
/// produced it (`curl .../users/1` then `# { "name": "Alice" }`, or
/// `console.log(user.name); // "Bob"`).
///
/// params: `labels`, `phrases`, `comments` (cue lists), `languages`
/// (output tags, default output, console, shell-session, terminal),
/// `value-comments` (default false).
/// Message values: none.
struct OutputShownCheck: RuleCheck {
    static let kind = "output-shown"

    let labels: CueSet
    let phrases: CueSet
    let comments: CueSet
    let languages: Set<String>
    let valueComments: Bool

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["labels", "phrases", "comments", "languages", "value-comments"])
        valueComments = try params.bool("value-comments", default: false)
        labels = try CueSet(params, phrases: "labels")
        phrases = try CueSet(params, phrases: "phrases", defaultPhrases: [])
        comments = try CueSet(params, phrases: "comments", defaultPhrases: [])
        languages = Set(try params.strings("languages", default: ["output", "console", "shell-session", "terminal"]).map { $0.lowercased() })
    }

    func evaluate(_ given: RuleScope) -> CheckOutcome {
        let scope = given.resolved
        for block in scope.middleBlocks {
            if let language = block.language {
                if languages.contains(language) { return .pass(evidence: ["```\(language) block"]) }
                if !comments.isEmpty, let line = commentLabel(in: block.text) {
                    return .pass(evidence: ["code comment '\(line.prefix(60))'"])
                }
                if !comments.isEmpty, !Self.dataLanguages.contains(language), let line = labelLine(in: block.text) {
                    return .pass(evidence: ["output label '\(line)' in the code block"])
                }
                if valueComments, !Self.dataLanguages.contains(language), let line = valueComment(in: block.text) {
                    return .pass(evidence: ["result in a comment '\(line.prefix(60))'"])
                }
                continue
            }
            if let lead = block.lead, labels.isExactly(lead) {
                return .pass(evidence: ["'\(lead.prefix(60))'"])
            }
            if !block.isHeading, let hit = phrases.matches(in: block).first {
                return .pass(evidence: ["'\(hit)'"])
            }
        }
        return .fail(CheckFailure())
    }

    /// The first comment line that opens with a cue followed by `:` or nothing
    /// more than a parenthesis ("# Expected output (5 messages):").
    ///
    /// On bytes: every comment marker and separator is ASCII, and walking
    /// each code line by Character (grapheme breaking) was most of this
    /// rule's time on code-heavy posts.
    /// Languages whose `output:` lines are keys, not labels.
    static let dataLanguages: Set<String> = ["yaml", "yml", "json", "toml", "ini", "xml", "hcl", "properties", "env"]

    /// A line that is a label and its colon alone (`Output:` between a command
    /// and what it printed, in a shell session pasted as one block).
    private func labelLine(in code: String) -> String? {
        var code = code
        return code.withUTF8 { OutputShownCheck.firstLabelLine(in: $0) { comments.isExactly($0) } }
    }

    /// The first line of at most 48 bytes that ends with a colon (spaces
    /// around it allowed) and whose text before the colon is a label, trimmed.
    /// Over bytes, looking only at lines that end with a colon: code blocks
    /// are long and such lines rare.
    static func firstLabelLine(in bytes: UnsafeBufferPointer<UInt8>, isLabel: (String) -> Bool) -> String? {
        firstMatchingLine(in: bytes) { lineStart, lineEnd in
            guard lineEnd - lineStart <= 48 else { return nil }
            var last = lineEnd
            while last > lineStart, OutputShownCheck.isSpace(bytes[last - 1]) { last -= 1 }
            guard last > lineStart, bytes[last - 1] == 0x3A else { return nil }
            var first = lineStart
            while first < last, OutputShownCheck.isSpace(bytes[first]) { first += 1 }
            let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<(last - 1)]), as: UTF8.self)
            return isLabel(label) ? label + ":" : nil
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// The first non-nil `match(lineStart, lineEnd)` over the LF-separated
    /// lines of `bytes` (code literals end their lines with LF only).
    private static func firstMatchingLine(in bytes: UnsafeBufferPointer<UInt8>,
                                          _ match: (_ lineStart: Int, _ lineEnd: Int) -> String?) -> String? {
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if let found = match(lineStart, lineEnd) { return found }
            lineStart = lineEnd + 1
        }
        return nil
    }

    private func commentLabel(in code: String) -> String? {
        var code = code
        return code.withUTF8 { OutputShownCheck.firstLabelledComment(in: $0, isLabel: comments.isExactly) }
    }

    /// The first comment line (`//`, `--`, `/*`, `#`, `;`, `%`, `*`) whose text
    /// before its first `:`, `(` or `=` is a label (`# Output: 42`,
    /// `// Expected (ms)`), as the whole trimmed line. Code literals end their
    /// lines with LF only; empty lines are skipped. Over bytes: the generic
    /// UTF8View split it replaced cost more than the rest of the rule
    /// (`FastPathTests` keeps the two equal).
    static func firstLabelledComment(in bytes: UnsafeBufferPointer<UInt8>, isLabel: (String) -> Bool) -> String? {
        firstMatchingLine(in: bytes) { lineStart, lineEnd in
            var i = lineStart
            while i < lineEnd, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            guard i < lineEnd, var body = commentBodyStart(bytes, at: i, lineEnd: lineEnd) else { return nil }
            while body < lineEnd, bytes[body] == 0x20 || bytes[body] == 0x23 || bytes[body] == 0x2F { body += 1 }
            var colon = body
            while colon < lineEnd, bytes[colon] != 0x3A, bytes[colon] != 0x28, bytes[colon] != 0x3D { colon += 1 }
            guard colon < lineEnd,
                  isLabel(String(decoding: UnsafeBufferPointer(rebasing: bytes[body..<colon]), as: UTF8.self)) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<lineEnd]), as: UTF8.self)
        }
    }

    private func valueComment(in code: String) -> String? {
        var code = code
        return code.withUTF8 { OutputShownCheck.firstValueComment(in: $0) }
    }

    /// The first comment that shows a value (its text opens with `{`, `[`, a
    /// double quote or an arrow): on its own line right after a command or a
    /// call, or after a print call on the same line. Comments that describe
    /// (`# Start services`), and a comment continuing another line's comment
    /// (a list of values in an API spec), are not output.
    static func firstValueComment(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // The last code line, judged only when a value comment follows it:
        // most lines are code, and judging each cost more than the rest of the rule.
        var previousCode: Range<Int>?
        return firstMatchingLine(in: bytes) { lineStart, lineEnd in
            var i = lineStart
            while i < lineEnd, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            guard i < lineEnd else { return nil }  // blank lines keep the context
            if let body = commentBodyStart(bytes, at: i, lineEnd: lineEnd) {
                defer { previousCode = nil }
                guard let code = previousCode, opensWithValue(bytes, from: body, to: lineEnd),
                      isCommandOrCall(bytes, from: code.lowerBound, to: code.upperBound) else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<lineEnd]), as: UTF8.self)
            }
            previousCode = i..<lineEnd
            guard let marker = trailingPrintComment(bytes, from: i, to: lineEnd),
                  opensWithValue(bytes, from: marker, to: lineEnd) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<lineEnd]), as: UTF8.self)
        }
    }

    static let commands: [StaticString] = ["curl ", "http ", "wget ", "redis-cli", "psql ", "mysql ", "node ", "python",
                                            "go run", "npm ", "npx ", "yarn ", "docker ", "kubectl ", "echo ", "cat ", "$ ", "./"]

    /// A line that runs something: it opens with a command, or calls a
    /// function, and holds no comment of its own.
    private static func isCommandOrCall(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard !contains(bytes, " //", from: start, to: end), !contains(bytes, " #", from: start, to: end) else { return false }
        if contains(bytes, "(", from: start, to: end) { return true }
        return commands.contains { command in
            let count = command.utf8CodeUnitCount
            return end - start >= count && contains(bytes, command, from: start, to: start + count)
        }
    }

    /// After spaces: `{`, `[`, `"`, `=>`, `->` or `→`.
    private static func opensWithValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end, bytes[i] == 0x20 { i += 1 }
        guard i < end else { return false }
        switch bytes[i] {
        case 0x7B, 0x5B, 0x22: return true
        case 0x3D, 0x2D: return i + 1 < end && bytes[i + 1] == 0x3E
        case 0xE2: return i + 2 < end && bytes[i + 1] == 0x86 && bytes[i + 2] == 0x92
        default: return false
        }
    }

    /// Where the text of a `//` comment after a print call on the line
    /// (`console.log(x); // "Bob"`) begins; nil without one.
    private static func trailingPrintComment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        // The comment first: few lines have one, and the print search is the dearer test.
        var i = start + 1
        while i + 1 < end, !(bytes[i] == 0x2F && bytes[i + 1] == 0x2F && bytes[i - 1] == 0x20) { i += 1 }
        guard i + 1 < end,
              contains(bytes, "print", from: start, to: end) || contains(bytes, "log(", from: start, to: end) else { return nil }
        return i + 2
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from start: Int, to end: Int) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard end - start >= count else { return false }
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: count)
        var i = start
        while i + count <= end {
            if bytes[i] == pattern[0], (1..<count).allSatisfy({ bytes[i + $0] == pattern[$0] }) { return true }
            i += 1
        }
        return false
    }

    /// Where the text of a comment starting at `i` begins, or nil for no comment.
    static func commentBodyStart(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, lineEnd: Int) -> Int? {
        let second: UInt8? = i + 1 < lineEnd ? bytes[i + 1] : nil
        switch (bytes[i], second) {
        case (0x2F, 0x2F?), (0x2D, 0x2D?), (0x2F, 0x2A?): return i + 2  // // -- /*
        case (0x23, _), (0x3B, _), (0x25, _), (0x2A, _): return i + 1  // # ; % *
        default: return nil
        }
    }
}
