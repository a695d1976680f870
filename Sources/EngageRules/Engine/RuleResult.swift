import EngageMarkdown
import EngageSections

public enum RuleStatus: String, Sendable {
    case pass
    case fail
    case notApplicable = "n/a"
}

/// One place a failing rule points at, resolved to line and column.
public struct Location: Sendable, Equatable {
    public let line: Int
    public let column: Int
    public let message: String
    /// Normalised text at the place (for baseline fingerprints).
    public let excerpt: String?
    /// Known from the baseline (`--baseline`): not a new finding.
    public internal(set) var baseline = false
}

/// The verdict of one rule on one file.
public struct RuleResult: Sendable {
    public let rule: RuleDefinition
    public let status: RuleStatus
    /// For framework-section rules: true when the section is missing altogether.
    public let sectionMissing: Bool
    /// The main message (the rule's message with its values filled in).
    public let message: String
    /// Every place to fix; the first is the result's line and column.
    public internal(set) var locations: [Location]
    public let evidence: [String]
    /// Silenced by a suppression comment or the front matter (status is then n/a).
    public internal(set) var suppressed = false

    public var line: Int { locations.first?.line ?? 1 }
    public var column: Int { locations.first?.column ?? 1 }
    public var severity: Severity { rule.severity }
    /// A failure whose every location is known from the baseline.
    public var isBaselined: Bool { status == .fail && !locations.isEmpty && locations.allSatisfy(\.baseline) }
}

/// Everything engage concluded about one post.
public struct FileReport: Sendable {
    public let path: String
    public let map: SectionMap
    public internal(set) var results: [RuleResult]
    /// Weighted score, 0-100, over the rules that apply.
    public let score: Int
    /// Weighted score per group (section ids, `style`, ...), 0-100.
    public let groupScores: [String: Int]
    public internal(set) var passed: Bool
    /// The gate the verdict came from (a post's configuration may set its own).
    public internal(set) var gate = GateOptions()
    /// The file's score in the baseline it was judged against (nil: not in one).
    public internal(set) var baselineScore: Int?

    public var failures: [RuleResult] { results.filter { $0.status == .fail } }
}
