import EngageRules

/// `engage lint --format github`: GitHub Actions workflow commands. Printed in
/// a workflow step, each line becomes an annotation on the pull request's
/// diff: one per failing location, plus a notice per file with its score.
public enum GitHubReporter {
    public static func report(_ files: [FileReport], errors: [InputError], context: ReportContext) -> String {
        var lines: [String] = []
        for file in files {
            let path = ReportFacts.relativePath(file.path, to: context.workingDirectory)
            for result in file.failures {
                // Findings known from the baseline are old news: no annotation on the diff.
                for location in result.locations where !location.baseline {
                    lines.append(command(kind(result.severity),
                                         properties: [("file", path), ("line", String(location.line)),
                                                      ("col", String(location.column)), ("title", result.rule.id)],
                                         message: ReportFacts.message(result, at: location)))
                }
            }
            lines.append(command("notice", properties: [("file", path), ("title", "engage score")],
                                 message: "Score \(file.score)/100 (\(file.passed ? "passes" : "fails"): \(ReportFacts.verdictReason(file)))"))
        }
        for error in errors {
            var properties = [("file", ReportFacts.relativePath(error.path, to: context.workingDirectory))]
            if let line = error.line { properties.append(("line", String(line))) }
            properties.append(("title", "engage: unreadable file"))
            lines.append(command("error", properties: properties, message: error.message))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    static func kind(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// `::kind key=value,...::message`, every part escaped for the runner.
    public static func command(_ kind: String, properties: [(String, String)], message: String) -> String {
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(kind)\(list.isEmpty ? "" : " " + list)::\(escapeData(message))"
    }

    /// The runner reads `%XX` back; an unescaped newline would end the command
    /// early and let the rest of the message pass as a command of its own.
    public static func escapeData(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// In a property, `:` and `,` delimit the command too.
    public static func escapeProperty(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}

extension String {
    /// One pass, scalar by scalar, so a replacement is never replaced again
    /// (`%` → `%25` must not touch the `%` of `%0A`).
    func replacingAll(_ table: [Unicode.Scalar: String]) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if let replacement = table[scalar] { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
