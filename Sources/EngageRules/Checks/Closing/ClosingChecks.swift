/// Swift check kinds for the proof, quick-win, cta, seo and journey rules (one file per kind in this folder).
enum ClosingChecks {
    static let all: [any RuleCheck.Type] = []
}
