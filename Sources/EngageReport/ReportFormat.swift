import EngageRules

/// Every format `engage lint --format` writes. The CLI parses the name; the
/// rendering lives here so each format is testable without a terminal.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, junit, checkstyle, markdown
}

/// A file that could not be read: reported by every format, never dropped.
public typealias InputError = (path: String, line: Int?, message: String)

/// What a report needs beyond the lint results: who made it and where
/// relative paths start. (Each file's gate travels with its report: a post's
/// configuration may set its own.)
public struct ReportContext: Sendable {
    public var toolVersion: String
    /// Absolute working directory; SARIF makes paths relative to it.
    public var workingDirectory: String?
    public var color: Bool
    public var quiet: Bool

    public init(toolVersion: String, workingDirectory: String? = nil,
                color: Bool = false, quiet: Bool = false) {
        self.toolVersion = toolVersion
        self.workingDirectory = workingDirectory
        self.color = color
        self.quiet = quiet
    }
}

public extension ReportFormat {
    /// The whole report in this format. Text is the only one that may use
    /// colour; the others are read by machines and must not.
    func render(_ files: [FileReport], errors: [InputError], context: ReportContext) -> String {
        switch self {
        case .text: return LintTextReporter(color: context.color, quiet: context.quiet).report(files)
        case .json: return LintJSONReporter.report(files, errors: errors)
        case .sarif: return SARIFReporter.report(files, errors: errors, context: context)
        case .github: return GitHubReporter.report(files, errors: errors, context: context)
        case .junit: return JUnitReporter.report(files, errors: errors)
        case .checkstyle: return CheckstyleReporter.report(files, errors: errors)
        case .markdown: return MarkdownSummaryReporter.report(files, errors: errors)
        }
    }
}

/// Shared readings of a report that several formats need.
public enum ReportFacts {
    /// Why a file passed or failed, in a few words: "minimum 70" (the bar
    /// it cleared or missed), "2 error(s)", "3 warning(s) with --strict".
    public static func verdictReason(_ file: FileReport) -> String {
        let gate = file.gate
        if file.passed || file.score < gate.minScore { return "minimum \(gate.minScore)" }
        let errors = file.failures.filter { $0.severity == .error }.count
        if errors > 0 { return "\(errors) error(s)" }
        let warnings = file.failures.filter { $0.severity == .warning }.count
        return "\(warnings) warning(s) with --strict"
    }

    /// Failures from the most to the least important: severity, then weight,
    /// then document order (the sort is stable).
    public static func byImportance(_ results: [RuleResult]) -> [RuleResult] {
        results.enumerated().sorted { lhs, rhs in
            if lhs.element.severity != rhs.element.severity { return lhs.element.severity > rhs.element.severity }
            if lhs.element.rule.weight != rhs.element.rule.weight { return lhs.element.rule.weight > rhs.element.rule.weight }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// What to say at one place: its own message, or the result's when the
    /// place has none (a missing section points at line 1 without one).
    public static func message(_ result: RuleResult, at location: Location) -> String {
        location.message.isEmpty ? result.message : location.message
    }

    /// The path relative to the working directory when it lies under it
    /// (annotations and code scanning resolve paths from the repository root).
    public static func relativePath(_ path: String, to workingDirectory: String?) -> String {
        guard path.hasPrefix("/"), var root = workingDirectory else { return path }
        if !root.hasSuffix("/") { root += "/" }
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }

    /// Every rule that ran on any file, first-seen order, once each.
    public static func rules(of files: [FileReport]) -> [RuleDefinition] {
        var seen = Set<String>()
        var rules: [RuleDefinition] = []
        for file in files {
            for result in file.results where seen.insert(result.rule.id).inserted { rules.append(result.rule) }
        }
        return rules
    }
}
