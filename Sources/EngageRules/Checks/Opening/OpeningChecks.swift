/// Swift check kinds for the hook and problem rules (one file per kind in this folder).
enum OpeningChecks {
    static let all: [any RuleCheck.Type] = [
        FirstSentencesPhrasesCheck.self, StatedDurationCheck.self, CodeBlocksCheck.self, ScenarioCheck.self,
        MagnitudeSpreadCheck.self, CuedListCheck.self, TitleClaimCheck.self,
        QuantitiesCheck.self,
    ]
}
