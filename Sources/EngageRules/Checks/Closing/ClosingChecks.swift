/// Swift check kinds for the proof, quick-win, cta, seo and journey rules (one file per kind in this folder).
enum ClosingChecks {
    static let all: [any RuleCheck.Type] = [
        CompaniesCheck.self, DiagramCheck.self, MoneyFiguresCheck.self, TimeBoxCheck.self, LeadListCheck.self, RelatedContentCheck.self,
        ReaderQuestionCheck.self, CompanyMetricsCheck.self, BeforeAfterFiguresCheck.self, PhraseGroupsCheck.self,
        LinksCheck.self, FrontMatterFieldCheck.self, TitleLengthCheck.self, TitleKeywordsCheck.self, QuotablesCheck.self,
        EmotionalArcCheck.self,
    ]
}
