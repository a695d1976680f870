/// Swift check kinds for the why-fails, shift and solution rules (one file per kind in this folder).
enum MiddleChecks {
    static let all: [any RuleCheck.Type] = [
        CuesCheck.self, ApproachesCheck.self, ContrastCheck.self, AnalogyCheck.self, VisualsCheck.self,
        LeadParagraphCheck.self, NumberedStepsCheck.self, TaggedCodeCheck.self, OutputShownCheck.self,
        CueListCheck.self, ComparisonTableCheck.self,
    ]
}
