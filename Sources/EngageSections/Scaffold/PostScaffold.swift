import Foundation

/// `engage new`: a post with the framework's eight sections in order, each
/// heading worded so the classifier maps it, and under each the prompts a
/// writer needs (as HTML comments: they guide the writing and never render).
/// The body lines are deliberately unfinished (`TODO`), so an unfilled
/// scaffold fails `engage lint` instead of slipping through a CI gate.
public enum PostScaffold {
    /// One section of the scaffold: its heading and what to write there.
    public struct Part: Sendable {
        public let section: SectionID
        /// The H2 heading (nil for the hook, which lives under the title).
        public let heading: String?
        public let prompts: [String]
        /// A visible first line to fill in.
        public let starter: String
    }

    public static let parts: [Part] = [
        Part(section: .hook, heading: nil, prompts: [
            "Lead with the result, not the background: a number or a before/after the reader wants (\"p99 2.5s -> 40ms\").",
            "Say who it is for and what they will have at the end. Three sentences at most before they know why to stay.",
        ], starter: "**Time**: TODO minutes | **Level**: TODO | **You'll need**: TODO\n\nTODO: the result, in one sentence with a number."),
        Part(section: .problem, heading: "The Problem", prompts: [
            "Describe a pain the reader has felt, in a concrete scenario (a traffic spike, a 3 a.m. page).",
            "Put numbers on it: how slow, how often, how costly, and who runs into it.",
        ], starter: "TODO: the scenario and what it costs."),
        Part(section: .whyFails, heading: "Why Obvious Solutions Fail", prompts: [
            "List what people try first and show why each falls short: what they tried, what happened.",
            "Be fair: say when the obvious fix is good enough.",
        ], starter: "- ❌ TODO: the first thing people try, and why it falls short"),
        Part(section: .shift, heading: "The Paradigm Shift", prompts: [
            "Name the change in thinking: the old way against the new way.",
            "One analogy a newcomer would get. This is the idea the rest of the post builds on.",
        ], starter: "**Old way**: TODO\n\n**New way**: TODO"),
        Part(section: .solution, heading: "The Solution", prompts: [
            "Numbered steps with code that runs as shown, and the output to expect.",
            "Why it works, what it costs (trade-offs), and the pitfalls to avoid.",
        ], starter: "### Step 1: TODO\n\n```bash\n# TODO\n```"),
        Part(section: .proof, heading: "Who Uses This in Production", prompts: [
            "At least three named companies that use this approach, each with a number (scale, latency, cost saved).",
            "Link to their engineering write-ups so readers can check.",
        ], starter: "| Company | Scale | Result |\n|---------|-------|--------|\n| TODO | TODO | TODO |"),
        Part(section: .quickWin, heading: "Quick Win: Try It in 10 Minutes", prompts: [
            "One thing the reader can do now, boxed to minutes (say how long in the heading).",
            "Copy-paste commands and the result they will see when it worked.",
        ], starter: "```bash\n# TODO: the commands\n```"),
        Part(section: .cta, heading: "Key Takeaways and Next Steps", prompts: [
            "Recap the key takeaways in three bullets.",
            "Ask one question that starts a discussion, and link the next post or resources (real links only).",
        ], starter: "- TODO: takeaway\n\nTODO: your question to the reader?"),
    ]

    /// The scaffold's Markdown, front matter included.
    public static func markdown(title: String) -> String {
        let quoted = title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        var lines = ["---", "title: \"\(quoted)\"", "description: \"TODO: one sentence with the result and a number\"",
                     "tags: []", "---", "", "# \(title)", ""]
        for part in parts {
            if let heading = part.heading { lines += ["## \(heading)", ""] }
            lines.append("<!-- \(part.section.title): " + part.prompts.joined(separator: " ") + " -->")
            lines += ["", part.starter, ""]
        }
        return lines.joined(separator: "\n")
    }

    /// A title from a file name: `connection-pooling.md` → "Connection Pooling".
    public static func title(fromFileName name: String) -> String {
        let stem = name.split(separator: "/").last.map(String.init) ?? name
        let base = stem.lastIndex(of: ".").map { String(stem[..<$0]) } ?? stem
        let words = base.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        guard !words.isEmpty else { return "Untitled Post" }
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
