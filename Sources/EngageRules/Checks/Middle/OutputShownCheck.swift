import EngageText

/// Kind `output-shown`: what running the code gives is shown.
///
/// Passes on any of: a heading or bold lead that is exactly a `labels` cue
/// ("Expected Output", "**Result**:"), so "Output Format" does not count; a
/// `phrases` cue in prose ("you should see"); a code comment line that opens
/// with a `comments` cue (`# Expected: 201 Created`, `// Output: ...`); a
/// code block tagged as output (`output`, `console`, `shell-session`).
///
/// params: `labels`, `phrases`, `comments` (cue lists), `languages`
/// (output tags, default output, console, shell-session, terminal).
/// Message values: none.
struct OutputShownCheck: RuleCheck {
    static let kind = "output-shown"

    let labels: CueSet
    let phrases: CueSet
    let comments: CueSet
    let languages: Set<String>

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["labels", "phrases", "comments", "languages"])
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
    private func commentLabel(in code: String) -> String? {
        // Code literals end their lines with LF only: a byte split, not a Character one.
        for raw in code.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let line = Substring(raw).drop { $0 == " " || $0 == "\t" }
            var body: Substring
            if line.hasPrefix("//") || line.hasPrefix("--") { body = line.dropFirst(2) }
            else if line.hasPrefix("#") || line.hasPrefix(";") || line.hasPrefix("%") { body = line.dropFirst() }
            else if line.hasPrefix("/*") { body = line.dropFirst(2) }
            else if line.hasPrefix("*") { body = line.dropFirst() }
            else { continue }
            body = body.drop { $0 == " " || $0 == "#" || $0 == "/" }
            guard let colon = body.firstIndex(where: { $0 == ":" || $0 == "(" || $0 == "=" }) else { continue }
            let head = String(body[..<colon])
            if comments.isExactly(head) { return String(line) }
        }
        return nil
    }
}
