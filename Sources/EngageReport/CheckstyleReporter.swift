import EngageRules

/// `engage lint --format checkstyle`: Checkstyle XML, read by Jenkins'
/// warnings plugin, reviewdog, GitLab converters and many editors. One
/// `<error>` per failing location; every linted file is listed, clean or not,
/// so a consumer can tell "checked, clean" from "not checked".
public enum CheckstyleReporter {
    /// The Checkstyle report version consumers expect.
    public static let version = "4.3"

    public static func report(_ files: [FileReport], errors: [InputError]) -> String {
        var out = XMLText.declaration + "<checkstyle" + XMLText.attributes([("version", version)]) + ">\n"
        for file in files { out += fileElement(file.path, entries: findings(file)) }
        for error in errors {
            var attributes: [(String, String)] = []
            if let line = error.line { attributes.append(("line", "\(line)")) }
            attributes += [("severity", "error"), ("message", error.message), ("source", "engage.unreadable")]
            out += fileElement(error.path, entries: [attributes])
        }
        return out + "</checkstyle>\n"
    }

    static func findings(_ file: FileReport) -> [[(String, String)]] {
        file.failures.flatMap { result in
            result.locations.map { location in
                [("line", "\(location.line)"), ("column", "\(location.column)"), ("severity", result.severity.rawValue),
                 ("message", ReportFacts.message(result, at: location)), ("source", "engage.\(result.rule.id)")]
            }
        }
    }

    static func fileElement(_ path: String, entries: [[(String, String)]]) -> String {
        let open = "  <file" + XMLText.attributes([("name", path)])
        if entries.isEmpty { return open + "/>\n" }
        return open + ">\n" + entries.map { "    <error" + XMLText.attributes($0) + "/>\n" }.joined() + "  </file>\n"
    }
}
