/// A check that judges the other rules' results rather than the post, so
/// the engine gives it its verdict after every other rule has run (e.g.
/// `unused-suppression`). Its own `evaluate` is the verdict when there is
/// nothing to judge.
protocol EngineLevelCheck: RuleCheck {}

extension AnyCheck {
    /// Whether the rule is judged after the others (and its examples need the whole catalog).
    public var runsAfterOtherRules: Bool { base is any EngineLevelCheck }
}
