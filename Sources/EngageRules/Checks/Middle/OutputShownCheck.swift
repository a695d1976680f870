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
    ///
    /// On bytes: every comment marker and separator is ASCII, and walking
    /// each code line by Character (grapheme breaking) was most of this
    /// rule's time on code-heavy posts.
    private func commentLabel(in code: String) -> String? {
        // Code literals end their lines with LF only.
        for line in code.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            var i = line.startIndex
            while i < line.endIndex, line[i] == 0x20 || line[i] == 0x09 { i = line.index(after: i) }
            let text = line[i...]
            guard let first = text.first else { continue }
            let second = text.dropFirst().first
            var body: Substring.UTF8View.SubSequence
            switch (first, second) {
            case (UInt8(ascii: "/"), UInt8(ascii: "/")?), (UInt8(ascii: "-"), UInt8(ascii: "-")?),
                 (UInt8(ascii: "/"), UInt8(ascii: "*")?):
                body = text.dropFirst(2)
            case (UInt8(ascii: "#"), _), (UInt8(ascii: ";"), _), (UInt8(ascii: "%"), _), (UInt8(ascii: "*"), _):
                body = text.dropFirst()
            default:
                continue
            }
            body = body.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/") }
            guard let colon = body.firstIndex(where: {
                $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "=")
            }) else { continue }
            if comments.isExactly(String(decoding: body[..<colon], as: UTF8.self)) {
                return String(decoding: text, as: UTF8.self)
            }
        }
        return nil
    }
}
