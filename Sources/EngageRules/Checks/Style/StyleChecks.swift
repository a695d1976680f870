/// Swift check kinds for the style and accuracy rules (one file per kind in this folder).
enum StyleChecks {
    static let all: [any RuleCheck.Type] = [
        ParagraphSentencesCheck.self, SecondPersonRateCheck.self, SentenceVarietyCheck.self,
        ParagraphsBetweenHeadingsCheck.self, BoldDensityCheck.self, ListPerSectionCheck.self,
        CodeLanguageCheck.self, EmojiDensityCheck.self, AcademicToneCheck.self, UnquantifiedClaimsCheck.self,
        PlaceholdersCheck.self, LocalAnchorsCheck.self, RelativeLinksCheck.self, RatioClaimsCheck.self,
        CodeContextCheck.self, EncodingCheck.self, CodeSyntaxCheck.self,
    ]
}
