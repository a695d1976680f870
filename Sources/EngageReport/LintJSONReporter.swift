import EngageRules
import EngageSections

/// `engage lint --format json`, schema version 1 (documented in the README).
/// Every rule appears in every file's results, whatever its status.
public enum LintJSONReporter {
    public static let version = 1

    public static func report(_ files: [FileReport], errors: [(path: String, line: Int?, message: String)]) -> String {
        let errorValues = errors.map { error -> JSONValue in
            var members: [(String, JSONValue)] = [("path", .string(error.path))]
            if let line = error.line { members.append(("line", .int(line))) }
            members.append(("message", .string(error.message)))
            return .object(members)
        }
        return JSONValue.object([
            ("version", .int(version)),
            ("files", .array(files.map(file))),
            ("errors", .array(errorValues)),
        ]).serialized() + "\n"
    }

    static func file(_ report: FileReport) -> JSONValue {
        let baselineScore: [(String, JSONValue)] = report.baselineScore.map { [("baselineScore", .int($0))] } ?? []
        return .object([
            ("path", .string(report.path)),
            ("score", .int(report.score)),
            ("passed", .bool(report.passed)),
        ] + baselineScore + [
            ("groupScores", .object(report.groupScores.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
            ("sections", SectionMapFormatter.json(path: report.path, map: report.map)),
            ("results", .array(report.results.map(result))),
        ])
    }

    static func result(_ result: RuleResult) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(result.rule.id)),
            ("section", .string(result.rule.group)),
            ("status", .string(result.status.rawValue)),
            ("severity", .string(result.severity.rawValue)),
        ]
        if result.status == .fail {
            members += [
                ("message", .string(result.message)),
                ("line", .int(result.line)),
                ("column", .int(result.column)),
                ("sectionMissing", .bool(result.sectionMissing)),
                ("locations", .array(result.locations.map { location in
                    .object([("line", .int(location.line)), ("column", .int(location.column)), ("message", .string(location.message))]
                            + (location.baseline ? [("baseline", .bool(true))] : []))
                })),
            ]
            if result.isBaselined { members.append(("baseline", .bool(true))) }
        } else if result.status == .notApplicable {
            members.append(("message", .string(result.message)))
            if result.suppressed { members.append(("suppressed", .bool(true))) }
        }
        members.append(("evidence", .array(result.evidence.map { .string($0) })))
        return .object(members)
    }
}
