import EngageRules

/// `engage lint --format markdown`: a GitHub-flavoured Markdown summary for a
/// pull-request comment or `$GITHUB_STEP_SUMMARY`. One table row per file
/// (score, verdict, missing sections, its most important failures), then the
/// totals; the full detail stays in the text report and the annotations.
public enum MarkdownSummaryReporter {
    /// Failures shown per file; the rest are counted.
    public static let topFailures = 3

    public static func report(_ files: [FileReport], errors: [InputError]) -> String {
        var out = "## engage report\n\n"
        if !files.isEmpty {
            out += "| File | Score | Verdict | Missing sections | Top failures |\n"
            out += "|---|---:|---|---|---|\n"
            for file in files { out += row(file) }
            out += "\n"
        }
        if !errors.isEmpty {
            out += "**Could not read:**\n\n"
            for error in errors {
                let place = error.line.map { "\(error.path):\($0)" } ?? error.path
                out += "- \(code(place)): \(inline(error.message))\n"
            }
            out += "\n"
        }
        return out + totals(files, errors: errors) + "\n"
    }

    static func row(_ file: FileReport) -> String {
        let verdict = file.passed ? "✅ pass" : "❌ fail (\(ReportFacts.verdictReason(file)))"
        let missing = file.map.missing.map(\.rawValue).joined(separator: ", ")
        let cells = [code(file.path), "\(file.score)/100", verdict, missing.isEmpty ? "none" : missing, failures(file)]
        return "| " + cells.map(cell).joined(separator: " | ") + " |\n"
    }

    /// Missing sections already have their own column, so their rules are not repeated here.
    static func failures(_ file: FileReport) -> String {
        let ranked = ReportFacts.byImportance(file.failures.filter { !$0.sectionMissing })
        if ranked.isEmpty { return "none" }
        var parts = ranked.prefix(topFailures).map { result in
            "**\(result.severity.rawValue)** \(code(result.rule.id)) line \(result.line): \(inline(result.message))"
        }
        if ranked.count > topFailures { parts.append("and \(ranked.count - topFailures) more") }
        return parts.joined(separator: "<br>")
    }

    static func totals(_ files: [FileReport], errors: [InputError]) -> String {
        let passed = files.filter(\.passed).count
        let average = files.isEmpty ? 0 : files.reduce(0) { $0 + $1.score } / files.count
        var line = "**Total:** \(files.count) file(s): \(passed) passed, \(files.count - passed) failed, average score \(average)"
        if !errors.isEmpty { line += "; \(errors.count) could not be read" }
        return line + "\n"
    }

    // MARK: escaping

    /// A table cell: a `|` would end it and a newline the row.
    static func cell(_ text: String) -> String {
        text.replacingAll(["|": "\\|", "\r": " ", "\n": " "])
    }

    /// Post text in Markdown: backslashes and markup would render (a quoted
    /// `<a id=...>` would turn into HTML), so they are escaped; newlines become spaces.
    static func inline(_ text: String) -> String {
        text.replacingAll(["\\": "\\\\", "&": "&amp;", "<": "&lt;", ">": "&gt;", "*": "\\*", "_": "\\_",
                           "`": "\\`", "[": "\\[", "]": "\\]", "\r": " ", "\n": " "])
    }

    /// A code span long enough for any backticks inside.
    static func code(_ text: String) -> String {
        var fence = "`"
        while text.contains(fence) { fence += "`" }
        let padded = text.hasPrefix("`") || text.hasSuffix("`") ? " \(text) " : text
        return fence + padded.replacingAll(["\r": " ", "\n": " "]) + fence
    }
}
