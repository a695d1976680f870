/// `meta/unused-suppression`: a suppression comment that silences nothing.
/// The verdict comes from `Suppressor`, after the other rules ran; on its
/// own the check only says there is nothing to judge (a post without
/// suppressions gets n/a, so the rule never lifts a score for free).
struct UnusedSuppressionCheck: EngineLevelCheck {
    static let kind = "unused-suppression"

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["area"])
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        .notApplicable(reason: "no suppression comments")
    }
}
