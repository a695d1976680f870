import EngageRules
import EngageSections

/// The default report: per file the score and verdict, then the eight
/// sections in the framework's order with their checklist items (✓/✗), then
/// the cross-cutting groups; every failure as `file:line:col` with what to change.
public struct LintTextReporter: Sendable {
    public var color: Bool
    /// Only failures (and the verdict line).
    public var quiet: Bool

    public init(color: Bool, quiet: Bool) {
        self.color = color
        self.quiet = quiet
    }

    public func report(_ files: [FileReport]) -> String {
        var out = ""
        for file in files { out += report(file) }
        if files.count > 1 { out += summary(files) }
        if files.contains(where: { $0.baselineScore != nil }) { out += baselineSummary(files) }
        return out
    }

    public func report(_ file: FileReport) -> String {
        let verdict = file.passed ? paint("PASS", .green) : paint("FAIL", .red)
        let baseline = file.baselineScore.map { paint(" (baseline \($0))", .dim) } ?? ""
        var out = "\(bold(file.path))  score \(file.score)/100\(baseline)  \(verdict)  (\(file.map.coverageSummary))\n"
        let byGroup = Dictionary(grouping: file.results, by: \.rule.group)
        for section in SectionID.framework {
            out += sectionBlock(section, results: byGroup[section.rawValue] ?? [], file: file)
        }
        for group in RuleDefinition.groupOrder where SectionID(rawValue: group) == nil {
            out += groupBlock(group, results: byGroup[group] ?? [], file: file)
        }
        return out + "\n"
    }

    private func sectionBlock(_ section: SectionID, results: [RuleResult], file: FileReport) -> String {
        let part = file.map.parts.first { $0.section == section }
        if file.map.present[section] != true {
            // The section's own checklist items collapse into one line; rules
            // that read a fixed area (the title) still report for themselves.
            let missing = results.filter(\.sectionMissing).count
            return "  " + paint("✗", .red) + " " + section.title + paint(" missing (\(missing) checklist item(s) unmet)", .dim) + "\n"
                + "      " + paint("✗", .red) + " \(file.path):1:1: add a '\(section.title)' section; `engage rules` lists what it needs\n"
                + lines(results.filter { !$0.sectionMissing }, file: file)
        }
        let place = part.map { " line \($0.line): \($0.heading)" } ?? (file.map.presenceEvidence[section].map { " (\($0))" } ?? "")
        let failed = results.filter { $0.status == .fail }
        if quiet && failed.isEmpty { return "" }
        var out = "  " + (failed.isEmpty ? paint("✓", .green) : paint("✗", .red)) + " " + section.title + paint(place, .dim) + "\n"
        out += lines(results, file: file)
        return out
    }

    private func groupBlock(_ group: String, results: [RuleResult], file: FileReport) -> String {
        guard !results.isEmpty else { return "" }
        let failed = results.filter { $0.status == .fail }
        if quiet && failed.isEmpty { return "" }
        let score = file.groupScores[group].map { " \($0)/100" } ?? ""
        return "  " + (failed.isEmpty ? paint("✓", .green) : paint("✗", .red)) + " " + group.prefix(1).uppercased() + group.dropFirst() + paint(score, .dim) + "\n"
            + lines(results, file: file)
    }

    private func lines(_ results: [RuleResult], file: FileReport) -> String {
        var out = ""
        for result in results {
            switch result.status {
            case .pass:
                if !quiet { out += "      " + paint("✓", .green) + " " + result.rule.id + "\n" }
            case .notApplicable:
                if !quiet { out += "      " + paint("- \(result.rule.id) (n/a: \(result.message))", .dim) + "\n" }
            case .fail:
                for location in result.locations {
                    out += "      " + paint("✗", severityColor(result.severity)) + " \(file.path):\(location.line):\(location.column): "
                        + paint(result.severity.rawValue, severityColor(result.severity)) + ": \(location.message) " + paint("[\(result.rule.id)]", .dim)
                        + (location.baseline ? paint(" (baseline)", .dim) : "") + "\n"
                }
            }
        }
        return out
    }

    public func summary(_ files: [FileReport]) -> String {
        let passed = files.filter(\.passed).count
        let average = files.isEmpty ? 0 : files.reduce(0) { $0 + $1.score } / files.count
        return "\(files.count) files: \(passed) passed, \(files.count - passed) failed (average score \(average))\n"
    }

    /// With `--baseline`: how many failing locations are new and how many known.
    public func baselineSummary(_ files: [FileReport]) -> String {
        let locations = files.filter { $0.baselineScore != nil }.flatMap(\.failures).flatMap(\.locations)
        let known = locations.filter(\.baseline).count
        return "baseline: \(locations.count - known) new finding(s), \(known) known\n"
    }

    // MARK: colour

    enum Color: String {
        case red = "31", green = "32", yellow = "33", dim = "2", bold = "1"
    }

    private func severityColor(_ severity: Severity) -> Color {
        switch severity {
        case .error: return .red
        case .warning: return .yellow
        case .info: return .dim
        }
    }

    private func paint(_ text: String, _ tint: Color) -> String {
        color && !text.isEmpty ? "\u{1B}[\(tint.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String { paint(text, .bold) }
}
