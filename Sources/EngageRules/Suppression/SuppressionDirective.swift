/// One suppression: an `<!-- engage-... -->` comment or the front matter's
/// `engage: {disable: [...]}`, with what it names and where it is.
public struct SuppressionDirective: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Starts a range that lasts until a matching `engage-enable` or the end of the file.
        case disable = "engage-disable"
        case enable = "engage-enable"
        /// Findings on the comment's own line.
        case disableLine = "engage-disable-line"
        /// Findings on the next non-blank line after the comment.
        case disableNextLine = "engage-disable-next-line"
        case disableFile = "engage-disable-file"
        case enableFile = "engage-enable-file"
        /// Front matter `engage: {disable: [...]}`: a whole-file disable.
        case frontMatter = "front matter engage.disable"

        /// Kinds that silence something, and so can be unused.
        var silences: Bool { self != .enable && self != .enableFile }
        /// Kinds that also silence section-level verdicts (a missing section).
        var wholeFile: Bool { self == .disableFile || self == .frontMatter }
    }

    public let kind: Kind
    /// Rule ids or group ids; empty means every rule.
    public let targets: [String]
    public let line: Int
    public let column: Int
    /// For `disable-next-line`: the line it silences (nil: none follows).
    public let targetLine: Int?
    /// The comment as written, for messages.
    public let text: String

    /// Whether this directive names `rule` (by id or group, or by naming nothing).
    func names(_ rule: RuleDefinition) -> Bool {
        targets.isEmpty || targets.contains { $0 == rule.id || $0 == rule.group }
    }

    /// How a suppressed result says what silenced it.
    var citation: String {
        kind == .frontMatter ? "front matter engage.disable (line \(line))" : "`\(text)` (line \(line))"
    }
}
