/// Answers "which suppressions cover this rule at this line?" from the
/// directives in document order.
///
/// - whole file: `disable-file` / front matter, cancelled by a later
///   `enable-file` naming the rule (the last one wins, as in markdownlint);
/// - ranges: `disable` takes effect on its own line, `enable` on its own
///   line (so the enable comment's line is no longer silenced);
/// - single lines: `disable-line` on its line, `disable-next-line` on the
///   next non-blank line.
///
/// A section-level verdict (`line == nil`: a missing section has no line of
/// its own) is covered only by the whole-file forms.
struct SuppressionPlan {
    let directives: [SuppressionDirective]

    /// Indexes of the directives that silence `rule` at `line`.
    func covering(_ rule: RuleDefinition, line: Int?) -> [Int] {
        var cover: [Int] = []
        if let file = fileCover(rule) { cover.append(file) }
        guard let line else { return cover }
        for (index, directive) in directives.enumerated() where directive.names(rule) {
            if directive.kind == .disableLine, directive.line == line { cover.append(index) }
            if directive.kind == .disableNextLine, directive.targetLine == line { cover.append(index) }
        }
        if let range = rangeCover(rule, line: line) { cover.append(range) }
        return cover
    }

    private func fileCover(_ rule: RuleDefinition) -> Int? {
        var cover: Int?
        for (index, directive) in directives.enumerated() where directive.names(rule) {
            if directive.kind.wholeFile { cover = index }
            if directive.kind == .enableFile { cover = nil }
        }
        return cover
    }

    private func rangeCover(_ rule: RuleDefinition, line: Int) -> Int? {
        var cover: Int?
        for (index, directive) in directives.enumerated() where directive.line <= line && directive.names(rule) {
            if directive.kind == .disable { cover = index }
            if directive.kind == .enable { cover = nil }
        }
        return cover
    }
}
